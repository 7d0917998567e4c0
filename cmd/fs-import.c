/*
 * fs-import - CSV from spreadsheets to the toolkit's TSV (SPEC 3.10).
 *
 * The bytes go through three stages, each of which keeps its state
 * across calls, so input may arrive in chunks of any size:
 *
 *	import_feed()	converts to UTF-8 with iconv(3) (--from-encoding),
 *	parse_bytes()	drops a leading BOM, holds the first line until
 *			it has chosen the delimiter (when none is given),
 *			and cuts the bytes into pieces that end at CR or
 *			LF, counting physical lines (ended by LF, CRLF or
 *			a lone CR),
 *	csv_parse()	libcsv, whose callbacks field_done() and row_done()
 *			build each record's TSV line and judge it.
 *
 * Because a record can only end at a CR or LF and every piece ends at
 * one, a record that ends in a piece ends with it: this is how the line a
 * record starts on, and its bytes as read (for --rejects), are known
 * without looking inside libcsv.
 *
 * Compiled with -DFUZZING, the file has no main() and fuzz/fuzz_csv.c
 * includes it to drive the same core.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <csv.h>

#include "../common/run.h"
#include "../common/width.h"

enum {
	IMPORT_READ_BLOCK = 1 << 20,	/* read(2) size */
	IMPORT_CONV_BLOCK = 1 << 16,	/* iconv(3) output size */
	IMPORT_CSV_BLOCK = 1 << 20,	/* libcsv's field buffer growth */
	IMPORT_PEND_MAX = 32,		/* a character cut at a chunk end */
	IMPORT_LOOK = 1 << 16,		/* a file's start, held (reads_utf8) */
	IMPORT_UTF8_CHARS = 8,		/* what makes it UTF-8 (reads_utf8) */
	IMPORT_SNIFF_MAX = 1 << 20	/* a first line held, at most */
};

static const char utf8_bom[] = "\xef\xbb\xbf";

struct import {
	struct fs_run *run;	/* --rejects and the count of invalid rows */
	struct fs_out *out;	/* the TSV, or NULL (--findings) */
	unsigned char delim;	/* -d, or 0: ',' or a tab (sniff_line()) */
	size_t csv_block;	/* libcsv's field buffer grows by this */
	const char *encoding;	/* --from-encoding, or NULL for UTF-8 */
	/*
	 * The encoding reads a UTF-8 byte-order mark as something else
	 * (GB18030 as "锘", and so on): a file that starts with one is
	 * UTF-8 named as another, an error.
	 */
	int bom_wrong;
	/*
	 * The same encodings: a file's first IMPORT_LOOK bytes, held until
	 * reads_utf8() has judged them, then converted.
	 */
	char *look;
	size_t nlook;
	int looked;		/* judged (this file) */
	iconv_t cd;
	char *conv;		/* iconv's output */
	char pend[IMPORT_PEND_MAX];	/* a character cut at a chunk end */
	size_t npend;

	/* The file being read. */
	const char *name;
	struct csv_parser csv;
	int csv_live;		/* csv_init() was called, csv_free() is due */
	size_t nbom;		/* BOM bytes matched so far */
	int bom_done;
	size_t nrawbom;		/* the same, as read (bom_wrong) */
	/*
	 * With no -d, the delimiter is found on the first line that is not
	 * empty (sniff_line()): until it is, the file's bytes are held in
	 * sniffed.  fdelim is the file's delimiter.
	 */
	unsigned char fdelim;
	int sniff;		/* the first line is being looked at */
	int sniff_text;		/* it has begun (not an empty line) */
	int sniff_tab;		/* it has a tab */
	struct fs_buf sniffed;
	long line;		/* physical line of the next byte */
	int aftercr;		/* the last byte read was a CR */

	/* The record being read. */
	int inrec;
	int rowdone;		/* row_done() ran during this piece */
	long recline;		/* the line it starts on */
	struct fs_buf rec;	/* its TSV line, escaped */
	struct fs_buf raw;	/* its bytes as read, with --rejects */
	size_t *fend;		/* where each field ends in rec */
	size_t nf, fcap;
	int empty;		/* every field so far is empty */
	const char *bad;	/* why it is invalid, or NULL */
	/*
	 * Blank records (empty lines, records of empty fields: a
	 * spreadsheet's empty rows) not yet written: each is an empty line,
	 * written before the next line written, so that line N of the TSV
	 * is row N of the spreadsheet; those after a file's last line
	 * written are not.
	 */
	long blanks;

	/*
	 * The table's header: the first file's columns, then those later
	 * files add (read ahead into ahead).  at[i] is the field of this
	 * file's records that is the table's column i, -1 when it has none,
	 * when reorder is set; nhdr is this file's own count of columns.
	 */
	int have_header;	/* this file's header is read */
	struct fs_buf own;	/* its record, escaped (a repeat is no row) */
	/*
	 * A first record that may be a title above the header (its names
	 * a few and more empty ones, held in own): the record after it
	 * decides (title_done()), its line.
	 */
	long title_line;
	struct fs_buf hdr;
	size_t ncols, nhdr;
	size_t nfirst;		/* the table's columns that are its */
	const char *first;	/* the first file's name */
	struct fs_buf ahead;	/* the later files' columns (fs_names_add) */
	/* Reading a later file's header only, into it: no message. */
	struct fs_buf *peek;
	long *at;
	int reorder;

	int failed;		/* a message was given: stop, exit 2 */
};

/*
 * What is said of the header held in own, which names a column twice
 * (why: 96 bytes).
 */
static void
held_named_twice(const struct import *im, char *why)
{
	struct fs_slice *names;
	size_t n;

	names = fs_names_split(im->own.p, im->own.n, &n);
	fs_named_twice_say(why, 96, names, fs_tsv_named_twice(names, n));
	free(names);
}

