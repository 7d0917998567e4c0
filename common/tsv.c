/*
 * tsv.c - the buffered TSV reader and the held writer.
 */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#ifdef __linux__
#include <sys/sendfile.h>
#endif
#include <sys/stat.h>
#include <unistd.h>

#include "behind.h"
#include "table.h"
#include "tsv.h"

enum {
	READ_BLOCK = FS_TSV_BLOCK,
	MAP_BLOCK = FS_TSV_MAP,
	OUT_BLOCK = 1 << 20
};

/* The row scanner's windows: see classify(). */
enum { WINDOW = 64, WINDOW_PAD = FS_TSV_PAD };

typedef void classify_fn(const char *, uint64_t[3]);
typedef void index_fn(struct fs_tsv *, size_t, size_t);
static index_fn *pick_index(void);
static void index_reset(struct fs_tsv *);

static int map_files = 1;

/*
 * The regular files opened for reading, for fs_tsv_was_read(): one entry
 * an opening (a run opens few files, and checks them once or twice).
 */
static struct fs_file_id {
	dev_t dev;
	ino_t ino;
} *read_ids;
static size_t nread_ids, capread_ids;

static void
remember_read(const struct stat *st)
{
	if (nread_ids == capread_ids) {
		capread_ids = capread_ids ? capread_ids * 2 : 8;
		read_ids = fs_xreallocarray(read_ids, capread_ids,
		    sizeof(*read_ids));
	}
	read_ids[nread_ids].dev = st->st_dev;
	read_ids[nread_ids++].ino = st->st_ino;
}

void
fs_tsv_note_read(int fd)
{
	struct stat st;

	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		remember_read(&st);
}

int
fs_tsv_was_read(dev_t dev, ino_t ino)
{
	size_t i;

	for (i = 0; i < nread_ids; i++)
		if (read_ids[i].dev == dev && read_ids[i].ino == ino)
			return 1;
	return 0;
}

void
fs_tsv_map(int on)
{
	map_files = on;
}

void
fs_pipe_widen(int fd)
{
#ifdef F_SETPIPE_SZ
	struct stat st;
	int have;

	if (fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode) ||
	    (have = fcntl(fd, F_GETPIPE_SZ)) < 0 || have >= FS_PIPE_SIZE)
		return;
	/* EPERM past the system's limits: the pipe stays as it is. */
	(void)fcntl(fd, F_SETPIPE_SZ, FS_PIPE_SIZE);
#else
	(void)fd;
#endif
}

static int
open_path(struct fs_tsv *r, const char *path, int map)
{
	struct stat st;

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
	r->index = pick_index();
	r->nextline = 1;
	r->limit = -1;
	/* Standard input may be a file read from part-way. */
	if ((r->off = lseek(r->fd, 0, SEEK_CUR)) < 0)
		r->off = 0;
	if (fstat(r->fd, &st) < 0)
		st.st_mode = 0;
	else if (S_ISREG(st.st_mode))
		remember_read(&st);
	/*
	 * A file is read as long as it is now.  (A regular file that says
	 * it is empty, as those of /proc do, is read to its end.)
	 */
	if (S_ISREG(st.st_mode) && st.st_size > r->off) {
		r->sized = 1;
		r->fsize = st.st_size;
	}
	/* A file: its windows are mapped as it is read (remap()). */
	if (map && map_files && r->sized) {
		r->mapped = 1;
		return 0;
	}
	fs_pipe_widen(r->fd);
	r->cap = READ_BLOCK;
	r->buf = fs_xmalloc(r->cap + WINDOW_PAD);
	return 0;
}

int
fs_tsv_open(struct fs_tsv *r, const char *path)
{
	return open_path(r, path, 1);
}

int
fs_tsv_open_unmapped(struct fs_tsv *r, const char *path)
{
	return open_path(r, path, 0);
}

void
fs_tsv_open_range(struct fs_tsv *r, const struct fs_tsv *r0, int64_t from,
    int64_t to)
{
	memset(r, 0, sizeof(*r));
	r->fd = r0->fd;
	r->name = r0->name;
	r->borrowed = 1;
	r->index = pick_index();
	r->nextline = 1;
	r->started = 1;
	r->ncols = r0->ncols;
	r->off = from;
	r->limit = to;
	r->sized = r0->sized;
	r->fsize = r0->fsize;
	if (r->sized && r->limit > r->fsize)
		r->limit = r->fsize;
	if (r0->mapped && map_files && from < to && from < r0->fsize) {
		r->mapped = 1;
		return;
	}
	r->cap = READ_BLOCK;
	r->buf = fs_xmalloc(r->cap + WINDOW_PAD);
}

void
fs_tsv_open_mem(struct fs_tsv *r, const struct fs_tsv *r0, char *buf,
    size_t n)
{
	memset(r, 0, sizeof(*r));
	r->fd = -1;
	r->name = r0->name;
	r->borrowed = 1;
	r->membuf = 1;
	r->buf = buf;
	r->cap = r->end = n;
	r->eof = 1;
	r->index = pick_index();
	r->nextline = 1;
	r->started = 1;
	r->ncols = r0->ncols;
	r->limit = -1;
}

int
fs_tsv_seek(struct fs_tsv *r, int64_t off, long lines)
{
	/* A window is mapped from off at the next line. */
	if (!r->mapped && lseek(r->fd, (off_t)off, SEEK_SET) < 0) {
		r->err = errno;
		return -1;
	}
	r->pos = r->end = 0;
	r->eof = 0;
	r->off = off;
	r->nextline = lines + 1;
	index_reset(r);
	return 0;
}

void
fs_tsv_unread(struct fs_tsv *r, const char *p, size_t n, long lines,
    int64_t off, int eof, int err)
{
	if (n > r->cap) {
		free(r->buf);
		r->cap = n;
		r->buf = fs_xmalloc(r->cap + WINDOW_PAD);
	}
	if (n > 0)
		memcpy(r->buf, p, n);
	memset(r->buf + n, 0, WINDOW_PAD);
	r->pos = 0;
	r->end = n;
	r->off = off;
	r->eof = eof && err == 0;
	r->err_ahead = err;
	r->nextline = lines + 1;
	index_reset(r);
}

void
fs_tsv_finish(struct fs_tsv *r, long lines)
{
	r->pos = r->end;
	r->eof = 1;
	r->nextline = lines + 1;
	r->lineno = lines;
	index_reset(r);
}

const char *
fs_tsv_strerror(int err)
{
	return err == FS_TSV_CUT ? "the file was cut short while it was read" :
	    strerror(err);
}

int64_t
fs_tsv_size(const struct fs_tsv *r)
{
	struct stat st;

	if (r->sized)
		return r->eof && !r->mapped ? -1 : r->fsize;
	if (r->eof || r->fd < 0 || fstat(r->fd, &st) != 0 ||
	    !S_ISREG(st.st_mode))
		return -1;
	return st.st_size;
}

int64_t
fs_tsv_tell(const struct fs_tsv *r)
{
	return r->off - (int64_t)(r->end - r->pos);
}

void
fs_tsv_close(struct fs_tsv *r)
{
	if (r->fd > STDIN_FILENO && !r->borrowed)
		close(r->fd);
	if (r->map != NULL) {
		fs_tsv_unwatch_cut(r->map);
		munmap(r->map, r->maplen);
	} else if (!r->membuf)
		free(r->buf);
	FS_FIELDS_BACK(r);
	free(r->f);
	free(r->hdr);
	free(r->col);
	free(r->inl);
	free(r->itab);
	free(r->idirty);
	memset(r, 0, sizeof(*r));
	r->fd = -1;
}

static int refill(struct fs_tsv *);

/*
 * The next physical line, without its LF and a CR before it, for the
 * header (rows go through scan_line()).
 */
static int
next_line(struct fs_tsv *r, const char **lp, size_t *ln)
{
	size_t scan = r->pos, len;
	const char *p;
	char *nl;

	for (;;) {
		/* No window yet: no buffer either. */
		nl = r->end > scan ? memchr(r->buf + scan, '\n',
		    r->end - scan) : NULL;
		if (nl != NULL) {
			p = r->buf + r->pos;
			len = (size_t)(nl - p);
			r->pos = (size_t)(nl - r->buf) + 1;
			break;
		}
		/*
		 * At the end, or at a NUL, which makes the header invalid
		 * whatever follows: not read on (/dev/zero has no newline).
		 */
		if (r->eof || (r->end > scan &&
		    memchr(r->buf + scan, '\0', r->end - scan) != NULL)) {
			if (r->pos == r->end)
				return 0;
			p = r->buf + r->pos;
			len = r->end - r->pos;
			r->pos = r->end;
			break;
		}
		scan = r->end - r->pos;
		if (refill(r) < 0)
			return -1;
		scan += r->pos;		/* a window starts at its page */
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
 * The classifier.  It turns 64 bytes of the buffer (a block) into three
 * bit masks: its tabs, its newlines, and its odd bytes (NUL, or not
 * ASCII), for the row index below.  The buffer has WINDOW_PAD zero
 * bytes after its data, so a block may be loaded whole; the index leaves
 * out bytes past the data.
 */
#if defined(__SSE2__)
#include <emmintrin.h>

/* Adds the tabs, newlines and odd bytes of p[i .. i + 16) to m, at bit i. */
#define CLASSIFY16(p, i, m) do {					\
	__m128i x_ = _mm_loadu_si128(					\
	    (const __m128i *)(const void *)((p) + (i)));		\
	(m)[0] |= (uint64_t)(unsigned)_mm_movemask_epi8(		\
	    _mm_cmpeq_epi8(x_, _mm_set1_epi8('\t'))) << (i);		\
	(m)[1] |= (uint64_t)(unsigned)_mm_movemask_epi8(		\
	    _mm_cmpeq_epi8(x_, _mm_set1_epi8('\n'))) << (i);		\
	(m)[2] |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(x_, \
	    _mm_cmpeq_epi8(x_, _mm_setzero_si128()))) << (i);		\
} while (0)

static void
classify(const char *p, uint64_t m[3])
{
	m[0] = m[1] = m[2] = 0;
	CLASSIFY16(p, 0, m);
	CLASSIFY16(p, 16, m);
	CLASSIFY16(p, 32, m);
	CLASSIFY16(p, 48, m);
}
#else
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

