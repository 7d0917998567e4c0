/*
 * fs-households - the poor-household register (SPEC 3.3): helpers, plans,
 * the poverty, monitoring and review lines, the "two no-worries and three
 * guarantees", heads of two households, and helpers with too many.
 *
 * The rules that look at one row are decided on the row, where it is
 * parsed (own_problems()).  Two rules need the whole input:
 * duplicate-person (one head_id_number heading several households) and
 * helper-overload (one helper on too many households).  Their counts are
 * kept per key, in a table of ID numbers and a table of helpers, and the
 * keys that break them are listed as they do.
 *
 * With --findings, a row's findings are made as it is read.  The first
 * household of each ID number is remembered, so when a second turns up
 * both get their duplicate-person finding; a third gets its own.
 *
 * The table needs every row's problems, and whether the first households
 * of an ID number or of a helper have a problem is known only at the end,
 * while standard input cannot be read twice.  So each household keeps
 * 32 bytes (struct household): where it was read, the problems of its
 * own row as bits, and the places of its ID number and its helper in
 * their tables; and its row is kept for the table: a regular file is
 * read again at the end (struct input), so only where the row is and its
 * per_capita are kept, in the same 32 bytes; the bytes of any other row
 * and its per_capita go to a spool (common/spool.h: a temporary file),
 * read back at the end.  Every row then gets its problems column.
 * Memory grows with households (the keys of this tool), never with their
 * bytes; and what memory is new costs (the system clears it), so a
 * household's record, its head's slot and its helper's are as small as
 * they can be (bench/HISTORY.md, session 15).
 *
 * Speed: the tables of households and of heads are as small as a slot
 * can be; what can be made of a row alone (its keys' hashes, its
 * per_capita) is made on the thread that parses it (prep_row()), and the
 * slots its keys will probe are asked for rows before it is judged
 * (ahead_row()); the table goes straight to standard output.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../common/reread.h"
#include "../common/run.h"
#include "../common/spool.h"

static const char usage[] =
"usage: fs-households [options] [FILE...]\n"
"Check a poor-household register: helpers and plans of poor and monitored\n"
"households, lifted households below the poverty or monitoring line or\n"
"without the five guarantees, poor households above the review line, one\n"
"person heading two households, helpers with too many households.\n"
"The table is every input row plus per_capita and problems, in input\n"
"order; --findings writes the findings instead.\n"
FS_JOBS_PIPE_USAGE
FS_COMMON_USAGE;

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	FS_JOBS_OPTION,
	{ NULL, 0, NULL, 0 }
};

/* The rules, in the order the problems column lists them. */
enum rule {
	R_NO_HELPER, R_NO_PLAN, R_LIFTED_BELOW_LINE, R_LIFTED_UNGUARANTEED,
	R_SHOULD_MONITOR, R_ELIGIBILITY_REVIEW, R_DUPLICATE_PERSON,
	R_HELPER_OVERLOAD, NRULES
};

static const struct {
	const char *name;
	int severity;
} rules[NRULES] = {
	[R_NO_HELPER] = { "households.no-helper", FS_SEV_VIOLATION },
	[R_NO_PLAN] = { "households.no-plan", FS_SEV_VIOLATION },
	[R_LIFTED_BELOW_LINE] = { "households.lifted-below-line",
	    FS_SEV_VIOLATION },
	[R_LIFTED_UNGUARANTEED] = { "households.lifted-unguaranteed",
	    FS_SEV_VIOLATION },
	[R_SHOULD_MONITOR] = { "households.should-monitor", FS_SEV_WARNING },
	[R_ELIGIBILITY_REVIEW] = { "households.eligibility-review",
	    FS_SEV_WARNING },
	[R_DUPLICATE_PERSON] = { "households.duplicate-person",
	    FS_SEV_VIOLATION },
	[R_HELPER_OVERLOAD] = { "households.helper-overload",
	    FS_SEV_WARNING },
};

/* The five guarantees, in the order of the format's columns. */
enum { NGUARANTEES = FS_HH_WATER - FS_HH_FOOD_CLOTHING + 1 };

/* A resident ID number is 18 characters (the format checks it). */
enum { IDNUM_LEN = 18, IDNUM_HEAD = 6, IDNUM_TAIL = 4 };

/* An id is at most 64 bytes (the format checks it). */
enum { ID_MAX = 64 };

/*
 * A slot of a table of keys by their hash (household_ids, helpers), or
 * the start of one: the hash's top half, whose top bits are also the
 * slot where its probe starts, and the key's ref (from 1; 0: empty).
 */
struct tagged_slot {
	uint32_t tag;
	uint32_t ref;
};

/*
 * The helpers, by ref (from 1, in the order first seen): the helper_id
 * and the first household's village_id, as read; and, once the input is
 * read, what their slot counted.  Only with --findings, which name them,
 * or for a helper with an id over 8 bytes (same_id()): a table of short
 * ids needs no record, and leaves theirs untouched (not even cleared).
 */
struct helper {
	const char *id, *village;
	uint8_t idlen, villagelen;
	int mixed;		/* households in more than one village */
	int64_t households;	/* poor or monitored households linked */
};

/*
 * A slot of the helpers' table, with what counting a household needs:
 * a lookup costs the slot alone (asked for rows ahead) when the
 * helper_id and the village_id are 8 bytes or less ("H182542", "V0440"),
 * whose words (fs_id_word()) and lengths are the ids; longer ones are
 * compared whole against the helper's record too.
 */
struct helper_slot {
	struct tagged_slot t;	/* the helper_id's; ref in helpers */
	uint64_t id;		/* fs_id_word() of the helper_id */
	uint64_t village;	/* and of the first village_id */
	uint32_t households;	/* linked so far (at most UINT32_MAX) */
	uint8_t idlen, villagelen, mixed;
};

struct helpers {
	struct helper_slot *slot;	/* open addressing, power of two */
	size_t nslot;
	int shift;			/* 32 - log2(nslot) */
	struct helper *rec;		/* by ref - 1, where kept */
	size_t n, cap;
	uint32_t *over;			/* refs of the helpers over the limit, */
	size_t nover, capover;		/* as they went over it */
	struct fs_arena arena;		/* their ids */
};

/*
 * The heads' ID numbers.  An ID number is 17 digits and a check digit
 * (0-9 or X, x = X), so it is a number below 11 * 10^17, and the table
 * is slots of that number + 1 (0: empty; below 2^60), with the number of
 * households the person heads in the top bits (1, 2, or 3 for more: the
 * rule asks for 2): 8 bytes a slot, no entry to follow, no string to
 * hash or compare.  A person's ref is its slot (from 1); when the table
 * grows, the slots move, and the refs kept in rows move with them
 * (persons_grow()).
 */
#define PERSON_KEY	((UINT64_C(1) << 60) - 1)
#define PERSON_SHIFT	60
#define PERSON_ONE	(UINT64_C(1) << PERSON_SHIFT)
#define PERSON_MANY	(UINT64_C(3) << PERSON_SHIFT)

/*
 * With --findings: the first household a person heads: its record in
 * rows (its household_id and where it was read), and its village_id as
 * read (decoded only for a finding).
 */
struct person {
	const char *village;
	uint32_t row;		/* in rows, from 0 */
	uint8_t villagelen;
};

struct persons {
	uint64_t *slot;			/* open addressing, power of two */
	size_t nslot;
	int shift;			/* 64 - log2(nslot) */
	uint32_t n;			/* persons */
	uint32_t *dups;			/* refs of the persons who head two, */
	size_t ndups, capdups;		/* as their second turned up */
	/* With --findings: */
	uint32_t *first;		/* per slot: its index in firsts */
	struct person *firsts;		/* in the order first seen */
	size_t cap;
	struct fs_arena arena;		/* their village_ids */
};

/*
 * What is kept of one household until the end of input.  Households are
 * the keys of this tool, and a repeated household_id is an invalid row
 * (SPEC 3.3), so this is also the table of household_ids: the format's
 * own check of repeated keys is left to the tool (run.keys_late), and
 * the same check is made here, with keys.c's message, in a third of the
 * memory (32 bytes a household and 8-byte slots).
 *
 * A household of a file read again (struct input) keeps where its row is
 * and its per_capita, from which the table is written; its household_id
 * stays in the file, read back only where two ids' tags agree
 * (same_household()).  Any other keeps its household_id's bytes, in
 * hh.keys, and its row and per_capita go to the spool.  A row of 4 GB or
 * more, or a per_capita that an int32_t cannot hold (21 million yuan),
 * is a far row: len is FAR, and the two are in hh.far.
 */