/*
 * Says "fs-import: FILE:LINE: WHAT" (line > 0) or "fs-import: FILE: WHAT".
 * A first record that may be a title, whose next record could not be
 * read whole (title_done()), is said first: its names, as before.
 */
static void
import_error(struct import *im, long line, const char *what,
    const char *more)
{
	char why[96];

	if (im->peek != NULL) {
		im->failed = 1;
		return;
	}
	if (im->title_line > 0) {
		im->title_line = 0;
		held_named_twice(im, why);
		line = 0;
		what = why;
		more = "";
	}
	if (line > 0)
		fs_warnx("%s:%ld: %s%s", im->name, line, what, more);
	else
		fs_warnx("%s: %s%s", im->name, what, more);
	im->failed = 1;
}

/* Appends p with \t \n \r \\ escaped, as fs_out_text() writes it. */
static void
add_escaped(struct fs_buf *b, const char *p, size_t n)
{
	size_t i, start = 0;
	char esc[2] = { '\\', 0 };

	for (i = 0; i < n; i++) {
		switch (p[i]) {
		case '\t':
			esc[1] = 't';
			break;
		case '\n':
			esc[1] = 'n';
			break;
		case '\r':
			esc[1] = 'r';
			break;
		case '\\':
			esc[1] = '\\';
			break;
		default:
			continue;
		}
		if (i > start)
			fs_buf_add(b, p + start, i - start);
		fs_buf_add(b, esc, 2);
		start = i + 1;
	}
	if (n > start)
		fs_buf_add(b, p + start, n - start);
}

/* Is the encoding named UTF-16 (or UCS-2), whose text has NUL bytes? */
static int
utf16_named(const char *encoding)
{
	static const char *const names[] = {
		"UTF-16", "UTF16", "UCS-2", "UCS2", "UNICODE"
	};
	size_t i;

	for (i = 0; encoding != NULL && i < sizeof(names) / sizeof(names[0]); i++)
		if (strncasecmp(encoding, names[i], strlen(names[i])) == 0)
			return 1;
	return 0;
}

/*
 * What is said after the NUL bytes of a file saved as UTF-16, Excel's
 * "Unicode text", which is cut at tabs (tab: the bytes have them).
 */
static const char *
utf16_hint(int tab)
{
	return tab ? " (saved as UTF-16, Excel's \"Unicode text\"? try "
	    "--from-encoding UTF-16 -d tab)" : " (saved as UTF-16, Excel's "
	    "\"Unicode text\"? try --from-encoding UTF-16)";
}

/*
 * Does the escaped record p[0 .. n) hold a tab (\t), as a header of
 * UTF-16 read as UTF-8 and cut at commas does?
 */
static int
escaped_tab(const char *p, size_t n)
{
	const char *e = p + n, *b;

	while ((b = memchr(p, '\\', (size_t)(e - p))) != NULL &&
	    b + 1 < e) {
		if (b[1] == 't')
			return 1;
		p = b + 2;
	}
	return 0;
}

/* A record's bytes that are not UTF-8 text: the reason, or NULL. */
static const char *
bytes_problem(const struct import *im, const char *p, size_t n)
{
	if (fs_utf8_check(p, n) == NULL)
		return NULL;
	if (memchr(p, '\0', n) != NULL)
		return "NUL byte in the record";
	if (im->encoding == NULL)
		return "invalid UTF-8 in the record "
		    "(try --from-encoding GB18030)";
	return "invalid UTF-8 in the record";
}

/* libcsv's field callback. */
static void
field_done(void *p, size_t n, void *data)
{
	struct import *im = data;

	if (im->failed)
		return;
	if (im->nf == im->fcap) {
		im->fcap = im->fcap ? im->fcap * 2 : 16;
		im->fend = fs_xreallocarray(im->fend, im->fcap,
		    sizeof(*im->fend));
	}
	if (im->nf > 0)
		fs_buf_add(&im->rec, "\t", 1);
	if (n > 0) {
		im->empty = 0;
		if (im->bad == NULL)
			im->bad = bytes_problem(im, p, n);
		add_escaped(&im->rec, p, n);
	}
	im->fend[im->nf++] = im->rec.n;
}

/* Writes an invalid record to the rejects file, or stops the import. */
static void
record_invalid(struct import *im, const char *why)
{
	struct fs_buf esc = { 0 };

	im->run->ninvalid++;
	if (im->run->rejects == NULL) {
		import_error(im, im->recline, why, "");
		return;
	}
	add_escaped(&esc, im->raw.p, im->raw.n);
	fs_run_reject_line(im->run, im->name, im->recline, why, esc.p, esc.n);
	fs_buf_free(&esc);
	/* Its place kept, as a blank row's: line N is still row N. */
	im->blanks++;
}

/* Field i of the record being read, escaped. */
static struct fs_slice
field(const struct import *im, size_t i)
{
	struct fs_slice f;

	f.p = im->rec.p + (i ? im->fend[i - 1] + 1 : 0);
	f.n = im->fend[i] - (size_t)(f.p - im->rec.p);
	return f;
}

/* The record's fields, escaped: free() it. */
static struct fs_slice *
fields(const struct import *im)
{
	struct fs_slice *f;
	size_t i;

	f = fs_xreallocarray(NULL, im->nf ? im->nf : 1, sizeof(*f));
	for (i = 0; i < im->nf; i++)
		f[i] = field(im, i);
	return f;
}

/*
 * The first of the record's fields whose name a field before it has, or
 * nf (fs_tsv_named_twice(): at once for a header of any width; comparing
 * every pair took over a minute for 200,000 columns).  The names are
 * compared escaped: escaping is one to one, so two escaped names are
 * equal when the names are.
 */