/* The high bits of the bytes of w, gathered into 8 bits. */
static inline uint64_t
gather(uint64_t w)
{
	uint64_t m = 0;
	int i;

	for (i = 0; i < 8; i++)
		m |= ((w >> (8 * i + 7)) & 1) << i;
	return m;
}

static void
classify(const char *p, uint64_t m[3])
{
	const unsigned char *s = (const unsigned char *)p;
	uint64_t w;
	int i, j;

	m[0] = m[1] = m[2] = 0;
	for (i = 0; i < WINDOW; i += 8) {
		for (w = 0, j = 7; j >= 0; j--)
			w = (w << 8) | s[i + j];
		m[0] |= gather(zero_bytes(w ^ (ONES * '\t'))) << i;
		m[1] |= gather(zero_bytes(w ^ (ONES * '\n'))) << i;
		m[2] |= gather(w | zero_bytes(w)) << i;
	}
}
#endif

/*
 * On x86-64 the processor is asked for AVX2 and AVX-512 (BW and VBMI2),
 * which classify a block in two vectors or one, and with VBMI2 write
 * the places of its tabs and newlines 8 at a time; the build itself
 * stays baseline x86-64.
 */
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define SIMD_LEVELS 3

__attribute__((target("avx2"))) static void
classify_avx2(const char *p, uint64_t m[3])
{
	const __m256i t = _mm256_set1_epi8('\t'), n = _mm256_set1_epi8('\n');
	const __m256i z = _mm256_setzero_si256();
	__m256i a = _mm256_loadu_si256((const __m256i *)(const void *)p);
	__m256i b = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32));

#define MASK32(x) ((uint64_t)(uint32_t)_mm256_movemask_epi8(x))
	m[0] = MASK32(_mm256_cmpeq_epi8(a, t)) |
	    MASK32(_mm256_cmpeq_epi8(b, t)) << 32;
	m[1] = MASK32(_mm256_cmpeq_epi8(a, n)) |
	    MASK32(_mm256_cmpeq_epi8(b, n)) << 32;
	m[2] = MASK32(_mm256_or_si256(a, _mm256_cmpeq_epi8(a, z))) |
	    MASK32(_mm256_or_si256(b, _mm256_cmpeq_epi8(b, z))) << 32;
#undef MASK32
}

__attribute__((target("avx512bw"))) static void
classify_avx512(const char *p, uint64_t m[3])
{
	__m512i x = _mm512_loadu_si512((const void *)p);

	m[0] = _mm512_cmpeq_epi8_mask(x, _mm512_set1_epi8('\t'));
	m[1] = _mm512_cmpeq_epi8_mask(x, _mm512_set1_epi8('\n'));
	m[2] = _mm512_movepi8_mask(x) |
	    _mm512_cmpeq_epi8_mask(x, _mm512_setzero_si512());
}
#else
#define SIMD_LEVELS 1
#endif

static int simd_max = 2;

/* The widest level up to max that the processor has. */
static int
simd_level(int max)
{
#if SIMD_LEVELS > 1
	if (!__builtin_cpu_supports("popcnt") || !__builtin_cpu_supports("bmi"))
		return 0;
	if (max >= 2 && __builtin_cpu_supports("avx512bw") &&
	    __builtin_cpu_supports("avx512vbmi2"))
		return 2;
	if (max >= 1 && __builtin_cpu_supports("avx2"))
		return 1;
#endif
	(void)max;
	return 0;
}

int
fs_tsv_simd(int max)
{
	simd_max = max;
	return simd_level(max);
}

int
fs_simd_level(void)
{
	return simd_level(simd_max);
}

/*
 * A file cut short by another program while it is mapped raises SIGBUS
 * where a page past its new end is read.  The tool then stops as on a
 * read error, exit status 2 with the file's name, and writes nothing
 * more: its report is held (SPEC 1.3).  Any other SIGBUS is left as it
 * was.  A tool that maps a file itself says what it was doing
 * (fs_tsv_watch_cut()).
 *
 * The file is the one whose window holds the address that faulted:
 * every mapping watched has a slot (its start taken with a compare and
 * swap, so that threads mapping at once take two), looked through by
 * the handler.  Should the slots run out, the last file mapped is
 * named, as when there was one name for all.
 */
enum { CUT_SLOTS = 64 };
static struct cut_slot {
	_Atomic(uintptr_t) base;	/* 0: free */
	_Atomic(size_t) len;
	_Atomic(const char *) name, what;
} cut_slot[CUT_SLOTS];
static _Atomic(const char *) cut_name, cut_what;
static atomic_int cut_watched;
static _Thread_local sigjmp_buf *cut_catch;	/* fs_tsv_catch_cut() */

static void
put_err(const char *s)
{
	size_t n = strlen(s);
	ssize_t k;

	while (n > 0 && (k = write(STDERR_FILENO, s, n)) > 0) {
		s += k;
		n -= (size_t)k;
	}
}

static void
cut_short(int sig, siginfo_t *si, void *ctx)
{
	const char *name = atomic_load_explicit(&cut_name,
	    memory_order_relaxed);
	const char *what = atomic_load_explicit(&cut_what,
	    memory_order_relaxed);
	uintptr_t at, base;
	size_t i;

	(void)ctx;
	if (si == NULL || si->si_code != BUS_ADRERR || name == NULL) {
		signal(sig, SIG_DFL);
		raise(sig);
		return;
	}
	if (cut_catch != NULL)
		siglongjmp(*cut_catch, 1);
	at = (uintptr_t)si->si_addr;
	for (i = 0; i < CUT_SLOTS; i++) {
		base = atomic_load(&cut_slot[i].base);
		if (base != 0 && at >= base &&
		    at - base < atomic_load(&cut_slot[i].len)) {
			name = atomic_load(&cut_slot[i].name);
			what = atomic_load(&cut_slot[i].what);
			break;
		}
	}
	/* One stop says it; its report is taken out before it does. */
	if (!fs_stop_first())
		fs_stop_wait();
	fs_unfinished_remove();
	put_err(fs_tool);
	put_err(": ");
	put_err(name);
	put_err(": ");
	put_err(what);
	put_err("\n");
	_exit(2);
}

void
fs_tsv_catch_cut(sigjmp_buf *jb)
{
	cut_catch = jb;
}

void
fs_tsv_watch_cut(const void *p, size_t len, const char *name,
    const char *what)
{
	struct sigaction sa;
	uintptr_t free_slot;
	size_t i;

	atomic_store_explicit(&cut_what, what, memory_order_relaxed);
	atomic_store_explicit(&cut_name, name, memory_order_relaxed);
	for (i = 0; i < CUT_SLOTS; i++) {
		free_slot = 0;
		if (atomic_compare_exchange_strong(&cut_slot[i].base,
		    &free_slot, (uintptr_t)p)) {
			/* Found by the handler only once len is there. */
			atomic_store(&cut_slot[i].len, 0);
			atomic_store(&cut_slot[i].name, name);
			atomic_store(&cut_slot[i].what, what);
			atomic_store(&cut_slot[i].len, len);
			break;
		}
	}
	if (atomic_exchange(&cut_watched, 1))
		return;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = cut_short;
	sa.sa_flags = SA_SIGINFO;
	sigfillset(&sa.sa_mask);
	(void)sigaction(SIGBUS, &sa, NULL);
}

void
fs_tsv_unwatch_cut(const void *p)
{
	size_t i;

	for (i = 0; i < CUT_SLOTS; i++)
		if (atomic_load(&cut_slot[i].base) == (uintptr_t)p) {
			atomic_store(&cut_slot[i].len, 0);
			atomic_store(&cut_slot[i].base, 0);
			return;
		}
}

/*
 * A mapped file's window: MAP_BLOCK bytes from the page of the first
 * line not yet taken (twice that line's bytes so far, should it be
 * longer), and a page more, whose bytes are the pad (the file's, or
 * zeros past its end: the window is first reserved whole, and the file
 * mapped over what it has of it).  The window before is unmapped: what
 * counts against memory is a window a reader (FS_TSV_MAP), and the
 * kernel cannot map pages of the file outside it.  Then the new one's
 * pages are mapped all at once (MADV_POPULATE_READ, Linux 5.14; where
 * it fails they fault in as read): one call, not a fault every 16
 * pages, and a reader holds one whole window from its first row to its
 * last, so that its memory does not depend on where in a window it is.
 */
static int
remap(struct fs_tsv *r)
{
	const long page = sysconf(_SC_PAGESIZE);
	const int64_t stop = r->limit >= 0 ? r->limit : r->fsize;
	int64_t at = r->off - (int64_t)(r->end - r->pos), base;
	size_t keep = r->end - r->pos, n = MAP_BLOCK, len, flen;
	void *p = MAP_FAILED;

	if (at >= stop) {		/* nothing after the window */
		r->eof = 1;
		return 0;
	}
	if (page < WINDOW_PAD || !map_files)
		return -1;
	base = at - at % page;
	while (n < (size_t)(at - base) + 2 * keep)
		n *= 2;
	if ((int64_t)n > stop - base)
		n = (size_t)(stop - base);
	len = (n + (size_t)page - 1) / (size_t)page * (size_t)page +
	    (size_t)page;
	flen = r->fsize - base < (int64_t)len ? (size_t)(r->fsize - base +
	    page - 1) / (size_t)page * (size_t)page : len;
	if (flen == len)
		p = mmap(NULL, len, PROT_READ, MAP_PRIVATE, r->fd, (off_t)base);
	else if ((p = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS,
	    -1, 0)) != MAP_FAILED && mmap(p, flen, PROT_READ,
	    MAP_PRIVATE | MAP_FIXED, r->fd, (off_t)base) == MAP_FAILED) {
		munmap(p, len);
		p = MAP_FAILED;
	}
	if (p == MAP_FAILED)
		return -1;
	fs_tsv_watch_cut(p, len, r->name,
	    "the file was cut short while it was read");
	if (r->map != NULL) {
		fs_tsv_unwatch_cut(r->map);
		munmap(r->map, r->maplen);
	}
#ifdef MADV_POPULATE_READ
	(void)madvise(p, flen, MADV_POPULATE_READ);
