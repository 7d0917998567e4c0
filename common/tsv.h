/*
 * tsv.h - reading and writing the toolkit's TSV (SPEC 1.1, 1.4).
 *
 * The reader maps a regular file a window of 8 MB at a time (mmap(2):
 * nothing is copied), and reads anything else in blocks of 1 MB with
 * read(2); it finds the lines and fields of a stretch of them at a time
 * with vector compares, and hands out slices into the window or buffer:
 * nothing is allocated per row or field, and a line may be of any
 * length.  A slice stays valid until
 * the next call to fs_tsv_next().
 *
 * The writer keeps the whole report until fs_out_commit(): memory first,
 * then an unlinked temporary file, so a tool that fails half-way writes
 * nothing to stdout (SPEC 1.3) and memory stays bounded.
 */
#ifndef FS_TSV_H
#define FS_TSV_H

#include <sys/types.h>

#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include "util.h"
#include "value.h"

/*
 * Under AddressSanitizer (make check) a row taken without its fields
 * (fs_tsv_take()) leaves r->f poisoned until the next row that writes
 * them: a tool that reads r->f after promising not to (run.values_only)
 * is stopped there, not handed the last row's fields.
 */
#if defined(__SANITIZE_ADDRESS__)
#define FS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FS_ASAN 1
#endif
#endif
#ifdef FS_ASAN
#include <sanitizer/asan_interface.h>
#define FS_FIELDS_GONE(r) \
	ASAN_POISON_MEMORY_REGION((r)->f, (r)->fcap * sizeof(*(r)->f))
#define FS_FIELDS_BACK(r) \
	ASAN_UNPOISON_MEMORY_REGION((r)->f, (r)->fcap * sizeof(*(r)->f))
#else
#define FS_FIELDS_GONE(r) ((void)0)
#define FS_FIELDS_BACK(r) ((void)0)
#endif

/*
 * The bytes a reader reads at a time (FS_TSV_BLOCK), or maps (a window,
 * FS_TSV_MAP).  A window is the larger: unmapping one with other
 * threads running makes the kernel interrupt every processor to flush
 * its TLB, and at 1 MB fs-funds's two threads spent 4% of their time
 * there; 8 MB, each mapped whole, took 3.6% off its time at 4 MB (see
 * bench/HISTORY.md).  Under AddressSanitizer both are a few
 * pages, so that the tests' small files are read in many windows too,
 * and a slice kept past the next row, whose window is gone, stops the
 * test.
 */
#ifdef FS_ASAN
enum { FS_TSV_BLOCK = 8 << 10, FS_TSV_MAP = FS_TSV_BLOCK };
#else
enum { FS_TSV_BLOCK = 1 << 20, FS_TSV_MAP = 8 << 20 };
#endif

enum fs_tsv_status {
	FS_TSV_EOF = 0,		/* no more rows */
	FS_TSV_ROW = 1,		/* a row whose field count is the header's */
	FS_TSV_BAD = 2,		/* an invalid row: see r->bad */
	FS_TSV_ERROR = -1	/* a read error: see r->err */
};

/*
 * r->err of a regular file found shorter than it was when it was opened
 * (another program cut it while it was read): fs_tsv_strerror() says so.
 */
enum { FS_TSV_CUT = -1 };

/* What r->err says: strerror(), or the file cut short. */
const char *fs_tsv_strerror(int err);

struct fs_tsv {
	const char *name;	/* as in messages: the path, or "<stdin>" */
	int fd;
	char *buf;
	size_t cap, pos, end;
	int eof, started;
	long lineno;		/* physical line number of the current row */
	long nextline;
	long rows;		/* data lines read so far */
	const char *line;	/* the current row's bytes, without CR/LF */
	size_t linelen;
	struct fs_slice *f;	/* its fields (a row of more than the
				   header's: as many and one, the last
				   holding the rest) */
	size_t nf, fcap;
	char *hdr;		/* a copy of the header line */
	size_t hdrlen;
	struct fs_slice *col;	/* the column names, into hdr */
	size_t ncols;
	const char *bad;	/* why the current row is invalid */
	char badbuf[96];
	int err;		/* errno of a failed read, or FS_TSV_CUT */
	int err_ahead;		/* one met later (fs_tsv_unread()) */
	/*
	 * The row index (tsv.c): the places in buf of the newlines and
	 * tabs ahead, and of the 64-byte blocks whose rows need their
	 * UTF-8 checked one by one; the next of each.
	 */
	void (*index)(struct fs_tsv *, size_t, size_t);
	size_t *inl, *itab, *idirty;
	size_t nnl, ntab, ndirty, nlcap, tabcap, dirtycap;
	size_t ri, ti, di;
	int odd_last;		/* the last block indexed had odd bytes */
	/* Where the reading is in the file (fs_tsv_open_range()). */
	int64_t off;		/* the file offset of buf[end] */
	int64_t limit;		/* a range's end, or -1 */
	int borrowed;		/* fd is another reader's: not closed */
	int membuf;		/* buf is the caller's (fs_tsv_open_mem()) */
	/*
	 * A regular file is read through a window mapped on it, or where
	 * it cannot be mapped by read(2); either way as long as it was when
	 * opened: what was added after is not read, and a file that got
	 * shorter is FS_TSV_CUT.
	 */
	int mapped;
	int sized;		/* a regular file, not empty when opened */
	int64_t fsize;		/* its size then: what is read */
	char *map;		/* the window, maplen bytes (buf in it) */
	size_t maplen;
};