static size_t
named_twice(const struct import *im)
{
	struct fs_slice *col = fields(im);
	size_t at;

	at = fs_tsv_named_twice(col, im->nf);
	free(col);
	return at;
}

/*
 * The header just read (the record in rec) in the table's columns:
 * im->at[i] the field of the table's column i, -1 when this file has
 * none.  0, or -1, said, when it has a column the table has not (a pipe
 * after the first file, whose header could not be read ahead).
 */
static int
table_order(struct import *im)
{
	struct fs_slice *names, *col = fields(im);
	struct fs_buf why = { 0 };
	long *from;
	size_t n, j, k;
	int rc = 0;

	names = fs_names_split(im->hdr.p, im->hdr.n, &n);
	im->at = fs_xreallocarray(im->at, n, sizeof(*im->at));
	from = fs_xreallocarray(NULL, im->nf ? im->nf : 1, sizeof(*from));
	fs_names_match(col, im->nf, names, n, im->at, from);
	if (fs_names_alike(col, im->nf, names, n, im->nfirst, im->at, from,
	    &j, &k)) {
		fs_buf_printf(&why, FS_NAMES_ALIKE, (int)col[j].n, col[j].p,
		    (int)names[k].n, names[k].p);
		import_error(im, 0, why.p, "");
		rc = -1;
	}
	for (j = 0; j < im->nf && rc == 0; j++)
		if (from[j] < 0) {
			fs_buf_printf(&why, "column '%.*s' is not in the table "
			    "made before it was read (standard input or a "
			    "pipe cannot be read ahead: name it first, or save "
			    "it to a file)", (int)col[j].n, col[j].p);
			import_error(im, 0, why.p, "");
			rc = -1;
		}
	im->reorder = im->nf != n;
	for (j = 0; j < n && !im->reorder; j++)
		im->reorder = im->at[j] != (long)j;
	fs_buf_free(&why);
	free(from);
	free(col);
	free(names);
	return rc;
}

/* Adds to the table's header the names read ahead that it has not. */
static void
names_added(struct import *im)
{
	struct fs_slice *v, *col = fields(im);
	long *at, *from;
	size_t k, n;

	v = fs_names_list(&im->ahead, &n);
	at = fs_xreallocarray(NULL, n + 1, sizeof(*at));
	from = fs_xreallocarray(NULL, im->nf + 1, sizeof(*from));
	fs_names_match(col, im->nf, v, n, at, from);	/* at once */
	for (k = 0; k < n; k++)
		if (at[k] < 0) {
			fs_buf_add(&im->hdr, "\t", 1);
			fs_buf_add(&im->hdr, v[k].p, v[k].n);
		}
	free(from);
	free(at);
	free(v);
	free(col);
}

/* The blank records before a line written, as empty lines. */
static void
write_blanks(struct import *im)
{
	for (; im->blanks > 0; im->blanks--)
		fs_out_char(im->out, '\n');
}

/*
 * The header held in own, which names a column twice, is said: a title
 * above the header, when the record just read (next: there is one) has
 * every field filled (fs_title_above()); else the name given twice.
 */
static void
title_done(struct import *im, int next)
{
	struct fs_slice *names, *col;
	size_t n;
	char why[96];
	int title = 0;

	if (next) {
		names = fs_names_split(im->own.p, im->own.n, &n);
		col = fields(im);
		title = fs_title_above(names, n, col, im->nf);
		free(col);
		free(names);
	}
	if (title)
		snprintf(why, sizeof(why), FS_TITLE_ABOVE, im->title_line);
	else
		held_named_twice(im, why);
	im->title_line = 0;
	import_error(im, 0, why, "");
}

/* The first non-empty record of a file: its column names. */
static void
header_done(struct import *im)
{
	struct fs_buf esc = { 0 };
	struct fs_slice name, *col;
	size_t i;
	char why[96];

	if (im->bad != NULL) {
		if (memchr(im->rec.p, '\0', im->rec.n) != NULL)
			import_error(im, 0, "NUL byte in the header",
			    !utf16_named(im->encoding) &&
			    fs_looks_utf16(im->rec.p, im->rec.n) ?
			    utf16_hint(im->fdelim == '\t' ||
			    escaped_tab(im->rec.p, im->rec.n)) : "");
		else if (!utf16_named(im->encoding) &&
		    fs_looks_utf16(im->rec.p, im->rec.n))
			/*
			 * UTF-16's byte-order mark, and no NUL: Chinese names
			 * whose code units hold no zero byte (姓名 has a CR,
			 * 0x0d, which ended the record; 名称 ends it at once,
			 * the mark alone left).
			 */
			import_error(im, 0, "invalid UTF-8 in the header",
			    utf16_hint(im->fdelim == '\t' ||
			    escaped_tab(im->rec.p, im->rec.n)));
		else
			import_error(im, 0, "invalid UTF-8 in the header",
			    im->encoding == NULL ?
			    " (try --from-encoding GB18030)" : "");
		return;
	}
	if ((i = named_twice(im)) < im->nf) {
		/* No name, twice: a title, if the next record is a header. */
		if (field(im, i).n == 0) {
			im->title_line = im->recline;
			fs_buf_reset(&im->own);
			fs_buf_add(&im->own, im->rec.p, im->rec.n);
			return;
		}
		col = fields(im);
		fs_named_twice_say(why, sizeof(why), col, i);
		free(col);
		import_error(im, 0, why, "");
		return;
	}
	im->have_header = 1;
	im->nhdr = im->nf;
	fs_buf_reset(&im->own);
	fs_buf_add(&im->own, im->rec.p, im->rec.n);
	if (im->peek != NULL) {
		/* Read ahead: its names the list has not, then stop. */
		for (i = 0; i < im->nf; i++) {
			name = field(im, i);
			fs_names_add(im->peek, name.p, name.n);
		}
		im->failed = 1;
		return;
	}
	if (im->first != NULL) {
		/* Its header is not written: nor are the blanks before it. */
		im->blanks = 0;
		(void)table_order(im);
		return;
	}
	/* The table: this header, then the later files' names it has not. */
	im->first = im->name;
	im->nfirst = im->nf;
	fs_buf_add(&im->hdr, im->rec.p, im->rec.n);
	names_added(im);
	im->ncols = 1;
	for (i = 0; i < im->hdr.n; i++)
		im->ncols += im->hdr.p[i] == '\t';
	(void)table_order(im);
	if (im->out != NULL) {
		write_blanks(im);
		fs_out_write(im->out, im->hdr.p, im->hdr.n);
		fs_out_char(im->out, '\n');
	}
	if (im->run->rejects != NULL) {
		add_escaped(&esc, im->raw.p, im->raw.n);
		fs_run_rejects_header(im->run, esc.p, esc.n, 0);
		fs_buf_free(&esc);
	}
}