#endif
	r->map = r->buf = p;
	r->maplen = len;
	r->cap = r->end = n;
	r->pos = (size_t)(at - base);
	r->off = base + (int64_t)n;
	r->eof = r->off >= stop;
	return 0;
}

/*
 * A mapped reader that cannot map its next window reads on into a
 * buffer, from where it is: 0, or -1 (r->err set).
 */
static int
unmap(struct fs_tsv *r)
{
	size_t keep = r->end - r->pos;
	char *b;

	r->cap = READ_BLOCK;
	while (r->cap < 2 * keep)
		r->cap *= 2;
	b = fs_xmalloc(r->cap + WINDOW_PAD);
	if (keep > 0)
		memcpy(b, r->buf + r->pos, keep);
	if (r->map != NULL) {
		fs_tsv_unwatch_cut(r->map);
		munmap(r->map, r->maplen);
	}
	r->map = NULL;
	r->buf = b;
	r->pos = 0;
	r->end = keep;
	r->mapped = 0;
	if (r->limit < 0 && lseek(r->fd, (off_t)r->off, SEEK_SET) < 0) {
		r->err = errno;
		return -1;
	}
	return 0;
}

/*
 * Keeps the partial line from r->pos, makes room and reads more (or maps
 * the next window).  0, or -1 on a read error.
 */
static int
refill(struct fs_tsv *r)
{
	ssize_t got;
	size_t want;
	int64_t stop;

	if (r->mapped) {
		if (remap(r) == 0)
			return 0;
		if (unmap(r) != 0)
			return -1;
	}

	if (r->err_ahead != 0) {
		r->err = r->err_ahead;
		return -1;
	}
	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->end - r->pos);
		r->end -= r->pos;
		r->pos = 0;
	}
	if (r->end == r->cap) {
		r->buf = fs_xreallocarray(r->buf, r->cap * 2 + WINDOW_PAD, 1);
		r->cap *= 2;
	}
	want = r->cap - r->end;
	stop = r->limit >= 0 ? r->limit : r->sized ? r->fsize : INT64_MAX;
	if ((int64_t)want > stop - r->off)
		want = (size_t)(stop - r->off);
	do
		got = want == 0 ? 0 : r->limit >= 0 ?
		    pread(r->fd, r->buf + r->end, want, (off_t)r->off) :
		    read(r->fd, r->buf + r->end, want);
	while (got < 0 && (errno == EINTR || (fs_again(errno) &&
	    fs_wait_fd(r->fd, POLLIN) == 0)));
	if (got < 0) {
		r->err = errno;
		return -1;
	}
	if (got == 0 && want > 0 && r->sized) {
		r->err = FS_TSV_CUT;
		return -1;
	}
	if (got == 0)
		r->eof = 1;
	r->end += (size_t)got;
	r->off += got;
	memset(r->buf + r->end, 0, WINDOW_PAD);
	return 0;
}

/*
 * The bytes a UTF-8 sequence may have after its lead byte 0xc0 + i: how
 * many, and the range of the first of them (the others are 0x80-0xbf).
 * 0 more: not a lead byte.  The ranges leave out overlong forms,
 * surrogates and code points past U+10FFFF.
 */
static const struct {
	unsigned char more, lo, hi;
} utf8_lead[64] = {
	[0x02] = { 1, 0x80, 0xbf }, { 1, 0x80, 0xbf }, { 1, 0x80, 0xbf },
	{ 1, 0x80, 0xbf }, { 1, 0x80, 0xbf }, { 1, 0x80, 0xbf },
	{ 1, 0x80, 0xbf }, { 1, 0x80, 0xbf }, { 1, 0x80, 0xbf },
	{ 1, 0x80, 0xbf }, { 1, 0x80, 0xbf }, { 1, 0x80, 0xbf },
	{ 1, 0x80, 0xbf }, { 1, 0x80, 0xbf }, { 1, 0x80, 0xbf },
	{ 1, 0x80, 0xbf }, { 1, 0x80, 0xbf }, { 1, 0x80, 0xbf },
	{ 1, 0x80, 0xbf }, { 1, 0x80, 0xbf }, { 1, 0x80, 0xbf },
	{ 1, 0x80, 0xbf }, { 1, 0x80, 0xbf }, { 1, 0x80, 0xbf },
	{ 1, 0x80, 0xbf }, { 1, 0x80, 0xbf }, { 1, 0x80, 0xbf },
	{ 1, 0x80, 0xbf }, { 1, 0x80, 0xbf }, { 1, 0x80, 0xbf },
	[0x20] = { 2, 0xa0, 0xbf }, { 2, 0x80, 0xbf }, { 2, 0x80, 0xbf },
	{ 2, 0x80, 0xbf }, { 2, 0x80, 0xbf }, { 2, 0x80, 0xbf },
	{ 2, 0x80, 0xbf }, { 2, 0x80, 0xbf }, { 2, 0x80, 0xbf },
	{ 2, 0x80, 0xbf }, { 2, 0x80, 0xbf }, { 2, 0x80, 0xbf },
	{ 2, 0x80, 0xbf }, { 2, 0x80, 0x9f }, { 2, 0x80, 0xbf },
	{ 2, 0x80, 0xbf },
	[0x30] = { 3, 0x90, 0xbf }, { 3, 0x80, 0xbf }, { 3, 0x80, 0xbf },
	{ 3, 0x80, 0xbf }, { 3, 0x80, 0x8f },
};

const char *
fs_utf8_check(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p, *e = s + n;
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t highs = 0x8080808080808080ULL;
	uint64_t w, m;
	unsigned c, more;

	while (s < e) {
		if (e - s >= 8) {
			/* Past plain ASCII to the first NUL or non-ASCII byte. */
			memcpy(&w, s, 8);
			if ((m = (w | ((w - ones) & ~w)) & highs) == 0) {
				s += 8;
				continue;
			}
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			s += __builtin_ctzll(m) >> 3;
#endif
		}
		c = *s;
		if (c < 0x80) {
			if (c == 0)
				return "NUL byte in the line";
			s++;
			continue;
		}
		/* A run of characters that are not ASCII (Chinese text). */
		do {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			/*
			 * Most Chinese characters: a lead byte 0xe1-0xec or
			 * 0xee-0xef and two continuation bytes, in one test.
			 */
			if (e - s >= 4) {
				uint32_t u;

				memcpy(&u, s, 4);
				if ((u & 0xc0c0f0) == 0x8080e0 && c != 0xe0 &&
				    c != 0xed) {
					s += 3;
					continue;
				}
			}
#endif
			if (c < 0xc0 || (more = utf8_lead[c - 0xc0].more) == 0 ||
			    e - s <= more || s[1] < utf8_lead[c - 0xc0].lo ||
			    s[1] > utf8_lead[c - 0xc0].hi ||
			    (more >= 2 && (s[2] & 0xc0) != 0x80) ||
			    (more == 3 && (s[3] & 0xc0) != 0x80))
				return "invalid UTF-8 in the line";
			s += more + 1;
		} while (s < e && (c = *s) >= 0x80);
	}
	return NULL;
}

/*
 * UTF-8 checked 32 bytes at a time with AVX2 (64 with AVX-512, where the
 * row index checks its blocks), after the method of Keiser and Lemire
 * ("Validating UTF-8 in less than one instruction per byte", 2021): each
 * byte is looked at with the one before it, through three 16-entry
 * tables of the error classes the pair can be in (indexed by the high
 * half of the byte before, its low half, and the high half of the byte
 * itself); a continuation byte that the bytes two and three back call
 * for, and the tables' "two continuations", must go together.
 */
#if SIMD_LEVELS > 1
enum {
	U8_SHORT = 1 << 0,	/* a lead byte not followed by a continuation */
	U8_LONG = 1 << 1,	/* a continuation after ASCII */
	U8_OVER3 = 1 << 2,	/* e0 80-9f */
	U8_LARGE = 1 << 3,	/* f4 90-bf, f5-ff */
	U8_SURR = 1 << 4,	/* ed a0-bf */
	U8_OVER2 = 1 << 5,	/* c0-c1 */
	U8_LARGE1000 = 1 << 6,	/* f5-ff 80-8f */
	U8_OVER4 = 1 << 6,	/* f0 80-8f */
	U8_TWO = 1 << 7,	/* a continuation after a continuation */
	U8_CARRY = U8_SHORT | U8_LONG | U8_TWO
};

/*
 * The three tables, by the high half of the byte before, its low half,
 * and the high half of the byte itself: one 16-byte lane, repeated in
 * every lane of a vector.
 */
static const unsigned char u8_by_prev_high[16] = {
	U8_LONG, U8_LONG, U8_LONG, U8_LONG, U8_LONG, U8_LONG, U8_LONG,
	U8_LONG, U8_TWO, U8_TWO, U8_TWO, U8_TWO, U8_SHORT | U8_OVER2,
	U8_SHORT, U8_SHORT | U8_OVER3 | U8_SURR,
	U8_SHORT | U8_LARGE | U8_LARGE1000 | U8_OVER4
};
static const unsigned char u8_by_prev_low[16] = {
	U8_CARRY | U8_OVER3 | U8_OVER2 | U8_OVER4, U8_CARRY | U8_OVER2,
	U8_CARRY, U8_CARRY, U8_CARRY | U8_LARGE,
	U8_CARRY | U8_LARGE | U8_LARGE1000, U8_CARRY | U8_LARGE | U8_LARGE1000,
	U8_CARRY | U8_LARGE | U8_LARGE1000, U8_CARRY | U8_LARGE | U8_LARGE1000,
	U8_CARRY | U8_LARGE | U8_LARGE1000, U8_CARRY | U8_LARGE | U8_LARGE1000,
	U8_CARRY | U8_LARGE | U8_LARGE1000, U8_CARRY | U8_LARGE | U8_LARGE1000,
	U8_CARRY | U8_LARGE | U8_LARGE1000 | U8_SURR,
	U8_CARRY | U8_LARGE | U8_LARGE1000, U8_CARRY | U8_LARGE | U8_LARGE1000
};
static const unsigned char u8_by_high[16] = {
	U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT,
	U8_SHORT,
	U8_LONG | U8_OVER2 | U8_TWO | U8_OVER3 | U8_LARGE1000 | U8_OVER4,
	U8_LONG | U8_OVER2 | U8_TWO | U8_OVER3 | U8_LARGE,
	U8_LONG | U8_OVER2 | U8_TWO | U8_SURR | U8_LARGE,
	U8_LONG | U8_OVER2 | U8_TWO | U8_SURR | U8_LARGE,
	U8_SHORT, U8_SHORT, U8_SHORT, U8_SHORT
};

