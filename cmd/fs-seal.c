/*
 * fs-seal - ledgers that leave traces (SPEC 3.8).
 *
 * A SHA-256 hash chain over the lines of a TSV ledger.  With H the
 * header line and R_i row i, each without CR/LF and without the seal
 * column:
 *
 *	s_0 = SHA256(H)
 *	s_i = SHA256(hex(s_{i-1}) "\n" R_i)
 *
 * and row i's seal is hex(s_i), 64 lowercase hex digits, in a column
 * "seal" added last.  Editing, deleting, inserting or moving a row
 * breaks the chain at that line.  Empty lines, a CR before LF and a
 * byte-order mark are no part of any line (SPEC 1.1), so they do not.
 */
#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../common/run.h"
#include "../common/sha256.h"

static const char usage[] =
"usage: fs-seal [options] [FILE]\n"
"       fs-seal --verify [options] [FILE...]\n"
"       fs-seal --append [options] LEDGER [NEW]\n"
"Seal a TSV ledger with a SHA-256 hash chain: a last column 'seal' that\n"
"chains each row to the header and to every row before it.\n"
"  (no mode)   copy FILE to stdout with the column 'seal' added\n"
"  --verify    check each sealed FILE; at the first line where the chain\n"
"              breaks, say FILE:LINE on stderr and exit 1\n"
"  --append    verify LEDGER, then seal the rows of NEW (default: stdin)\n"
"              onto it, atomically (a temporary file, fsync, rename)\n"
"  -j, --jobs N       --verify: threads reading a file (default: one per\n"
"                     4 MB, up to the processors)\n"
"  --rejects FILE     keep invalid rows in FILE and go on (exit 3)\n"
"  --findings         with --verify or --append: the findings stream\n"
"                     instead of nothing (sealing refuses it)\n"
"  --as-of, --policy, --strict-warnings: taken, as by every tool; nothing\n"
"                     here depends on them (a policy file that cannot be\n"
"                     read, or holds a bad row, still stops the run)\n"
"  -h, --help         this help;  --version  the version\n";

enum { OPT_VERIFY = FS_OPT_TOOL, OPT_APPEND };

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ "verify", no_argument, NULL, OPT_VERIFY },
	{ "append", no_argument, NULL, OPT_APPEND },
	FS_JOBS_OPTION,
	{ NULL, 0, NULL, 0 }
};

static const char SEAL[] = "seal";

enum { HEX_LEN = FS_SHA256_LEN * 2 };

/* The last link of a chain: hex(s_i). */
struct chain {
	char hex[HEX_LEN + 1];
};

/* A line without its seal column: the bytes before it and after it. */
struct unsealed {
	const char *p1, *p2;
	size_t n1, n2;
};

/* c = the digest d in hex. */
static void
hex_of(const uint8_t d[FS_SHA256_LEN], struct chain *c)
{
	/* Each byte's two hex digits, at twice its value. */
	static const char pair[513] =
	"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
	"202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"
	"404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f"
	"606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"
	"808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"
	"a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf"
	"c0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf"
	"e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";
	int i;

	for (i = 0; i < FS_SHA256_LEN; i++)
		memcpy(c->hex + 2 * i, pair + 2 * d[i], 2);
	c->hex[HEX_LEN] = '\0';
}

static void
digest_hex(struct fs_sha256 *ctx, struct chain *c)
{
	uint8_t d[FS_SHA256_LEN];

	fs_sha256_final(ctx, d);
	hex_of(d, c);
}

/* s_0 = SHA256(H). */
static void
chain_start(struct chain *c, const struct unsealed *h)
{
	struct fs_sha256 ctx;

	fs_sha256_init(&ctx);
	fs_sha256_update(&ctx, h->p1, h->n1);
	fs_sha256_update(&ctx, h->p2, h->n2);
	digest_hex(&ctx, c);
}

/*
 * s_i = SHA256(hex(s_{i-1}) "\n" R_i).  The "\n" is put after the hex
 * digits (where their NUL is), so that they go in at once.
 */
static void
chain_next(struct chain *c, const struct unsealed *r)
{
	struct fs_sha256 ctx;

	fs_sha256_init(&ctx);
	c->hex[HEX_LEN] = '\n';
	fs_sha256_update(&ctx, c->hex, HEX_LEN + 1);
	fs_sha256_update(&ctx, r->p1, r->n1);
	if (r->n2 > 0)
		fs_sha256_update(&ctx, r->p2, r->n2);
	digest_hex(&ctx, c);
}

/*
 * The line p[0..n) split into fields f[0..nf) without field k (the seal)
 * and the tab that joins it to the others.
 */