struct household {
	uint64_t at;		/* file read again: the row's first byte in
				   it; else the household_id's in hh.keys */
	uint32_t line;		/* where it was read, as keys.c has it;
				   FAR: in hh.farline (row_line()) */
	uint32_t len;		/* file read again: the row's bytes, without
				   CR/LF, or FAR */
	int32_t per_capita;	/* file read again: in fen, unless FAR */
	uint32_t person;	/* ref in persons, 0: no head_id_number */
	uint32_t helper;	/* ref in helpers, 0: none counted */
	uint16_t file;
	uint8_t keylen;		/* an id is at most 64 bytes */
	uint8_t bits;		/* the problems of the row itself */
};

#define FAR UINT32_MAX

_Static_assert(sizeof(struct household) == 32, "a household in 32 bytes");

/* A far row's length and per_capita, by its index in hh.rows. */
struct far {
	size_t row;
	uint64_t len;
	int64_t per_capita;
};

/* A row read at a line number that 32 bits cannot hold. */
struct farline {
	size_t row;
	long line;
};

/*
 * An input.  A regular file whose columns are in the table's order is
 * read again for the table (reread), from a descriptor of its own, and
 * its rows are not spooled: that spares writing the whole register to
 * TMPDIR and reading it back.  Its state when it was opened is kept: if
 * it changed before the table is written out, the run fails.  Only the
 * first FS_REREAD_FILES such files are, so that the descriptors kept open
 * stay few however many files a run is given (a dup() that fails leaves
 * its file spooled too); the rest are spooled.
 */
struct input {
	const char *name;
	int reread;
	int fd;			/* -1 when not reread */
	int idcol;		/* the household_id's field, when reread */
	struct stat st;
	size_t nrows;		/* its rows in the table */
	size_t ncols;		/* the table's columns when it was read */
};

struct hh {
	struct fs_run *run;
	struct helpers helpers;
	uint64_t *overloaded;		/* a bit per helper's ref (at the end) */
	struct persons persons;
	struct household *rows;
	size_t nrows, caprows;
	struct far *far;		/* far rows, in the order of rows */
	size_t nfar, capfar;
	struct farline *farline;	/* lines past 2^32 - 2, in that order */
	size_t nfarline, capfarline;
	char *back;			/* a row read back, same_household() */
	size_t capback;
	struct input *inputs;		/* per input, as run->files */
	size_t ninputs;
	int nreread;			/* of them, read again */
	int64_t bytes;			/* of the rows in the table */
	struct tagged_slot *slot;	/* household_ids: ref in rows */
	size_t nslot;
	int shift;			/* 32 - log2(nslot) */
	/*
	 * The current input: its size when a regular file, else 0; its
	 * households so far, and the bytes read to the last of them, rows
	 * at fault among them (grown() guesses from them).
	 */
	off_t fsize;
	size_t frows, fbytes;
	char *keys;			/* the household_ids, end to end */
	size_t nkeys, capkeys;
	struct fs_spool spool;
	/* The table's columns: the first input's header, and more. */
	char *hdr;
	size_t hdrlen;
	char *names;		/* a copy of it, split into the names */
	/*
	 * Each NUL-terminated: the first ncols0 into names, those later
	 * inputs add each on its own.
	 */
	struct fs_slice *cols;
	size_t ncols, ncols0;
	/* The current input's field for each column, -1: it has none. */
	long *order;
	int same_order;		/* the current input has them in that order */
	/* The row being judged. */
	const struct fs_tsv *r;
	const struct fs_value *v;
	int status;			/* with --findings, for details */
	int64_t members, income;	/* the same */
	uint32_t bits;			/* its own problems */
	uint32_t tag;		/* its household_id's hash, top half */
	uint64_t person;	/* its head's key, 0: none */
	uint64_t helper;	/* its helper_id's fs_hash(), when counted */
	struct fs_prep prep;	/* those three, made where it was parsed */
	char tab_per_capita[1 + FS_FMT_MAX];	/* tab_amount() of it, */
	size_t tab_per_capita_len;	/* for the spool and findings */
	struct fs_buf source;
	char household_id[ID_MAX + 1], village_id[ID_MAX + 1];
	/*
	 * The policy, for prep_row() on the parsing threads (fs_prep's
	 * parg): a copy on cache lines of its own, last, which the main
	 * thread, writing the fields above at every row, never writes.
	 */
	_Alignas(64) struct fs_policy policy;
};

/*
 * A household's line: 32 bits in its record, or, from 2^32 - 1 on (a
 * register of four billion lines, blank ones counted), kept aside.
 */
static void
set_line(struct hh *h, struct household *k, long line)
{
	struct farline *f;

	if (line >= 0 && (uint64_t)line < FAR) {
		k->line = (uint32_t)line;
		return;
	}
	k->line = FAR;
	if (h->nfarline == h->capfarline) {
		h->capfarline = h->capfarline ? h->capfarline * 2 : 64;
		h->farline = fs_xreallocarray(h->farline, h->capfarline,
		    sizeof(*h->farline));
	}
	f = &h->farline[h->nfarline++];
	f->row = (size_t)(k - h->rows);
	f->line = line;
}

static long
row_line(const struct hh *h, const struct household *k)
{
	size_t lo = 0, hi = h->nfarline, mid, row = (size_t)(k - h->rows);

	if (k->line != FAR)
		return (long)k->line;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (h->farline[mid].row < row)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < h->nfarline ? h->farline[lo].line : (long)FAR;
}

/*
 * What can be made of a row alone, in words of fs_prep (on the thread
 * that parsed it):
 *   AUX_TAG		its household_id's hash, top half;
 *   AUX_PERSON		its head's key, or 0;
 *   AUX_HELPER		its helper_id's hash, when the helper is counted;
 *   AUX_ROW		the bits of its own problems (own_problems()),
 *			ROW_COUNTED when its helper is counted, and the
 *			lengths of its helper_id (a byte from ROW_HELPER)
 *			and village_id (from ROW_VILLAGE);
 *   AUX_PER_CAPITA	its per_capita in fen;
 *   AUX_HELPER_WORD	fs_id_word() of its helper_id,
 *   AUX_VILLAGE_WORD	and of its village_id.
 * Counting a helper then reads the row's words, asked for rows ahead,
 * and not its values and bytes, which sit in the other processor's
 * cache: they are read only for an id over 8 bytes and a new helper.
 */
enum {
	AUX_TAG, AUX_PERSON, AUX_HELPER, AUX_ROW, AUX_PER_CAPITA,
	AUX_HELPER_WORD, AUX_VILLAGE_WORD, NAUX = 8
};
enum { ROW_COUNTED = 1 << NRULES, ROW_HELPER = 16, ROW_VILLAGE = 24 };

/* ---------------------------------------------------------- helpers */

/* Slot arrays from this size on are mapped on their own, in huge pages. */
enum { BIG = 1 << 21 };

/*
 * Slots of a new table; how much larger a table can grow at once; and
 * how much a table of a key a row (households, their heads) can, once
 * the rows read are a GROW_SEEN-th of the file's bytes.
 */
enum { SLOTS_MIN = 1024, GROW_MAX = 8, GROW_ROWS_MAX = 64, GROW_SEEN = 64 };

/*
 * Zeroed memory for a slot array.  A large one is probed at random, a
 * row at a time: in 2 MB pages where the system has them (Linux's
 * transparent huge pages, on request), it costs a fault per 2 MB instead
 * of per 4 KB, and the probes miss the TLB far less.
 */
static void *
slots_alloc(size_t n, size_t size)
{
	void *p;

	if (n <= BIG / size)
		return fs_xcalloc(n, size);
	if (n > SIZE_MAX / size || (p = mmap(NULL, n * size,
	    PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)) ==
	    MAP_FAILED)
		fs_nomem();
#ifdef MADV_HUGEPAGE
	(void)madvise(p, n * size, MADV_HUGEPAGE);
#endif
	return p;
}

static void
slots_free(void *p, size_t n, size_t size)
{
	if (p == NULL)
		return;
	if (n > BIG / size)
		munmap(p, n * size);
	else
		free(p);
}

static const char *
status_name(int status)
{
	return fs_fmt_households.cols[FS_HH_STATUS].allowed[status];
}

/* Is income below line per person of members?  Exact, in fen. */
static int
below_line(int64_t income, int64_t members, int64_t line)
{
	return (__int128)income < (__int128)line * members;
}

/*
 * annual_income / members in fen, rounded half away from zero: as
 * fs_div_round(), but in 64 bits when the figures allow (members is at
 * least 1, the format says).
 */
