/*
 * fs-mask - copy a table with its personal data masked, for a village
 * notice board (SPEC 3.4).  Public disclosure is required; leaking ID
 * numbers and phone numbers is not allowed.
 *
 * Any TSV will do: fs-mask checks the TSV itself (field counts, UTF-8,
 * NUL) and nothing else.  A character is a UTF-8 character, and an
 * escape (\t, \n, \r, \\) is one character too, as a clerk reading the
 * decoded value would count it; the characters kept are copied as read,
 * escapes and all.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../common/run.h"

static const char usage[] =
"usage: fs-mask [--mask COL,...] [--drop COL,...] [options] [FILE...]\n"
"Copy a TSV table with personal data masked, for a public notice.\n"
"Columns whose name ends in 'id_number' keep their first 6 and last 4\n"
"characters, columns ending in 'phone' their first 3 and last 4; every\n"
"other character becomes one '*'.\n"
"  --mask COL,...     also mask these columns: all but the first character\n"
"  --drop COL,...     leave these columns out\n"
FS_PLAIN_USAGE;

enum { OPT_MASK = FS_OPT_TOOL, OPT_DROP };

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ "mask", required_argument, NULL, OPT_MASK },
	{ "drop", required_argument, NULL, OPT_DROP },
	{ NULL, 0, NULL, 0 }
};

/* What becomes of a column, and the characters a mask keeps. */
enum how { KEEP, DROP, MASK };

struct rule {
	enum how how;
	size_t head, tail;	/* MASK: characters kept at each end */
};

enum { NAME_HEAD = 1 };		/* --mask keeps the first character */

/* Column names given to an option, split at commas. */
struct names {
	const char **v;
	size_t n;
	char *opt;		/* "--mask" or "--drop", for messages */
};

/*
 * A stretch of a row written at once: the input's fields from .. to,
 * kept as they are and in the table's order, with the tabs between
 * them, copied in one piece; or one field masked; or, from < 0, a column
 * the input lacks, empty.  A row is its pieces joined by tabs.
 */
struct piece {
	long from, to;
	int mask;
	size_t head, tail;	/* a masked field's characters kept */
};

/* A kept column not yet said to hold a number (say_unmasked()). */
struct watch {
	size_t col;		/* the table's */
	long field;		/* the input's */
};

struct mask {
	struct fs_run *run;
	struct names masked, dropped;
	struct fs_buf ahead;	/* the later inputs' columns, read ahead */
	char *hdr;		/* the table's column names */
	struct fs_slice *cols;	/* into hdr, each NUL-terminated */
	size_t ncols;
	size_t nfirst;		/* of them, the first input's */
	struct rule *rule;	/* per column of the table */
	long *order;		/* the current input's field per column, -1 */
	unsigned char *said;	/* a kept column's ID or phone number said */
	size_t nkept;		/* columns not dropped */
	/* The current input's rows, as pieces (make_pieces()): */
	struct piece *piece;
	size_t npieces;
	struct watch *watch;
	size_t nwatch;
	uint64_t watched;	/* bit i: the input's field i is watched */
	/* Rows written as an empty line (one column kept, empty): */
	long empty_rows;
	const char *empty_file;	/* the first's: an argument, or <stdin> */
	long empty_line;
};

static int
add_names(struct fs_run *run, struct names *nm, char *arg)
{
	char *p;

	while ((p = strsep(&arg, ",")) != NULL) {
		if (*p == '\0')
			return fs_run_usage_error(run, "%s: an empty column "
			    "name", nm->opt);
		nm->v = fs_xreallocarray(nm->v, nm->n + 1, sizeof(*nm->v));
		nm->v[nm->n++] = p;
	}
	return 0;
}

static int
named(const struct names *nm, const char *col)
{
	size_t i;

	for (i = 0; i < nm->n; i++)
		if (strcmp(nm->v[i], col) == 0)
			return 1;
	return 0;
}