static void
unseal(struct unsealed *u, const char *p, size_t n,
    const struct fs_slice *f, size_t nf, size_t k)
{
	size_t o = (size_t)(f[k].p - p);

	u->p1 = p;
	u->p2 = p + n;
	u->n2 = 0;
	if (nf == 1)
		u->n1 = 0;
	else if (k == nf - 1)
		u->n1 = o - 1;
	else {
		u->n1 = o;
		u->p2 = f[k].p + f[k].n + 1;
		u->n2 = (size_t)(p + n - u->p2);
	}
}

static void
whole(struct unsealed *u, const char *p, size_t n)
{
	u->p1 = p;
	u->n1 = n;
	u->p2 = p + n;
	u->n2 = 0;
}

/*
 * A line is written so that it reads back as the bytes it was sealed
 * as.  A reader drops a byte-order mark at the start of the file and a
 * CR before an LF (SPEC 1.1): a header that starts with a mark of its
 * own (a file that had two, or one after an empty line) gets one more in
 * front, and a line that ends in a CR of its own gets one more before
 * its LF.
 */
static void
line_start(struct fs_out *o, const char *p, size_t n)
{
	if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		fs_out_write(o, "\xef\xbb\xbf", 3);
}

static void
line_end(struct fs_out *o, const char *p, size_t n)
{
	if (n > 0 && p[n - 1] == '\r')
		fs_out_char(o, '\r');
	fs_out_char(o, '\n');
}

/* One run of fs-seal. */
struct seal {
	struct fs_run *run;
	struct fs_buf hdr;		/* the ledger's header without seal */
	const struct fs_tsv *fresh;	/* --append: NEW, its header read */
	const struct stat *locked;	/* --append: the ledger locked */
	size_t col;			/* the ledger's seal column */
	struct chain c;
	struct chain before;		/* c before the row last checked */
	int first;			/* the next row is the first */
};

/* The chain breaks at the current line of r: say so; 1. */
static int
broken(struct seal *s, const struct fs_tsv *r, const char *why)
{
	struct fs_findings *f = &s->run->fnd;

	fs_warnx("%s:%ld: the chain breaks here: %s", r->name, r->lineno, why);
	fs_finding(f, "seal.broken", FS_SEV_VIOLATION, "ledger", r->name, NULL,
	    NULL, fs_findings_source(f, r->name, r->lineno),
	    "the chain breaks at line %ld: %s", r->lineno, why);
	return 1;
}

/* Is the row's seal the one the chain gives? */
static const char *
rule_seal_matches(struct seal *s, const struct fs_tsv *r)
{
	const struct fs_slice *got = &r->f[s->col];
	struct unsealed u;
	int first;

	unseal(&u, r->line, r->linelen, r->f, r->nf, s->col);
	s->before = s->c;
	chain_next(&s->c, &u);
	first = s->first;
	s->first = 0;
	if (got->n == HEX_LEN && memcmp(got->p, s->c.hex, HEX_LEN) == 0)
		return NULL;
	if (got->n == 0)
		return "no seal (a row added by hand? fs-seal --append seals "
		    "new rows)";
	/* The first row's seal chains it to the header too (SPEC 3.8). */
	if (first)
		return "seal does not match (the header or this row edited, "
		    "or a row inserted, deleted or moved)";
	return "seal does not match (a row edited, inserted, deleted or "
	    "moved)";
}

/*
 * After the break at r's current row, --verify reads on and tells a row
 * edited from a file saved again by a program that changed every row (a
 * spreadsheet that wrote 10000.00 as 10000): a later row follows when
 * its seal is the one the row before it gives, from that row's stored
 * seal (an edited row) or from the chain as computed (an edited seal),
 * or the one the last row that followed gives (rows inserted before it:
 * the row after a row added by hand is not a break of its own); the
 * rows that do not follow are counted and said too.  0, or 2 when the
 * file cannot be read on (said: a count cut short would mislead).
 */
