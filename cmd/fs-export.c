/*
 * fs-export - the toolkit's TSV to CSV for spreadsheets (SPEC 3.10).
 *
 * Each field's escapes are decoded, a field that a spreadsheet would take
 * for a formula is defused with a leading quote (unless --raw), the field
 * is quoted by libcsv's writer when it must be, and the line is converted
 * with iconv(3) (--to-encoding).  Records end with CRLF, as RFC 4180 says.
 *
 * Compiled with -DFUZZING, the file has no main() and the fuzz targets
 * include it to drive the same core.
 */
#include <errno.h>
#include <iconv.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <csv.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../common/run.h"

enum { EXPORT_CONV_BLOCK = 1 << 12 };

struct export {
	struct fs_out *out;	/* the CSV, or NULL (--findings) */
	int raw;		/* --raw: no formula protection */
	unsigned char delim;
	const char *encoding;	/* --to-encoding, or NULL for UTF-8 */
	iconv_t cd;
	/*
	 * The bytes that keep a field from going out as it is: a backslash
	 * (an escape to decode), what CSV quotes (a double quote, CR, LF,
	 * the delimiter); and those that make it a formula if it begins
	 * with one (none with --raw).
	 */
	unsigned char special[256], formula[256];
	char *dec;		/* a field decoded, after room for a quote */
	size_t deccap;
	char *q;		/* a field quoted */
	size_t qcap;
	struct fs_buf rec;	/* a record in UTF-8, to be converted */
	char *recline;		/* one made from its line (export_line()) */
	size_t reccap;
	int ascii_kept;		/* ASCII as it is, no state (ascii_as_is[]) */
	iconv_t wcd;		/* from wide characters, or (iconv_t)-1 */
	wchar_t *wide;		/* a run of characters for it */
	size_t wcap;
	struct fs_buf line;	/* the record in the output's encoding */
};

/*
 * A plain decimal number: an optional sign, digits, and an optional
 * point followed by digits.  Amounts like -12.50 are such numbers, and a
 * spreadsheet reads them as numbers, not formulas.
 */
static int
plain_number(const char *p, size_t n)
{
	size_t i = 0, d;

	if (i < n && (p[i] == '-' || p[i] == '+'))
		i++;
	for (d = i; i < n && p[i] >= '0' && p[i] <= '9'; i++)
		continue;
	if (i == d)
		return 0;
	if (i < n && p[i] == '.') {
		for (d = ++i; i < n && p[i] >= '0' && p[i] <= '9'; i++)
			continue;
		if (i == d)
			return 0;
	}
	return i == n;
}

/*
 * Would a spreadsheet run this field as a formula?  It starts with =, +,
 * -, @, a tab or a CR, and is not a plain number.
 */
static int
formula_like(const char *p, size_t n)
{
	if (n == 0 || p[0] == '\0' || strchr("=+-@\t\r", p[0]) == NULL)
		return 0;
	return !plain_number(p, n);
}

/* Must the field be quoted in CSV? */
static int
needs_quotes(const struct export *ex, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] == '"' || p[i] == '\n' || p[i] == '\r' ||
		    (unsigned char)p[i] == ex->delim)
			return 1;
	return 0;
}

/* Appends p, converted to the output's encoding, to the line; 0 or -1. */
static int
put(struct export *ex, const char *p, size_t n)
{
	char block[EXPORT_CONV_BLOCK], *in = (char *)p, *out;
	size_t inleft = n, outleft, r;
	int err;

	if (ex->encoding == NULL) {
		if (n > 0)
			fs_buf_add(&ex->line, p, n);
		return 0;
	}
	while (inleft > 0) {
		out = block;
		outleft = sizeof(block);
		r = iconv(ex->cd, &in, &inleft, &out, &outleft);
		err = errno;
		if (out > block)
			fs_buf_add(&ex->line, block, (size_t)(out - block));
		if (r == (size_t)-1 && err != E2BIG)
			return -1;
	}
	return 0;
}

/*
 * Appends the UTF-8 characters p[0 .. n), none of them ASCII, converted
 * to the output's encoding, to the line; 0 or -1.  Where iconv(3) takes
 * wide characters (ex->wcd), they are decoded here and given to it as
 * such: its own decoding of UTF-8 was half of its instructions.
 */