/* Is p[0 .. n) a mobile number of the mainland: 1[3-9] and 9 digits? */
static int
mobile(const char *p, size_t n)
{
	size_t i;

	if (n != 11 || p[0] != '1' || p[1] < '3' || p[1] > '9')
		return 0;
	for (i = 2; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return 1;
}

/* The bytes of a value that may be a number as a clerk writes it. */
enum { NUMBER_MIN = 11, NUMBER_MAX = 22 };

enum number { NOT_NUMBER, ID_NUMBER, OLD_ID_NUMBER, MOBILE_NUMBER };

/* Are the 15 digits d an ID number of before 1999: a birth date 19YYMMDD? */
static int
old_id(const char *d)
{
	return d[0] != '0' && d[14] != 'X' && d[14] != 'x' &&
	    fs_date_valid(1900 + (d[6] - '0') * 10 + (d[7] - '0'),
	    (d[8] - '0') * 10 + (d[9] - '0'),
	    (d[10] - '0') * 10 + (d[11] - '0'));
}

/*
 * The number p[0 .. n) is, as a clerk writes one: its digits (and an ID
 * number's last X) with a space or a dash between groups of them (the
 * first of 2, 3, 4 or 6 digits), and a mobile number's 86 or +86 before it (110105 19491231 002X, 139-1234-5678,
 * +86 139 1234 5678): a resident ID number with a right check digit, one
 * of 15 digits (before 1999, a birth date 19YYMMDD at the 7th), a mobile
 * number of the mainland (1, 3 to 9, and 9 digits), or none.
 */
static enum number
number_in(const char *p, size_t n)
{
	char d[NUMBER_MAX];
	size_t i, k = 0;
	int plus = p[0] == '+', seps = 0;

	if (n < NUMBER_MIN || n > NUMBER_MAX ||
	    (!plus && (p[0] < '0' || p[0] > '9')))
		return NOT_NUMBER;
	for (i = plus; i < n; i++)
		if (p[i] >= '0' && p[i] <= '9')
			d[k++] = p[i];
		else if ((p[i] == 'X' || p[i] == 'x') && i + 1 == n)
			d[k++] = 'X';
		else if ((p[i] != ' ' && p[i] != '-') || i + 1 == n ||
		    p[i + 1] < '0' || p[i + 1] > '9' ||
		    (!seps++ && k != 2 && k != 3 && k != 4 && k != 6))
			/* A first group: 86, a mobile's 3, 4s, a region's 6. */
			return NOT_NUMBER;
	if (k == 13 && d[0] == '8' && d[1] == '6' && mobile(d + 2, 11))
		return MOBILE_NUMBER;
	if (plus)
		return NOT_NUMBER;
	if (k == 18 && fs_idnum_check(d, 18) == NULL)
		return ID_NUMBER;
	if (k == 15 && old_id(d))
		return OLD_ID_NUMBER;
	return k == 11 && mobile(d, 11) ? MOBILE_NUMBER : NOT_NUMBER;
}

/*
 * A column left as it is that holds a resident ID number or a mobile
 * number (a column named 身份证号 or 电话): said once, on stderr, so that
 * it does not go on the notice board unseen.  The copy is made all the
 * same: fs-mask judges nothing.  Of the columns watched (m->watch[w],
 * whose field p[0 .. n) has NUMBER_MIN to NUMBER_MAX bytes): 1 when
 * said, and no longer watched.
 */
static int
say_unmasked(struct mask *m, const struct fs_tsv *r, size_t w,
    const char *p, size_t n)
{
	static const char *const what[] = {
		[ID_NUMBER] = "a resident ID number",
		[OLD_ID_NUMBER] = "an old 15-digit ID number",
		[MOBILE_NUMBER] = "a mobile number",
	};
	const size_t i = m->watch[w].col;
	const struct fs_name_mask *nm;
	enum number num;

	if ((num = number_in(p, n)) == NOT_NUMBER)
		return 0;
	m->said[i] = 1;
	if (m->watch[w].field < 64)
		m->watched &= ~((uint64_t)1 << m->watch[w].field);
	m->nwatch--;
	memmove(m->watch + w, m->watch + w + 1,
	    (m->nwatch - w) * sizeof(*m->watch));
	nm = &fs_name_masks[num == MOBILE_NUMBER ? FS_MASK_PHONE : FS_MASK_ID];
	fs_warnx("%s:%ld: column '%s' holds %s and is not masked (rename it "
	    "to end in '%s', which keeps its first %zu and last %zu "
	    "characters; or --mask it, which keeps only its first)",
	    r->name, r->lineno,
	    m->cols[i].p, what[num],
	    nm->suffix, nm->head, nm->tail);
	return 1;
}

/* --drop wins over --mask, and --mask over the name's own mask. */
static struct rule
column_rule(const struct mask *m, const char *col)
{
	struct rule r = { KEEP, 0, 0 };
	int i;

	if (named(&m->dropped, col)) {
		r.how = DROP;
		return r;
	}
	if (named(&m->masked, col)) {
		r.how = MASK;
		r.head = NAME_HEAD;
		return r;
	}
	if ((i = fs_name_mask(col)) >= 0) {
		r.how = MASK;
		r.head = fs_name_masks[i].head;
		r.tail = fs_name_masks[i].tail;
	}
	return r;
}

/*
 * Every column named to an option is in input r: each input, not only
 * the table that joins them, so that a later file whose column is
 * spelled another way ("name " for "name") does not let it through
 * unmasked.  Checked as each input is reached; the output is held
 * until the end, so none of it is written then.  0, or 2 with the
 * message given.
 */
static int
check_names(const struct fs_tsv *r, const struct names *nm)
{
	struct fs_buf hint;
	size_t i;

	for (i = 0; i < nm->n; i++)
		if (fs_tsv_col(r, nm->v[i]) < 0) {
			memset(&hint, 0, sizeof(hint));
			fs_warnx("%s: no column '%s' (%s)%s", r->name,
			    nm->v[i], nm->opt,
			    fs_tsv_missing_hint(r, nm->v[i], &hint));
			fs_buf_free(&hint);
			return 2;
		}
	return 0;
}

static int
check_input(const struct mask *m, const struct fs_tsv *r)
{
	if (check_names(r, &m->masked) != 0 ||
	    check_names(r, &m->dropped) != 0)
		return 2;
	return 0;
}

/*
 * The current input's rows as pieces (struct piece): a column kept as
 * it is that follows one kept as it is, its field next to that one's,
 * joins its piece.  And the kept columns it has that are still to be
 * watched for numbers left as they are.
 */
static void
make_pieces(struct mask *m)
{
	struct piece *pc = NULL;
	size_t i;
	long at;

	m->npieces = 0;
	m->nwatch = 0;
	m->watched = 0;
	for (i = 0; i < m->ncols; i++) {
		if (m->rule[i].how == DROP)
			continue;
		at = m->order[i];
		if (at >= 0 && m->rule[i].how == KEEP && !m->said[i]) {
			m->watch[m->nwatch].col = i;
			m->watch[m->nwatch++].field = at;
			if (at < 64)
				m->watched |= (uint64_t)1 << at;
		}
		if (pc != NULL && at >= 0 && pc->from >= 0 && !pc->mask &&
		    m->rule[i].how == KEEP && pc->to + 1 == at) {
			pc->to = at;
			continue;
		}
		pc = &m->piece[m->npieces++];
		pc->from = pc->to = at;
		pc->mask = m->rule[i].how == MASK;
		pc->head = m->rule[i].head;
		pc->tail = m->rule[i].tail;
	}
}

/*
 * The table's columns: the first input's, then those the later ones
 * add (read ahead); a row of an input without one has it empty.  0, or
 * 2 with the message given.
 */
static int
bind_columns(struct mask *m, const struct fs_tsv *r)
{
	size_t i, kept = 0;

	if (check_input(m, r) != 0)
		return 2;
	if (m->hdr == NULL) {
		m->hdr = fs_run_union(r, &m->ahead, NULL, &m->cols,
		    &m->ncols, &m->nfirst);
		m->rule = fs_xreallocarray(NULL, m->ncols, sizeof(*m->rule));
		m->said = fs_xmalloc(m->ncols + 1);
		memset(m->said, 0, m->ncols + 1);
		m->order = fs_xreallocarray(NULL, m->ncols, sizeof(*m->order));
		for (i = 0; i < m->ncols; i++) {
			m->rule[i] = column_rule(m, m->cols[i].p);
			if (m->rule[i].how != DROP)
				kept++;
		}
		if (kept == 0) {
			fs_warnx("%s: --drop leaves no column", r->name);
			return 2;
		}
		m->nkept = kept;
		m->piece = fs_xreallocarray(NULL, kept, sizeof(*m->piece));
		m->watch = fs_xreallocarray(NULL, kept, sizeof(*m->watch));
	}
	if (fs_run_union_bind(r, m->cols, m->ncols, m->nfirst, m->order,
	    NULL) != 0)
		return 2;
	make_pieces(m);
	return 0;
}

/* The length of the character at p (an escape is one), at most n. */
static size_t
char_len(const unsigned char *p, size_t n)
{
	size_t k;

	if (p[0] == '\\' && n > 1 && (p[1] == 't' || p[1] == 'n' ||
	    p[1] == 'r' || p[1] == '\\'))
		return 2;
	if (p[0] < 0x80)
		k = 1;
	else if (p[0] < 0xe0)
		k = 2;
	else if (p[0] < 0xf0)
		k = 3;
	else
		k = 4;
	return k < n ? k : n;
}

/*
 * Is p[0 .. n) ASCII without a backslash, each byte a character?  Read
 * eight bytes at a time, as an ID or phone number is masked a row.
 */
static int
plain_ascii(const char *p, size_t n)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t highs = 0x8080808080808080ULL;
	uint64_t w, x, any = 0;
	size_t i;

	if (n < 8) {
		for (i = 0; i < n; i++)
			any |= (unsigned char)p[i] >= 0x80 || p[i] == '\\' ?
			    highs : 0;
		return any == 0;
	}
	for (i = 0; ; i += 8) {
		if (i + 8 > n)
			i = n - 8;	/* the last eight, again in part */
		memcpy(&w, p + i, 8);
		x = w ^ ones * '\\';	/* a backslash: a zero byte */
		any |= w | ((x - ones) & ~x);
		if (i + 8 == n)
			break;
	}
	return (any & highs) == 0;
}