static int
after_break(struct seal *s, struct fs_tsv *r)
{
	struct chain stored, computed = s->c, good = s->before, next;
	struct unsealed u;
	const struct fs_slice *got;
	enum fs_tsv_status ts;
	long rows = 0, bad = 0, first = 0;
	int have = r->f[s->col].n == HEX_LEN, ok;

	if (have)
		memcpy(stored.hex, r->f[s->col].p, HEX_LEN);
	while ((ts = fs_tsv_next(r)) != FS_TSV_EOF && ts != FS_TSV_ERROR) {
		rows++;
		ok = 0;
		if (ts == FS_TSV_ROW) {
			got = &r->f[s->col];
			unseal(&u, r->line, r->linelen, r->f, r->nf, s->col);
			next = computed;
			chain_next(&next, &u);
			ok = got->n == HEX_LEN &&
			    memcmp(got->p, next.hex, HEX_LEN) == 0;
			if (!ok && have && got->n == HEX_LEN) {
				next = stored;
				chain_next(&next, &u);
				ok = memcmp(got->p, next.hex, HEX_LEN) == 0;
			}
			if (!ok && got->n == HEX_LEN) {
				next = good;
				chain_next(&next, &u);
				ok = memcmp(got->p, next.hex, HEX_LEN) == 0;
			}
			if (ok)
				good = next;
			computed = next;
			if ((have = got->n == HEX_LEN) != 0)
				memcpy(stored.hex, got->p, HEX_LEN);
		} else
			have = 0;
		if (!ok && bad++ == 0)
			first = r->lineno;
	}
	if (ts == FS_TSV_ERROR) {
		fs_warnx("%s: %s", r->name, fs_tsv_strerror(r->err));
		return 2;
	}
	if (bad == 0)
		return 0;
	if (bad == rows && rows >= 3)
		fs_warnx("%s: every row after it breaks too (%ld): the file "
		    "saved again by a program that changed every row?",
		    r->name, rows);
	else if (bad == 1)
		fs_warnx("%s: one more row breaks, at line %ld, against the "
		    "seal of the row before it", r->name, first);
	else
		fs_warnx("%s: %ld more rows break, from line %ld on, each "
		    "against the seal of the row before it", r->name, bad,
		    first);
	return 0;
}

/*
 * NEW's header is not the ledger's (hdr, without its seal column): says
 * how, so that a clerk can mend NEW.  Its rows are sealed as they are
 * written, so its columns must be the ledger's, in the ledger's order.
 */
static void
header_differs(const struct fs_tsv *fresh, const struct fs_buf *hdr,
    const char *ledger)
{
	struct fs_buf name = { 0 }, hint = { 0 };
	struct fs_slice *led;
	long *at, *from;
	size_t n, j, k, lacks = 0, extra = 0;

	led = fs_names_split(hdr->p, hdr->n, &n);
	at = fs_xreallocarray(NULL, n + 1, sizeof(*at));
	from = fs_xreallocarray(NULL, fresh->ncols + 1, sizeof(*from));
	fs_names_match(fresh->col, fresh->ncols, led, n, at, from);
	for (k = 0; k < n; k++)
		if (at[k] < 0 && lacks++ == 0) {
			fs_buf_add(&name, led[k].p, led[k].n);
			fs_warnx("%s: no column '%s', which %s has (its rows "
			    "must have the ledger's columns)%s", fresh->name,
			    name.p, ledger, fs_tsv_missing_hint(fresh, name.p,
			    &hint));
		}
	for (j = 0; j < fresh->ncols && lacks == 0; j++) {
		if (from[j] >= 0 || extra++ > 0)
			continue;
		/* The ledger has one too, left out of hdr: NEW is sealed. */
		if (fs_slice_cmp(fresh->col[j].p, fresh->col[j].n, "seal",
		    4) == 0)
			fs_warnx("%s: it has a column 'seal' already (its rows "
			    "sealed already? give --append the rows without "
			    "their seals)", fresh->name);
		else
			fs_warnx("%s: column '%.*s' is not %s's (its rows must "
			    "have the ledger's columns)", fresh->name,
			    (int)fresh->col[j].n, fresh->col[j].p, ledger);
	}
	for (j = 0; j < fresh->ncols && from[j] == (long)j; j++)
		;
	if (lacks == 0 && extra == 0 && j < fresh->ncols)
		fs_warnx("%s: the columns of %s in another order: put them in "
		    "the ledger's (its rows are sealed as they are written)",
		    fresh->name, ledger);
	else if (lacks == 0 && extra == 0)
		fs_warnx("%s: the header is not %s's without its '%s' column",
		    fresh->name, ledger, SEAL);
	fs_buf_free(&name);
	fs_buf_free(&hint);
	free(from);
	free(at);
	free(led);
}

/*
 * --verify of a file, without the chain's wait.  Row i is checked
 * against the seal the row before it has as written: its seal must be
 * SHA256(seal_{i-1} "\n" R_i), seal_0 the header's s_0.  When every row
 * passes, each written seal is the chain's (by induction from s_0) and
 * the ledger is intact; so no row waits for the hash of the one before
 * it: two rows are hashed at once (fs_sha256_two()), and with --jobs the
 * file's pieces go to threads.  The first piece's first row is checked
 * against s_0 at once; another piece's first row waits for the seal that
 * ends the piece before it, and is checked once all are read.  A row
 * that does not pass, or is not a valid row, stops them all, and the
 * ledger is read again the chain's way, which finds the break and says
 * it as ever: this reading only ever answers "intact".
 */

/* A row waiting to be hashed with the next. */
struct lane {
	uint8_t *m;		/* hex(seal before) "\n" row, to be padded */
	size_t n, cap;
	char want[HEX_LEN];	/* its seal as written */
};

struct piece {
	_Alignas(64) struct chain last;	/* the seal of its last row */
	struct chain first_seal;	/* its first row's seal, */
	struct fs_buf first;		/* and the row without it */
	long rows;
	int seeded;			/* the file's first: last is s_0 */
	struct lane lane[2];
	int waiting;			/* rows in lane[] */
};