static int
put_wide(struct export *ex, const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	char block[EXPORT_CONV_BLOCK], *in, *out;
	size_t i, k, inleft, outleft, r;
	uint32_t c;
	int err;

	if (ex->wcd == (iconv_t)-1)
		return put(ex, p, n);
	if (n > ex->wcap) {
		ex->wcap = n;
		ex->wide = fs_xreallocarray(ex->wide, ex->wcap,
		    sizeof(*ex->wide));
	}
	/* The reader checked the UTF-8: lead bytes and their followers. */
	for (i = k = 0; i < n; k++) {
		if (n - i < (u[i] < 0xe0 ? 2u : u[i] < 0xf0 ? 3u : 4u))
			return put(ex, p, n);	/* cut short: as iconv finds it */
		if (u[i] < 0xe0) {
			c = (uint32_t)(u[i] & 0x1f) << 6 | (u[i + 1] & 0x3f);
			i += 2;
		} else if (u[i] < 0xf0) {
			c = (uint32_t)(u[i] & 0x0f) << 12 |
			    (uint32_t)(u[i + 1] & 0x3f) << 6 | (u[i + 2] & 0x3f);
			i += 3;
		} else {
			c = (uint32_t)(u[i] & 0x07) << 18 |
			    (uint32_t)(u[i + 1] & 0x3f) << 12 |
			    (uint32_t)(u[i + 2] & 0x3f) << 6 | (u[i + 3] & 0x3f);
			i += 4;
		}
		ex->wide[k] = (wchar_t)c;
	}
	in = (char *)ex->wide;
	inleft = k * sizeof(*ex->wide);
	while (inleft > 0) {
		out = block;
		outleft = sizeof(block);
		r = iconv(ex->wcd, &in, &inleft, &out, &outleft);
		err = errno;
		if (out > block)
			fs_buf_add(&ex->line, block, (size_t)(out - block));
		if (r == (size_t)-1 && err != E2BIG) {
			iconv(ex->wcd, NULL, NULL, NULL, NULL);
			return -1;
		}
	}
	return 0;
}

/*
 * Appends the record p[0 .. n), in UTF-8, converted to the output's
 * encoding, to the line; 0 or -1.  In an encoding that writes ASCII as
 * it is and keeps no state (ex->ascii_kept), each character is converted
 * on its own: the runs of ASCII are copied, and only the runs of other
 * characters go through iconv(3), whose every byte and call costs.
 */
static int
put_record(struct export *ex, const char *p, size_t n)
{
	const char *e = p + n, *q;
	uint64_t w;

	if (!ex->ascii_kept)
		return put(ex, p, n);
	while (p < e) {
		for (q = p; q + 8 <= e; q += 8) {
			memcpy(&w, q, 8);
			if (w & 0x8080808080808080ULL)
				break;
		}
		while (q < e && (unsigned char)*q < 0x80)
			q++;
		if (q > p)
			fs_buf_add(&ex->line, p, (size_t)(q - p));
		for (p = q; q < e && (unsigned char)*q >= 0x80; q++)
			continue;
		if (q > p && put_wide(ex, p, (size_t)(q - p)) < 0)
			return -1;
		p = q;
	}
	return 0;
}

/*
 * Writes p[0 .. n) in UTF-8: to the CSV itself (ex->out), or to the
 * record to be converted (ex->rec).
 */
static void
emit(struct export *ex, const char *p, size_t n)
{
	if (ex->encoding == NULL)
		fs_out_write(ex->out, p, n);
	else
		fs_buf_add(&ex->rec, p, n);
}

/*
 * Writes one field (TSV bytes as read) as CSV, in UTF-8 (emit()).  The
 * usual field, with no byte to decode or quote, goes out as it is, after
 * a quote if it is a formula.
 */