/* A valid record to the output, in the table's column order. */
static void
write_record(struct import *im)
{
	struct fs_slice f;
	size_t i;

	write_blanks(im);

	if (!im->reorder) {
		fs_out_write(im->out, im->rec.p, im->rec.n);
		fs_out_char(im->out, '\n');
		return;
	}
	for (i = 0; i < im->ncols; i++) {
		if (i > 0)
			fs_out_char(im->out, '\t');
		if (im->at[i] < 0)
			continue;
		f = field(im, (size_t)im->at[i]);
		fs_out_write(im->out, f.p, f.n);
	}
	fs_out_char(im->out, '\n');
}

/*
 * Is the record the file's header again, a UTF-8 byte-order mark before
 * it or not (two files joined with cat, Excel's "CSV UTF-8" each)?
 */
static int
header_again(const struct import *im)
{
	const char *p = im->rec.p;
	size_t n = im->rec.n;

	if (n != im->own.n && n != im->own.n + 3)
		return 0;
	if (n != im->own.n) {
		if (memcmp(p, utf8_bom, 3) != 0)
			return 0;
		p += 3;
		n -= 3;
	}
	return memcmp(p, im->own.p, n) == 0;
}

/* libcsv's row callback: a whole record has been read. */
static void
row_done(int c, void *data)
{
	struct import *im = data;
	char why[96];

	(void)c;
	im->rowdone = 1;
	im->inrec = 0;
	if (im->failed)
		return;
	/* A record of empty fields is a spreadsheet's empty row. */
	if (im->empty)
		im->blanks++;
	else if (!im->have_header) {
		if (im->title_line > 0)
			title_done(im, 1);
		else
			header_done(im);
	} else if (im->bad != NULL)
		record_invalid(im, im->bad);
	else if (header_again(im))
		record_invalid(im, FS_HEADER_AGAIN);
	else if (im->nf != im->nhdr) {
		snprintf(why, sizeof(why),
		    "%zu field%s where the header has %zu", im->nf,
		    im->nf == 1 ? "" : "s", im->nhdr);
		record_invalid(im, why);
	} else if (im->out != NULL)
		write_record(im);
	fs_buf_reset(&im->rec);
	fs_buf_reset(&im->raw);
	im->nf = 0;
	im->empty = 1;
	im->bad = NULL;
}

/*
 * The field libcsv stopped in (the record's im->nf), as a message names
 * it: "column 'NAME': " by the header's name, else by its place.
 */
static void
field_named(const struct import *im, struct fs_buf *b)
{
	struct fs_slice *names;
	size_t n;

	if (!im->have_header) {
		fs_buf_printf(b, "the header's field %zu: ", im->nf + 1);
		return;
	}
	names = fs_names_split(im->own.p, im->own.n, &n);
	if (im->nf < n) {
		fs_buf_adds(b, "column ");
		fs_buf_quote(b, names[im->nf].p, names[im->nf].n);
		fs_buf_adds(b, ": ");
	} else
		fs_buf_printf(b, "field %zu (the header has %zu): ", im->nf + 1,
		    n);
	free(names);
}

/*
 * libcsv stopped at a quote in a field not quoted, or at text after a
 * quoted field's closing quote (its state says which: the field so far
 * in entry_buf, quoted or not): said with the field's column and what
 * mends it.  A field that is = and a quote is Excel's ="0123", a formula
 * that keeps digits as text.
 */
static void
csv_failed(struct import *im)
{
	const struct csv_parser *c = &im->csv;
	struct fs_buf why = { 0 };

	if (csv_error(&im->csv) != CSV_EPARSE) {
		import_error(im, im->line, csv_strerror(csv_error(&im->csv)),
		    "");
		return;
	}
	field_named(im, &why);
	if (!c->quoted && c->entry_pos == 1 && c->entry_buf[0] == '=')
		fs_buf_adds(&why, "=\"...\", Excel's way to keep digits as "
		    "text, is not CSV (sed 's/=\"\\([^\"]*\\)\"/\"\\1\"/g' "
		    "makes each a quoted field)");
	else if (!c->quoted)
		fs_buf_adds(&why, "a quote inside a field not in quotes (a "
		    "field with a quote in it is put in quotes whole, the "
		    "quote doubled)");
	else
		fs_buf_adds(&why, "text after a closing quote (a quote "
		    "inside a quoted field is doubled)");
	import_error(im, im->line, why.p, "");
	fs_buf_free(&why);
}