/*
 * The file offset of the current row's first byte, for a reader of a
 * file (not of memory) and for the rows fs_run_pipe() hands out.
 */
static inline int64_t
fs_tsv_line_offset(const struct fs_tsv *r)
{
	return r->off - (int64_t)(r->end - (size_t)(r->line - r->buf));
}

/*
 * Opens path ("-" or NULL for standard input); -1 with errno set.  A
 * regular file, standard input too, is read through a window mapped on
 * it, as long as it was when opened; anything else with read(2).
 */
int fs_tsv_open(struct fs_tsv *r, const char *path);
/*
 * The same, but a file is read, never mapped: for a caller that wants
 * its header and perhaps reads the rest its own way (locate_earlier()
 * and fs_run_columns_ahead(), run.c), to which a whole window mapped for
 * a line would cost more than the line.
 */
int fs_tsv_open_unmapped(struct fs_tsv *r, const char *path);
/*
 * Whether the regular file dev, ino was opened by fs_tsv_open() in this
 * process: a file the tool reads must not be one it writes (--rejects).
 */
int fs_tsv_was_read(dev_t dev, ino_t ino);
/* Notes a file read without fs_tsv_open(), for fs_tsv_was_read(). */
void fs_tsv_note_read(int fd);
/* The first of n columns whose name a column before it has, or n. */
size_t fs_tsv_named_twice(const struct fs_slice *col, size_t n);

/*
 * Opens the bytes [from, to) of the file that r0 reads, as rows under
 * r0's header (same column count), for a thread reading part of a file:
 * through windows of its own where r0 maps the file, else with pread(2).
 * from must be the start of a line, and to the start of one or the end
 * of the file.  Line numbers count from 1 at from.
 */
void fs_tsv_open_range(struct fs_tsv *r, const struct fs_tsv *r0,
    int64_t from, int64_t to);

/*
 * Bytes a reader's buffer has after its data: fs_tsv_open_mem()'s
 * caller allocates them (their values do not matter, but valgrind wants
 * them written).
 */
enum { FS_TSV_PAD = 64 };

/*
 * Opens the n bytes at buf, whole lines, as rows under r0's header:
 * buf must have FS_TSV_PAD bytes more, and outlive r (the rows' fields
 * point into it).  Line numbers count from 1 at buf.
 */
void fs_tsv_open_mem(struct fs_tsv *r, const struct fs_tsv *r0, char *buf,
    size_t n);

/*
 * Whether readers may map the files they read (1, the default) or must
 * read them (0): for tests of the reading without, which a reader also
 * falls back on should a window fail to map.
 */
void fs_tsv_map(int on);

/*
 * The bytes a pipe the tools read or write is made to hold (1 MB, as
 * much as a reader reads or a writer writes at a time), where the
 * system lets it be (Linux: F_SETPIPE_SZ, within
 * /proc/sys/fs/pipe-max-size), instead of the 64 KB it starts with.  A
 * pipe between two processors hands over its bytes a pipeful at a time,
 * each time waking the other side: bench/HISTORY.md, session 17.
 */
enum { FS_PIPE_SIZE = 1 << 20 };

/*
 * Makes the pipe fd FS_PIPE_SIZE bytes, if it is a pipe and holds less;
 * anything else, or a pipe that cannot be made larger, is left alone.
 */
void fs_pipe_widen(int fd);