static void
put_field(struct export *ex, const char *p, size_t n)
{
	char *s;
	size_t len, need, i;

	for (i = 0; i < n && !ex->special[(unsigned char)p[i]]; i++)
		continue;
	if (i == n && (n == 0 || !ex->formula[(unsigned char)p[0]] ||
	    plain_number(p, n))) {
		emit(ex, p, n);
		return;
	}
	if (n + 1 > ex->deccap) {
		ex->deccap = n + 1;
		ex->dec = fs_xreallocarray(ex->dec, ex->deccap, 1);
	}
	len = fs_unescape(p, n, ex->dec + 1);
	s = ex->dec + 1;
	if (!ex->raw && formula_like(s, len)) {
		*--s = '\'';
		len++;
	}
	if (!needs_quotes(ex, s, len)) {
		emit(ex, s, len);
		return;
	}
	need = csv_write2(NULL, 0, s, len, '"');
	if (need > ex->qcap) {
		ex->qcap = need;
		ex->q = fs_xreallocarray(ex->q, ex->qcap, 1);
	}
	csv_write2(ex->q, ex->qcap, s, len, '"');
	emit(ex, ex->q, need);
}

/*
 * A record that holds a character the output's encoding cannot: each
 * field converted in turn, the encoding's state afresh (a record
 * converted whole leaves it where it failed), to find which.  -1, with
 * *bad that field, or 0.
 */
static int
convert_fields(struct export *ex, const struct fs_slice *f, size_t nf,
    size_t *bad)
{
	size_t i;

	iconv(ex->cd, NULL, NULL, NULL, NULL);
	fs_buf_reset(&ex->line);
	for (i = 0; i < nf; i++) {
		fs_buf_reset(&ex->rec);
		if (i > 0)
			fs_buf_add(&ex->rec, (const char *)&ex->delim, 1);
		put_field(ex, f[i].p, f[i].n);
		if (put(ex, ex->rec.p, ex->rec.n) < 0) {
			*bad = i;
			/* The encoding's shift state starts afresh. */
			iconv(ex->cd, NULL, NULL, NULL, NULL);
			return -1;
		}
	}
	if (put(ex, "\r\n", 2) < 0) {
		*bad = nf - 1;
		return -1;
	}
	return 0;
}

/*
 * Writes one record; 0, or -1 with *bad the field that the output's
 * encoding cannot hold (nothing is written then).  In UTF-8 the fields
 * go straight to the output; in another encoding the record is made in
 * UTF-8 and converted whole, by one call of iconv(3).
 */
static int
export_row(struct export *ex, const struct fs_slice *f, size_t nf,
    size_t *bad)
{
	size_t i;

	if (ex->encoding == NULL) {
		if (ex->out == NULL)
			return 0;
		for (i = 0; i < nf; i++) {
			if (i > 0)
				fs_out_char(ex->out, (char)ex->delim);
			put_field(ex, f[i].p, f[i].n);
		}
		fs_out_write(ex->out, "\r\n", 2);
		return 0;
	}
	fs_buf_reset(&ex->rec);
	for (i = 0; i < nf; i++) {
		if (i > 0)
			fs_buf_add(&ex->rec, (const char *)&ex->delim, 1);
		put_field(ex, f[i].p, f[i].n);
	}
	fs_buf_add(&ex->rec, "\r\n", 2);
	fs_buf_reset(&ex->line);
	if (put_record(ex, ex->rec.p, ex->rec.n) < 0 &&
	    convert_fields(ex, f, nf, bad) < 0)
		return -1;
	if (ex->out != NULL)
		fs_out_write(ex->out, ex->line.p, ex->line.n);
	return 0;
}

/*
 * The line p[0 .. n) of a file whose columns are the CSV's, in its
 * order, made a record at q (n + 2 bytes) as it is copied: its tabs the
 * delimiter, CRLF after it.  1, with *ascii whether every byte is ASCII;
 * or 0 when the line is not the record, a byte of it being one to
 * decode or quote, or a field beginning as a formula may.
 */