/* Parses one piece: bytes that hold no CR or LF except as the last. */
static void
parse_piece(struct import *im, const char *p, size_t n)
{
	int term = p[n - 1] == '\n' || p[n - 1] == '\r';
	size_t content = term ? n - 1 : n;

	if (content == 0) {
		/* An empty line (not a CRLF's LF): libcsv passes over it. */
		if (!im->inrec && !(p[0] == '\n' && im->aftercr))
			im->blanks++;
	} else if (!im->inrec) {
		im->inrec = 1;
		im->recline = im->line;
	}
	if (im->inrec && im->run->rejects != NULL && content > 0)
		fs_buf_add(&im->raw, p, content);
	im->rowdone = 0;
	if (csv_parse(&im->csv, p, n, field_done, row_done, im) != n) {
		csv_failed(im);
		return;
	}
	if (term && im->inrec && !im->rowdone && im->run->rejects != NULL)
		fs_buf_add(&im->raw, p + content, 1);
	/*
	 * A line ends at LF, CRLF or a lone CR, in quotes or not.  The LF
	 * of a CRLF, which may come in the next chunk, ends no other line:
	 * it is a piece of its own right after a piece that ends at CR.
	 */
	if (term && !(p[0] == '\n' && n == 1 && im->aftercr))
		im->line++;
	im->aftercr = p[n - 1] == '\r';
}

/* UTF-8 bytes, the BOM dropped: cut into pieces for libcsv. */
static void
cut_pieces(struct import *im, const char *p, size_t n)
{
	const char *e = p + n, *lf = NULL, *cr = NULL, *t, *end;

	/* The next LF and CR are remembered until passed. */
	while (p < e && !im->failed) {
		if (lf == NULL || lf < p)
			if ((lf = memchr(p, '\n', (size_t)(e - p))) == NULL)
				lf = e;
		if (cr == NULL || cr < p)
			if ((cr = memchr(p, '\r', (size_t)(e - p))) == NULL)
				cr = e;
		t = lf < cr ? lf : cr;
		end = t < e ? t + 1 : e;
		parse_piece(im, p, (size_t)(end - p));
		p = end;
	}
}

/*
 * The file's delimiter is chosen (tab: its first line had a tab and no
 * comma), and the bytes held until then are parsed.
 */
static void
sniff_done(struct import *im, int tab)
{
	im->sniff = 0;
	if (tab) {
		im->fdelim = '\t';
		csv_set_delim(&im->csv, '\t');
	}
	if (im->sniffed.n > 0)
		cut_pieces(im, im->sniffed.p, im->sniffed.n);
	fs_buf_reset(&im->sniffed);
}

/*
 * With no delimiter given: does p[0 .. n) end the file's first line that
 * is not empty, or hold a comma, or make the bytes held more than
 * IMPORT_SNIFF_MAX?  Then the delimiter is chosen: a tab when that line
 * has one and no comma (Excel's "Text (Tab delimited)" and "Unicode
 * text" saved as .txt, which a clerk hands over as they are), else a
 * comma; and the bytes are parsed.  Else they are held.
 */
static void
sniff_line(struct import *im, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		switch (p[i]) {
		case ',':
			im->sniff_tab = 0;
			goto done;
		case '\r':
		case '\n':
			if (im->sniff_text)
				goto done;
			break;
		case '\t':
			im->sniff_tab = 1;
			/* FALLTHROUGH */
		default:
			im->sniff_text = 1;
		}
	if (im->sniffed.n + n <= IMPORT_SNIFF_MAX) {
		fs_buf_add(&im->sniffed, p, n);
		return;
	}
done:
	sniff_done(im, im->sniff_tab);
	cut_pieces(im, p, n);
}

/*
 * UTF-8 bytes: the BOM dropped, the first line looked at for the
 * delimiter, then cut into pieces for libcsv.
 */
static void
parse_bytes(struct import *im, const char *p, size_t n)
{
	const char *e = p + n;

	for (; !im->bom_done && p < e; p++, n--) {
		if (*p != utf8_bom[im->nbom]) {
			im->bom_done = 1;
			if (im->nbom > 0)
				parse_bytes(im, utf8_bom, im->nbom);
			break;
		}
		if (++im->nbom == sizeof(utf8_bom) - 1)
			im->bom_done = 1;
	}
	if (p == e || im->failed)
		return;
	if (im->sniff)
		sniff_line(im, p, n);
	else
		cut_pieces(im, p, n);
}

/* Gives what iconv wrote to the parser. */
static void
conv_flush(struct import *im, const char *out)
{
	if (out > im->conv)
		parse_bytes(im, im->conv, (size_t)(out - im->conv));
}

/*
 * Bytes not valid in the named encoding, p[0 .. n) from the first of
 * them on: NUL bytes among them, as in every ASCII character of UTF-16
 * (a tab is 09 00), are said.
 */
static void
conv_bad(struct import *im, const char *p, size_t n)
{
	char what[160];
	size_t k = n < 256 ? n : 256;
	int tab;

	snprintf(what, sizeof(what), "bytes that are not valid %s",
	    im->encoding);
	if (k > 0 && memchr(p, '\0', k) != NULL && !utf16_named(im->encoding)) {
		tab = memmem(p, k, "\t\0", 2) != NULL ||
		    memmem(p, k, "\0\t", 2) != NULL;
		import_error(im, im->line, what, utf16_hint(tab));
	} else
		import_error(im, im->line, what, "");
}

/*
 * Converts p to UTF-8 and parses it.  A character cut at the end of p is
 * kept in pend and completed by the next call.
 */