static int64_t
per_capita(int64_t x, int64_t y)
{
	const int64_t small = INT64_C(1) << 60;

	if (x > -small && x < small && y < small)
		return x >= 0 ? (2 * x + y) / (2 * y) :
		    -((-2 * x + y) / (2 * y));
	return fs_div_round(x, y);
}

/* A poor or monitored household needs a helper and a plan. */
static int
poor_or_monitored(int status)
{
	return status == FS_HHS_POOR || status == FS_HHS_MONITORED;
}

/*
 * A tab and an amount, as the table's per_capita column has it, into buf
 * (1 + FS_FMT_MAX bytes): its length.
 */
static size_t
tab_amount(int64_t fen, char *buf)
{
	buf[0] = '\t';
	return 1 + fs_amount_fmt(fen, buf + 1);
}

/* "3500.00 (7000.00 for 2 members)": the figures of an income rule. */
static const char *
income_figures(const struct hh *h, char *buf, size_t size)
{
	char income[FS_FMT_MAX];

	fs_amount_fmt(h->income, income);
	snprintf(buf, size, "%s (%s for %lld member%s)", h->tab_per_capita + 1,
	    income, (long long)h->members, h->members == 1 ? "" : "s");
	return buf;
}

static const char *
amount(int64_t fen, char *buf)
{
	fs_amount_fmt(fen, buf);
	return buf;
}

/* An ID number as a detail shows it: 110105********123X. */
static const char *
masked_idnum(const char *p, char *buf)
{
	memcpy(buf, p, IDNUM_HEAD);
	memset(buf + IDNUM_HEAD, '*', IDNUM_LEN - IDNUM_HEAD - IDNUM_TAIL);
	memcpy(buf + IDNUM_LEN - IDNUM_TAIL, p + IDNUM_LEN - IDNUM_TAIL,
	    IDNUM_TAIL);
	buf[IDNUM_LEN] = '\0';
	return buf;
}

/* Decodes an id field (at most 64 bytes, the format says) into buf. */
static const char *
decoded_id(const struct fs_value *v, char *buf)
{
	buf[fs_unescape(v->p, v->n, buf)] = '\0';
	return buf;
}

static const char *
row_source(struct hh *h)
{
	fs_buf_reset(&h->source);
	fs_buf_printf(&h->source, "%s:%ld", h->r->name, h->r->lineno);
	return h->source.p;
}

static void
add_finding(struct hh *h, enum rule rule, const char *entity,
    const char *entity_id, const char *village_id, const char *source,
    const char *fmt, va_list ap)
{
	fs_vfinding(&h->run->fnd, rules[rule].name, rules[rule].severity,
	    entity, entity_id, village_id, "", source, fmt, ap);
}

/* A finding about another entity than the row's household. */
static void __attribute__((format(printf, 7, 8)))
finding(struct hh *h, enum rule rule, const char *entity,
    const char *entity_id, const char *village_id, const char *source,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	add_finding(h, rule, entity, entity_id, village_id, source, fmt, ap);
	va_end(ap);
}

/* The finding of a problem of the row's household, with its detail. */
static void __attribute__((format(printf, 3, 4)))
flag(struct hh *h, enum rule rule, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	add_finding(h, rule, "household",
	    decoded_id(&h->v[FS_HH_HOUSEHOLD_ID], h->household_id),
	    decoded_id(&h->v[FS_HH_VILLAGE_ID], h->village_id),
	    row_source(h), fmt, ap);
	va_end(ap);
}

/* ------------------------------------------------------------ rules */

/* A guarantee is met: "yes", not "no" and not empty. */
static int
guaranteed(const struct fs_value *g)
{
	return g->n > 0 && g->v.yes;
}

/*
 * The rules that look at the row alone (those before duplicate-person),
 * decided from its values: their bits.  prep_row() makes them where the
 * row is parsed; with --findings, judge_row() then has each one's
 * finding written (say[]).
 */
static uint32_t
own_problems(const struct fs_policy *pol, const struct fs_value *v)
{
	const int status = v[FS_HH_STATUS].v.choice;
	const int64_t members = v[FS_HH_MEMBERS].v.num;
	const int64_t income = v[FS_HH_ANNUAL_INCOME].v.num;
	uint32_t bits = 0;
	int i;

	if (poor_or_monitored(status) && v[FS_HH_HELPER_ID].n == 0)
		bits |= 1u << R_NO_HELPER;
	/* A plan of white space alone, or 无: blank_plan(). */
	if (poor_or_monitored(status) && v[FS_HH_PLAN].n == 0)
		bits |= 1u << R_NO_PLAN;
	if (status == FS_HHS_LIFTED &&
	    below_line(income, members, pol->hh_poverty_line))
		bits |= 1u << R_LIFTED_BELOW_LINE;
	for (i = 0; status == FS_HHS_LIFTED && i < NGUARANTEES; i++)
		if (!guaranteed(&v[FS_HH_FOOD_CLOTHING + i]))
			bits |= 1u << R_LIFTED_UNGUARANTEED;
	if ((status == FS_HHS_LIFTED || status == FS_HHS_NOT_POOR) &&
	    below_line(income, members, pol->hh_monitor_line))
		bits |= 1u << R_SHOULD_MONITOR;
	if (status == FS_HHS_POOR &&
	    !below_line(income, members, pol->hh_review_line))
		bits |= 1u << R_ELIGIBILITY_REVIEW;
	return bits;
}

/* The findings of own_problems(), with their details. */
static void
say_no_helper(struct hh *h)
{
	flag(h, R_NO_HELPER, "a %s household with no helper",
	    status_name(h->status));
}

static void
say_no_plan(struct hh *h)
{
	flag(h, R_NO_PLAN, "a %s household with no plan",
	    status_name(h->status));
}

static void
say_lifted_below_line(struct hh *h)
{
	char fig[3 * FS_FMT_MAX], line[FS_FMT_MAX];

	flag(h, R_LIFTED_BELOW_LINE, "lifted, but per-capita income %s below "
	    "the poverty line %s", income_figures(h, fig, sizeof(fig)),
	    amount(h->run->policy.hh_poverty_line, line));
}

static void
say_lifted_unguaranteed(struct hh *h)
{
	char unmet[NGUARANTEES * 32];
	const struct fs_value *g;
	size_t n = 0;
	int i;

	unmet[0] = '\0';
	for (i = 0; i < NGUARANTEES; i++) {
		g = &h->v[FS_HH_FOOD_CLOTHING + i];
		if (!guaranteed(g))
			n += (size_t)snprintf(unmet + n, sizeof(unmet) - n,
			    "%s%s %s", n > 0 ? ", " : "",
			    fs_fmt_households.cols[FS_HH_FOOD_CLOTHING + i].name,
			    g->n > 0 ? "no" : "missing");
	}
	flag(h, R_LIFTED_UNGUARANTEED, "lifted, but guarantees not met: %s",
	    unmet);
}

static void
say_should_monitor(struct hh *h)
{
	char fig[3 * FS_FMT_MAX], line[FS_FMT_MAX];

	flag(h, R_SHOULD_MONITOR, "%s, per-capita income %s below the "
	    "monitoring line %s", status_name(h->status),
	    income_figures(h, fig, sizeof(fig)),
	    amount(h->run->policy.hh_monitor_line, line));
}

static void
say_eligibility_review(struct hh *h)
{
	char fig[3 * FS_FMT_MAX], line[FS_FMT_MAX];

	flag(h, R_ELIGIBILITY_REVIEW, "registered poor, per-capita income %s "
	    "at or above the review line %s",
	    income_figures(h, fig, sizeof(fig)),
	    amount(h->run->policy.hh_review_line, line));
}

static void (*const say[R_DUPLICATE_PERSON])(struct hh *) = {
	[R_NO_HELPER] = say_no_helper,
	[R_NO_PLAN] = say_no_plan,
	[R_LIFTED_BELOW_LINE] = say_lifted_below_line,
	[R_LIFTED_UNGUARANTEED] = say_lifted_unguaranteed,
	[R_SHOULD_MONITOR] = say_should_monitor,
	[R_ELIGIBILITY_REVIEW] = say_eligibility_review,
};

/* Where a key's probe starts (Fibonacci hashing: the product's top bits). */
static size_t
person_home(const struct persons *ps, uint64_t key)
{
	return (size_t)(((key ^ fs_hash_seed) * 0x9e3779b97f4a7c15ULL) >>
	    ps->shift);
}