static int
csv_line(const struct export *ex, const char *p, size_t n, char *q,
    int *ascii)
{
	const unsigned char *u = (const unsigned char *)p;
	const char d = (char)ex->delim;
	unsigned odd = 0, high = 0, start = 1;	/* a field begins at 0 */
	size_t i = 0;

#if defined(__SSE2__)
	if (n >= 16) {
		const __m128i tab = _mm_set1_epi8('\t'), dv = _mm_set1_epi8(d);
		const __m128i bs = _mm_set1_epi8('\\'), dq = _mm_set1_epi8('"');
		const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
		/* The delimiter, when it is no tab (a backslash again if it is). */
		const __m128i dl = _mm_set1_epi8(d == '\t' ? '\\' : d);
		const __m128i eq = _mm_set1_epi8('='), pl = _mm_set1_epi8('+');
		const __m128i mi = _mm_set1_epi8('-'), at = _mm_set1_epi8('@');
		const unsigned formulas = ex->raw ? 0 : 0xffff;
		__m128i v, t, x, y;
		unsigned tm;

		for (;;) {
			v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
			t = _mm_cmpeq_epi8(v, tab);
			_mm_storeu_si128((__m128i *)(void *)(q + i),
			    _mm_or_si128(_mm_andnot_si128(t, v),
			    _mm_and_si128(t, dv)));
			x = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bs),
			    _mm_cmpeq_epi8(v, dq)), _mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(v, cr),
			    _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, dl)));
			y = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, eq),
			    _mm_cmpeq_epi8(v, pl)), _mm_or_si128(
			    _mm_cmpeq_epi8(v, mi), _mm_cmpeq_epi8(v, at)));
			tm = (unsigned)_mm_movemask_epi8(t);
			high |= (unsigned)_mm_movemask_epi8(v);
			/* A formula's first byte: one after a tab, or the first. */
			odd |= (unsigned)_mm_movemask_epi8(x) |
			    ((unsigned)_mm_movemask_epi8(y) & formulas &
			    (tm << 1 | start));
			if ((i += 16) == n)
				break;
			start = tm >> 15;
			/*
			 * The last 16 bytes, some of them again: each byte is
			 * copied and judged the same way twice.
			 */
			if (i + 16 > n) {
				i = n - 16;
				start = u[i - 1] == '\t';
			}
		}
	}
#endif
	for (; i < n; i++) {
		q[i] = u[i] == '\t' ? d : p[i];
		odd |= (unsigned)(u[i] != '\t' && ex->special[u[i]]) |
		    (start & ex->formula[u[i]]);
		start = u[i] == '\t';
		high |= u[i] & 0x80;
	}
	q[n] = '\r';
	q[n + 1] = '\n';
	*ascii = high == 0;
	return odd == 0;
}

/*
 * The byte-order mark, U+FEFF in the output's encoding, once.  iconv's
 * UTF-16 and UTF-32, which name no byte order, begin with a mark of their
 * own: U+FEFF then comes out as the same bytes twice, and the second is
 * dropped.  An encoding that cannot hold U+FEFF (GBK) gets none.
 */
static void
export_bom(struct export *ex)
{
	size_t half;

	fs_buf_reset(&ex->line);
	if (put(ex, "\xef\xbb\xbf", 3) < 0 || ex->out == NULL)
		return;
	half = ex->line.n / 2;
	if (half > 0 && ex->line.n % 2 == 0 &&
	    memcmp(ex->line.p, ex->line.p + half, half) == 0)
		ex->line.n = half;
	fs_out_write(ex->out, ex->line.p, ex->line.n);
}

/* The end of the output: a stateful encoding's return to its start. */
static void
export_end(struct export *ex)
{
	char block[EXPORT_CONV_BLOCK], *out = block;
	size_t outleft = sizeof(block);

	if (ex->encoding == NULL)
		return;
	iconv(ex->cd, NULL, NULL, &out, &outleft);
	if (out > block && ex->out != NULL)
		fs_out_write(ex->out, block, (size_t)(out - block));
}

/*
 * Encodings that keep no state from one character to the next and write
 * ASCII as it is (their names in any case): a record converts character
 * by character, and a record of ASCII alone is its own conversion.  Not
 * those with shifts (ISO-2022-JP), byte-order marks (UTF-16), or
 * characters kept back to be combined with the next (BIG5-HKSCS); nor
 * any named with //TRANSLIT or //IGNORE, which may look at more than one
 * character.
 */