static void
convert(struct import *im, const char *p, size_t n)
{
	char *in, *out;
	size_t inleft, outleft, r;
	int err;

	while (im->npend > 0 && n > 0 && !im->failed) {
		im->pend[im->npend++] = *p++;
		n--;
		in = im->pend;
		inleft = im->npend;
		out = im->conv;
		outleft = IMPORT_CONV_BLOCK;
		r = iconv(im->cd, &in, &inleft, &out, &outleft);
		err = errno;
		conv_flush(im, out);
		if (r == (size_t)-1 && err == EILSEQ) {
			conv_bad(im, p, n);
			return;
		}
		memmove(im->pend, in, inleft);
		im->npend = inleft;
		if (im->npend == sizeof(im->pend)) {
			conv_bad(im, im->pend, im->npend);
			return;
		}
	}
	in = (char *)p;
	inleft = n;
	while (inleft > 0 && !im->failed) {
		out = im->conv;
		outleft = IMPORT_CONV_BLOCK;
		r = iconv(im->cd, &in, &inleft, &out, &outleft);
		err = errno;
		conv_flush(im, out);
		if (r != (size_t)-1 || err == E2BIG)
			continue;
		if (err == EINVAL && inleft < sizeof(im->pend)) {
			memcpy(im->pend, in, inleft);
			im->npend = inleft;
			return;
		}
		if (!im->failed)
			conv_bad(im, in, inleft);
		return;
	}
}

/*
 * Do the first bytes of a file (p, n bytes: IMPORT_LOOK, or the whole
 * file when it is shorter) read as UTF-8 text, though the encoding
 * named is another?  Yes when every byte that is not ASCII is part of a
 * valid UTF-8 character, a character cut at the end excepted, and there
 * are at least IMPORT_UTF8_CHARS different such characters.
 *
 * Text in GB18030 (or GBK, GB2312) almost never passes.  Its Chinese
 * characters are two bytes, a lead 0x81-0xfe and a trail 0x40-0xfe (or
 * four, 0x81-0xfe, a digit, 0x81-0xfe, a digit), while in UTF-8 every byte
 * that is not ASCII belongs to a character of a lead 0xc2-0xf4 followed
 * by exactly one to three bytes 0x80-0xbf.  A GB character passes only
 * when its lead is such a lead and its trail 0x80-0xbf (and, after a lead
 * of three or four bytes, when the next character goes on with bytes
 * 0x80-0xbf): the leads 0x81-0xc1 and 0xf5-0xfe, the trails 0x40-0x7f and
 * 0xc0-0xfe, and every four-byte character fail at once.  Of the 20,902
 * characters U+4E00-U+9FA5, 9% are two bytes that pass by themselves; of
 * the 3,755 most common ones (GB2312's first level), 18%.  The text passes
 * only when every one of its characters does: each must win a 1 in 5 or
 * 1 in 10 draw.  k GB characters read as at most k UTF-8 ones (each of
 * these takes at least two bytes that are not ASCII), so a GB18030 file
 * with fewer than IMPORT_UTF8_CHARS characters that are not ASCII (its
 * Chinese, its full-width punctuation) is never refused;
 * one with more is refused only when all of them pass: for 8 different
 * common characters drawn at random, 0.18^8, about one in a million, and
 * far less for real text, whose most frequent characters mostly fail
 * (的 B5 C4, 是 CA C7, 中 D6 D0).  The characters are counted once each,
 * so that one lucky word on every row does not count as many.  A UTF-8
 * file with fewer different characters that are not ASCII than that is
 * converted as named (a file of a few names, garbled): the price of never
 * refusing a real GB18030 file of a few names.
 *
 * UTF-16 and UTF-32 need no exception: they write every ASCII character,
 * every delimiter and line end, with a NUL byte, and bytes with a NUL are
 * not taken for UTF-8 text; a UTF-8 file named as one of them is refused
 * like any other.
 */
static int
reads_utf8(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	uint32_t seen[IMPORT_UTF8_CHARS], cp;
	size_t i, j, k, nseen = 0;

	/*
	 * A character cut at the end (a lead 0xc2-0xf4 and fewer bytes
	 * after it than it needs) is left out.
	 */
	for (i = n, k = 1; i > 0 && k <= 3; i--, k++) {
		if ((s[i - 1] & 0xc0) == 0x80)
			continue;
		if (s[i - 1] >= 0xc2 && s[i - 1] <= 0xf4 &&
		    k < (s[i - 1] >= 0xf0 ? 4u : s[i - 1] >= 0xe0 ? 3u : 2u))
			n = i - 1;
		break;
	}
	if (fs_utf8_check(p, n) != NULL)
		return 0;
	for (i = 0; i < n && nseen < IMPORT_UTF8_CHARS; i += k) {
		k = fs_utf8_decode(p + i, n - i, &cp);
		if (cp < 0x80)
			continue;
		for (j = 0; j < nseen && seen[j] != cp; j++)
			;
		if (j == nseen)
			seen[nseen++] = cp;
	}
	return nseen == IMPORT_UTF8_CHARS;
}

/*
 * The start of the file held in im->look (or at p, when it came whole)
 * is judged (reads_utf8), then converted: 0, or -1 said.
 */
static int
look_done(struct import *im, const char *p, size_t n)
{
	char what[200];

	im->looked = 1;
	im->nlook = 0;
	if (reads_utf8(p, n)) {
		snprintf(what, sizeof(what), "its text reads as UTF-8: the "
		    "file is UTF-8, not %s (leave out --from-encoding)",
		    im->encoding);
		import_error(im, 0, what, "");
		return -1;
	}
	convert(im, p, n);
	return im->failed ? -1 : 0;
}

/* More bytes of the file being read. */
static void
import_feed(struct import *im, const char *p, size_t n)
{
	char what[200];
	size_t i, k;

	if (im->failed || n == 0)
		return;
	for (i = 0; im->bom_wrong && im->nrawbom < 3 && i < n; i++)
		if (p[i] != utf8_bom[im->nrawbom++])
			im->nrawbom = 4;	/* (no mark: done) */
	if (im->nrawbom == 3) {
		snprintf(what, sizeof(what), "starts with a UTF-8 byte-order "
		    "mark: the file is UTF-8, not %s (leave out "
		    "--from-encoding)", im->encoding);
		import_error(im, 1, what, "");
		return;
	}
	if (im->encoding == NULL) {
		parse_bytes(im, p, n);
		return;
	}
	/* The file's start is held until judged, whatever the chunks. */
	if (im->look != NULL && !im->looked) {
		if (im->nlook == 0 && n >= IMPORT_LOOK) {
			if (look_done(im, p, IMPORT_LOOK) != 0)
				return;
			p += IMPORT_LOOK;
			n -= IMPORT_LOOK;
		} else {
			k = IMPORT_LOOK - im->nlook;
			k = n < k ? n : k;
			memcpy(im->look + im->nlook, p, k);
			im->nlook += k;
			p += k;
			n -= k;
			if (im->nlook < IMPORT_LOOK ||
			    look_done(im, im->look, IMPORT_LOOK) != 0)
				return;
		}
	}
	convert(im, p, n);
}

