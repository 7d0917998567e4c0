/*
 * tsv.c - the buffered TSV reader and the held writer.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tsv.h"

enum { READ_BLOCK = 1 << 20, OUT_BLOCK = 1 << 20 };

int
fs_tsv_open(struct fs_tsv *r, const char *path)
{
	memset(r, 0, sizeof(*r));
	if (path == NULL || strcmp(path, "-") == 0) {
		r->fd = STDIN_FILENO;
		r->name = "<stdin>";
	} else {
		r->fd = open(path, O_RDONLY);
		if (r->fd < 0)
			return -1;
		r->name = path;
	}
	r->cap = READ_BLOCK;
	r->buf = fs_xmalloc(r->cap);
	r->nextline = 1;
	return 0;
}

void
fs_tsv_close(struct fs_tsv *r)
{
	if (r->fd > STDIN_FILENO)
		close(r->fd);
	free(r->buf);
	free(r->f);
	free(r->hdr);
	free(r->col);
	memset(r, 0, sizeof(*r));
	r->fd = -1;
}

/* The next physical line, without its LF and a CR before it. */
static int
next_line(struct fs_tsv *r, const char **lp, size_t *ln)
{
	size_t scan = r->pos, len;
	const char *p;
	char *nl;
	ssize_t got;

	for (;;) {
		nl = memchr(r->buf + scan, '\n', r->end - scan);
		if (nl != NULL) {
			p = r->buf + r->pos;
			len = (size_t)(nl - p);
			r->pos = (size_t)(nl - r->buf) + 1;
			break;
		}
		if (r->eof) {
			if (r->pos == r->end)
				return 0;
			p = r->buf + r->pos;
			len = r->end - r->pos;
			r->pos = r->end;
			break;
		}
		if (r->pos > 0) {
			memmove(r->buf, r->buf + r->pos, r->end - r->pos);
			r->end -= r->pos;
			r->pos = 0;
		}
		scan = r->end;
		if (r->end == r->cap) {
			r->buf = fs_xreallocarray(r->buf, r->cap, 2);
			r->cap *= 2;
		}
		do
			got = read(r->fd, r->buf + r->end, r->cap - r->end);
		while (got < 0 && errno == EINTR);
		if (got < 0) {
			r->err = errno;
			return -1;
		}
		if (got == 0)
			r->eof = 1;
		r->end += (size_t)got;
	}
	if (len > 0 && p[len - 1] == '\r')
		len--;
	if (!r->started) {
		r->started = 1;
		if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) {
			p += 3;
			len -= 3;
		}
	}
	*lp = p;
	*ln = len;
	return 1;
}

static void
split(struct fs_tsv *r, const char *p, size_t n)
{
	const char *e = p + n, *t;

	r->nf = 0;
	for (;;) {
		if (r->nf == r->fcap) {
			r->fcap = r->fcap ? r->fcap * 2 : 16;
			r->f = fs_xreallocarray(r->f, r->fcap, sizeof(*r->f));
		}
		t = memchr(p, '\t', (size_t)(e - p));
		r->f[r->nf].p = p;
		r->f[r->nf].n = (size_t)((t ? t : e) - p);
		r->nf++;
		if (t == NULL)
			break;
		p = t + 1;
	}
}

/*
 * Word-at-a-time helpers: exact per-byte tests on 8 bytes at once, so
 * that one pass over a row finds its tabs and tells whether it holds
 * anything but ASCII without NUL.
 */
#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL
#define LOW7	0x7f7f7f7f7f7f7f7fULL

/* The high bit of each byte of w that is zero. */
static inline uint64_t
zero_bytes(uint64_t w)
{
	uint64_t t = (w & LOW7) + LOW7;

	return ~(t | w | LOW7);
}

static inline void
add_field(struct fs_tsv *r, const char *p, size_t n)
{
	if (r->nf == r->fcap) {
		r->fcap = r->fcap ? r->fcap * 2 : 16;
		r->f = fs_xreallocarray(r->f, r->fcap, sizeof(*r->f));
	}
	r->f[r->nf].p = p;
	r->f[r->nf].n = n;
	r->nf++;
}

/*
 * Splits the row at its tabs.  Returns nonzero when the row holds a byte
 * that is not plain ASCII (or is NUL): then its UTF-8 must be checked.
 */
static int
split_plain(struct fs_tsv *r, const char *p, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t tabs = ONES * '\t';
	uint64_t w, t, odd = 0;
	size_t i = 0, start = 0, at;

	r->nf = 0;
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, p + i, 8);
		odd |= w | zero_bytes(w);
		t = zero_bytes(w ^ tabs);
		while (t != 0) {
			at = i + (size_t)(__builtin_ctzll(t) >> 3);
			add_field(r, p + start, at - start);
			start = at + 1;
			t &= t - 1;
		}
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)p[i];

		if (c == '\t') {
			add_field(r, p + start, i - start);
			start = i + 1;
		} else if (c == 0 || c >= 0x80)
			odd = HIGHS;
	}
	add_field(r, p + start, n - start);
	return (odd & HIGHS) != 0;