/* A table in every 16-byte lane of a vector of W bits (256 or 512). */
#define U8_TABLE256(t)							\
	_mm256_broadcastsi128_si256(_mm_loadu_si128(			\
	    (const __m128i *)(const void *)(t)))
#define U8_TABLE512(t)							\
	_mm512_broadcast_i32x4(_mm_loadu_si128(				\
	    (const __m128i *)(const void *)(t)))

/*
 * The error classes of the bytes of x, each with the bytes one, two and
 * three before it (p1, p2, p3), in vectors of W bits: nonzero bytes are
 * at fault.  The same steps at either width, so written once.
 */
#define U8_ERRORS(W, x, p1, p2, p3)					\
	_mm##W##_xor_si##W(_mm##W##_and_si##W(_mm##W##_or_si##W(	\
	    /* the third or fourth byte: e0-ff two back, f0-ff three */	\
	    _mm##W##_subs_epu8((p2), _mm##W##_set1_epi8(0x60)),		\
	    _mm##W##_subs_epu8((p3), _mm##W##_set1_epi8(0x70))),	\
	    _mm##W##_set1_epi8((char)0x80)),				\
	    _mm##W##_and_si##W(_mm##W##_and_si##W(			\
	    _mm##W##_shuffle_epi8(U8_TABLE##W(u8_by_prev_high),		\
	    _mm##W##_and_si##W(_mm##W##_srli_epi16((p1), 4),		\
	    _mm##W##_set1_epi8(0x0f))),					\
	    _mm##W##_shuffle_epi8(U8_TABLE##W(u8_by_prev_low),		\
	    _mm##W##_and_si##W((p1), _mm##W##_set1_epi8(0x0f)))),	\
	    _mm##W##_shuffle_epi8(U8_TABLE##W(u8_by_high),		\
	    _mm##W##_and_si##W(_mm##W##_srli_epi16((x), 4),		\
	    _mm##W##_set1_epi8(0x0f)))))

/* The bytes of x, each with the one n before it (prev: the block before). */
#define U8_PREV(x, prev, n)						\
	_mm256_alignr_epi8((x), _mm256_permute2x128_si256((prev), (x), 0x21), \
	    16 - (n))

__attribute__((target("avx2"))) static inline __m256i
utf8_errors(__m256i x, __m256i prev)
{
	return _mm256_or_si256(U8_ERRORS(256, x, U8_PREV(x, prev, 1),
	    U8_PREV(x, prev, 2), U8_PREV(x, prev, 3)),
	    _mm256_cmpeq_epi8(x, _mm256_setzero_si256()));
}

/* Is p[0 .. n) UTF-8 without NUL?  p[n .. n + 32) may be read. */
__attribute__((target("avx2"))) static int
utf8_valid_avx2(const char *p, size_t n)
{
	static const signed char past[64] = {
		[32] = -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
		-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
		-1, -1, -1
	};
	const __m256i space = _mm256_set1_epi8(' ');
	__m256i x, prev = space, err = _mm256_setzero_si256();
	size_t i;

	for (i = 0; i + 32 <= n; i += 32) {
		x = _mm256_loadu_si256((const __m256i *)(const void *)(p + i));
		err = _mm256_or_si256(err, utf8_errors(x, prev));
		prev = x;
	}
	/* The rest, then spaces: a sequence cut at the end is too short. */
	x = _mm256_loadu_si256((const __m256i *)(const void *)(p + i));
	x = _mm256_blendv_epi8(x, space, _mm256_loadu_si256(
	    (const __m256i *)(const void *)(past + 32 - (n - i))));
	err = _mm256_or_si256(err, utf8_errors(x, prev));
	return _mm256_testz_si256(err, err);
}
#endif

const char *
fs_utf8_check_padded(const char *p, size_t n)
{
#if SIMD_LEVELS > 1
	if (simd_max >= 1 && __builtin_cpu_supports("avx2") &&
	    utf8_valid_avx2(p, n))
		return NULL;
#endif
	return fs_utf8_check(p, n);
}

/* A column's name and place (fs_tsv_named_twice(), fs_tsv_match()). */
struct named {
	const char *p;
	size_t n, at;
};

static int
by_name(const void *a, const void *b)
{
	const struct named *x = a, *y = b;
	int c = fs_slice_cmp(x->p, x->n, y->p, y->n);

	return c != 0 ? c : (x->at > y->at) - (x->at < y->at);
}

/* The names of n columns, sorted with their places: free() it. */
static struct named *
sorted_names(const struct fs_slice *col, size_t n)
{
	struct named *v = fs_xreallocarray(NULL, n ? n : 1, sizeof(*v));
	size_t i;

	for (i = 0; i < n; i++) {
		v[i].p = col[i].p;
		v[i].n = col[i].n;
		v[i].at = i;
	}
	qsort(v, n, sizeof(*v), by_name);
	return v;
}

/*
 * Sorted by name and place, so that a header of any width is checked at
 * once (two loops took 24 s for a roster of 100,000 columns).
 */
size_t
fs_tsv_named_twice(const struct fs_slice *col, size_t n)
{
	struct named *v;
	size_t i, first = n;

	if (n < 2)
		return n;
	v = sorted_names(col, n);
	for (i = 1; i < n; i++)
		if (v[i].at < first && fs_slice_cmp(v[i - 1].p, v[i - 1].n,
		    v[i].p, v[i].n) == 0)
			first = v[i].at;
	free(v);
	return first;
}

void
fs_names_match(const struct fs_slice *col, size_t ncol,
    const struct fs_slice *names, size_t n, long *at, long *from)
{
	struct named *v = sorted_names(col, ncol);
	size_t i, lo, hi, mid;
	int c;

	for (i = 0; i < ncol; i++)
		from[i] = -1;
	for (i = 0; i < n; i++) {
		at[i] = -1;
		for (lo = 0, hi = ncol; lo < hi; ) {
			mid = lo + (hi - lo) / 2;
			c = fs_slice_cmp(names[i].p, names[i].n, v[mid].p,
			    v[mid].n);
			if (c == 0) {
				at[i] = (long)v[mid].at;
				from[v[mid].at] = (long)i;
				break;
			}
			if (c < 0)
				hi = mid;
			else
				lo = mid + 1;
		}
	}
	free(v);
}

void
fs_tsv_match(const struct fs_tsv *r, const struct fs_slice *names,
    size_t n, long *at, long *from)
{
	fs_names_match(r->col, r->ncols, names, n, at, from);
}

void
fs_names_add(struct fs_buf *b, const char *p, size_t n)
{
	fs_buf_add(b, p, n);
	fs_buf_add(b, "\t", 1);
}

struct fs_slice *
fs_names_list(const struct fs_buf *b, size_t *n)
{
	const char *q, *end, *tab;
	struct fs_slice *v;
	struct named *s;
	unsigned char *keep;
	size_t k = 0, i;

	*n = 0;
	if (b->n == 0)			/* (and b->p may be NULL) */
		return fs_xreallocarray(NULL, 1, sizeof(*v));
	end = b->p + b->n;
	for (q = b->p; q < end; q = tab + 1, k++)
		if ((tab = memchr(q, '\t', (size_t)(end - q))) == NULL)
			tab = end;
	v = fs_xreallocarray(NULL, k, sizeof(*v));
	for (q = b->p, k = 0; q < end; q = tab + 1, k++) {
		if ((tab = memchr(q, '\t', (size_t)(end - q))) == NULL)
			tab = end;
		v[k].p = q;
		v[k].n = (size_t)(tab - q);
	}
	/*
	 * Each name once, where first met: sorted by name and place, the
	 * first of equal names is the one kept (at once for 100,000 names;
	 * looking each up in the list as it was added took 20 s).
	 */
	s = sorted_names(v, k);
	keep = fs_xmalloc(k);
	for (i = 0; i < k; i++)
		keep[s[i].at] = i == 0 || fs_slice_cmp(s[i - 1].p, s[i - 1].n,
		    s[i].p, s[i].n) != 0;
	for (i = 0, *n = 0; i < k; i++)
		if (keep[i])
			v[(*n)++] = v[i];
	free(keep);
	free(s);
	return v;
}

struct fs_slice *
fs_names_split(const char *p, size_t len, size_t *n)
{
	const char *end = p + len, *tab;
	struct fs_slice *v;
	size_t i, k = 1;

	for (tab = p; (tab = memchr(tab, '\t', (size_t)(end - tab))) != NULL;
	    tab++)
		k++;
	v = fs_xreallocarray(NULL, k, sizeof(*v));
	for (i = 0; i < k; i++, p = tab + 1) {
		if ((tab = memchr(p, '\t', (size_t)(end - p))) == NULL)
			tab = end;
		v[i].p = p;
		v[i].n = (size_t)(tab - p);
	}
	*n = k;
	return v;
}

void
fs_named_twice_say(char *buf, size_t cap, const struct fs_slice *col,
    size_t i)
{
	const char *more;
	size_t j;
	int k;

	if (col[i].n == 0) {
		for (j = 0; j < i && col[j].n != 0; j++)
			;
		snprintf(buf, cap, "columns %zu and %zu have no name (empty "
		    "columns a spreadsheet left?)", j + 1, i + 1);
		return;
	}
	k = fs_quote_len(col[i].p, col[i].n, &more);
	snprintf(buf, cap, "column '%.*s%s' named twice", k, col[i].p, more);
}

/* Of n names, how many are empty. */
static size_t
empty_names(const struct fs_slice *col, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += col[i].n == 0;
	return k;
}

int
fs_title_above(const struct fs_slice *col, size_t n,
    const struct fs_slice *next, size_t nn)
{
	size_t e = empty_names(col, n);

	return e < n && n - e < e && nn >= 2 && empty_names(next, nn) == 0;
}

/*
 * The first line after r's header that is not empty, when r's buffer
 * holds it whole (nothing is read for it): 1, with its bytes (without
 * LF and a CR before it) in *lp and *ln and its line number in *at;
 * else 0.  For a message on the header only.
 */