struct pieces {
	size_t col;			/* the seal column */
	struct piece p[FS_MAX_PARTS];
};

/* The rows waiting in p's lanes: each seal the one its row gives?  0 */
static int
lanes_check(struct piece *p)
{
	struct lane *a = &p->lane[0], *b = &p->lane[1];
	struct fs_sha256 ctx;
	struct chain c;
	uint8_t da[FS_SHA256_LEN], db[FS_SHA256_LEN];
	size_t na, nb;
	int w = p->waiting;

	p->waiting = 0;
	if (w == 1) {
		fs_sha256_init(&ctx);
		fs_sha256_update(&ctx, a->m, a->n);
		digest_hex(&ctx, &c);
		return memcmp(c.hex, a->want, HEX_LEN) != 0;
	}
	na = fs_sha256_pad(a->m, a->n);
	nb = fs_sha256_pad(b->m, b->n);
	fs_sha256_two(a->m, na, b->m, nb, da, db);
	hex_of(da, &c);
	if (memcmp(c.hex, a->want, HEX_LEN) != 0)
		return 1;
	hex_of(db, &c);
	return memcmp(c.hex, b->want, HEX_LEN) != 0;
}

/*
 * For fs_run_parts(): a row of piece k.  Rows are hashed two at a time,
 * each against the seal written before it, so the two do not wait for
 * each other.
 */
static int
piece_row(void *arg, int k, const struct fs_tsv *r, const struct fs_value *v)
{
	struct pieces *ps = arg;
	struct piece *p = &ps->p[k];
	const struct fs_slice *got = &r->f[ps->col];
	struct unsealed u;
	struct lane *l;
	size_t n;

	(void)v;
	if (got->n != HEX_LEN)
		return 1;
	unseal(&u, r->line, r->linelen, r->f, r->nf, ps->col);
	/*
	 * Each seal is read from the file once: the copy checked is the
	 * copy the next row is checked against (a file written meanwhile
	 * could otherwise show a row one seal and the next another).
	 */
	if (p->rows++ == 0) {
		fs_buf_add(&p->first, u.p1, u.n1);
		fs_buf_add(&p->first, u.p2, u.n2);
		memcpy(p->first_seal.hex, got->p, HEX_LEN);
		p->last = p->first_seal;
	} else {
		l = &p->lane[p->waiting++];
		n = HEX_LEN + 1 + u.n1 + u.n2;
		if (l->cap < n + FS_SHA256_PAD) {
			l->cap = n + FS_SHA256_PAD + 256;
			l->m = fs_xreallocarray(l->m, l->cap, 1);
		}
		memcpy(l->m, p->last.hex, HEX_LEN);
		l->m[HEX_LEN] = '\n';
		memcpy(l->m + HEX_LEN + 1, u.p1, u.n1);
		if (u.n2 > 0)
			memcpy(l->m + HEX_LEN + 1 + u.n1, u.p2, u.n2);
		l->n = n;
		memcpy(l->want, got->p, HEX_LEN);
		memcpy(p->last.hex, l->want, HEX_LEN);
		if (p->waiting == 2 && lanes_check(p) != 0)
			return 1;
	}
	return 0;
}

/* For fs_run_parts(): piece k is read; the row left waiting. */
static int
piece_end(void *arg, int k)
{
	struct piece *p = &((struct pieces *)arg)->p[k];
	int rc = p->waiting > 0 ? lanes_check(p) : 0;

	free(p->lane[0].m);
	free(p->lane[1].m);
	memset(p->lane, 0, sizeof(p->lane));
	return rc;
}

/* FS_SEAL_TRACE set: how --verify read a file, on stderr. */
static void
trace(const char *name, const char *how)
{
	if (getenv("FS_SEAL_TRACE") != NULL)
		fs_warnx("%s: %s", name, how);
}

/*
 * Checks the rows of r, at its first row, each against the seal written
 * before it, on threads (--jobs) or on this one, when r is a file (it
 * can be read again): 1 intact (s->c holds the last seal, r is at its
 * end), 0 not known (r is where it was: read it the ordinary way), -1
 * when r cannot be put back (said).
 */