/*
 * The size a table of n keys, nslot slots, grows to: twice as large; or,
 * when the input is a regular file, large enough for the keys its size
 * promises at the rate seen so far (each table grows several times
 * otherwise, and moving a million slots is a million cache misses).  At
 * most GROW_MAX times as large at once, so that a file whose first rows
 * mislead cannot make a table much larger than its keys need.
 *
 * A table of a key a row (per_row) is a row's bytes from the rows to
 * come, so once a 64th of the file is read the guess is trusted further
 * (GROW_ROWS_MAX): the register's tables then grow to their size in one
 * step, instead of filling a table an eighth of it first (a million
 * keys: 12 MB of slots fewer to clear, and 400,000 fewer moved).  The
 * helpers' table is not: a helper comes back, so helpers grow slower
 * than rows, and the guess, at their rate so far, is too large.
 */
static size_t
grown(const struct hh *h, size_t nslot, size_t n, int per_row)
{
	size_t want = nslot * 2, most = GROW_MAX;
	double rows, keys;

	if (h->fsize <= 0 || h->frows == 0 || h->fbytes == 0)
		return want;
	if (per_row && h->fbytes >= (size_t)h->fsize / GROW_SEEN)
		most = GROW_ROWS_MAX;
	rows = (double)(h->nrows - h->frows) +
	    (double)h->frows * (double)h->fsize / (double)h->fbytes;
	keys = (double)n * rows / (double)h->nrows;
	while (want < nslot * most && keys * 4 >= (double)want * 3)
		want *= 2;
	return want;
}

/* Appends ref to the list v of *n (room for *cap). */
static void
ref_push(uint32_t **v, size_t *n, size_t *cap, uint32_t ref)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*v = fs_xreallocarray(*v, *cap, sizeof(**v));
	}
	(*v)[(*n)++] = ref;
}

/*
 * Moves the slots to a new array of nslot (a power of two), and the refs
 * that the rows so far keep (and, with --findings, the slots' indexes in
 * firsts) with them.
 */
static void
persons_grow(struct hh *h, size_t nslot)
{
	struct persons *ps = &h->persons;
	uint64_t *old = ps->slot;
	uint32_t *oldfirst = ps->first, *moved = NULL;
	size_t oldn = ps->nslot, i, j;
	struct household *k;

	ps->nslot = nslot;
	ps->shift = 64 - __builtin_ctzll(nslot);
	ps->slot = slots_alloc(nslot, sizeof(*ps->slot));
	if (h->run->findings)
		ps->first = fs_xreallocarray(NULL, nslot, sizeof(*ps->first));
	if (h->nrows > 0)
		moved = fs_xreallocarray(NULL, oldn, sizeof(*moved));
	for (i = 0; i < oldn; i++) {
		if (old[i] == 0)
			continue;
		for (j = person_home(ps, old[i] & PERSON_KEY);
		    ps->slot[j] != 0; j = (j + 1) & (nslot - 1))
			;
		ps->slot[j] = old[i];
		if (moved != NULL)
			moved[i] = (uint32_t)j;
		if (oldfirst != NULL)
			ps->first[j] = oldfirst[i];
	}
	if (moved != NULL) {
		for (k = h->rows; k < h->rows + h->nrows; k++)
			if (k->person != 0)
				k->person = moved[k->person - 1] + 1;
		for (i = 0; i < ps->ndups; i++)
			ps->dups[i] = moved[ps->dups[i] - 1] + 1;
	}
	free(moved);
	free(oldfirst);
	slots_free(old, oldn, sizeof(*old));
}

/*
 * The ref of the person of key, a household more: *count is then the
 * households the person heads, 1 (new), 2, or 3 for 3 or more.
 */
static uint32_t
person_ref(struct hh *h, uint64_t key, int *count)
{
	struct persons *ps = &h->persons;
	uint64_t v;
	size_t i;

	for (i = person_home(ps, key);; i = (i + 1) & (ps->nslot - 1)) {
		v = ps->slot[i];
		if ((v & PERSON_KEY) == key) {
			if (v < PERSON_MANY) {
				ps->slot[i] = v += PERSON_ONE;
				if (v >> PERSON_SHIFT == 2)
					ref_push(&ps->dups, &ps->ndups,
					    &ps->capdups, (uint32_t)i + 1);
			}
			*count = (int)(v >> PERSON_SHIFT);
			return (uint32_t)i + 1;
		}
		if (v == 0)
			break;
	}
	ps->slot[i] = key | PERSON_ONE;
	*count = 1;
	if (h->run->findings) {
		if (ps->n == ps->cap) {
			ps->cap = ps->cap ? ps->cap * 2 : 1024;
			ps->firsts = fs_xreallocarray(ps->firsts, ps->cap,
			    sizeof(*ps->firsts));
		}
		ps->first[i] = ps->n;
	}
	if ((size_t)++ps->n * 4 >= ps->nslot * 3) {
		persons_grow(h, grown(h, ps->nslot, ps->n, 1));
		for (i = person_home(ps, key); (ps->slot[i] & PERSON_KEY) !=
		    key; i = (i + 1) & (ps->nslot - 1))
			;
	}
	return (uint32_t)i + 1;
}

/*
 * Counts the household against its head's ID number (x = X) and returns
 * the number's ref.  The table marks the rule at the end; findings are
 * made when the second household turns up (for both), and for each after.
 */
static uint32_t
rule_duplicate_person(struct hh *h)
{
	const struct fs_value *id = &h->v[FS_HH_HEAD_ID_NUMBER];
	const struct fs_value *vil = &h->v[FS_HH_VILLAGE_ID];
	struct persons *ps = &h->persons;
	char key[IDNUM_LEN + 1], masked[IDNUM_LEN + 1];
	char fhid[ID_MAX + 1], fvil[ID_MAX + 1];
	const struct household *k;
	const char *hid, *first;
	struct person *p;
	uint32_t ref;
	int count;

	if (h->person == 0)
		return 0;
	ref = person_ref(h, h->person, &count);
	if (!h->run->findings)
		return ref;
	p = &ps->firsts[ps->first[ref - 1]];
	if (count == 1) {
		/* This row's household, new_household() has just made. */
		p->row = (uint32_t)(h->nrows - 1);
		p->village = fs_arena_strndup(&ps->arena, vil->p, vil->n);
		p->villagelen = (uint8_t)vil->n;
		return ref;
	}
	k = &h->rows[p->row];
	fhid[fs_unescape(h->keys + k->at, k->keylen, fhid)] = '\0';
	fvil[fs_unescape(p->village, p->villagelen, fvil)] = '\0';
	memcpy(key, id->p, IDNUM_LEN);
	if (key[IDNUM_LEN - 1] == 'x')
		key[IDNUM_LEN - 1] = 'X';
	masked_idnum(key, masked);
	first = fs_findings_source(&h->run->fnd, h->run->files[k->file],
	    row_line(h, k));
	if (count == 2) {
		hid = decoded_id(&h->v[FS_HH_HOUSEHOLD_ID], h->household_id);
		finding(h, R_DUPLICATE_PERSON, "household", fhid, fvil, first,
		    "head ID number %s also heads household %s (%s)", masked,
		    hid, row_source(h));
	}
	flag(h, R_DUPLICATE_PERSON, "head ID number %s also heads household "
	    "%s (%s)", masked, fhid, first);
	return ref;
}

/*
 * Moves the slots of a table of oldn slots of size bytes, each a struct
 * tagged_slot first, to a new array of nslot (a power of two), which it
 * returns, its shift (32 - log2(nslot)) in *shift.
 */
static void *
tagged_grow(void *old, size_t oldn, size_t nslot, size_t size, int *shift)
{
	char *slot = slots_alloc(nslot, size);
	const struct tagged_slot *t;
	size_t i, j, mask = nslot - 1;

	*shift = 32 - __builtin_ctzll(nslot);
	for (i = 0; i < oldn; i++) {
		t = (const struct tagged_slot *)((const char *)old + i * size);
		if (t->ref == 0)
			continue;
		for (j = t->tag >> *shift;
		    ((const struct tagged_slot *)(slot + j * size))->ref != 0;
		    j = (j + 1) & mask)
			;
		memcpy(slot + j * size, t, size);
	}
	slots_free(old, oldn, size);
	return slot;
}

static void
helpers_grow(struct helpers *hs, size_t nslot)
{
	hs->slot = tagged_grow(hs->slot, hs->nslot, nslot, sizeof(*hs->slot),
	    &hs->shift);
	hs->nslot = nslot;
}

/*
 * Is the id of n bytes, word w, whose field is v, the id kept as word sw,
 * length slen: the helper_id of helper ref in hs (village: its
 * village_id)?  The helper's record (out of cache, a helper at random) is
 * read only when the words cannot say, for an id over 8 bytes.
 */