static void
stars(struct fs_out *o, size_t n)
{
	static const char s[] = "****************************************";
	size_t k;

	while (n > 0) {
		k = n < sizeof(s) - 1 ? n : sizeof(s) - 1;
		fs_out_write(o, s, k);
		n -= k;
	}
}

/*
 * Writes p[0..n) with all but its first head and last tail characters
 * masked, one '*' each; a value no longer than head + tail characters is
 * masked whole.  The reader has checked the UTF-8.  The value is read
 * once: the starts of its last tail characters (4 at most) are kept
 * as it goes.
 */
/*
 * The masked value's last characters p[0 .. n): at the end of the line,
 * a CR of its own escaped, as a value kept is written (write_row()).
 */
static inline void
write_tail(struct fs_out *o, const char *p, size_t n, int last)
{
	if (last && n > 0 && p[n - 1] == '\r') {
		fs_out_write(o, p, n - 1);
		fs_out_str(o, "\\r");
	} else
		fs_out_write(o, p, n);
}

static void
mask_value(struct fs_out *o, const char *p, size_t n, size_t head,
    size_t tail, int last)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i, chars = 0, headend = 0, start[FS_MASK_TAIL_MAX];

	/* ASCII without a backslash, as ID and phone numbers are. */
	if (plain_ascii(p, n)) {
		if (n <= head + tail) {
			stars(o, n);
			return;
		}
		fs_out_write(o, p, head);
		stars(o, n - head - tail);
		write_tail(o, p + n - tail, tail, last);
		return;
	}
	for (i = 0; i < n; i += char_len(u + i, n - i)) {
		if (chars == head)
			headend = i;
		if (tail > 0)
			start[chars % tail] = i;
		chars++;
	}
	if (chars <= head + tail) {
		stars(o, chars);
		return;
	}
	fs_out_write(o, p, headend);
	stars(o, chars - head - tail);
	/* The first of the last tail characters: chars - tail. */
	i = tail > 0 ? start[(chars - tail) % tail] : n;
	write_tail(o, p + i, n - i, last);
}