static int
peek_line(const struct fs_tsv *r, const char **lp, size_t *ln, long *at)
{
	const char *p, *e, *nl;
	long line = r->nextline;
	size_t n;

	if (r->buf == NULL || r->pos >= r->end)
		return 0;
	for (p = r->buf + r->pos, e = r->buf + r->end; p < e; p = nl + 1,
	    line++) {
		if ((nl = memchr(p, '\n', (size_t)(e - p))) == NULL && !r->eof)
			return 0;
		n = (size_t)((nl != NULL ? nl : e) - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (n > 0) {
			*lp = p;
			*ln = n;
			*at = line;
			return 1;
		}
		if (nl == NULL)
			break;
	}
	return 0;
}

/*
 * Is r's header a title above the table (fs_title_above()), the line
 * after it the table's header?  The line's number, or 0.
 */
static long
title_above(const struct fs_tsv *r)
{
	struct fs_slice *next;
	const char *p;
	size_t n, nn;
	long at;
	int yes;

	if (!peek_line(r, &p, &n, &at))
		return 0;
	next = fs_names_split(p, n, &nn);
	yes = fs_title_above(r->col, r->ncols, next, nn);
	free(next);
	return yes ? at : 0;
}

/*
 * Is p[0 .. n) GB18030 text, every byte of it (a line of a file saved in
 * GB18030)?  The error path only.
 */
static int
reads_gb18030(const char *p, size_t n)
{
	char out[256], *in = (char *)p, *o;
	size_t inleft = n, outleft, r;
	iconv_t cd;

	if ((cd = iconv_open("UTF-8", "GB18030")) == (iconv_t)-1)
		return 0;
	do {
		o = out;
		outleft = sizeof(out);
		r = iconv(cd, &in, &inleft, &o, &outleft);
	} while (inleft > 0 && (r != (size_t)-1 || errno == E2BIG));
	iconv_close(cd);
	return inleft == 0;
}

/*
 * Are half or more of p[0 .. n)'s bytes beyond ASCII outside valid
 * UTF-8?  A GB18030 line's are; a UTF-8 line with a character cut or
 * damaged has the rest of its text valid, and GB18030 could read it too.
 * Half: GB18030's 在村 (d4 da b4 e5) holds a valid UTF-8 pair (da b4)
 * between two bad bytes, and was not said to be GB18030.
 */
static int
mostly_not_utf8(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0, k, valid = 0, bad = 0;

	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		k = s[i] >= 0xf0 ? 4 : s[i] >= 0xe0 ? 3 : 2;
		if (s[i] >= 0xc2 && s[i] <= 0xf4 && k <= n - i &&
		    fs_utf8_check(p + i, k) == NULL) {
			valid += k;
			i += k;
		} else {
			bad++;
			i++;
		}
	}
	return bad >= valid;
}

/* Why a line is not UTF-8 (fs_utf8_check()'s why), with the likely cause. */
static const char *
line_encoding(const char *p, size_t n, const char *why)
{
	if (strcmp(why, "invalid UTF-8 in the line") != 0 ||
	    memchr(p, '\0', n) != NULL || !mostly_not_utf8(p, n) ||
	    !reads_gb18030(p, n))
		return why;
	return "invalid UTF-8 in the line (a file saved in GB18030? iconv "
	    "-f GB18030 -t UTF-8 converts it)";
}

int
fs_looks_utf16(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;

	/* The mark alone may be all there is: 名 holds a CR (0x0d). */
	if (n >= 2 && ((u[0] == 0xff && u[1] == 0xfe) ||
	    (u[0] == 0xfe && u[1] == 0xff)))
		return 1;
	return n >= 4 &&
	    ((u[0] != 0 && u[1] == 0 && u[2] != 0 && u[3] == 0) ||
	    (u[0] == 0 && u[1] != 0 && u[2] == 0 && u[3] != 0));
}

/*
 * Why a header is not UTF-8, with the likely cause when it shows: a file
 * saved as UTF-16 (Excel's "Unicode text": a NUL after every ASCII
 * character, a tab between names) or in GB18030 (the bytes are GB18030
 * text).
 */
static const char *
header_encoding(const char *p, size_t n)
{
	if (memchr(p, '\0', n) != NULL && !fs_looks_utf16(p, n))
		return "NUL byte in the header";
	if (memchr(p, '\0', n) != NULL)
		return memchr(p, '\t', n) != NULL ?
		    "NUL byte in the header (a file saved as UTF-16, "
		    "Excel's \"Unicode text\"? fs-import --from-encoding "
		    "UTF-16 -d tab converts it)" :
		    "NUL byte in the header (a file saved as UTF-16? "
		    "fs-import --from-encoding UTF-16 converts it)";
	if (n <= 1024 && reads_gb18030(p, n))
		return "invalid UTF-8 in the header (a file saved in "
		    "GB18030? iconv -f GB18030 -t UTF-8 converts it)";
	return "invalid UTF-8 in the header";
}

/*
 * Does a header hold a CR before its end: a CR with a byte after it
 * that is not one?  A file whose lines end in CR alone (Excel's "Tab
 * delimited text" on a Mac) reads as one line, its header, whose last
 * name runs into the first row: "note\rS01".  CRs at the end of a
 * header (a line ended CR CR LF) are left as they were.
 */
static int
cr_inside(const char *p, size_t n)
{
	const char *cr = memchr(p, '\r', n), *e = p + n;

	if (cr == NULL)
		return 0;
	while (cr < e && *cr == '\r')
		cr++;
	return cr < e;
}

int
fs_tsv_header(struct fs_tsv *r, const char **why)
{
	/* Set when next_line() gives 1 (gcc -fsanitize=thread cannot see). */
	const char *p = NULL;
	size_t n = 0, i;
	int rc;

	do {
		rc = next_line(r, &p, &n);
		r->lineno = r->nextline++;
	} while (rc == 1 && n == 0);
	if (rc < 0) {
		*why = fs_tsv_strerror(r->err);
		return -1;
	}
	if (rc == 0) {
		*why = "no header line";
		return -1;
	}
	/* Before the UTF-8: a Mac file may be in another encoding too. */
	if (cr_inside(p, n) && memchr(p, '\0', n) == NULL) {
		*why = "CR inside the header (lines ending in CR alone, a Mac "
		    "\"Tab delimited text\" file? fs-import -d tab reads it, "
		    "or tr '\\r' '\\n')";
		return -2;
	}
	if ((*why = fs_utf8_check(p, n)) != NULL) {
		*why = header_encoding(p, n);
		return -2;
	}
	r->hdr = fs_xstrndup(p, n);
	r->hdrlen = n;
	split(r, r->hdr, n);
	r->ncols = r->nf;
	r->col = fs_xreallocarray(NULL, r->ncols, sizeof(*r->col));
	memcpy(r->col, r->f, r->ncols * sizeof(*r->col));
	if ((i = fs_tsv_named_twice(r->col, r->ncols)) < r->ncols) {
		if (r->col[i].n == 0 && title_above(r) != 0)
			snprintf(r->badbuf, sizeof(r->badbuf), FS_TITLE_ABOVE,
			    r->lineno);
		else
			fs_named_twice_say(r->badbuf, sizeof(r->badbuf),
			    r->col, i);
		*why = r->badbuf;
		return -2;
	}
	return 0;
}

/*
 * The row index.  Stage one (index_*()) turns a stretch of the buffer,
 * 64 bytes at a time, into the places of its newlines and its tabs,
 * written a few at a time whatever the bits say, so that no branch
 * depends on where they fall; a block with odd bytes (NUL, or not
 * ASCII) has its UTF-8 checked there too, with the vector check where
 * the processor has AVX2, and a block in which that finds fault (or,
 * without AVX2, any block with odd bytes) is listed.  Stage two
 * (fs_tsv_next()) takes a row's end and fields from the places, and
 * checks one by one only the rows across a listed block.
 *
 * A stretch is INDEX_STRETCH bytes from the first line not yet taken,
 * or more until a newline is found, so the places of a stretch stay in
 * the first-level cache with its bytes; at a page (MAP_AHEAD below),
 * the bytes of the next stretch are asked for while this one is
 * indexed, and come while its rows are parsed (8 KB took fs-funds 3-4%
 * longer).  An error in a UTF-8 sequence is found at one of its bytes
 * or at the byte after it, at the latest the row's own newline, so it
 * lies in a block across the row; a last line without a newline has no
 * byte after it, and fs_tsv_next_any() checks it whole.
 */
enum { INDEX_STRETCH = 4 << 10, INDEX_SLACK = 64 };

/*
 * A mapped file's bytes come to the cache from the page cache as they
 * are indexed, and the processor's own prefetching stops at the end of
 * a page: each block asks for the one a page ahead.
 */
enum { MAP_AHEAD = 4096 };

/* Writes the places (w + bit) of the set bits of m at out: their count. */
static inline __attribute__((always_inline)) size_t
put_places(size_t *out, size_t w, uint64_t m, int ahead)
{
	size_t n = (size_t)__builtin_popcountll(m);
	int k;

	/* ahead places whatever the count: those past it are not used. */
#pragma GCC unroll 16
	for (k = 0; k < ahead; k++) {
		out[k] = w + (size_t)__builtin_ctzll(m | 1ULL << 63);
		m &= m - 1;
	}
	if (n > (size_t)ahead)
		for (; m != 0; k++) {
			out[k] = w + (size_t)__builtin_ctzll(m);
			m &= m - 1;
		}
	return n;
}

/*
 * Stage one on r->buf[at .. to): appends to the index.  cls classifies
 * a block; put writes places, tabs or nls of them whatever the count; u8
 * (or NULL) checks the UTF-8 of the block at w, given the bytes before
 * it from first on: nonzero when at fault.
 */
typedef size_t put_fn(size_t *, size_t, uint64_t, int);