static const char *const ascii_as_is[] = {
	"GB18030", "GBK", "CP936", "GB2312", "EUC-CN", "BIG5", "CP950",
	"UTF-8", "UTF8"
};

/*
 * Does the export's encoding write ASCII as it is, record by record
 * (ascii_as_is[], and each of its 127 characters tried)?
 */
static int
keeps_ascii(const char *encoding)
{
	char in[127], out[4 * sizeof(in)], *ip = in, *op = out;
	size_t i, n = strlen(encoding), inleft = sizeof(in);
	size_t outleft = sizeof(out);
	iconv_t cd;
	int known = 0;

	for (i = 0; i < sizeof(ascii_as_is) / sizeof(ascii_as_is[0]); i++)
		known |= strlen(ascii_as_is[i]) == n &&
		    fs_ascii_caseeq(encoding, ascii_as_is[i], n);
	if (!known || (cd = iconv_open(encoding, "UTF-8")) == (iconv_t)-1)
		return 0;
	for (i = 0; i < sizeof(in); i++)
		in[i] = (char)(i + 1);
	known = iconv(cd, &ip, &inleft, &op, &outleft) == 0 &&
	    op - out == (ptrdiff_t)sizeof(in) &&
	    memcmp(in, out, sizeof(in)) == 0;
	iconv_close(cd);
	return known;
}

/* 0, or -1 when iconv cannot convert to encoding (errno set). */
static int
export_init(struct export *ex, struct fs_out *out, const char *encoding,
    unsigned char delim, int raw)
{
	memset(ex, 0, sizeof(*ex));
	ex->out = out;
	ex->encoding = encoding;
	ex->delim = delim;
	ex->raw = raw;
	ex->cd = ex->wcd = (iconv_t)-1;
	ex->special['\\'] = ex->special['"'] = 1;
	ex->special['\r'] = ex->special['\n'] = ex->special[delim] = 1;
	if (!raw)
		ex->formula['='] = ex->formula['+'] = ex->formula['-'] =
		    ex->formula['@'] = ex->formula['\t'] = ex->formula['\r'] = 1;
	if (encoding != NULL &&
	    (ex->cd = iconv_open(encoding, "UTF-8")) == (iconv_t)-1)
		return -1;
	ex->ascii_kept = encoding != NULL && keeps_ascii(encoding);
#if defined(__STDC_ISO_10646__)
	/* A wchar_t is a character's Unicode number, in 32 bits or more. */
	if (ex->ascii_kept && sizeof(wchar_t) >= 4)
		ex->wcd = iconv_open(encoding, "WCHAR_T");
#endif
	return 0;
}

static void
export_free(struct export *ex)
{
	if (ex->cd != (iconv_t)-1)
		iconv_close(ex->cd);
	if (ex->wcd != (iconv_t)-1)
		iconv_close(ex->wcd);
	free(ex->wide);
	free(ex->dec);
	free(ex->q);
	free(ex->recline);
	fs_buf_free(&ex->rec);
	fs_buf_free(&ex->line);
}

#ifndef FUZZING

/*
 * The fields of r's row taken by fs_tsv_take(), its tabs at the places
 * tabs in r->buf, into f.
 */
static void
fields_of(const struct fs_tsv *r, const size_t *tabs, struct fs_slice *f)
{
	size_t k, start = (size_t)(r->line - r->buf);

	for (k = 0; k + 1 < r->ncols; k++) {
		f[k].p = r->buf + start;
		f[k].n = tabs[k] - start;
		start = tabs[k] + 1;
	}
	f[k].p = r->buf + start;
	f[k].n = (size_t)(r->line - r->buf) + r->linelen - start;
}

/*
 * Writes the usual row r, taken by fs_tsv_take() from a file whose
 * columns are the CSV's, in its order: its line made the record, straight
 * into the output's buffer in UTF-8, or converted whole (not at all when
 * it is ASCII and the encoding keeps ASCII as it is).  A row whose line
 * is not the record goes field by field (export_row()), its fields in f,
 * and so does one that the encoding cannot hold, to find the field at
 * fault.  0, or -1 with *bad that field, as export_row().
 */