static void
write_header(struct mask *m)
{
	struct fs_out *o = &m->run->out;
	size_t i;
	int first = 1;

	for (i = 0; i < m->ncols; i++) {
		if (m->rule[i].how == DROP)
			continue;
		if (!first)
			fs_out_char(o, '\t');
		fs_out_write(o, m->cols[i].p, m->cols[i].n);
		first = 0;
	}
	fs_out_char(o, '\n');
}

/*
 * A row whose one column kept is empty is an empty line, which a reader
 * skips: said once, at the end, not left silent (SPEC 1.3).
 */
static void
empty_row(struct mask *m, const struct fs_tsv *r)
{
	if (m->empty_rows++ == 0) {
		m->empty_file = r->name;
		m->empty_line = r->lineno;
	}
}

/*
 * Where the fields from .. to of r's row are, in *p, and their bytes
 * with the tabs between them: from r->f, or with tabs not NULL from the
 * places of its tabs in r->buf (a row fs_tsv_take() gave).
 */
static inline __attribute__((always_inline)) size_t
fields_at(const struct fs_tsv *r, const size_t *tabs, long from, long to,
    const char **p)
{
	size_t s, e;

	if (tabs == NULL) {
		*p = r->f[from].p;
		return (size_t)(r->f[to].p - *p) + r->f[to].n;
	}
	s = from > 0 ? tabs[from - 1] + 1 : (size_t)(r->line - r->buf);
	e = (size_t)to + 1 < r->ncols ? tabs[to] :
	    (size_t)(r->line - r->buf) + r->linelen;
	*p = r->buf + s;
	return e - s;
}