static int
same_id(size_t n, uint64_t w, const struct fs_value *v, uint64_t sw,
    size_t slen, const struct helpers *hs, uint32_t ref, int village)
{
	const struct helper *k;

	if (slen != n || sw != w)
		return 0;
	if (n <= 8)
		return 1;
	k = &hs->rec[ref - 1];
	return memcmp((village ? k->village : k->id) + 8, v->p + 8,
	    n - 8) == 0;
}

/*
 * Counts a poor or monitored household against its helper and returns
 * the helper's ref (0: not counted); rule_helper_overload() judges at the
 * end.
 */
static uint32_t
count_helper(struct hh *h)
{
	const uint64_t *aux = h->prep.aux;
	const struct fs_value *id = &h->v[FS_HH_HELPER_ID];
	const struct fs_value *vil = &h->v[FS_HH_VILLAGE_ID];
	const size_t idn = (size_t)(aux[AUX_ROW] >> ROW_HELPER & 0xff);
	const size_t viln = (size_t)(aux[AUX_ROW] >> ROW_VILLAGE & 0xff);
	const uint64_t w = aux[AUX_HELPER_WORD], vw = aux[AUX_VILLAGE_WORD];
	struct helpers *hs = &h->helpers;
	struct helper_slot *sl;
	struct helper *k;
	const uint32_t tag = (uint32_t)(h->helper >> 32);
	size_t i, mask = hs->nslot - 1;
	uint32_t ref;

	if (!(aux[AUX_ROW] & ROW_COUNTED))
		return 0;
	for (i = tag >> hs->shift; (sl = &hs->slot[i])->t.ref != 0;
	    i = (i + 1) & mask)
		if (sl->t.tag == tag && same_id(idn, w, id, sl->id, sl->idlen,
		    hs, sl->t.ref, 0))
			break;
	if (sl->t.ref != 0) {
		if (!sl->mixed && !same_id(viln, vw, vil, sl->village,
		    sl->villagelen, hs, sl->t.ref, 1))
			sl->mixed = 1;
		if (sl->households < UINT32_MAX &&
		    (int64_t)++sl->households - 1 ==
		    h->run->policy.hh_max_per_helper)
			ref_push(&hs->over, &hs->nover, &hs->capover,
			    sl->t.ref);
		return sl->t.ref;
	}
	/*
	 * The ids are kept for the findings, which name them, and to tell
	 * ids over 8 bytes apart (same_id()): a table of short ids needs
	 * neither, nor the row's bytes, which are in the other processor's
	 * cache, nor a record.
	 */
	if (idn > 8 || viln > 8 || h->run->findings) {
		if (hs->n >= hs->cap) {
			while (hs->n >= hs->cap)
				hs->cap = hs->cap ? hs->cap * 2 : 1024;
			hs->rec = fs_xreallocarray(hs->rec, hs->cap,
			    sizeof(*hs->rec));
		}
		k = &hs->rec[hs->n];
		memset(k, 0, sizeof(*k));
		if (idn > 8 || h->run->findings)
			k->id = fs_arena_strndup(&hs->arena, id->p, idn);
		k->idlen = (uint8_t)idn;
		if (viln > 8 || h->run->findings)
			k->village = fs_arena_strndup(&hs->arena, vil->p,
			    viln);
		k->villagelen = (uint8_t)viln;
	}
	ref = (uint32_t)++hs->n;
	sl->id = w;
	sl->village = vw;
	sl->t.tag = tag;
	sl->t.ref = ref;
	sl->households = 1;
	if (h->run->policy.hh_max_per_helper == 0)
		ref_push(&hs->over, &hs->nover, &hs->capover, ref);
	sl->idlen = (uint8_t)idn;
	sl->villagelen = (uint8_t)viln;
	sl->mixed = 0;
	if (hs->n * 4 >= hs->nslot * 3)
		helpers_grow(hs, grown(h, hs->nslot, hs->n, 0));
	return ref;
}

/*
 * Bits by ref (from 1; 0 is never set), for the table's loop over the
 * households: a million persons take 128 KB, which stays in cache, where
 * their records would not.
 */
static uint64_t *
refbits_new(size_t n)
{
	return fs_xcalloc(n / 64 + 1, sizeof(uint64_t));
}

static void
refbit_set(uint64_t *b, size_t ref)
{
	b[ref / 64] |= UINT64_C(1) << ref % 64;
}

static int
refbit(const uint64_t *b, uint32_t ref)
{
	return b[ref / 64] >> ref % 64 & 1;
}

/*
 * At the end: one finding per helper over households.max_per_helper, and
 * the helper's bit in h->overloaded.
 */
static void
rule_helper_overload(struct hh *h)
{
	struct fs_findings *fnd = &h->run->fnd;
	struct helpers *hs = &h->helpers;
	const struct helper_slot *sl;
	struct helper *k;
	size_t i;

	h->overloaded = refbits_new(hs->n);
	if (!h->run->findings) {
		/* No record to fill: the list says it all. */
		for (i = 0; i < hs->nover; i++) {
			refbit_set(h->overloaded, hs->over[i]);
			fs_findings_tally(fnd, rules[R_HELPER_OVERLOAD].severity);
		}
		return;
	}
	for (i = 0; i < hs->nslot; i++) {
		sl = &hs->slot[i];
		if (sl->t.ref == 0)
			continue;
		hs->rec[sl->t.ref - 1].households = sl->households;
		hs->rec[sl->t.ref - 1].mixed = sl->mixed;
	}
	for (i = 0; i < hs->n; i++) {
		k = &hs->rec[i];
		if (k->households <= h->run->policy.hh_max_per_helper)
			continue;
		refbit_set(h->overloaded, i + 1);
		finding(h, R_HELPER_OVERLOAD, "helper",
		    fs_findings_strn(fnd, k->id, k->idlen),
		    k->mixed ? "" : fs_findings_strn(fnd, k->village,
		    k->villagelen), "", "linked to %lld poor or monitored "
		    "household%s%s, more than %lld",
		    (long long)k->households, k->households == 1 ? "" : "s",
		    k->mixed ?
		    " in more than one village" : "",
		    (long long)h->run->policy.hh_max_per_helper);
	}
}

/* ------------------------------------------------------------ table */

/*
 * The table's columns: the first input's, then those a later input adds,
 * in the order met (SPEC 1.1: extra columns are kept).  A row of an
 * input without one of them has it empty.  0, or 2 with the message
 * given.
 */
static int
bind_columns(struct hh *h, const struct fs_tsv *r)
{
	static const char *const added[] = { "per_capita", "problems" };
	size_t i, n;
	char *p;
	long k, *at, *from;

	if (h->run->findings)
		return 0;
	for (i = 0; i < sizeof(added) / sizeof(added[0]); i++)
		if (fs_tsv_col(r, added[i]) >= 0) {
			fs_warnx("%s: column '%s' is one fs-households adds; "
			    "remove it first", r->name, added[i]);
			return 2;
		}
	if (h->hdr == NULL) {
		h->hdr = fs_xstrndup(r->hdr, r->hdrlen);
		h->hdrlen = r->hdrlen;
		h->names = fs_xstrndup(r->hdr, r->hdrlen);
		h->ncols = h->ncols0 = r->ncols;
		h->cols = fs_xreallocarray(NULL, h->ncols, sizeof(*h->cols));
		for (i = 0, p = h->names; i < h->ncols; i++) {
			h->cols[i].p = p;
			h->cols[i].n = r->col[i].n;
			p += r->col[i].n;
			*p++ = '\0';
		}
	}
	/*
	 * The table's columns and r's matched at once (sorted: a header of
	 * 80,000 columns took 22 s matched name by name); a column of r the
	 * table has not is the table's, after the others.
	 */
	n = h->ncols;
	at = fs_xreallocarray(NULL, n + r->ncols, sizeof(*at));
	from = fs_xreallocarray(NULL, r->ncols, sizeof(*from));
	fs_tsv_match(r, h->cols, n, at, from);
	for (i = 0; i < r->ncols; i++) {
		if (from[i] >= 0)
			continue;
		at[h->ncols] = (long)i;
		h->cols = fs_xreallocarray(h->cols, h->ncols + 1,
		    sizeof(*h->cols));
		h->cols[h->ncols].p = fs_xstrndup(r->col[i].p, r->col[i].n);
		h->cols[h->ncols++].n = r->col[i].n;
		h->hdr = fs_xreallocarray(h->hdr, h->hdrlen + 1 + r->col[i].n + 1,
		    1);
		h->hdr[h->hdrlen++] = '\t';
		memcpy(h->hdr + h->hdrlen, r->col[i].p, r->col[i].n);
		h->hdrlen += r->col[i].n;
		h->hdr[h->hdrlen] = '\0';
	}
	h->order = fs_xreallocarray(h->order, h->ncols, sizeof(*h->order));
	h->same_order = r->ncols == h->ncols;
	for (i = 0; i < h->ncols; i++) {
		h->order[i] = k = at[i];
		if (k != (long)i)
			h->same_order = 0;
	}
	free(at);
	free(from);
	return 0;
}