static int
verify_pieces(struct seal *s, struct fs_tsv *r)
{
	struct pieces *ps;
	struct chain c = s->c;
	struct unsealed u;
	int64_t start = fs_tsv_tell(r), size = fs_tsv_size(r);
	long lines = r->nextline - 1;
	enum fs_tsv_status ts;
	int k, n, read, ok, cut = 0;

	if (size <= start) {
		trace(r->name, "read the chain's way");
		return 0;
	}
	/* Its pieces a cache line apart: each is written by its thread. */
	if ((ps = aligned_alloc(_Alignof(struct pieces), sizeof(*ps))) == NULL)
		fs_nomem();
	memset(ps, 0, sizeof(*ps));
	ps->col = s->col;
	/*
	 * The first piece starts at the first row, whose seal before it
	 * is s_0, known: it is checked at once (a header edited shows
	 * there, not once the whole file is read).
	 */
	ps->p[0].last = s->c;
	ps->p[0].rows = 1;
	ps->p[0].seeded = 1;
	if ((n = fs_run_threads(s->run, size - start)) >= 2)
		ok = read = fs_run_parts(s->run, r, NULL, piece_row, piece_end,
		    ps, NULL);
	else {
		/* One thread: one piece, the file, two rows at a time. */
		while ((ts = fs_tsv_next(r)) == FS_TSV_ROW &&
		    piece_row(ps, 0, r, NULL) == 0)
			;
		read = 1;
		ok = ts == FS_TSV_EOF && piece_end(ps, 0) == 0;
	}
	for (k = 0; k < FS_MAX_PARTS; k++) {
		cut += ps->p[k].rows > ps->p[k].seeded;
		if (ok && ps->p[k].seeded)
			c = ps->p[k].last;
		else if (ok && ps->p[k].rows > 0) {
			whole(&u, ps->p[k].first.p, ps->p[k].first.n);
			chain_next(&c, &u);
			ok = memcmp(c.hex, ps->p[k].first_seal.hex,
			    HEX_LEN) == 0;
			c = ps->p[k].last;
		}
		fs_buf_free(&ps->p[k].first);
		free(ps->p[k].lane[0].m);
		free(ps->p[k].lane[1].m);
	}
	free(ps);
	if (ok) {
		s->c = c;
		trace(r->name, cut >= 2 ? "each row against the seal written "
		    "before it, on threads" : "each row against the seal "
		    "written before it");
		return 1;
	}
	trace(r->name, "not every row passes (or the file cannot be read): "
	    "read again the chain's way");
	/* Read to its end (its offset may be start still: not a test). */
	if (read && fs_tsv_seek(r, start, lines) != 0) {
		fs_warnx("%s: %s", r->name, fs_tsv_strerror(r->err));
		return -1;
	}
	return 0;
}

/*
 * Reads a sealed ledger through and checks its chain: 0 intact (s->c
 * holds the last seal), 1 broken (said on stderr, and a finding), 2 an
 * error.  With o, the ledger's lines are copied to o as they are read,
 * each ended by LF; with s->fresh, the ledger's header must be NEW's
 * plus the seal column, which is checked once the chain is (a broken
 * ledger is said to be so whatever NEW holds).
 */
static int
verify_ledger(struct seal *s, const char *path, struct fs_out *o)
{
	struct fs_run *run = s->run;
	struct fs_tsv r;
	struct unsealed u;
	struct stat st;
	enum fs_tsv_status ts;
	const char *why;
	int k, rc = 2;

	/* A damaged header is a break, as a damaged row is. */
	run->bad_header_ok = 1;
	k = fs_run_open(run, &r, path, NULL, NULL);
	run->bad_header_ok = 0;
	if (k != 0)
		goto done;
	/* The file locked is the one read (a link re-pointed meanwhile). */
	if (s->locked != NULL && (fstat(r.fd, &st) < 0 ||
	    st.st_dev != s->locked->st_dev || st.st_ino != s->locked->st_ino)) {
		fs_warnx("%s: replaced while it was being appended to", r.name);
		goto done;
	}
	if (run->bad_header != NULL) {
		rc = broken(s, &r, run->bad_header);
		goto done;
	}
	if ((k = fs_tsv_col(&r, SEAL)) < 0) {
		fs_warnx("%s: missing column '%s'%s", r.name, SEAL,
		    *fs_tsv_missing_hint(&r, SEAL, &run->msg) != '\0' ?
		    run->msg.p : " (the ledger is not sealed)");
		goto done;
	}
	s->col = (size_t)k;
	unseal(&u, r.hdr, r.hdrlen, r.col, r.ncols, s->col);
	fs_buf_reset(&s->hdr);
	fs_buf_add(&s->hdr, u.p1, u.n1);
	fs_buf_add(&s->hdr, u.p2, u.n2);
	chain_start(&s->c, &u);
	s->first = 1;
	if (o != NULL) {
		line_start(o, r.hdr, r.hdrlen);
		fs_out_write(o, r.hdr, r.hdrlen);
		line_end(o, r.hdr, r.hdrlen);
	}
	/*
	 * Without the chain's wait, when only the answer is wanted:
	 * --append's copy must be the bytes its chain was checked on, so
	 * it reads once, the chain's way.
	 */
	if (o == NULL && verify_pieces(s, &r) < 0)
		goto done;
	while ((ts = fs_tsv_next(&r)) != FS_TSV_EOF) {
		if (ts == FS_TSV_ERROR) {
			fs_warnx("%s: %s", r.name, fs_tsv_strerror(r.err));
			goto done;
		}
		why = ts == FS_TSV_BAD ? r.bad : rule_seal_matches(s, &r);
		if (why != NULL) {
			rc = broken(s, &r, why);
			if (o == NULL && ts == FS_TSV_ROW &&
			    after_break(s, &r) != 0)
				rc = 2;
			goto done;
		}
		if (o != NULL) {
			fs_out_write(o, r.line, r.linelen);
			line_end(o, r.line, r.linelen);
		}
	}
	/* NEW's header, once the ledger is known whole (a break first). */
	if (s->fresh != NULL && (s->fresh->hdrlen != s->hdr.n ||
	    memcmp(s->fresh->hdr, s->hdr.p, s->hdr.n) != 0)) {
		header_differs(s->fresh, &s->hdr, r.name);
		goto done;
	}
	rc = 0;
done:
	fs_tsv_close(&r);
	return rc;
}