/*
 * The watched fields of the row fs_tsv_take() gave (its tabs at the
 * places tabs) that have NUMBER_MIN to NUMBER_MAX bytes, as an ID or a
 * mobile number written has: bit i for field i (every bit of a row of
 * more than 64).  Every field is measured at once from its tabs' places,
 * two at a time with SSE2.  A bit may be set for a field that has not (a
 * field of 4 GB and 11 bytes), never clear for one that has.
 */
static inline int
number_len(size_t n)
{
	return n - NUMBER_MIN <= NUMBER_MAX - NUMBER_MIN;
}

static uint64_t
may_hold_number(const struct mask *m, const struct fs_tsv *r,
    const size_t *tabs)
{
	const size_t nc = r->ncols, at = (size_t)(r->line - r->buf);
	uint64_t hit;
	size_t k;

	if (nc > 64)
		return ~(uint64_t)0;
	hit = 0;
#if defined(__SSE2__)
	{
		/*
		 * A field's length and one, NUMBER_MIN + 1 to NUMBER_MAX + 1,
		 * in its low 32 bits (taken as signed: a field of 2 GB or
		 * more is none, nor is its low half in the range).
		 */
		const __m128i lo = _mm_set1_epi32(NUMBER_MIN);
		const __m128i hi = _mm_set1_epi32(NUMBER_MAX + 2);
		__m128i d, c;
		unsigned b;

		/*
		 * Fields k and k + 1 (tabs[nc - 1], past the row, may be
		 * read: the last field's bit, made of it, is measured
		 * again below).
		 */
		for (k = 1; k + 1 < nc; k += 2) {
			d = _mm_sub_epi64(
			    _mm_loadu_si128((const __m128i *)(const void *)
			    (tabs + k)),
			    _mm_loadu_si128((const __m128i *)(const void *)
			    (tabs + k - 1)));
			c = _mm_and_si128(_mm_cmpgt_epi32(d, lo),
			    _mm_cmplt_epi32(d, hi));
			b = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(c));
			hit |= (uint64_t)((b & 1) | (b >> 1 & 2)) << k;
		}
	}
#else
	for (k = 1; k + 1 < nc; k++)
		hit |= (uint64_t)number_len(tabs[k] - tabs[k - 1] - 1) << k;
#endif
	hit &= ~((uint64_t)1 << (nc - 1));
	hit |= (uint64_t)number_len(tabs[0] - at);
	hit |= (uint64_t)number_len(at + r->linelen - tabs[nc - 2] - 1) <<
	    (nc - 1);
	return hit & m->watched;
}

/*
 * The row's pieces, joined by tabs.  A piece kept as it is goes out as
 * the bytes of the line it spans, tabs and all.  The row's fields are
 * r->f, or with tabs not NULL found from the places of its tabs.
 */