/*
 * The row as read (in the table's column order) and its per_capita: in
 * the spool, or, for a file read again, where it is.
 */
static void
keep_row(struct hh *h)
{
	const struct fs_tsv *r = h->r;
	const int64_t pc = (int64_t)h->prep.aux[AUX_PER_CAPITA];
	struct household *k;
	struct far *f;
	size_t i;

	h->inputs[h->ninputs - 1].nrows++;
	h->bytes += (int64_t)r->linelen + 1;
	if (h->inputs[h->ninputs - 1].reread) {
		k = &h->rows[h->nrows - 1];
		if (r->linelen < FAR && pc >= INT32_MIN && pc <= INT32_MAX) {
			k->len = (uint32_t)r->linelen;
			k->per_capita = (int32_t)pc;
			return;
		}
		if (h->nfar == h->capfar) {
			h->capfar = h->capfar ? h->capfar * 2 : 16;
			h->far = fs_xreallocarray(h->far, h->capfar,
			    sizeof(*h->far));
		}
		f = &h->far[h->nfar++];
		f->row = h->nrows - 1;
		f->len = r->linelen;
		f->per_capita = pc;
		k->len = FAR;
		return;
	}
	if (h->same_order)
		fs_spool_add(&h->spool, r->line, r->linelen);
	else
		for (i = 0; i < h->ncols; i++) {
			if (i > 0)
				fs_spool_add(&h->spool, "\t", 1);
			if (h->order[i] >= 0)
				fs_spool_add(&h->spool, r->f[h->order[i]].p,
				    r->f[h->order[i]].n);
		}
	fs_spool_add(&h->spool, h->tab_per_capita, h->tab_per_capita_len);
	fs_spool_end(&h->spool);
}

/* Moves the household_ids' slots to a new array of nslot. */
static void
households_grow(struct hh *h, size_t nslot)
{
	h->slot = tagged_grow(h->slot, h->nslot, nslot, sizeof(*h->slot),
	    &h->shift);
	h->nslot = nslot;
}

/*
 * Where household k's row is, k of a file read again, and its per_capita
 * in *per_capita: from the record, or, for a far row, from hh.far (found
 * by its index; far rows are rare).
 */
static struct fs_place
place_of(const struct hh *h, const struct household *k, int64_t *per_capita)
{
	struct fs_place pl = { (int64_t)k->at, k->len };
	size_t lo = 0, hi = h->nfar, mid;

	*per_capita = k->per_capita;
	if (k->len != FAR)
		return pl;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (h->far[mid].row < (size_t)(k - h->rows))
			lo = mid + 1;
		else
			hi = mid;
	}
	pl.len = h->far[lo].len;
	*per_capita = h->far[lo].per_capita;
	return pl;
}

/*
 * Whether household k's household_id is id's bytes: 1 or 0.  The id of
 * a household of a file read again is read from the file, its row read
 * back and cut at the id's field: it is needed only when the tags of two
 * ids are the same, so it is not copied for every row, from the bytes
 * the parsing thread read (a cache line of the other processor), into
 * memory of its own.  That file is compared with what it was before the
 * table is written, so a file that changed cannot hide a repeated id; a
 * file that cannot be read back stops the run.
 */
static int
same_household(struct hh *h, const struct household *k,
    const struct fs_value *id)
{
	const struct input *in = &h->inputs[k->file];
	const char *p, *end, *tab;
	struct fs_place pl;
	int64_t per_capita;
	ssize_t got;
	int col;

	if (k->keylen != id->n)
		return 0;
	if (!in->reread)
		return fs_same_bytes(h->keys + k->at, id->p, id->n);
	pl = place_of(h, k, &per_capita);
	if (pl.len > h->capback) {
		h->capback = pl.len;
		h->back = fs_xreallocarray(h->back, h->capback, 1);
	}
	if ((got = fs_pread_full(in->fd, h->back, pl.len, pl.off)) < 0)
		fs_fatal("%s: %s", in->name, strerror(errno));
	if ((uint64_t)got < pl.len)
		return 0;		/* cut short: inputs_same() says so */
	p = h->back;
	end = h->back + pl.len;
	for (col = 0; col < in->idcol; col++) {
		if ((tab = memchr(p, '\t', (size_t)(end - p))) == NULL)
			return 0;	/* changed: inputs_same() says so */
		p = tab + 1;
	}
	tab = memchr(p, '\t', (size_t)(end - p));
	return (size_t)((tab != NULL ? tab : end) - p) == id->n &&
	    fs_same_bytes(p, id->p, id->n);
}

/*
 * The row's household, new: its record, or NULL when its household_id
 * was read before (why says where, as keys.c would).
 */
static struct household *
new_household(struct hh *h, struct fs_buf *why)
{
	const struct fs_value *id = &h->v[FS_HH_HOUSEHOLD_ID];
	const struct fs_tsv *r = h->r;
	uint32_t tag = h->tag;
	size_t i, mask = h->nslot - 1;
	struct household *k;

	for (i = tag >> h->shift; h->slot[i].ref != 0;
	    i = (i + 1) & mask) {
		if (h->slot[i].tag != tag)
			continue;
		k = &h->rows[h->slot[i].ref - 1];
		if (same_household(h, k, id)) {
			fs_keycheck_repeat(why, &fs_fmt_households,
			    h->run->files[k->file],
			    (unsigned long)row_line(h, k));
			return NULL;
		}
	}
	if (h->nrows == h->caprows) {
		h->caprows = h->caprows ? h->caprows * 2 : 1024;
		h->rows = fs_xreallocarray(h->rows, h->caprows,
		    sizeof(*h->rows));
	}
	k = &h->rows[h->nrows++];
	memset(k, 0, sizeof(*k));
	k->keylen = (uint8_t)id->n;
	set_line(h, k, r->lineno);
	k->file = (uint16_t)(h->run->nfiles - 1);
	if (h->inputs[k->file].reread)
		k->at = (uint64_t)fs_tsv_line_offset(r);
	else {
		if (h->capkeys - h->nkeys < id->n) {
			while (h->capkeys - h->nkeys < id->n)
				h->capkeys = h->capkeys ? h->capkeys * 2 :
				    1 << 16;
			h->keys = fs_xreallocarray(h->keys, h->capkeys, 1);
		}
		k->at = h->nkeys;
		memcpy(h->keys + h->nkeys, id->p, id->n);
		h->nkeys += id->n;
	}
	h->slot[i].tag = tag;
	h->slot[i].ref = (uint32_t)h->nrows;
	h->frows++;
	/*
	 * The bytes to this row, not the households' bytes alone: rows
	 * at fault (a household_id again, a bad value) take their room in
	 * the file too, and are no households to make room for.
	 */
	h->fbytes = (size_t)fs_tsv_line_offset(r) + r->linelen + 1;
	if (h->nrows * 4 >= h->nslot * 3)
		households_grow(h, grown(h, h->nslot, h->nrows, 1));
	return k;
}

/*
 * A poor or monitored household's plan of white space alone, as a clerk
 * leaves a cell cleared with a space, or a word for none (无), is none
 * (fs_missing()): own_problems()'s bit for it, out of the row's usual
 * path (called when the plan's first byte is one such may begin with).
 */
static __attribute__((noinline, cold)) void
blank_plan(const struct fs_value *v, uint64_t *aux)
{
	if (fs_missing(&v[FS_HH_PLAN]))
		aux[AUX_ROW] |= 1u << R_NO_PLAN;
}