#else
	split(r, p, n);
	return 1;
#endif
}

const char *
fs_utf8_check(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p, *e = s + n;
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t highs = 0x8080808080808080ULL;
	uint64_t w;
	unsigned c;
	int more;
	unsigned lo, hi;

	while (s < e) {
		if (e - s >= 8) {
			memcpy(&w, s, 8);
			if (((w | ((w - ones) & ~w)) & highs) == 0) {
				s += 8;
				continue;
			}
		}
		c = *s++;
		if (c == 0)
			return "NUL byte in the line";
		if (c < 0x80)
			continue;
		lo = 0x80;
		hi = 0xbf;
		if (c >= 0xc2 && c <= 0xdf)
			more = 1;
		else if (c >= 0xe0 && c <= 0xef) {
			more = 2;
			if (c == 0xe0)
				lo = 0xa0;
			else if (c == 0xed)
				hi = 0x9f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			more = 3;
			if (c == 0xf0)
				lo = 0x90;
			else if (c == 0xf4)
				hi = 0x8f;
		} else
			return "invalid UTF-8 in the line";
		if (e - s < more)
			return "invalid UTF-8 in the line";
		if (*s < lo || *s > hi)
			return "invalid UTF-8 in the line";
		s++;
		while (--more > 0) {
			if ((*s & 0xc0) != 0x80)
				return "invalid UTF-8 in the line";
			s++;
		}
	}
	return NULL;
}

int
fs_tsv_header(struct fs_tsv *r, const char **why)
{
	const char *p;
	size_t n, i, j;
	int rc;

	do {
		rc = next_line(r, &p, &n);
		r->lineno = r->nextline++;
	} while (rc == 1 && n == 0);
	if (rc < 0) {
		*why = strerror(r->err);
		return -1;
	}
	if (rc == 0) {
		*why = "no header line";
		return -1;
	}
	if ((*why = fs_utf8_check(p, n)) != NULL) {
		*why = memchr(p, '\0', n) ? "NUL byte in the header" :
		    "invalid UTF-8 in the header";
		return -1;
	}
	r->hdr = fs_xstrndup(p, n);
	r->hdrlen = n;
	split(r, r->hdr, n);
	r->ncols = r->nf;
	r->col = fs_xreallocarray(NULL, r->ncols, sizeof(*r->col));
	memcpy(r->col, r->f, r->ncols * sizeof(*r->col));
	for (i = 0; i < r->ncols; i++)
		for (j = 0; j < i; j++)
			if (fs_slice_cmp(r->col[i].p, r->col[i].n,
			    r->col[j].p, r->col[j].n) == 0) {
				snprintf(r->badbuf, sizeof(r->badbuf),
				    "column '%.*s' named twice",
				    (int)(r->col[i].n > 40 ? 40 : r->col[i].n),
				    r->col[i].p);
				*why = r->badbuf;
				return -1;
			}
	return 0;
}

enum fs_tsv_status
fs_tsv_next(struct fs_tsv *r)
{
	const char *p;
	size_t n;
	int rc;

	do {
		rc = next_line(r, &p, &n);
		r->lineno = r->nextline++;
	} while (rc == 1 && n == 0);
	if (rc < 0)
		return FS_TSV_ERROR;
	if (rc == 0)
		return FS_TSV_EOF;
	r->rows++;
	r->line = p;
	r->linelen = n;
	if (split_plain(r, p, n) && (r->bad = fs_utf8_check(p, n)) != NULL)
		return FS_TSV_BAD;
	if (r->nf != r->ncols) {
		snprintf(r->badbuf, sizeof(r->badbuf),
		    "%zu fields where the header has %zu", r->nf, r->ncols);
		r->bad = r->badbuf;
		return FS_TSV_BAD;
	}
	return FS_TSV_ROW;
}

int
fs_tsv_col(const struct fs_tsv *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->ncols; i++)
		if (fs_slice_eq(r->col[i].p, r->col[i].n, name))
			return (int)i;
	return -1;
}

size_t
fs_unescape(const char *p, size_t n, char *out)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		if (p[i] == '\\' && i + 1 < n) {
			switch (p[i + 1]) {
			case 't':
				out[o++] = '\t';
				i++;
				continue;
			case 'n':
				out[o++] = '\n';
				i++;
				continue;
			case 'r':
				out[o++] = '\r';
				i++;
				continue;
			case '\\':
				out[o++] = '\\';
				i++;
				continue;
			}
		}
		out[o++] = p[i];
	}
	return o;
}