static inline __attribute__((always_inline)) void
write_row(struct mask *m, const struct fs_tsv *r, const size_t *tabs)
{
	struct fs_out *o = &m->run->out;
	const struct piece *pc = m->piece, *end = pc + m->npieces;
	const struct watch *w = m->watch;
	const char *p;
	uint64_t look = 0;
	size_t i, n;

	/*
	 * A watched column's value as long as an ID or a mobile number
	 * written is looked at (look: which may be); one said is no longer watched,
	 * the next then at i.
	 */
	if (tabs != NULL)
		look = m->nwatch > 0 ? may_hold_number(m, r, tabs) : 0;
	else
		for (i = 0; i < m->nwatch; i++)
			look |= number_len(r->f[w[i].field].n) ?
			    ~(uint64_t)0 : 0;
	for (i = 0; look != 0 && i < m->nwatch; ) {
		if (w[i].field < 64 && (look >> w[i].field & 1) == 0) {
			i++;
			continue;
		}
		n = fields_at(r, tabs, w[i].field, w[i].field, &p);
		if (!number_len(n) || !say_unmasked(m, r, i, p, n))
			i++;
	}
	for (;; pc++) {
		if (pc->from >= 0) {
			n = fields_at(r, tabs, pc->from, pc->to, &p);
			if (pc->mask) {
				if (n > 0)
					mask_value(o, p, n, pc->head, pc->tail,
					    pc + 1 == end);
			} else if (pc + 1 == end && n > 0 && p[n - 1] == '\r') {
				/*
				 * A value that ends the line in a CR of its own
				 * is written with its CR escaped: a raw one
				 * before the LF would be taken for a Windows
				 * line end, dropped.
				 */
				fs_out_write(o, p, n - 1);
				fs_out_str(o, "\\r");
			} else
				fs_out_write(o, p, n);
		}
		if (pc + 1 == end)
			break;
		fs_out_char(o, '\t');
	}
	/* One column kept, and empty: an empty line. */
	if (m->nkept == 1 && (m->piece->from < 0 || fields_at(r, tabs,
	    m->piece->from, m->piece->from, &p) == 0))
		empty_row(m, r);
	fs_out_char(o, '\n');
}

static int
copy_input(struct mask *m, const char *path)
{
	struct fs_run *run = m->run;
	struct fs_tsv r;
	enum fs_tsv_status st;
	const size_t *tabs;
	int first = m->hdr == NULL, status = 0;

	if (fs_run_open(run, &r, path, NULL, NULL) != 0 ||
	    bind_columns(m, &r) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	if (first && !run->findings)
		write_header(m);
	for (;;) {
		/* The usual row, its fields found from its tabs' places. */
		if (fs_tsv_take(&r, &tabs)) {
			if (!fs_tsv_is_header(&r, &r)) {
				if (!run->findings)
					write_row(m, &r, tabs);
				continue;
			}
			st = FS_TSV_ROW;
		} else if ((st = fs_tsv_next_any(&r)) == FS_TSV_EOF)
			break;
		if (st == FS_TSV_ERROR) {
			fs_warnx("%s: %s", r.name, fs_tsv_strerror(r.err));
			status = 2;
			break;
		}
		/* A row that is the header again: files joined with cat. */
		if (st == FS_TSV_BAD || fs_tsv_is_header(&r, &r)) {
			if (fs_run_invalid(run, &r, NULL, st == FS_TSV_BAD ?
			    r.bad : FS_HEADER_AGAIN, NULL, 0) != 0) {
				status = 2;
				break;
			}
			continue;
		}
		if (!run->findings)
			write_row(m, &r, NULL);
	}
	fs_tsv_close(&r);
	return status;
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	struct mask m;
	char more[48];
	int ch, i, status = 0;

	memset(&m, 0, sizeof(m));
	m.run = &run;
	m.masked.opt = "--mask";
	m.dropped.opt = "--drop";
	fs_run_init(&run, "fs-mask", usage);
	while (status == 0 &&
	    (ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_MASK:
			status = add_names(&run, &m.masked, optarg);
			break;
		case OPT_DROP:
			status = add_names(&run, &m.dropped, optarg);
			break;
		default:
			if (fs_run_option(&run, ch, argv))
				status = run.exit == 0 ? -1 : run.exit;
		}
	}
	if (status == 0 && fs_run_start(&run) != 0)
		status = 2;
	if (status == 0)
		fs_run_columns_ahead(argv + optind, argc - optind, &m.ahead);
	if (status == 0 && optind == argc)
		status = copy_input(&m, "-");
	for (i = optind; status == 0 && i < argc; i++)
		status = copy_input(&m, argv[i]);
	free(m.masked.v);
	free(m.dropped.v);
	fs_buf_free(&m.ahead);
	free(m.hdr);
	free(m.cols);
	free(m.rule);
	free(m.said);
	free(m.piece);
	free(m.watch);
	free(m.order);
	if (m.empty_rows > 0 && status == 0) {
		snprintf(more, sizeof(more), " (%ld such rows in all)",
		    m.empty_rows);
		fs_warnx("%s:%ld: the row is written as an empty line (its one "
		    "column kept is empty), which a reader skips%s",
		    m.empty_file, m.empty_line, m.empty_rows > 1 ? more : "");
	}
	return fs_run_finish(&run, status < 0 ? 0 : status);
}