static inline __attribute__((always_inline)) void
index_run(struct fs_tsv *r, size_t at, size_t to, classify_fn *cls,
    put_fn *put, int tabs, int nls, int (*u8)(const char *, size_t, size_t))
{
	const char *b = r->buf;
	size_t *nl = r->inl + r->nnl, *tab = r->itab + r->ntab;
	size_t *dirty = r->idirty + r->ndirty, w;
	uint64_t m[3], keep, odd;
	int last = r->odd_last, ahead = r->mapped;

	for (w = at; w < to; w += 64) {
		if (ahead)
			__builtin_prefetch(b + w + MAP_AHEAD);
		cls(b + w, m);
		if (to - w < 64) {
			keep = (1ULL << (to - w)) - 1;
			m[0] &= keep;
			m[1] &= keep;
			m[2] &= keep;
		}
		tab += put(tab, w, m[0], tabs);
		nl += put(nl, w, m[1], nls);
		odd = m[2];
		if (u8 != NULL) {
			/* The block after one with odd bytes: a sequence cut. */
			if ((odd != 0 || last) && u8(b, w, r->pos))
				*dirty++ = w;
		} else if (odd != 0)
			*dirty++ = w;
		last = odd != 0;
	}
	r->nnl = (size_t)(nl - r->inl);
	r->ntab = (size_t)(tab - r->itab);
	r->ndirty = (size_t)(dirty - r->idirty);
	r->odd_last = last;
}

/*
 * GCC would otherwise pack the places' additions into vectors, which
 * costs more than it saves.
 */
#if defined(__GNUC__) && !defined(__clang__)
#define INDEX_ATTR __attribute__((optimize("no-tree-slp-vectorize")))
#else
#define INDEX_ATTR
#endif

INDEX_ATTR static void
index_plain(struct fs_tsv *r, size_t at, size_t to)
{
	index_run(r, at, to, classify, put_places, 8, 4, NULL);
}

#if SIMD_LEVELS > 1
__attribute__((target("avx2"))) static inline int
utf8_block_avx2(const char *b, size_t w, size_t first)
{
	__m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(b + w));
	__m256i y = _mm256_loadu_si256(
	    (const __m256i *)(const void *)(b + w + 32));
	__m256i prev = w > first ? _mm256_loadu_si256(
	    (const __m256i *)(const void *)(b + w - 32)) :
	    _mm256_setzero_si256();
	__m256i err = _mm256_or_si256(utf8_errors(x, prev),
	    utf8_errors(y, x));

	return !_mm256_testz_si256(err, err);
}

INDEX_ATTR __attribute__((target("avx2,popcnt,bmi"))) static void
index_avx2(struct fs_tsv *r, size_t at, size_t to)
{
	index_run(r, at, to, classify_avx2, put_places, 8, 4,
	    utf8_block_avx2);
}

/*
 * The places of the set bits of m with AVX-512 VBMI2: the bit numbers
 * packed into bytes by one compress, then widened 8 at a time.
 */
#define VBMI2_TARGET "avx512bw,avx512vbmi2,popcnt,bmi"

__attribute__((target(VBMI2_TARGET))) static inline size_t
put_places_vbmi2(size_t *out, size_t w, uint64_t m, int ahead)
{
	static const unsigned char bits[64] = {
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
		18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
		34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49,
		50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63
	};
	unsigned char packed[64];
	__m512i c = _mm512_maskz_compress_epi8(m,
	    _mm512_loadu_si512((const void *)bits));
	__m512i base = _mm512_set1_epi64((long long)w);
	__m128i lo = _mm512_castsi512_si128(c);
	size_t n = (size_t)__builtin_popcountll(m), k;

	_mm512_storeu_si512((void *)out,
	    _mm512_add_epi64(_mm512_cvtepu8_epi64(lo), base));
	if (ahead > 8)
		_mm512_storeu_si512((void *)(out + 8), _mm512_add_epi64(
		    _mm512_cvtepu8_epi64(_mm_srli_si128(lo, 8)), base));
	if (n > (size_t)ahead) {
		_mm512_storeu_si512((void *)packed, c);
		for (k = (size_t)ahead; k < n; k += 8)
			_mm512_storeu_si512((void *)(out + k),
			    _mm512_add_epi64(_mm512_cvtepu8_epi64(
			    _mm_loadl_epi64((const __m128i *)(const void *)
			    (packed + k))), base));
	}
	return n;
}

/*
 * utf8_block_avx2() in one vector of 64 bytes: the three bytes before
 * each come from x's lane before, or for the first lane from the top of
 * the block before.
 */
__attribute__((target(VBMI2_TARGET))) static inline int
utf8_block_avx512(const char *b, size_t w, size_t first)
{
	__m512i x = _mm512_loadu_si512((const void *)(b + w));
	__m512i prev = w > first ? _mm512_loadu_si512((const void *)
	    (b + w - 64)) : _mm512_setzero_si512();
	__m512i before = _mm512_alignr_epi64(x, prev, 6);
	__m512i err = U8_ERRORS(512, x, _mm512_alignr_epi8(x, before, 15),
	    _mm512_alignr_epi8(x, before, 14),
	    _mm512_alignr_epi8(x, before, 13));

	return (_mm512_test_epi8_mask(err, err) |
	    _mm512_cmpeq_epi8_mask(x, _mm512_setzero_si512())) != 0;
}

INDEX_ATTR __attribute__((target(VBMI2_TARGET))) static void
index_avx512(struct fs_tsv *r, size_t at, size_t to)
{
	index_run(r, at, to, classify_avx512, put_places_vbmi2, 16, 8,
	    utf8_block_avx512);
}
#endif

/* Stage one for readers opened now. */
static index_fn *
pick_index(void)
{
#if SIMD_LEVELS > 1
	switch (simd_level(simd_max)) {
	case 2:
		return index_avx512;
	case 1:
		return index_avx2;
	}
#endif
	return index_plain;
}

static void
index_reset(struct fs_tsv *r)
{
	r->nnl = r->ntab = r->ndirty = 0;
	r->ri = r->ti = r->di = 0;
	r->odd_last = 0;
}

/* Room in an array of places for more after its n. */
static size_t *
places_room(size_t *a, size_t *cap, size_t n, size_t more)
{
	if (n + more > *cap) {
		*cap = (n + more) * 2;
		a = fs_xreallocarray(a, *cap, sizeof(*a));
	}
	return a;
}

/*
 * Reads on for a line longer than what the buffer holds, until a newline
 * comes, the input ends or the buffer is full: a pipe hands over a
 * pipeful a read, and a line indexed again after each pipeful took time
 * in the square of its length (200 MB: 4 s); again only each time the
 * buffer doubles, it is read in linear time.  0, or -1 (r->err set).
 */
static int
refill_line(struct fs_tsv *r)
{
	size_t had;

	do {
		had = r->end - r->pos;
		if (refill(r) < 0)
			return -1;
	} while (!r->eof && !r->mapped && r->end < r->cap &&
	    memchr(r->buf + r->pos + had, '\n', r->end - r->pos - had) ==
	    NULL);
	return 0;
}

/*
 * Indexes the lines from r->pos on, reading more when the buffer holds
 * no newline: 1, 0 at the end of the input, -1 on a read error.
 */
static int
index_more(struct fs_tsv *r)
{
	size_t at, to, k, nc = r->ncols > 0 ? r->ncols : 1;

	for (;;) {
		index_reset(r);
		for (at = r->pos; at < r->end && r->nnl == 0; at = to) {
			to = r->end - at > INDEX_STRETCH ? at + INDEX_STRETCH :
			    r->end;
			r->inl = places_room(r->inl, &r->nlcap, r->nnl,
			    to - at + INDEX_SLACK + 1);
			r->itab = places_room(r->itab, &r->tabcap, r->ntab,
			    to - at + INDEX_SLACK + nc + 1);
			r->idirty = places_room(r->idirty, &r->dirtycap,
			    r->ndirty, (to - at) / 64 + 2);
			r->index(r, at, to);
		}
		if (r->nnl > 0)
			break;
		if (r->eof) {
			if (r->pos == r->end)
				return 0;
			r->inl[r->nnl++] = r->end;	/* a last line without */
			break;
		}
		if (refill_line(r) < 0)
			return -1;
	}
	/* Past the last tab, places past any line: a row's too few tabs. */
	for (k = 0; k <= nc; k++)
		r->itab[r->ntab + k] = SIZE_MAX;
	r->idirty[r->ndirty] = SIZE_MAX;
	if (r->fcap < nc + 1) {
		r->fcap = nc + 1;
		r->f = fs_xreallocarray(r->f, r->fcap, sizeof(*r->f));
	}
	return 1;
}

/*
 * Fields of a row whose tab count is not the header's, from the index:
 * their count.  *last: where the last field kept starts; *kept: the
 * fields kept in r->f, the last of them to be set from *last.  A row of
 * more fields than the header's is bad and said by their count alone:
 * the header's count of them are kept, the rest (after the last kept)
 * counted, not sliced (a line of 80 MB of tabs took 1.3 GB of slices).
 * The header's own line (no columns yet) is kept whole.
 */
static size_t
split_indexed(struct fs_tsv *r, size_t start, size_t nl, size_t *last,
    size_t *kept)
{
	size_t nf = 0, at, keep = r->ncols > 0 ? r->ncols : SIZE_MAX;

	while ((at = r->itab[r->ti]) < nl) {
		r->ti++;
		if (nf++ >= keep)
			continue;
		if (nf + 1 > r->fcap) {
			r->fcap = (nf + 1) * 2;
			r->f = fs_xreallocarray(r->f, r->fcap, sizeof(*r->f));
		}
		r->f[nf - 1].p = r->buf + start;
		r->f[nf - 1].n = at - start;
		start = at + 1;
	}
	*last = start;
	*kept = (nf < keep ? nf : keep) + 1;
	return nf + 1;
}

/*
 * Is r's file shorter than when it was opened?  A file cut inside the
 * last page a reader has mapped raises no SIGBUS: the page reads as
 * zeros past the new end, which would make a row of NUL bytes, or rows
 * indexed before the cut.  Asked at the end and at a NUL byte (1, with
 * r->err FS_TSV_CUT), of a mapped reader only: one that reads learns it
 * from read(2).
 */
static int
shrunk(struct fs_tsv *r)
{
	struct stat st;

	if (!r->mapped || fstat(r->fd, &st) != 0 || st.st_size >= r->fsize)
		return 0;
	r->err = FS_TSV_CUT;
	return 1;
}