void
fs_out_init(struct fs_out *o, int fd, const char *name, int hold)
{
	memset(o, 0, sizeof(*o));
	o->fd = fd;
	o->name = name;
	o->hold = hold;
	o->cap = OUT_BLOCK;
	o->buf = fs_xmalloc(o->cap);
}

static int
write_all(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static FILE *
spill_file(void)
{
	const char *dir = getenv("TMPDIR");
	struct fs_buf path = { 0 };
	FILE *f = NULL;
	int fd;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	fs_buf_printf(&path, "%s/firstsec.XXXXXX", dir);
	fd = mkstemp(path.p);
	if (fd >= 0) {
		unlink(path.p);
		f = fdopen(fd, "w+");
		if (f == NULL)
			close(fd);
	}
	fs_buf_free(&path);
	return f;
}

/* Makes room: writes out, or moves what is held to the spill file. */
static void
drain(struct fs_out *o)
{
	if (o->err || o->n == 0)
		goto out;
	if (!o->hold) {
		if (write_all(o->fd, o->buf, o->n) < 0)
			o->err = errno;
		goto out;
	}
	if (o->spill == NULL && (o->spill = spill_file()) == NULL) {
		o->err = errno ? errno : EIO;
		goto out;
	}
	if (fwrite(o->buf, 1, o->n, o->spill) != o->n)
		o->err = errno ? errno : EIO;
out:
	o->n = 0;
}

void
fs_out_write(struct fs_out *o, const void *p, size_t n)
{
	const char *s = p;
	size_t k;

	while (n > 0) {
		if (o->n == o->cap)
			drain(o);
		k = o->cap - o->n < n ? o->cap - o->n : n;
		memcpy(o->buf + o->n, s, k);
		o->n += k;
		s += k;
		n -= k;
	}
}

void
fs_out_str(struct fs_out *o, const char *s)
{
	fs_out_write(o, s, strlen(s));
}

void
fs_out_char(struct fs_out *o, char c)
{
	if (o->n == o->cap)
		drain(o);
	o->buf[o->n++] = c;
}

void
fs_out_text(struct fs_out *o, const char *p, size_t n)
{
	size_t i, start = 0;
	char esc;

	for (i = 0; i < n; i++) {
		switch (p[i]) {
		case '\t':
			esc = 't';
			break;
		case '\n':
			esc = 'n';
			break;
		case '\r':
			esc = 'r';
			break;
		case '\\':
			esc = '\\';
			break;
		default:
			continue;
		}
		fs_out_write(o, p + start, i - start);
		fs_out_char(o, '\\');
		fs_out_char(o, esc);
		start = i + 1;
	}
	fs_out_write(o, p + start, n - start);
}

void
fs_out_texts(struct fs_out *o, const char *s)
{
	fs_out_text(o, s, strlen(s));
}

void
fs_out_date(struct fs_out *o, fs_date t)
{
	char b[FS_FMT_MAX];

	fs_out_write(o, b, fs_date_fmt(t, b));
}

void
fs_out_amount(struct fs_out *o, int64_t fen)
{
	char b[FS_FMT_MAX];

	fs_out_write(o, b, fs_amount_fmt(fen, b));
}

void
fs_out_int(struct fs_out *o, int64_t v)
{
	char b[FS_FMT_MAX];

	fs_out_write(o, b, fs_int_fmt(v, b));
}

void
fs_out_fixed(struct fs_out *o, int64_t num, int64_t den, int decimals)
{
	char b[FS_FMT_MAX];

	fs_out_write(o, b, fs_fixed_fmt(num, den, decimals, b));
}

int
fs_out_commit(struct fs_out *o)
{
	char block[1 << 16];
	size_t got;

	if (o->spill != NULL && !o->err) {
		if (fflush(o->spill) != 0 || fseek(o->spill, 0, SEEK_SET) != 0)
			o->err = errno ? errno : EIO;
		while (!o->err &&
		    (got = fread(block, 1, sizeof(block), o->spill)) > 0)
			if (write_all(o->fd, block, got) < 0)
				o->err = errno;
		if (ferror(o->spill) && !o->err)
			o->err = EIO;
	}
	o->hold = 0;
	drain(o);
	if (o->spill != NULL)
		fclose(o->spill);
	o->spill = NULL;
	free(o->buf);
	o->buf = NULL;
	o->cap = 0;
	return o->err ? -1 : 0;
}

void
fs_out_discard(struct fs_out *o)
{
	if (o->spill != NULL)
		fclose(o->spill);
	o->spill = NULL;
	free(o->buf);
	o->buf = NULL;
	o->n = o->cap = 0;
}