/*
 * Makes r, which reads a file, go on from its offset off, the start of a
 * line, with lines lines before it: 0, or -1 (r->err says why).
 */
int fs_tsv_seek(struct fs_tsv *r, int64_t off, long lines);

/*
 * Makes r, which reads a stream (a pipe: neither a file nor memory), go
 * on with the n bytes at p, from the start of a line, before the rest of
 * the stream, lines lines before them: the bytes another thread read
 * from the stream and gave back (fs_run_pipe()).  off: the stream offset
 * after them; eof: the stream has no more; err: the errno of a read that
 * failed after them, which r then meets (FS_TSV_ERROR), or 0.
 */
void fs_tsv_unread(struct fs_tsv *r, const char *p, size_t n, long lines,
    int64_t off, int eof, int err);

/*
 * The length of r's file as r reads it (as it was when opened), for
 * threads that read parts of it; -1 when it cannot be read in parts (not
 * a regular file, or read to its end already).
 */
int64_t fs_tsv_size(const struct fs_tsv *r);

/* The file offset of the first byte not yet taken as a line. */
int64_t fs_tsv_tell(const struct fs_tsv *r);

/*
 * Puts r at the end of its file, as if it had read every line, lines
 * of them (another thread read them: fs_run_jobs(), fs_run_pipe()).
 */
void fs_tsv_finish(struct fs_tsv *r, long lines);

/*
 * Reads the header: 0; -1 with *why set when there is no header line
 * or it cannot be read; -2 when the line is there but is not a header
 * (bytes that are not UTF-8, a NUL, "column 'x' named twice"), with
 * r->lineno its line.
 */
int fs_tsv_header(struct fs_tsv *r, const char **why);

/*
 * The widest vector instructions readers opened from now on may use to
 * find tabs and newlines: 0 SSE2 (or plain C off x86), 1 AVX2 (with
 * POPCNT and BMI1), 2 AVX-512BW and VBMI2, each only where the processor
 * has it.  Returns the level they will use.  The default is 2; tests
 * run every level.
 */
int fs_tsv_simd(int max);
/* The level fs_tsv_simd() last allowed, of those the processor has. */
int fs_simd_level(void);

/*
 * For a tool that maps a file itself: from now on, a page of its mapping
 * p[0 .. len) read past an end another program cut the file to (SIGBUS)
 * ends the run, exit status 2, with "TOOL: name: what" on standard error,
 * as the readers do.  name and what must outlive the mapping;
 * fs_tsv_unwatch_cut(p) before it is unmapped.
 */
void fs_tsv_watch_cut(const void *p, size_t len, const char *name,
    const char *what);
void fs_tsv_unwatch_cut(const void *p);

/*
 * While jb is set (NULL: no more), such a SIGBUS on this thread does not
 * end the run: siglongjmp(*jb, 1) goes back to the tool, which stops in
 * its own way, threads and output as after any error.  Meanwhile the
 * tool must not read the mapping while it holds a lock, which the jump
 * would leave held.
 */
void fs_tsv_catch_cut(sigjmp_buf *jb);

/*
 * fs_tsv_next() the whole way: any line, at the end of the index or of
 * the input, empty, or not as the header has it.
 */
enum fs_tsv_status fs_tsv_next_any(struct fs_tsv *r);

/*
 * Takes the usual row (below) as fs_tsv_next() does, without writing its
 * fields: 1 with r->line, r->linelen and r->lineno set, r->nf 0, and
 * *tabs the places in r->buf of the row's r->ncols - 1 tabs; or 0 with
 * nothing taken, for fs_tsv_next().  For a caller that finds the fields
 * itself (fs_format_take()).
 */
static inline __attribute__((always_inline)) int
fs_tsv_take(struct fs_tsv *r, const size_t **tabs)
{
	const size_t *t;
	const char *b = r->buf;
	size_t start = r->pos, nl, end, nc = r->ncols;

	if (r->ri == r->nnl || nc < 2)
		return 0;
	t = r->itab + r->ti;
	nl = r->inl[r->ri];
	if (nl <= start || nl >= r->end || r->idirty[r->di] <= nl ||
	    t[nc - 2] > nl || t[nc - 1] < nl)
		return 0;
	if ((end = nl - (b[nl - 1] == '\r')) == start)
		return 0;
	r->ri++;
	r->pos = nl + 1;
	r->lineno = r->nextline++;
	r->rows++;
	r->line = b + start;
	r->linelen = end - start;
	r->ti += nc - 1;
	r->nf = 0;
	FS_FIELDS_GONE(r);
	*tabs = t;
	return 1;
}