enum fs_tsv_status
fs_tsv_next_any(struct fs_tsv *r)
{
	struct fs_slice *f;
	size_t start, nl, end, nc = r->ncols, nf, kept;
	int rc;

	FS_FIELDS_BACK(r);
	for (;;) {
		if (r->ri == r->nnl && (rc = index_more(r)) <= 0) {
			r->lineno = r->nextline++;
			return rc < 0 || shrunk(r) ? FS_TSV_ERROR :
			    FS_TSV_EOF;
		}
		start = r->pos;
		nl = r->inl[r->ri++];
		r->pos = nl < r->end ? nl + 1 : nl;
		r->lineno = r->nextline++;
		end = nl;
		if (end > start && r->buf[end - 1] == '\r')
			end--;
		if (end > start)
			break;
	}
	r->rows++;
	r->line = r->buf + start;
	r->linelen = end - start;
	nf = split_indexed(r, start, nl, &start, &kept);
	f = r->f;
	f[kept - 1].p = r->buf + start;
	f[kept - 1].n = end - start;
	r->nf = kept;
	/*
	 * A last line without a newline has no byte after it in which a
	 * sequence cut at its end shows: checked whole.
	 */
	if (r->idirty[r->di] <= nl || nl == r->end) {
		r->bad = fs_utf8_check_padded(r->line, r->linelen);
		while (r->pos >= 64 && r->idirty[r->di] <= r->pos - 64)
			r->di++;
		if (r->bad != NULL) {
			if (memchr(r->line, '\0', r->linelen) != NULL &&
			    shrunk(r))
				return FS_TSV_ERROR;
			r->bad = line_encoding(r->line, r->linelen, r->bad);
			return FS_TSV_BAD;
		}
	}
	if (nf != nc) {
		snprintf(r->badbuf, sizeof(r->badbuf),
		    "%zu field%s where the header has %zu", nf,
		    nf == 1 ? "" : "s", nc);
		r->bad = r->badbuf;
		return FS_TSV_BAD;
	}
	return FS_TSV_ROW;
}

int
fs_tsv_is_header(const struct fs_tsv *r0, const struct fs_tsv *r)
{
	return fs_tsv_line_is(r, r0->hdr, r0->hdrlen);
}

int
fs_tsv_line_is(const struct fs_tsv *r, const char *hdr, size_t hdrlen)
{
	const char *p = r->line;
	size_t n = r->linelen;

	if (p == NULL)
		return 0;
	if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3, n -= 3;
	return n == hdrlen && memcmp(p, hdr, n) == 0;
}

/* The length of the space p starts with: ASCII, U+00A0, U+3000, U+FEFF. */
static size_t
space_len(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;

	if (n >= 1 && u[0] == ' ')
		return 1;
	if (n >= 2 && u[0] == 0xc2 && u[1] == 0xa0)
		return 2;
	if (n >= 3 && ((u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80) ||
	    (u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)))
		return 3;
	return 0;
}

size_t
fs_name_trim(const char **p, size_t n)
{
	const char *s = *p;
	size_t k;

	while ((k = space_len(s, n)) > 0)
		s += k, n -= k;
	for (;;) {
		if (n >= 1 && space_len(s + n - 1, 1) == 1)
			n -= 1;
		else if (n >= 2 && space_len(s + n - 2, 2) == 2)
			n -= 2;
		else if (n >= 3 && space_len(s + n - 3, 3) == 3)
			n -= 3;
		else
			break;
	}
	*p = s;
	return n;
}

static char
ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

int
fs_ascii_caseeq(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (ascii_lower(a[i]) != ascii_lower(b[i]))
			return 0;
	return 1;
}

const struct fs_name_mask fs_name_masks[FS_MASK_N] = {
	[FS_MASK_ID] = { "id_number", 6, 4 },
	[FS_MASK_PHONE] = { "phone", 3, 4 },
};

int
fs_name_mask(const char *s)
{
	size_t n = fs_name_trim(&s, strlen(s)), k;
	int i;

	for (i = 0; i < FS_MASK_N; i++) {
		k = strlen(fs_name_masks[i].suffix);
		if (n >= k && fs_ascii_caseeq(s + n - k,
		    fs_name_masks[i].suffix, k))
			return i;
	}
	return -1;
}

/*
 * fs_hash() of name *p[0 .. *n) with its spaces off (*p and *n moved to
 * the name without them) and in ASCII lower case, made in b.
 */
static uint64_t
folded_hash(const char **p, size_t *n, struct fs_buf *b)
{
	size_t i;

	*n = fs_name_trim(p, *n);
	fs_buf_reset(b);
	fs_buf_add(b, *p, *n);
	for (i = 0; i < b->n; i++)
		b->p[i] = ascii_lower(b->p[i]);
	return fs_hash(b->p, b->n);
}

int
fs_names_alike(const struct fs_slice *col, size_t ncol,
    const struct fs_slice *names, size_t n, size_t first, const long *at,
    const long *from, size_t *ci, size_t *nk)
{
	struct folded { const char *p; size_t n; uint64_t h; } *fc;
	struct fs_buf scratch = { 0 };
	const char *b;
	size_t j, k, bn, missing = 0;
	uint64_t bh;
	int found = 0;

	for (k = 0; k < n; k++)
		missing += at[k] < 0;
	/* Pairs enough to stay quick on the widest headers: else none. */
	if (missing == 0 || missing > ((size_t)1 << 24) / (ncol + 1))
		return 0;
	fc = fs_xreallocarray(NULL, ncol + 1, sizeof(*fc));
	for (j = 0; j < ncol; j++) {
		fc[j].p = col[j].p;
		fc[j].n = col[j].n;
		fc[j].h = folded_hash(&fc[j].p, &fc[j].n, &scratch);
	}
	for (k = 0; k < n && !found; k++) {
		if (at[k] >= 0)
			continue;
		b = names[k].p;
		bn = names[k].n;
		bh = folded_hash(&b, &bn, &scratch);
		/* The later of the two spellings is the odd one. */
		for (j = 0; j < ncol && !found; j++)
			if (fc[j].h == bh && from[j] > (long)k &&
			    from[j] >= (long)first &&
			    fc[j].n == bn && fs_ascii_caseeq(fc[j].p, b, bn)) {
				*ci = j;
				*nk = k;
				found = 1;
			}
	}
	fs_buf_free(&scratch);
	free(fc);
	return found;
}

/*
 * Is p[0 .. n), its spaces around taken off (*q, *m what is left), name
 * but for ASCII case?  0 no, 1 by case alone, 2 with spaces taken off.
 */
static int
nearly(const char *p, size_t n, const char *name, const char **q, size_t *m)
{
	size_t n0 = n;

	n = fs_name_trim(&p, n);
	if (n != strlen(name) || !fs_ascii_caseeq(p, name, n))
		return 0;
	*q = p;
	*m = n;
	return n == n0 ? 1 : 2;
}

/* Is name one of the words of p[0 .. n), split at spaces? */
static int
word_in(const char *p, size_t n, const char *name)
{
	size_t k = strlen(name), i = 0, j;

	while (i < n) {
		while (i < n && p[i] == ' ')
			i++;
		for (j = i; j < n && p[j] != ' '; j++)
			;
		if (j - i == k && memcmp(p + i, name, k) == 0)
			return 1;
		i = j;
	}
	return 0;
}

/*
 * Is r's header a title (a name or a few, as many empty ones or more, or
 * a name alone) above a line that has the column name?  That line's
 * number, or 0.
 */
static long
title_named(const struct fs_tsv *r, const char *name)
{
	struct fs_slice *next;
	const char *p;
	size_t n, nn, e = empty_names(r->col, r->ncols), i;
	long at;
	int yes = 0;

	if (e == r->ncols || (r->ncols - e > e && r->ncols > 1) ||
	    !peek_line(r, &p, &n, &at))
		return 0;
	next = fs_names_split(p, n, &nn);
	for (i = 0; i < nn && !yes; i++)
		yes = fs_slice_eq(next[i].p, next[i].n, name);
	free(next);
	return yes ? at : 0;
}

const char *
fs_tsv_missing_hint(const struct fs_tsv *r, const char *name,
    struct fs_buf *b)
{
	const char *q;
	size_t i, m;
	long at;
	int how;

	fs_buf_reset(b);
	for (i = 0; i < r->ncols; i++)
		if ((how = nearly(r->col[i].p, r->col[i].n, name, &q,
		    &m)) != 0) {
			fs_buf_adds(b, " (the header has ");
			fs_buf_quote(b, q, m);
			fs_buf_adds(b, how == 1 ? ": names are matched as "
			    "written)" : " with a space or a byte-order mark "
			    "around it)");
			return b->p;
		}
	/*
	 * A title above the header: a name or a few, as many cells empty or
	 * more (or one name alone), and the next line has the column.
	 */
	if ((at = title_named(r, name)) != 0) {
		fs_buf_printf(b, " (line %ld has it: " FS_TITLE_ABOVE ")", at,
		    r->lineno);
		return b->p;
	}
	if (r->ncols == 1 && memchr(r->col[0].p, ',', r->col[0].n) != NULL) {
		fs_buf_adds(b, " (the header has commas: a CSV file? "
		    "fs-import reads CSV)");
		return b->p;
	}
	/* "key value", one name: a file typed with spaces where tabs go. */
	if (r->ncols == 1 && memchr(r->col[0].p, ' ', r->col[0].n) != NULL &&
	    word_in(r->col[0].p, r->col[0].n, name)) {
		fs_buf_adds(b, " (the header has ");
		fs_buf_quote(b, r->col[0].p, r->col[0].n);
		fs_buf_adds(b, ": spaces where tabs go?)");
		return b->p;
	}
	return "";
}