static int
never_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Begins a file. */
static void
import_begin(struct import *im, const char *name)
{
	im->name = name;
	im->line = 1;
	im->aftercr = 0;
	im->nbom = 0;
	im->bom_done = 0;
	im->nrawbom = 0;
	im->nlook = 0;
	im->looked = 0;
	im->npend = 0;
	im->inrec = 0;
	im->blanks = 0;
	im->fdelim = im->delim ? im->delim : ',';
	im->sniff = im->delim == 0;
	im->sniff_text = 0;
	im->sniff_tab = 0;
	fs_buf_reset(&im->sniffed);
	im->have_header = 0;
	im->title_line = 0;
	im->reorder = 0;
	im->nf = 0;
	im->empty = 1;
	im->bad = NULL;
	fs_buf_reset(&im->rec);
	fs_buf_reset(&im->raw);
	if (im->encoding != NULL)
		iconv(im->cd, NULL, NULL, NULL, NULL);
	/*
	 * Strict: a quote inside an unquoted field, text after a closing
	 * quote, or a quote never closed is an error, not a guess.  Spaces
	 * are data.
	 */
	csv_init(&im->csv, CSV_STRICT | CSV_STRICT_FINI);
	im->csv_live = 1;
	csv_set_delim(&im->csv, im->fdelim);
	csv_set_space_func(&im->csv, never_space);
	csv_set_blk_size(&im->csv, im->csv_block);
}

/* Ends a file: the last record, the checks at its end; 0 or 2. */
static int
import_end(struct import *im)
{
	char *out;
	size_t outleft;

	if (im->look != NULL && !im->looked && !im->failed)
		(void)look_done(im, im->look, im->nlook);
	if (im->encoding != NULL && !im->failed) {
		if (im->npend > 0) {
			conv_bad(im, im->pend, im->npend);
		} else {
			out = im->conv;
			outleft = IMPORT_CONV_BLOCK;
			iconv(im->cd, NULL, NULL, &out, &outleft);
			conv_flush(im, out);
		}
	}
	if (!im->failed && !im->bom_done && im->nbom > 0) {
		im->bom_done = 1;
		parse_bytes(im, utf8_bom, im->nbom);
	}
	/* A file of one line without a line end, or of none. */
	if (!im->failed && im->sniff)
		sniff_done(im, im->sniff_tab);
	if (!im->failed && csv_fini(&im->csv, field_done, row_done, im) != 0)
		import_error(im, im->recline, "a quoted field is never closed",
		    "");
	csv_free(&im->csv);
	im->csv_live = 0;
	if (!im->failed && im->title_line > 0)
		title_done(im, 0);
	if (!im->failed && !im->have_header)
		import_error(im, 0, "no header line", "");
	return im->failed ? 2 : 0;
}

/* Does cd read a UTF-8 byte-order mark as one (UTF-8 by another name)? */
static int
reads_bom(iconv_t cd)
{
	char in[3], out[16], *ip = in, *op = out;
	size_t inleft = 3, outleft = sizeof(out);
	int same;

	memcpy(in, utf8_bom, 3);
	same = iconv(cd, &ip, &inleft, &op, &outleft) != (size_t)-1 &&
	    inleft == 0 && op - out == 3 && memcmp(out, utf8_bom, 3) == 0;
	iconv(cd, NULL, NULL, NULL, NULL);
	return same;
}

/*
 * Sets up an import; 0, or -1 when iconv cannot convert from encoding
 * (errno set).  delim 0: a comma, or a tab for a file whose first line
 * has one and no comma (sniff_line()).
 */
static int
import_init(struct import *im, struct fs_run *run, struct fs_out *out,
    const char *encoding, unsigned char delim)
{
	memset(im, 0, sizeof(*im));
	im->run = run;
	im->out = out;
	im->delim = delim;
	im->csv_block = IMPORT_CSV_BLOCK;
	im->encoding = encoding;
	if (encoding != NULL) {
		if ((im->cd = iconv_open("UTF-8", encoding)) == (iconv_t)-1)
			return -1;
		im->conv = fs_xmalloc(IMPORT_CONV_BLOCK);
		im->bom_wrong = !reads_bom(im->cd);
		/* An encoding that is UTF-8 by another name needs no look. */
		if (im->bom_wrong)
			im->look = fs_xmalloc(IMPORT_LOOK);
	}
	return 0;
}

static void
import_free(struct import *im)
{
	if (im->csv_live)
		csv_free(&im->csv);
	if (im->encoding != NULL && im->cd != (iconv_t)-1)
		iconv_close(im->cd);
	free(im->conv);
	free(im->look);
	free(im->fend);
	free(im->at);
	fs_buf_free(&im->rec);
	fs_buf_free(&im->raw);
	fs_buf_free(&im->hdr);
	fs_buf_free(&im->own);
	fs_buf_free(&im->ahead);
	fs_buf_free(&im->sniffed);
}

#ifndef FUZZING