/*
 * The next non-empty line after the header.  The usual row is taken
 * from the row index (tsv.c) here, without a call: a line ended by a
 * newline, not empty, in no block listed for a UTF-8 check, with the
 * header's count of fields (its tab before last before the newline,
 * its last after).
 */
static inline __attribute__((always_inline)) enum fs_tsv_status
fs_tsv_next(struct fs_tsv *r)
{
	const size_t *t;
	struct fs_slice *f = r->f;
	const char *b = r->buf;
	size_t start, end, nc = r->ncols, k, at;

	if (!fs_tsv_take(r, &t))
		return fs_tsv_next_any(r);
	FS_FIELDS_BACK(r);
	start = (size_t)(r->line - b);
	end = start + r->linelen;
	for (k = 0; k + 1 < nc; k++) {
		at = t[k];
		f[k].p = b + start;
		f[k].n = at - start;
		start = at + 1;
	}
	f[k].p = b + start;
	f[k].n = end - start;
	r->nf = nc;
	return FS_TSV_ROW;
}

/*
 * A row ahead in the index, for hints only (a lookup's memory asked for
 * before the row is read): the row d rows after the one just taken
 * (d >= 1), if the index has it, its bytes from start to its newline nl
 * and its first tab's place in r->itab at ti.  A row of another shape
 * than the header's gives fields that are no field, or none.
 */
struct fs_tsv_ahead {
	size_t start, nl, ti;
};

static inline int
fs_tsv_row_ahead(const struct fs_tsv *r, int d, struct fs_tsv_ahead *h)
{
	size_t ri = r->ri, ti = r->ti, start = r->pos, nl;
	int k;

	if (r->inl == NULL)
		return 0;
	for (k = 1;; k++) {
		if (ri >= r->nnl)
			return 0;
		nl = r->inl[ri];
		if (k == d)
			break;
		/* Past that line's tabs (a sentinel past the last). */
		while (r->itab[ti] < nl)
			ti++;
		start = nl + 1;
		ri++;
	}
	h->start = start;
	h->nl = nl;
	h->ti = ti;
	return 1;
}

/* Field col (a header index) of that row: 1 with its bytes, or 0. */
static inline int
fs_tsv_field_ahead(const struct fs_tsv *r, const struct fs_tsv_ahead *h,
    size_t col, const char **p, size_t *n)
{
	size_t a, b;

	if (col >= r->ncols)
		return 0;
	if (col == 0)
		a = h->start;
	else if ((a = r->itab[h->ti + col - 1]) < h->nl)
		a++;
	else
		return 0;
	b = r->itab[h->ti + col] < h->nl ? r->itab[h->ti + col] : h->nl;
	if (a > b || h->start > h->nl)
		return 0;
	*p = r->buf + a;
	*n = b - a;
	return 1;
}

/*
 * Is r's current line the header of r0 again (files joined with cat),
 * a BOM before it or not?  r0 may be r.
 */
int fs_tsv_is_header(const struct fs_tsv *r0, const struct fs_tsv *r);
/* The same against a header's bytes hdr[0 .. n) kept apart from r0. */
int fs_tsv_line_is(const struct fs_tsv *r, const char *hdr, size_t n);
/*
 * What is said of col[i], a name an earlier column has (buf, cap bytes,
 * 96 hold any): "column 'a' named twice", or, for an empty name, "columns
 * 4 and 5 have no name (empty columns a spreadsheet left?)".
 */
void fs_named_twice_say(char *buf, size_t cap, const struct fs_slice *col,
    size_t i);

/*
 * Is a header whose names are col[0 .. n) a title a spreadsheet has above
 * its table ("2026年1月考勤表", then empty cells): a name or a few, more
 * names empty, with next[0 .. nn), the line after it, two cells or more,
 * all filled (the table's header)?  Then the header is refused with
 * FS_TITLE_ABOVE and the title's line, not as two columns without a name.
 */
int fs_title_above(const struct fs_slice *col, size_t n,
    const struct fs_slice *next, size_t nn);
#define FS_TITLE_ABOVE "line %ld looks like a title above the header: delete it"

/*
 * A column name as a clerk meant it: p[0 .. n) without the spaces a
 * spreadsheet leaves around it (ASCII, no-break, full-width, a byte-order
 * mark): its new start in *p, its length returned.  And are a and b, n
 * bytes each, the same but for ASCII case?
 */