int
fs_tsv_col_nearly(const struct fs_tsv *r, const char *name)
{
	const char *q;
	size_t i, m;

	for (i = 0; i < r->ncols; i++)
		if (nearly(r->col[i].p, r->col[i].n, name, &q, &m) != 0)
			return (int)i;
	return -1;
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

/* The byte the escape \c stands for, or 0: \c is no escape. */
static char
unescaped(char c)
{
	switch (c) {
	case 't':
		return '\t';
	case 'n':
		return '\n';
	case 'r':
		return '\r';
	case '\\':
		return '\\';
	default:
		return 0;
	}
}

/* The bytes between two backslashes are copied at once (memchr()). */
size_t
fs_unescape(const char *p, size_t n, char *out)
{
	const char *e, *b;
	size_t o = 0, k;
	char c;

	if (n == 0)
		return 0;
	e = p + n;
	while (p < e && (b = memchr(p, '\\', (size_t)(e - p))) != NULL) {
		k = (size_t)(b - p);
		memmove(out + o, p, k);
		o += k;
		p = b + 1;
		if (p < e && (c = unescaped(*p)) != 0) {
			out[o++] = c;
			p++;
		} else
			out[o++] = '\\';	/* any other stays as it is */
	}
	if ((k = (size_t)(e - p)) > 0)
		memmove(out + o, p, k);
	return o + k;
}

const char *
fs_unescape_dup(struct fs_arena *a, const char *p, size_t n)
{
	char *s = fs_arena_alloc(a, n + 1);

	s[fs_unescape(p, n, s)] = '\0';
	return s;
}

/*
 * Where a report written at the end of a regular file (not opened to
 * append) starts, or -1: a report that fails part way is taken out again
 * (undo()).  A report written over bytes already there (1<>FILE, an
 * offset before the end) is not: cutting the file back would take those
 * bytes too.
 */
static off_t
out_start(int fd)
{
	struct stat st;
	off_t at;
	int fl;

	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    (fl = fcntl(fd, F_GETFL)) < 0 || (fl & O_APPEND) ||
	    (at = lseek(fd, 0, SEEK_CUR)) < 0 || at < st.st_size)
		return -1;
	return at;
}

void
fs_out_init(struct fs_out *o, int fd, const char *name, int hold)
{
	memset(o, 0, sizeof(*o));
	o->fd = fd;
	o->name = name;
	o->hold = hold;
	o->start = out_start(fd);
	if (fd == STDOUT_FILENO && o->start >= 0)
		fs_unfinished_report(fd);
	fs_pipe_widen(fd);
	o->cap = OUT_BLOCK;
	o->buf = fs_xmalloc(o->cap);
}

/* Writes p[0..n): 0, or -1; *done counts what went, failed or not. */
static int
write_all(int fd, const char *p, size_t n, uint64_t *done)
{
	ssize_t w;

	while (n > 0) {
		fs_unfinished_writing(fd, n);
		w = write(fd, p, n);
		fs_unfinished_wrote(fd, w > 0 ? (size_t)w : 0);
		if (w < 0) {
			if (errno == EINTR || (fs_again(errno) &&
			    fs_wait_fd(fd, POLLOUT) == 0))
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
		*done += (uint64_t)w;
	}
	return 0;
}

/*
 * fs_out_behind()'s thread (behind.h): it writes a block (the caller's
 * last buffer) while the caller fills the other.
 */
struct fs_out_behind {
	struct fs_behind *th;
	int fd;
	uint64_t written;	/* by the thread */
};

static int
out_write(void *arg, const char *p, size_t n)
{
	struct fs_out_behind *b = arg;

	return write_all(b->fd, p, n, &b->written) < 0 ? errno : 0;
}

int
fs_out_behind(struct fs_out *o)
{
	struct fs_out_behind *b;

	if (o->hold || o->behind != NULL || o->buf == NULL)
		return -1;
	b = fs_xmalloc(sizeof(*b));
	memset(b, 0, sizeof(*b));
	b->fd = o->fd;
	if ((b->th = fs_behind_start(out_write, b, o->cap)) == NULL) {
		free(b);
		return -1;
	}
	o->behind = b;
	return 0;
}

/*
 * Hands the buffer's n bytes to the thread, once it has written the
 * last, and takes its spare buffer in exchange.
 */
static void
hand_over(struct fs_out *o)
{
	size_t cap;
	char *p;
	int err;

	if ((p = fs_behind_hand(o->behind->th, o->buf, o->n, o->cap, &cap,
	    &err)) == NULL)
		o->err = err;
	else
		o->buf = p;
}

/* Waits for the thread to write what it has, then ends it. */
static void
stop_behind(struct fs_out *o)
{
	struct fs_out_behind *b = o->behind;
	int err;

	if (b == NULL)
		return;
	if ((err = fs_behind_stop(b->th)) != 0 && o->err == 0)
		o->err = err;
	o->written += b->written;
	free(b);
	o->behind = NULL;
}

/* Makes room: writes out, or moves what is held to the spill file. */
static void
drain(struct fs_out *o)
{
	if (o->err || o->n == 0)
		goto out;
	if (!o->hold && o->behind != NULL) {
		hand_over(o);
		goto out;
	}
	if (!o->hold) {
		if (write_all(o->fd, o->buf, o->n, &o->written) < 0)
			o->err = errno;
		goto out;
	}
	if ((o->spill == NULL && (o->spill = fs_tmpfile()) == NULL) ||
	    fwrite(o->buf, 1, o->n, o->spill) != o->n) {
		o->err = errno ? errno : EIO;
		o->spill_err = 1;
	}
out:
	o->n = 0;
}

void
fs_out_put(struct fs_out *o, const void *p, size_t n)
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

char
fs_escape_of(char c)
{
	switch (c) {
	case '\t':
		return 't';
	case '\n':
		return 'n';
	case '\r':
		return 'r';
	case '\\':
		return '\\';
	default:
		return 0;
	}
}

void
fs_out_text(struct fs_out *o, const char *p, size_t n)
{
	size_t i, start = 0;
	char esc;

	for (i = 0; i < n; i++) {
		if ((esc = fs_escape_of(p[i])) == 0)
			continue;
		fs_out_write(o, p + start, i - start);
		fs_out_char(o, '\\');
		fs_out_char(o, esc);
		start = i + 1;
	}
	fs_out_write(o, p + start, n - start);
}

/*
 * The string's runs without a byte to escape are found by strcspn(),
 * which the C library makes fast, and the string is read once.
 */
void
fs_out_texts(struct fs_out *o, const char *s)
{
	size_t k;

	for (;;) {
		k = strcspn(s, "\t\n\r\\");
		fs_out_write(o, s, k);
		if (s[k] == '\0')
			return;
		fs_out_char(o, '\\');
		fs_out_char(o, fs_escape_of(s[k]));
		s += k + 1;
	}
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

	/*
	 * Formatted in place when it surely fits: a copy of bytes just
	 * stored one by one would wait for them (store forwarding fails).
	 */
	if (o->cap - o->n >= FS_FMT_MAX)
		o->n += fs_amount_fmt(fen, o->buf + o->n);
	else
		fs_out_write(o, b, fs_amount_fmt(fen, b));
}

void
fs_out_int(struct fs_out *o, int64_t v)
{
	char b[FS_FMT_MAX];

	if (o->cap - o->n >= FS_FMT_MAX)	/* as fs_out_amount() */
		o->n += fs_int_fmt(v, o->buf + o->n);
	else
		fs_out_write(o, b, fs_int_fmt(v, b));
}

void
fs_out_fixed(struct fs_out *o, int64_t num, int64_t den, int decimals)
{
	char b[FS_FMT_MAX];

	fs_out_write(o, b, fs_fixed_fmt(num, den, decimals, b));
}

/*
 * Writes the spill file out: into a pipe by sendfile(2), the kernel
 * copying from the file's pages (Linux), else with read(2) and write(2)
 * 64 KB at a time.  Into a file sendfile() was no faster, and 1 MB
 * blocks slower (bench/HISTORY.md, session 17).
 */
static void
copy_spill(struct fs_out *o)
{
	const int in = fileno(o->spill);
	char block[1 << 16];
#ifdef __linux__
	struct stat st;
#endif
	off_t at = 0;
	ssize_t got;

	if (fflush(o->spill) != 0) {
		o->err = errno ? errno : EIO;
		return;
	}
#ifdef __linux__
	if (fstat(o->fd, &st) == 0 && S_ISFIFO(st.st_mode))
		for (;;) {
			got = sendfile(o->fd, in, &at, OUT_BLOCK * 64);
			if (got > 0) {
				o->written += (uint64_t)got;
				continue;
			}
			if (got == 0)
				return;
			if (errno == EINTR || (fs_again(errno) &&
			    fs_wait_fd(o->fd, POLLOUT) == 0))
				continue;
			if (errno != EINVAL && errno != ENOSYS) {
				o->err = errno;
				return;
			}
			break;	/* not a pipe sendfile() writes to */
		}
#endif
	while ((got = pread(in, block, sizeof(block), at)) != 0) {
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0 || write_all(o->fd, block, (size_t)got,
		    &o->written) < 0) {
			o->err = errno;
			break;
		}
		at += got;
	}
}

/*
 * A report that failed part way, at the end of a regular file: its
 * bytes are taken out again, when the file's offset and size show that
 * no other program wrote to it meanwhile (a file shared by two writers at
 * once is left alone).
 */
static void
undo(struct fs_out *o)
{
	off_t start = o->start, began, end;
	struct stat st;

	/* Standard output's report: from its first write (2>&1 before). */
	if (start >= 0 && (began = fs_unfinished_report_began(o->fd)) >= 0)
		start = began;
	end = start + (off_t)o->written;
	if (o->fd < 0 || start < 0 || o->written == 0 ||
	    lseek(o->fd, 0, SEEK_CUR) != end || fstat(o->fd, &st) < 0 ||
	    st.st_size != end)
		return;
	if (ftruncate(o->fd, start) == 0)
		(void)lseek(o->fd, start, SEEK_SET);
	o->written = 0;
}

int
fs_out_commit(struct fs_out *o)
{
	if (o->spill != NULL && !o->err)
		copy_spill(o);
	o->hold = 0;
	drain(o);
	stop_behind(o);
	if (o->err)
		undo(o);
	/* Whole, or taken out: nothing for a signal to undo now. */
	if (o->fd == STDOUT_FILENO && o->start >= 0)
		fs_unfinished_report(-1);
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
	stop_behind(o);
	undo(o);
	if (o->fd == STDOUT_FILENO && o->start >= 0)
		fs_unfinished_report(-1);
	if (o->spill != NULL)
		fclose(o->spill);
	o->spill = NULL;
	free(o->buf);
	o->buf = NULL;
	o->n = o->cap = 0;
}