static void
prep_row(void *parg, const struct fs_tsv *r, const struct fs_value *v,
    uint64_t *aux)
{
	const struct fs_policy *pol = parg;
	const struct fs_value *id = &v[FS_HH_HOUSEHOLD_ID];
	const struct fs_value *idnum = &v[FS_HH_HEAD_ID_NUMBER];
	const struct fs_value *helper = &v[FS_HH_HELPER_ID];
	const int counted = poor_or_monitored(v[FS_HH_STATUS].v.choice) &&
	    helper->n > 0;
	const struct fs_value *vil = &v[FS_HH_VILLAGE_ID];

	(void)r;
	aux[AUX_PER_CAPITA] = (uint64_t)per_capita(
	    v[FS_HH_ANNUAL_INCOME].v.num, v[FS_HH_MEMBERS].v.num);
	aux[AUX_ROW] = own_problems(pol, v) | (counted ? ROW_COUNTED : 0) |
	    (uint64_t)helper->n << ROW_HELPER | (uint64_t)vil->n << ROW_VILLAGE;
	aux[AUX_HELPER_WORD] = fs_id_word(helper->p, helper->n);
	aux[AUX_VILLAGE_WORD] = fs_id_word(vil->p, vil->n);
	aux[AUX_TAG] = fs_hash(id->p, id->n) >> 32;
	aux[AUX_PERSON] = idnum->n == IDNUM_LEN ? fs_idnum_key(idnum->p) : 0;
	aux[AUX_HELPER] = counted ? fs_hash(helper->p, helper->n) : 0;
	if (poor_or_monitored(v[FS_HH_STATUS].v.choice) &&
	    __builtin_expect(v[FS_HH_PLAN].n > 0 &&
	    fs_missing_lead[(unsigned char)v[FS_HH_PLAN].p[0]], 0))
		blank_plan(v, aux);
}

/*
 * The slots a row will probe are far apart in large tables: they are
 * asked for some rows before it is judged (fs_prep's ahead(); read row
 * by row, from a pipe, just before).
 */
static void
ahead_row(void *arg, const uint64_t *aux)
{
	struct hh *h = arg;

	__builtin_prefetch(&h->slot[(uint32_t)aux[AUX_TAG] >> h->shift]);
	if (aux[AUX_PERSON] != 0)
		__builtin_prefetch(&h->persons.slot[person_home(&h->persons,
		    aux[AUX_PERSON])]);
	if (aux[AUX_HELPER] != 0)
		__builtin_prefetch(&h->helpers.slot[(uint32_t)(aux[AUX_HELPER] >>
		    32) >> h->helpers.shift]);
}

/* 0, or 2: the row's household_id was read before, and the run stops. */
static int
judge_row(struct hh *h)
{
	const struct fs_value *v = h->v;
	struct household *k;
	uint32_t person, helper;
	int i;

	h->tag = (uint32_t)h->prep.aux[AUX_TAG];
	h->person = h->prep.aux[AUX_PERSON];
	h->helper = h->prep.aux[AUX_HELPER];
	if (new_household(h, &h->run->msg) == NULL)
		return fs_run_invalid(h->run, h->r, NULL, h->run->msg.p,
		    v[FS_HH_HOUSEHOLD_ID].p, v[FS_HH_HOUSEHOLD_ID].n);
	h->bits = (uint32_t)h->prep.aux[AUX_ROW] & ((1u << NRULES) - 1);
	/*
	 * per_capita's text, for the spool or a finding's detail (a file
	 * read again has the table format it from the number).
	 */
	if (h->run->findings ? h->bits != 0 :
	    !h->inputs[h->ninputs - 1].reread) {
		h->tab_per_capita_len = tab_amount(
		    (int64_t)h->prep.aux[AUX_PER_CAPITA], h->tab_per_capita);
	}
	if (h->run->findings) {
		h->status = v[FS_HH_STATUS].v.choice;
		h->members = v[FS_HH_MEMBERS].v.num;
		h->income = v[FS_HH_ANNUAL_INCOME].v.num;
		for (i = 0; i < R_DUPLICATE_PERSON; i++)
			if (h->bits & 1u << i)
				say[i](h);
	}
	person = rule_duplicate_person(h);
	helper = count_helper(h);
	k = &h->rows[h->nrows - 1];	/* rows may have moved */
	k->person = person;
	k->helper = helper;
	k->bits = (uint8_t)h->bits;
	if (!h->run->findings)
		keep_row(h);
	return 0;
}

/* judge_row() for fs_run_take(). */
static int
take_parsed(void *arg, const struct fs_tsv *r, const struct fs_value *v)
{
	struct hh *h = arg;

	h->r = r;
	h->v = v;
	return judge_row(h);
}

/*
 * The rows go to judge_row() in the order of the file; other threads
 * read and parse them ahead (fs_run_pipe()) where the file allows.
 */
static int
read_input(struct hh *h, const char *path)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct input *in;
	int status;

	if (fs_run_open(h->run, &r, path, &fs_fmt_households, &b) != 0 ||
	    bind_columns(h, &r) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	h->inputs = fs_xreallocarray(h->inputs, h->ninputs + 1,
	    sizeof(*h->inputs));
	in = &h->inputs[h->ninputs++];
	memset(in, 0, sizeof(*in));
	in->name = r.name;
	in->fd = -1;
	in->ncols = h->ncols;
	h->fsize = 0;
	if (fstat(r.fd, &in->st) == 0 && S_ISREG(in->st.st_mode)) {
		h->fsize = in->st.st_size;
		if (!h->run->findings && h->same_order &&
		    h->nreread < FS_REREAD_FILES &&
		    (in->fd = fs_reread_open(&r, &in->st)) >= 0) {
			in->reread = 1;
			in->idcol = b.idx[FS_HH_HOUSEHOLD_ID];
			h->nreread++;
		}
	}
	h->frows = h->fbytes = 0;
	/* The table keeps each row's fields when they are not in order. */
	status = fs_run_take_prep(h->run, &r, &b, h->same_order ? 0 :
	    FS_PIPE_FIELDS, &h->prep, take_parsed, h);
	h->r = NULL;
	h->v = NULL;
	fs_tsv_close(&r);
	return status;
}

/*
 * The problems column of every set of rules a row can break, and how many
 * violations and warnings it counts: built once, not per row.
 */
struct problems {
	struct fs_buf text[1u << NRULES];
	uint8_t violations[1u << NRULES], warnings[1u << NRULES];
};

static void
problems_init(struct problems *pr)
{
	uint32_t bits;
	int i;

	memset(pr, 0, sizeof(*pr));
	for (bits = 0; bits < 1u << NRULES; bits++) {
		fs_buf_adds(&pr->text[bits], "\t");
		for (i = 0; i < NRULES; i++) {
			if (!(bits & (1u << i)))
				continue;
			if (pr->text[bits].n > 1)
				fs_buf_adds(&pr->text[bits], ",");
			fs_buf_adds(&pr->text[bits], rules[i].name);
			/* As the findings count: overload once a helper. */
			if (i == R_HELPER_OVERLOAD)
				continue;
			if (rules[i].severity == FS_SEV_VIOLATION)
				pr->violations[bits]++;
			else
				pr->warnings[bits]++;
		}
		fs_buf_adds(&pr->text[bits], "\n");
	}
}

static void
problems_free(struct problems *pr)
{
	uint32_t bits;

	for (bits = 0; bits < 1u << NRULES; bits++)
		fs_buf_free(&pr->text[bits]);
}

/*
 * Whether the files read again are as they were when opened (size,
 * time of the last change, same file): 0, or 2 with the message added
 * to why, for the caller to say (after the table is taken out).
 */
static int
inputs_same(const struct hh *h, const char *when, struct fs_buf *why)
{
	size_t j;

	for (j = 0; j < h->ninputs; j++)
		if (h->inputs[j].reread && fs_reread_same(h->inputs[j].fd,
		    &h->inputs[j].st, h->inputs[j].name, when, why) != 0)
			return 2;
	return 0;
}

/*
 * The table being written: what write_table()'s loop changes is here,
 * not in its locals, since a file cut short brings it back to its
 * sigsetjmp() (whose function's locals changed since are indeterminate).
 */
struct table {
	sigjmp_buf cut;
	struct fs_out o;
	struct problems pr;
	struct fs_reread rr;
	uint64_t *dup;			/* a bit per person who heads two */
	size_t nbits[1u << NRULES];	/* rows by their problems */
	int rc;
	struct fs_buf why;		/* rc 2: why, said once it is out */
};

static void
table_init(struct hh *h, struct table *t)
{
	size_t i;

	problems_init(&t->pr);
	t->dup = refbits_new(h->persons.nslot);
	for (i = 0; i < h->persons.ndups; i++)
		refbit_set(t->dup, h->persons.dups[i]);
	fs_out_init(&t->o, STDOUT_FILENO, h->run->out.name, 0);
	/* Made on this thread, written on another, as the input was read. */
	if (fs_run_threads(h->run, h->bytes) > 1)
		(void)fs_out_behind(&t->o);
	fs_out_write(&t->o, h->hdr, h->hdrlen);
	fs_out_str(&t->o, "\tper_capita\tproblems\n");
}