static int
export_line(struct export *ex, const struct fs_tsv *r, const size_t *tabs,
    struct fs_slice *f, size_t *bad)
{
	const size_t n = r->linelen;
	char *q;
	int ascii;

	if (ex->encoding == NULL) {
		if (ex->out == NULL)
			return 0;
		if ((q = fs_out_room(ex->out, n + 2)) != NULL &&
		    csv_line(ex, r->line, n, q, &ascii)) {
			fs_out_used(ex->out, n + 2);
			return 0;
		}
		fields_of(r, tabs, f);
		return export_row(ex, f, r->ncols, bad);
	}
	if (n + 2 > ex->reccap) {
		ex->reccap = n + 2;
		ex->recline = fs_xreallocarray(ex->recline, ex->reccap, 1);
	}
	if (!csv_line(ex, r->line, n, ex->recline, &ascii)) {
		fields_of(r, tabs, f);
		return export_row(ex, f, r->ncols, bad);
	}
	if (ascii && ex->ascii_kept) {
		if (ex->out != NULL)
			fs_out_write(ex->out, ex->recline, n + 2);
		return 0;
	}
	fs_buf_reset(&ex->line);
	if (put_record(ex, ex->recline, n + 2) < 0) {
		fields_of(r, tabs, f);
		if (convert_fields(ex, f, r->ncols, bad) < 0)
			return -1;
	}
	if (ex->out != NULL)
		fs_out_write(ex->out, ex->line.p, ex->line.n);
	return 0;
}

static const char usage[] =
"usage: fs-export [--to-encoding NAME] [--bom] [--raw] [-d C] [options]\n"
"                 [FILE...]\n"
"Convert firstsec TSV to CSV for spreadsheets (RFC 4180, CRLF line ends)\n"
"on stdout.  Escapes are decoded; a field is quoted when it holds the\n"
"delimiter, a quote, CR or LF.  A field starting with = + - @ tab or CR\n"
"that is not a plain number gets a leading ' so that no spreadsheet runs\n"
"it as a formula.  Several files make one CSV: the first file's columns,\n"
"then those a later one adds (empty in rows without them).\n"
"  --to-encoding NAME the output's encoding, e.g. GB18030 (default UTF-8)\n"
"  --bom              begin with a byte-order mark (for Excel)\n"
"  --raw              no formula protection: fields as they are\n"
"  -d, --delimiter C  the field separator (default ',')\n"
FS_PLAIN_USAGE;

enum { OPT_TO_ENCODING = FS_OPT_TOOL, OPT_BOM, OPT_RAW };

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ "to-encoding", required_argument, NULL, OPT_TO_ENCODING },
	{ "bom", no_argument, NULL, OPT_BOM },
	{ "raw", no_argument, NULL, OPT_RAW },
	{ "delimiter", required_argument, NULL, 'd' },
	{ NULL, 0, NULL, 0 }
};

/* The CSV's columns: the first file's, then those later files add. */
struct table {
	struct fs_buf ahead;		/* the later files' columns */
	char *names;			/* NULL until the first file is read */
	struct fs_slice *cols;		/* into names */
	size_t ncols;
	size_t nfirst;			/* of them, the first file's */
};

/*
 * Row r's field f[bad] holds a character the output's encoding cannot:
 * the row is invalid (fs_run_invalid()).
 */
static int
cannot_hold(struct fs_run *run, const struct export *ex,
    const struct fs_tsv *r, const struct fs_slice *f, size_t bad,
    struct fs_buf *col)
{
	fs_buf_reset(&run->msg);
	fs_buf_printf(&run->msg, "a character that %s cannot hold",
	    ex->encoding);
	fs_buf_reset(col);
	fs_buf_add(col, r->col[bad].p, r->col[bad].n);
	return fs_run_invalid(run, r, col->p, run->msg.p, f[bad].p, f[bad].n);
}

/*
 * Exports one file; the header is written with the first.  A later file
 * may have its columns in another order and lack some or have others
 * (read ahead): its rows are written in the table's column order, a
 * column it has not empty.  0 or 2.
 */