/* Writes a new row with its seal at the ledger's seal column. */
static void
write_sealed(const struct seal *s, struct fs_out *o, const struct fs_tsv *r)
{
	size_t j;

	/* Last (fs-seal FILE): the line as read, its fields and tabs. */
	if (s->col == r->nf) {
		fs_out_write(o, r->line, r->linelen);
		fs_out_char(o, '\t');
		fs_out_write(o, s->c.hex, HEX_LEN);
		fs_out_char(o, '\n');
		return;
	}
	for (j = 0; j < r->nf; j++) {
		if (j == s->col) {
			fs_out_write(o, s->c.hex, HEX_LEN);
			fs_out_char(o, '\t');
		}
		fs_out_write(o, r->f[j].p, r->f[j].n);
		if (j + 1 < r->nf)
			fs_out_char(o, '\t');
	}
	line_end(o, r->f[r->nf - 1].p, r->f[r->nf - 1].n);
}

/*
 * Seals the rows of r onto the chain in s, writing them to o.  Invalid
 * rows are rejected or stop the run (SPEC 1.3).  The number of rows
 * sealed, or -1 to stop.
 */
static long
seal_rows(struct seal *s, struct fs_tsv *r, struct fs_out *o)
{
	struct unsealed u;
	enum fs_tsv_status st;
	long n = 0;

	while ((st = fs_tsv_next(r)) != FS_TSV_EOF) {
		if (st == FS_TSV_ERROR) {
			fs_warnx("%s: %s", r->name, fs_tsv_strerror(r->err));
			return -1;
		}
		if (st == FS_TSV_BAD) {
			if (fs_run_invalid(s->run, r, NULL, r->bad, NULL, 0))
				return -1;
			continue;
		}
		whole(&u, r->line, r->linelen);
		chain_next(&s->c, &u);
		write_sealed(s, o, r);
		n++;
	}
	return n;
}

/* fs-seal [FILE]: the ledger with its seals, on stdout. */
static int
seal_file(struct seal *s, const char *path)
{
	struct fs_run *run = s->run;
	struct fs_tsv r;
	struct unsealed u;
	int k, rc = 2;

	if (fs_run_open(run, &r, path, NULL, NULL) != 0)
		goto done;
	if (fs_tsv_col(&r, SEAL) >= 0) {
		fs_warnx("%s: column '%s' is there already: the ledger is "
		    "sealed (see --verify and --append)", r.name, SEAL);
		goto done;
	}
	/* A seal column renamed would be sealed over, its edits unseen. */
	if ((k = fs_tsv_col_nearly(&r, SEAL)) >= 0) {
		fs_warnx("%s: column '%.*s' is '%s' but for its case or "
		    "spaces: the ledger is sealed? (mend the header, then see "
		    "--verify and --append)", r.name, (int)r.col[k].n,
		    r.col[k].p, SEAL);
		goto done;
	}
	/*
	 * A header that ends in a CR of its own (CR CR LF: a file saved twice
	 * on Windows) would hold it inside once the seal column follows, and
	 * --verify refuses a CR inside a header: its last name is mended
	 * first, not sealed as it is.
	 */
	if (r.hdrlen > 0 && r.hdr[r.hdrlen - 1] == '\r') {
		fs_warnx("%s: the header ends in a CR of its own (the file "
		    "saved twice on Windows?): the seal column would follow "
		    "it; remove it (sed '1s/\\r*$//') and seal again", r.name);
		goto done;
	}
	whole(&u, r.hdr, r.hdrlen);
	chain_start(&s->c, &u);
	s->first = 1;
	s->col = r.ncols;
	line_start(&run->out, r.hdr, r.hdrlen);
	fs_out_write(&run->out, r.hdr, r.hdrlen);
	fs_out_char(&run->out, '\t');
	fs_out_str(&run->out, SEAL);
	fs_out_char(&run->out, '\n');
	rc = seal_rows(s, &r, &run->out) < 0 ? 2 : 0;
done:
	fs_tsv_close(&r);
	return rc;
}