size_t fs_name_trim(const char **p, size_t n);
int fs_ascii_caseeq(const char *a, const char *b, size_t n);

/*
 * The masks SPEC 3.4 gives columns by their names: a name ending in
 * "id_number" keeps its value's first 6 and last 4 characters, one
 * ending in "phone" its first 3 and last 4.  fs_name_mask() is the
 * index in fs_name_masks[] of the mask of column name s (any ASCII case,
 * spaces after it taken off: "ID_Number " is one), or -1.  fs-mask masks
 * such columns; messages quote their values masked (fs_buf_quote_masked()).
 */
struct fs_name_mask {
	const char *suffix;
	size_t head, tail;
};
enum { FS_MASK_ID, FS_MASK_PHONE, FS_MASK_N };
enum { FS_MASK_TAIL_MAX = 4 };		/* the most a mask keeps at the end */
extern const struct fs_name_mask fs_name_masks[FS_MASK_N];
int fs_name_mask(const char *s);

/*
 * Of the table's columns names[0 .. n), those an input's columns col
 * lack (at and from as fs_names_match() gives them), one that a column
 * of col, later in the table, names as a clerk meant it but not as
 * written ("name " or "Name" for "name"): 1, with col's index in *ci and
 * the table's in *nk; else 0.  Two files a spreadsheet saved each its own
 * way would make two columns of one; the later spelling is the one said.
 * names[0 .. first) are the first input's, which may name two columns
 * alike: a later file's column that is one of them, as written, is not
 * odd.
 */
int fs_names_alike(const struct fs_slice *col, size_t ncol,
    const struct fs_slice *names, size_t n, size_t first, const long *at,
    const long *from, size_t *ci, size_t *nk);
/* What is said of it: the column's name, then the table's (%.*s each). */
#define FS_NAMES_ALIKE "column '%.*s' is the table's '%.*s' but for a " \
    "space around it or its case (names are matched as written: name " \
    "it alike in every file)"

/*
 * After "missing column 'NAME'": what r's header holds that a clerk may
 * have meant, in b: " (the header has 'Status': names are matched as
 * written)", " (the header has 'status' with a space or a byte-order mark
 * around it)" (full-width and no-break spaces too), " (the header has
 * commas: a CSV file? fs-import reads CSV)" for a header of one name with
 * commas in it, " (line 2 has it: line 1 looks like a title above the
 * header: delete it)" for a header of a name or a few and as many empty
 * (or of one name) when the line after it, in the reader's buffer, has
 * the column, " (the header has 'key value': spaces where tabs go?)"
 * for a header of one name, the name among its words, or "".
 */
const char *fs_tsv_missing_hint(const struct fs_tsv *r, const char *name,
    struct fs_buf *b);

/* What is said of such a row where a header again is no row. */
#define FS_HEADER_AGAIN \
    "the header again (files joined with cat? give the tool each file by name)"

/* The index of the named column, or -1. */
int fs_tsv_col(const struct fs_tsv *r, const char *name);

/*
 * The index of a column that is name but for ASCII case or the spaces
 * around it ('Seal', 'seal '), or -1: a name fs_tsv_col() does not find.
 */
int fs_tsv_col_nearly(const struct fs_tsv *r, const char *name);

/*
 * Matches the n names (another input's columns, none twice) with r's
 * columns, all at once (sorted, so that headers of any width match
 * quickly): at[i] is the place in r of names[i], or -1 when r lacks it;
 * from[j] the name at r's column j, or -1 when it is none of them.
 */
void fs_tsv_match(const struct fs_tsv *r, const struct fs_slice *names,
    size_t n, long *at, long *from);

/* fs_tsv_match() of columns given as ncol slices, not a reader's. */
void fs_names_match(const struct fs_slice *col, size_t ncol,
    const struct fs_slice *names, size_t n, long *at, long *from);

/*
 * A list of names in a buffer, each followed by a tab ("a\tb\t", and "\t"
 * a list of one empty name), for the columns read ahead of a table: add
 * p[0 .. n); the list as *n slices into b, each name once, in the order
 * first met (free() it).
 */
void fs_names_add(struct fs_buf *b, const char *p, size_t n);
struct fs_slice *fs_names_list(const struct fs_buf *b, size_t *n);

/*
 * The names of a header line of len bytes, split at its tabs (*n of
 * them, at least one): free() it.
 */
struct fs_slice *fs_names_split(const char *p, size_t len, size_t *n);

void fs_tsv_close(struct fs_tsv *r);