static const char usage[] =
"usage: fs-import [--from-encoding NAME] [-d C] [options] [FILE...]\n"
"Convert CSV from a spreadsheet (RFC 4180) to firstsec TSV on stdout:\n"
"quoted fields may hold commas, quotes, tabs and newlines, which come out\n"
"as \\t \\n \\r \\\\.  The first non-empty record is the header; a record\n"
"whose field count differs from it is invalid (exit 2, or 3 with\n"
"--rejects).  A blank row is written as an empty line, so that line N\n"
"is the spreadsheet's row N.  Several files make one table: the first\n"
"file's columns, then those a later one adds (empty in rows without\n"
"them).\n"
"  --from-encoding NAME\n"
"                     the input's encoding, e.g. GB18030 (default UTF-8)\n"
"  -d, --delimiter C  the field separator (default ',', or tab when the\n"
"                     first line has tabs and no comma)\n"
FS_PLAIN_USAGE;

enum { OPT_FROM_ENCODING = FS_OPT_TOOL };

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ "from-encoding", required_argument, NULL, OPT_FROM_ENCODING },
	{ "delimiter", required_argument, NULL, 'd' },
	{ NULL, 0, NULL, 0 }
};

/*
 * The later files' headers, read ahead into im->ahead before the first
 * file's header is written: each regular file of paths[1 .. n), its
 * first record only, through an import of its own that says nothing (a
 * file that cannot be read here says so in its turn).
 */
static void
peek_headers(struct import *im, char *const *paths, int n, char *buf)
{
	struct import pk;
	struct stat sb;
	ssize_t got;
	int i, fd;

	for (i = 1; i < n; i++) {
		if (strcmp(paths[i], "-") == 0 || stat(paths[i], &sb) < 0 ||
		    !S_ISREG(sb.st_mode) ||
		    (fd = open(paths[i], O_RDONLY)) < 0)
			continue;
		if (import_init(&pk, im->run, NULL, im->encoding,
		    im->delim) == 0) {
			pk.peek = &im->ahead;
			import_begin(&pk, paths[i]);
			while (!pk.failed &&
			    (got = read(fd, buf, IMPORT_READ_BLOCK)) > 0)
				import_feed(&pk, buf, (size_t)got);
			(void)import_end(&pk);
		}
		import_free(&pk);
		close(fd);
	}
}

/*
 * Reads one file through the import; 0 or 2.  A regular file is read as
 * long as it was when it was opened, as every tool reads (firstsec(5)):
 * rows added to it meanwhile are not read, and a file that ends sooner
 * was cut short by another program, which stops the import.
 */
static int
import_file(struct import *im, const char *path, char *buf)
{
	const char *name = path;
	struct stat sb;
	off_t at;
	int64_t left = INT64_MAX;
	size_t want;
	ssize_t got;
	int fd = STDIN_FILENO, status;

	if (strcmp(path, "-") == 0) {
		if (fs_run_take_stdin(im->run, path) != 0)
			return 2;
		name = "<stdin>";
	} else if ((fd = open(path, O_RDONLY)) < 0) {
		fs_warnx("%s: %s", path, strerror(errno));
		return 2;
	}
	if (fs_run_reading(im->run, name, fd) != 0) {
		if (fd != STDIN_FILENO)
			close(fd);
		return 2;
	}
	/* Standard input a shell left part-way is read from where it is. */
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) &&
	    (at = lseek(fd, 0, SEEK_CUR)) >= 0)
		left = sb.st_size > at ? (int64_t)(sb.st_size - at) : 0;
	fs_pipe_widen(fd);
	import_begin(im, name);
	while (!im->failed && left > 0) {
		want = left < IMPORT_READ_BLOCK ? (size_t)left :
		    IMPORT_READ_BLOCK;
		got = read(fd, buf, want);
		if (got < 0 && (errno == EINTR || (fs_again(errno) &&
		    fs_wait_fd(fd, POLLIN) == 0)))
			continue;
		if (got < 0) {
			import_error(im, 0, strerror(errno), "");
			break;
		}
		if (got == 0 && left != INT64_MAX) {
			import_error(im, 0,
			    "the file was cut short while it was read", "");
			break;
		}
		if (got == 0)
			break;
		if (left != INT64_MAX)
			left -= got;
		import_feed(im, buf, (size_t)got);
	}
	status = import_end(im);
	if (fd != STDIN_FILENO)
		close(fd);
	return status;
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	struct import im;
	const char *encoding = NULL;
	char *buf;
	int ch, i, delim = 0, status = 0;

	fs_run_init(&run, "fs-import", usage);
	while ((ch = getopt_long(argc, argv, ":hd:", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_FROM_ENCODING:
			encoding = optarg;
			break;
		case 'd':
			if ((delim = fs_delimiter_parse(optarg)) < 0)
				return fs_run_finish(&run, fs_run_usage_error(&run,
				    "--delimiter: not a single ASCII character "
				    "other than a quote (got '%s')", optarg));
			break;
		default:
			if (fs_run_option(&run, ch, argv))
				return fs_run_finish(&run, run.exit);
		}
	}
	if (fs_run_start(&run) != 0)
		return fs_run_finish(&run, 2);
	if (import_init(&im, &run, run.findings ? NULL : &run.out,
	    encoding, (unsigned char)delim) < 0) {
		fs_warnx("--from-encoding: cannot convert from '%s' "
		    "(see iconv -l)", encoding);
		import_free(&im);
		return fs_run_finish(&run, 2);
	}
	buf = fs_xmalloc(IMPORT_READ_BLOCK);
	if (!run.findings)
		peek_headers(&im, argv + optind, argc - optind, buf);
	if (optind == argc)
		status = import_file(&im, "-", buf);
	for (i = optind; i < argc && status == 0; i++)
		status = import_file(&im, argv[i], buf);
	free(buf);
	import_free(&im);
	return fs_run_finish(&run, status);
}

#endif /* !FUZZING */