/*
 * Locks the ledger at path against another --append (flock(2)): the
 * descriptor that holds the lock, its file in *sb; -1 (errno set), or -2
 * when it is not a regular file, which a rename would replace (a pipe is
 * opened without waiting for a writer).  An append renames a new file
 * over the ledger, so a lock had on a file the path no longer names is
 * let go and taken again on the one it names.
 */
static int
lock_ledger(const char *path, struct stat *sb)
{
	struct stat now;
	int fd;

	for (;;) {
		if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0)
			return -1;
		if (fstat(fd, sb) < 0) {
			close(fd);
			return -1;
		}
		if (!S_ISREG(sb->st_mode)) {
			close(fd);
			return -2;
		}
		while (flock(fd, LOCK_EX) < 0)
			if (errno != EINTR) {
				close(fd);
				return -1;
			}
		if (fstat(fd, sb) == 0 && stat(path, &now) == 0 &&
		    sb->st_dev == now.st_dev && sb->st_ino == now.st_ino)
			return fd;
		close(fd);
	}
}

/*
 * Is the file at path no longer the one sb was taken of, as it was?  The
 * change time too: a program can put a modification time back (touch
 * -d), not that.
 */
static int
changed_since(const char *path, const struct stat *sb)
{
	struct stat now;

	return stat(path, &now) < 0 || now.st_dev != sb->st_dev ||
	    now.st_ino != sb->st_ino || now.st_size != sb->st_size ||
	    now.st_mtim.tv_sec != sb->st_mtim.tv_sec ||
	    now.st_mtim.tv_nsec != sb->st_mtim.tv_nsec ||
	    now.st_ctim.tv_sec != sb->st_ctim.tv_sec ||
	    now.st_ctim.tv_nsec != sb->st_ctim.tv_nsec;
}

/*
 * fs-seal --append LEDGER [NEW]: verifies LEDGER while copying it to a
 * temporary file in its folder, seals NEW's rows onto the copy, syncs
 * it and renames it over LEDGER.  Until the rename LEDGER is untouched.
 * A symbolic link is followed: the file it names is the one replaced.
 * Another append to the same ledger waits for this one (lock_ledger()).
 */