/* Decodes \t \n \r \\ from p into out (n bytes at least); the length. */
size_t fs_unescape(const char *p, size_t n, char *out);

/* A NUL-terminated copy of p[0 .. n) with its escapes decoded, in a. */
const char *fs_unescape_dup(struct fs_arena *a, const char *p, size_t n);

/*
 * Do the first bytes of p[0 .. n) look like UTF-16 text (a byte-order
 * mark, or a NUL beside every other byte: Excel's "Unicode text")?
 */
int fs_looks_utf16(const char *p, size_t n);

/* NULL when p holds valid UTF-8 without NUL, else the reason. */
const char *fs_utf8_check(const char *p, size_t n);

/*
 * The same, for bytes that have FS_TSV_PAD bytes after them that may be
 * read (a reader's buffer): with AVX2 where the processor has it (and
 * fs_tsv_simd() allows it), 32 bytes at a time.
 */
const char *fs_utf8_check_padded(const char *p, size_t n);

struct fs_out_behind;

struct fs_out {
	int fd;
	const char *name;
	char *buf;
	size_t n, cap;
	FILE *spill;
	int hold;
	int err;		/* errno of the first failed write */
	int spill_err;		/* it was the spill file's (in TMPDIR) */
	struct fs_out_behind *behind;	/* fs_out_behind()'s thread */
	off_t start;		/* a regular file's offset at the start; -1 */
	uint64_t written;	/* bytes written to fd */
};

/* hold: keep everything until fs_out_commit(), else flush when full. */
void fs_out_init(struct fs_out *o, int fd, const char *name, int hold);
/* fs_out_write() when the bytes do not fit, or n is 0. */
void fs_out_put(struct fs_out *o, const void *p, size_t n);

/*
 * Appends p[0..n): a copy while it fits, as a table's row is written in
 * pieces; fs_out_put() otherwise.  n - 1 wraps for n = 0 (p may then be
 * NULL, which memcpy() must not be given).
 */
static inline void
fs_out_write(struct fs_out *o, const void *p, size_t n)
{
	if (n - 1 < o->cap - o->n) {
		memcpy(o->buf + o->n, p, n);
		o->n += n;
	} else
		fs_out_put(o, p, n);
}
/*
 * Room for n bytes to be written in place, at the end of the buffer:
 * where they go, or NULL when it has less left (fs_out_write() them
 * then).  fs_out_used() counts those written.
 */
static inline char *
fs_out_room(struct fs_out *o, size_t n)
{
	return o->cap - o->n >= n ? o->buf + o->n : NULL;
}

static inline void
fs_out_used(struct fs_out *o, size_t n)
{
	o->n += n;
}

/* Appends the string s (its length known where s is a constant). */
static inline void
fs_out_str(struct fs_out *o, const char *s)
{
	fs_out_write(o, s, strlen(s));
}

/* Appends the byte c. */
static inline void
fs_out_char(struct fs_out *o, char c)
{
	if (o->n < o->cap)
		o->buf[o->n++] = c;
	else
		fs_out_put(o, &c, 1);
}

/* The letter that escapes c (\t \n \r \\), or 0: not escaped. */
char fs_escape_of(char c);
void fs_out_text(struct fs_out *o, const char *p, size_t n);	/* escaped */
void fs_out_texts(struct fs_out *o, const char *s);		/* escaped */
void fs_out_date(struct fs_out *o, fs_date t);
void fs_out_amount(struct fs_out *o, int64_t fen);
void fs_out_int(struct fs_out *o, int64_t v);
void fs_out_fixed(struct fs_out *o, int64_t num, int64_t den, int decimals);
/*
 * For an output that is not held: its blocks are written on a thread of
 * its own, one while the caller fills the next, so that making a large
 * output and writing it (into a pipe, say) take two processors.  0, or
 * -1 when no thread can be made (the output is then written as before).
 * A write's error shows in o->err a block later, and at the latest in
 * fs_out_commit().
 */
int fs_out_behind(struct fs_out *o);
/*
 * Writes what is held and flushes: 0, or -1 (o->err says why).  Into a
 * regular file, a report that fails part way is taken out again: the
 * file is cut back to where the report began (unless another program
 * wrote to it meanwhile).
 */
int fs_out_commit(struct fs_out *o);
/*
 * Forgets what is held, and takes out again, as above, what was
 * already written (a block being written behind is written first).
 */
void fs_out_discard(struct fs_out *o);

#endif