/*
 * A row of an input read before later ones added columns: its fields,
 * then one empty field for each of the npad columns added, then (from
 * the spool) its per_capita, after the line's last tab.
 */
static void
write_padded(struct table *t, size_t npad, const char *line, size_t n,
    int reread)
{
	const char *tab = reread ? line + n : memrchr(line, '\t', n);

	fs_out_write(&t->o, line, (size_t)(tab - line));
	for (; npad > 0; npad--)
		fs_out_char(&t->o, '\t');
	fs_out_write(&t->o, tab, (size_t)(line + n - tab));
}

/*
 * A file read again for the table (common/reread.h): rows this far
 * ahead are asked for.
 */
enum { REREAD_AHEAD = 16 };

/* The table's rows, until the end or the first failure (t->rc). */
static void
table_rows(struct hh *h, struct table *t)
{
	const struct household *k;
	const struct input *in;
	const struct fs_buf *text;
	const char *line;
	size_t i, j, n, end;
	struct fs_place pl, next;
	int64_t per_capita = 0;
	uint32_t bits;

	for (i = j = 0; j < h->ninputs && t->rc == 0; j++) {
		in = &h->inputs[j];
		fs_reread_start(&t->rr, in->fd, in->name,
		    (int64_t)in->st.st_size);
		for (end = i + in->nrows; i < end && !t->o.err; i++) {
			k = &h->rows[i];
			if (!in->reread) {
				if (fs_spool_next(&h->spool, &line, &n) != 1) {
					fs_spool_why(&h->spool, &t->why);
					t->rc = 2;
					break;
				}
			} else {
				pl = place_of(h, k, &per_capita);
				if ((line = fs_reread_row(&t->rr, &pl)) == NULL) {
					fs_buf_printf(&t->why, "%s: %s",
					    in->name, t->rr.changed ?
					    fs_reread_changed : strerror(errno));
					t->rc = 2;
					break;
				}
				n = (size_t)pl.len;
				if (i + REREAD_AHEAD < end &&
				    k[REREAD_AHEAD].len != FAR) {
					next.off = (int64_t)k[REREAD_AHEAD].at;
					next.len = k[REREAD_AHEAD].len;
					fs_reread_ahead(&t->rr, &next);
				}
			}
			bits = k->bits;
			bits |= (uint32_t)refbit(t->dup, k->person) <<
			    R_DUPLICATE_PERSON |
			    (uint32_t)refbit(h->overloaded, k->helper) <<
			    R_HELPER_OVERLOAD;
			t->nbits[bits]++;
			text = &t->pr.text[bits];
			if (in->ncols < h->ncols)
				write_padded(t, h->ncols - in->ncols, line, n,
				    in->reread);
			else
				fs_out_write(&t->o, line, n);
			if (in->reread) {
				fs_out_write(&t->o, "\t", 1);
				fs_out_amount(&t->o, per_capita);
			}
			fs_out_write(&t->o, text->p, text->n);
		}
	}
}

/* The table's tally, and its end: 0, or 2 with the message given. */
static int
table_end(struct hh *h, struct table *t)
{
	uint32_t bits;
	int rc = t->rc;

	for (bits = 0; bits < 1u << NRULES; bits++) {
		fs_findings_tally_n(&h->run->fnd, FS_SEV_VIOLATION,
		    t->nbits[bits] * (size_t)t->pr.violations[bits]);
		fs_findings_tally_n(&h->run->fnd, FS_SEV_WARNING,
		    t->nbits[bits] * (size_t)t->pr.warnings[bits]);
	}
	problems_free(&t->pr);
	free(t->dup);
	fs_reread_free(&t->rr);
	if (rc == 0 && !t->o.err)
		rc = inputs_same(h, "while the table was written", &t->why);
	/*
	 * What was written of the table is taken out of its file first
	 * (fs_out_discard()), then the message goes: into the same file
	 * (2>&1, 2>>), it would be taken out with it, or keep the table.
	 */
	if (rc != 0) {
		fs_out_discard(&t->o);
		fs_warnx("%s", t->why.p);
		fs_buf_free(&t->why);
		return rc;
	}
	if (fs_out_commit(&t->o) < 0) {
		fs_warnx("%s: %s", t->o.name, strerror(t->o.err));
		return 2;
	}
	return 0;
}

/*
 * Writes the table, each row with its problems, now that duplicate-person
 * and helper-overload are known: the rows of a regular file read again,
 * the others from the spool.  0, or 2.
 *
 * The table goes straight to standard output, not through run->out,
 * which would hold all of it in a second temporary file until the end:
 * once the input is read (the spool written out whole, the files read
 * again unchanged), nothing but an I/O error, or a file read again that
 * changes while the table is written, can make the run fail.
 */
static int
write_table(struct hh *h)
{
	struct fs_buf why = { 0 };
	struct table *t;
	int rc;

	if (h->hdr == NULL)
		return 0;
	if (fs_spool_rewind(&h->spool) < 0) {
		fs_spool_warn(&h->spool);
		return 2;
	}
	if (inputs_same(h, "while it was read", &why) != 0) {
		fs_warnx("%s", why.p);
		fs_buf_free(&why);
		return 2;
	}
	t = fs_xcalloc(1, sizeof(*t));
	table_init(h, t);
	/*
	 * A file read again that is cut short under its window raises
	 * SIGBUS; it comes back here, as a change found by reading would.
	 */
	if (sigsetjmp(t->cut, 1) != 0) {
		fs_tsv_catch_cut(NULL);
		fs_buf_printf(&t->why, "%s: %s", t->rr.name, fs_reread_changed);
		t->rc = 2;
	} else {
		fs_tsv_catch_cut(&t->cut);
		table_rows(h, t);
		fs_tsv_catch_cut(NULL);
	}
	rc = table_end(h, t);
	free(t);
	return rc;
}

static void
hh_init(struct hh *h, struct fs_run *run)
{
	memset(h, 0, sizeof(*h));
	h->run = run;
	h->policy = run->policy;
	h->prep.prep = prep_row;
	h->prep.parg = &h->policy;
	h->prep.ahead = ahead_row;
	h->prep.naux = NAUX;
	helpers_grow(&h->helpers, SLOTS_MIN);
	persons_grow(h, SLOTS_MIN);
	households_grow(h, SLOTS_MIN);
}

static void
hh_free(struct hh *h)
{
	size_t i;

	slots_free(h->helpers.slot, h->helpers.nslot,
	    sizeof(*h->helpers.slot));
	free(h->helpers.rec);
	free(h->helpers.over);
	fs_arena_free(&h->helpers.arena);
	free(h->overloaded);
	slots_free(h->persons.slot, h->persons.nslot,
	    sizeof(*h->persons.slot));
	free(h->persons.first);
	free(h->persons.firsts);
	free(h->persons.dups);
	fs_arena_free(&h->persons.arena);
	fs_spool_close(&h->spool);
	free(h->rows);
	free(h->far);
	free(h->farline);
	free(h->back);
	for (i = 0; i < h->ninputs; i++)
		if (h->inputs[i].fd >= 0)
			close(h->inputs[i].fd);
	free(h->inputs);
	slots_free(h->slot, h->nslot, sizeof(*h->slot));
	free(h->keys);
	free(h->hdr);
	free(h->names);
	for (i = h->ncols0; i < h->ncols; i++)
		free((char *)h->cols[i].p);
	free(h->cols);
	free(h->order);
	fs_buf_free(&h->source);
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	struct hh h;
	int ch, i, status = 0;

	fs_run_init(&run, "fs-households", usage);
	/* new_household() checks repeated household_ids itself. */
	run.keys_late = 1;
	while ((ch = getopt_long(argc, argv, ":hj:", longopts, NULL)) != -1)
		if (fs_run_option(&run, ch, argv))
			return fs_run_finish(&run, run.exit);
	if (fs_run_start(&run) != 0)
		return fs_run_finish(&run, 2);
	hh_init(&h, &run);
	if (!run.findings)
		fs_spool_open(&h.spool);
	if (optind == argc)
		status = read_input(&h, "-");
	for (i = optind; status == 0 && i < argc; i++)
		status = read_input(&h, argv[i]);
	if (status == 0) {
		rule_helper_overload(&h);
		/* The table goes out as it is made: the rejects first. */
		if (!run.findings)
			status = fs_run_keep_rejects(&run) != 0 ? 2 :
			    write_table(&h);
	}
	hh_free(&h);
	return fs_run_finish(&run, status);
}