static int
append(struct seal *s, const char *ledger, const char *fresh)
{
	struct fs_run *run = s->run;
	struct fs_buf dir = { 0 }, tmp = { 0 };
	struct fs_tsv r;
	struct fs_out o;
	struct stat sb;
	char *real = NULL;
	long n = -1;
	int fd = -1, lock = -1, rc = 2, have_out = 0, copy = -1;
	int group_lost = 0;

	memset(&r, 0, sizeof(r));
	if (strcmp(ledger, "-") == 0)
		return fs_run_usage_error(run,
		    "--append: LEDGER must be a file");
	/* NEW first, so that a rejects file takes its header. */
	if (fs_run_open(run, &r, fresh, NULL, NULL) != 0)
		goto done;
	if ((real = realpath(ledger, NULL)) == NULL ||
	    (lock = lock_ledger(real, &sb)) == -1) {
		fs_warnx("%s: %s", ledger, strerror(errno));
		goto done;
	}
	if (lock == -2) {
		fs_warnx("%s: not a regular file", ledger);
		goto done;
	}
	s->locked = &sb;
	/* The folder, for messages ("/" for a ledger at the root). */
	fs_buf_add(&dir, real, strrchr(real, '/') > real ?
	    (size_t)(strrchr(real, '/') - real) : 1);
	/*
	 * A report (--findings) to a reader that has gone is a write that
	 * fails, so that nothing is appended (exit 2), not a signal that
	 * stops the tool before it can say so.
	 */
	signal(SIGPIPE, SIG_IGN);
	if ((fd = fs_beside(real, &tmp, &copy)) < 0) {
		fs_warnx("%s: cannot write a copy in its folder %s: %s",
		    ledger, dir.p, strerror(errno));
		goto done;
	}
	/*
	 * Removed if the tool stops short (copy: fs_unfinished()'s token):
	 * no hidden half copy is left; an unnamed one goes with the tool,
	 * killed or not.
	 */
	group_lost = fs_keep_owner(fd, &sb) != 0;
	fs_out_init(&o, fd, tmp.p, 0);
	have_out = 1;
	s->fresh = &r;
	if ((rc = verify_ledger(s, ledger, &o)) != 0)
		goto done;
	rc = 2;
	if ((n = seal_rows(s, &r, &o)) < 0)
		goto done;
	if (fs_out_commit(&o) < 0) {
		fs_warnx("%s: writing its copy in %s: %s", ledger, dir.p,
		    strerror(o.err));
		goto done;
	}
	/*
	 * fs_out_discard() below has nothing to undo.  The copy stays open
	 * until its rename: unnamed, it is named just before.  A close(2)
	 * that fails after a good fsync(2) has no bytes left to lose.
	 */
	o.fd = -1;
	if (fsync(fd) < 0) {
		fs_warnx("%s: writing its copy in %s: %s", ledger, dir.p,
		    strerror(errno));
		goto done;
	}
	/*
	 * Rows kept aside that cannot be kept stop the append, and so does
	 * a report (--findings) that cannot be written: the ledger is
	 * replaced only once both are out.
	 */
	if (fs_run_report(run) != 0)
		goto done;
	/*
	 * Another program that wrote the ledger meanwhile (a row typed in
	 * by hand, an editor's save) does not see the lock: its change
	 * would go with the rename, without a word.
	 */
	if (n > 0 && changed_since(real, &sb)) {
		fs_warnx("%s: the ledger changed while it was appended to "
		    "(another program wrote it, or changed its links, owner "
		    "or permissions)", ledger);
		goto done;
	}
	if (n > 0 && fs_beside_name(fd, real, &tmp, &copy) < 0) {
		fs_warnx("%s: cannot name its copy in its folder %s: %s",
		    ledger, dir.p, strerror(errno));
		goto done;
	}
	if (n > 0 && rename(tmp.p, real) < 0) {
		fs_warnx("%s: %s", ledger, strerror(errno));
		goto done;
	}
	if (n > 0)
		fs_sync_folder(real);
	if (n > 0 && group_lost)
		fs_warnx("%s: its group could not be kept (this user is not "
		    "in it): the ledger is now in this user's group, with no "
		    "group permission", ledger);
	rc = 0;
done:
	/* Whatever stopped it, the ledger is as it was. */
	if (rc != 0)
		fs_warnx("%s: nothing appended", ledger);
	s->fresh = NULL;		/* r goes with this call */
	s->locked = NULL;
	if (have_out)
		fs_out_discard(&o);
	if (fd >= 0)
		close(fd);
	if (tmp.n > 0 && (rc != 0 || n <= 0))
		unlink(tmp.p);
	fs_finished(copy);		/* renamed or unlinked: gone */
	if (lock >= 0)
		close(lock);
	free(real);
	fs_tsv_close(&r);
	fs_buf_free(&dir);
	fs_buf_free(&tmp);
	return rc;
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	struct seal s;
	int ch, i, verify = 0, add = 0, nargs, status = 0, rc;
	int count[3] = { 0, 0, 0 };	/* --verify: intact, broken, not */

	memset(&s, 0, sizeof(s));
	s.run = &run;
	fs_run_init(&run, "fs-seal", usage);
	while ((ch = getopt_long(argc, argv, ":hj:", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_VERIFY:
			verify = 1;
			break;
		case OPT_APPEND:
			add = 1;
			break;
		default:
			if (fs_run_option(&run, ch, argv))
				return fs_run_finish(&run, run.exit);
		}
	}
	nargs = argc - optind;
	if (verify && add)
		status = fs_run_usage_error(&run,
		    "--verify and --append go one at a time");
	else if (add && (nargs < 1 || nargs > 2))
		status = fs_run_usage_error(&run,
		    "--append needs LEDGER and at most one NEW file");
	else if (!verify && !add && nargs > 1)
		status = fs_run_usage_error(&run, "one FILE at most");
	else if (!verify && !add && run.findings)
		status = fs_run_usage_error(&run,
		    "--findings goes with --verify or --append");
	if (status != 0)
		return fs_run_finish(&run, status);
	if (fs_run_start(&run) != 0)
		return fs_run_finish(&run, 2);
	if (add)
		status = append(&s, argv[optind], nargs == 2 ?
		    argv[optind + 1] : "-");
	else if (verify && nargs == 0)
		status = verify_ledger(&s, "-", NULL);
	else if (verify) {
		/*
		 * Every ledger, whatever the one before it gave: a stray
		 * file among them (not sealed, unreadable) must not hide
		 * a broken chain after it.
		 */
		for (i = optind; i < argc; i++) {
			rc = verify_ledger(&s, argv[i], NULL);
			count[rc]++;
			if (rc > status)
				status = rc;
		}
		/* Which files were verified, when not all are intact. */
		if (nargs > 1 && status != 0)
			fs_warnx("of the %d named, %d intact, %d broken, %d not "
			    "verified%s", nargs, count[0], count[1], count[2],
			    run.findings && count[2] > 0 ? " (so no findings "
			    "are written)" : "");
	} else
		status = seal_file(&s, nargs == 1 ? argv[optind] : "-");
	fs_buf_free(&s.hdr);
	/* A broken chain is a violation: the findings give exit 1. */
	return fs_run_finish(&run, status == 1 ? 0 : status);
}