static int
export_file(struct fs_run *run, struct export *ex, const char *path,
    struct table *t)
{
	static const struct fs_slice empty = { "", 0 };
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_buf col = { 0 };
	struct fs_slice *f = NULL;
	enum fs_tsv_status st;
	const size_t *tabs;
	size_t bad, i;
	long *at = NULL;
	int status = 0, direct;

	if (fs_run_open(run, &r, path, NULL, &b) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	if (t->names == NULL) {
		t->names = fs_run_union(&r, &t->ahead, NULL, &t->cols,
		    &t->ncols, &t->nfirst);
		if (export_row(ex, t->cols, t->ncols, &bad) < 0) {
			fs_warnx("%s: column name '%.*s' cannot be written "
			    "in %s", r.name, (int)t->cols[bad].n,
			    t->cols[bad].p, ex->encoding);
			status = 2;
		}
	}
	at = fs_xreallocarray(NULL, t->ncols, sizeof(*at));
	f = fs_xreallocarray(NULL, t->ncols, sizeof(*f));
	if (status == 0)
		status = fs_run_union_bind(&r, t->cols, t->ncols, t->nfirst,
		    at, NULL);
	/* The table's columns, in its order: the fields as they are. */
	direct = r.ncols == t->ncols;
	for (i = 0; i < t->ncols && direct; i++)
		direct = at[i] == (long)i;
	while (status == 0) {
		/* Then the usual row is written from its line. */
		if (direct && fs_tsv_take(&r, &tabs)) {
			if (!fs_tsv_is_header(&r, &r)) {
				if (export_line(ex, &r, tabs, f, &bad) < 0)
					status = cannot_hold(run, ex, &r, f, bad,
					    &col);
				continue;
			}
			st = FS_TSV_ROW;
		} else
			st = fs_tsv_next(&r);
		if (st == FS_TSV_EOF)
			break;
		if (st == FS_TSV_ERROR) {
			fs_warnx("%s: %s", r.name, fs_tsv_strerror(r.err));
			status = 2;
			break;
		}
		/* A row that is the header again: files joined with cat. */
		if (st == FS_TSV_BAD || fs_tsv_is_header(&r, &r)) {
			status = fs_run_invalid(run, &r, NULL, st == FS_TSV_BAD ?
			    r.bad : FS_HEADER_AGAIN, NULL, 0);
			continue;
		}
		if (!direct)
			for (i = 0; i < t->ncols; i++)
				f[i] = at[i] >= 0 ? r.f[at[i]] : empty;
		if (export_row(ex, direct ? r.f : f, t->ncols, &bad) < 0)
			/* Not an empty field: one of r's. */
			status = cannot_hold(run, ex, &r, r.f,
			    direct ? bad : (size_t)at[bad], &col);
	}
	free(at);
	free(f);
	fs_buf_free(&col);
	fs_tsv_close(&r);
	return status;
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	struct export ex;
	struct table t = { 0 };
	const char *encoding = NULL;
	int ch, i, bom = 0, raw = 0, delim = ',', status = 0;

	fs_run_init(&run, "fs-export", usage);
	while ((ch = getopt_long(argc, argv, ":hd:", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_TO_ENCODING:
			encoding = optarg;
			break;
		case OPT_BOM:
			bom = 1;
			break;
		case OPT_RAW:
			raw = 1;
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
	if (export_init(&ex, run.findings ? NULL : &run.out, encoding,
	    (unsigned char)delim, raw) < 0) {
		fs_warnx("--to-encoding: cannot convert to '%s' "
		    "(see iconv -l)", encoding);
		export_free(&ex);
		return fs_run_finish(&run, 2);
	}
	if (bom)
		export_bom(&ex);
	fs_run_columns_ahead(argv + optind, argc - optind, &t.ahead);
	if (optind == argc)
		status = export_file(&run, &ex, "-", &t);
	for (i = optind; i < argc && status == 0; i++)
		status = export_file(&run, &ex, argv[i], &t);
	export_end(&ex);
	export_free(&ex);
	fs_buf_free(&t.ahead);
	free(t.names);
	free(t.cols);
	return fs_run_finish(&run, status);
}

#endif /* !FUZZING */
