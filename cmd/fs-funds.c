/*
 * fs-funds - money in and out (SPEC 3.5): the sending unit's support
 * against the 10,000-yuan rule and the secretaries' subsidies, per
 * secretary and year; and the village ledgers under FIFO: idle money,
 * overspending, benefit payments that cannot be traced.
 *
 * Memory grows with secretaries, villages and the money still held,
 * never with rows.  A ledger whose rows come in date order (a clerk's
 * ledger, as kept) runs its FIFO as the rows come: it holds only its
 * unspent money, a lot per day (struct lot), and writes a summary of each
 * day it leaves to a journal, an unlinked temporary file.  A ledger that
 * receives a row dated before its latest day reads its days back from the
 * journal and goes on as a ledger of days (struct day), resolved at the
 * end: the output is the same whatever the order of the rows.
 *
 * With threads, a file is read in parts, each into ledgers of its own
 * that are folded together in file order (struct part), or, when they
 * cannot be, by the pipe (fs_run_pipe()), in order.
 */
#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../common/roster.h"
#include "../common/run.h"

static const char usage[] =
"usage: fs-funds [--roster FILE] [--households FILE] [--year YYYY]\n"
"                [--balances] [options] [FILE...]\n"
"Support funds against the 10,000-yuan rule and the secretaries'\n"
"subsidies, one row per secretary and year; the village ledgers under\n"
"FIFO: idle money, overspending, benefit payments that cannot be traced.\n"
"  --roster FILE      term windows (default: the whole year)\n"
"  --households FILE  the household register benefits must be paid into\n"
"  --year YYYY        the year of the table (default: the as-of year)\n"
"  --balances         the ledgers instead: one row per village and\n"
"                     category (in, out, balance, oldest_unspent)\n"
FS_JOBS_PIPE_USAGE
FS_COMMON_USAGE;

enum {
	OPT_ROSTER = FS_OPT_TOOL,
	OPT_HOUSEHOLDS,
	OPT_BALANCES
};

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ "roster", required_argument, NULL, OPT_ROSTER },
	{ "households", required_argument, NULL, OPT_HOUSEHOLDS },
	FS_YEAR_OPTION,
	{ "balances", no_argument, NULL, OPT_BALANCES },
	FS_JOBS_OPTION,
	{ NULL, 0, NULL, 0 }
};

enum { NCAT = FS_CAT_BENEFIT + 1, NSUBSIDY = 3 };

/*
 * Every row touches its ledger, its village's memo entry and, with a
 * secretary_id, its secretary: each is one cache line (LINE bytes), in
 * an array that starts on a line (lines_grow()), so that a row costs as
 * few cache misses as can be.
 */
enum { LINE = 64 };

/*
 * The ledger of one village and category as the rows come, one line of
 * funds.led (by village index * NCAT + category): its totals over every
 * row up to the as-of date, and what it keeps of them (LEDGER_*).
 *
 * A ledger whose rows have come in date order (LEDGER_ONLINE) runs its
 * FIFO as the rows come: money in joins the queue of lots (repaying a
 * deficit first), money out spends from its head, and the first row
 * that spends beyond what is held is the ledger's overspending.  The
 * queue holds what is left unspent (its sum is max(0, in - out)).  Each
 * record low of the day under way (see struct day) goes to the journal
 * as it comes, and each day left behind as the sums in and out at its
 * end (struct jent), to be read back should the ledger's rows come out
 * of date order after all.  Positions (in - out) are kept from the
 * ledger's start, not the day's: the day's are read back by difference.
 */
struct ledger {
	_Alignas(LINE) int64_t in;
	int64_t out;
	int64_t low;			/* online: the day's lowest position */
	uint64_t jlast;			/* online: its last journal entry + 1 */
	fs_date date;			/* online: the day under way */
	uint32_t lhead, ltail;		/* online: lot chunks: index + 1, 0 */
	uint32_t nlot;			/* online: lots held */
	union {
		struct {
			uint32_t maxday;	/* days: its latest day: index + 1, 0 */
			uint32_t newday;	/* days: its last day created: + 1 */
		};
		fs_date first;		/* a part's: its first row's date */
	};
	uint8_t hpos, tpos;		/* the first lot in lhead; lots in ltail */
	uint8_t mode;			/* LEDGER_* */
	uint8_t hashed;			/* days: its days are in funds.slot */
	uint8_t nlows;			/* online: the day's record lows, to 2 */
	uint8_t found;			/* online: its deficit is in ledger_end */
};

/*
 * What a ledger keeps: nothing (no row yet), its sums only (a category no
 * rule or table needs the FIFO of), its FIFO run as the rows come (rows
 * in date order), or its days (rows out of date order).
 */
enum { LEDGER_UNUSED, LEDGER_SUMS, LEDGER_ONLINE, LEDGER_DAYS };

/* What the end of a ledger finds, and its first deficit when online. */
_Static_assert(sizeof(struct ledger) == LINE, "a ledger is a cache line");

struct ledger_end {
	int64_t deficit;
	uint64_t def_at;
	fs_date def_date;
	fs_date oldest;			/* the oldest money held, when held */
	uint8_t held;			/* money is still held */
};

struct village {
	const char *id;			/* as read */
	size_t idlen;
	uint32_t idx;			/* in funds.vlist */
	struct ledger_end cat[NCAT];
};

/*
 * One village, category and day of a ledger.
 *
 * FIFO on unsorted input, exactly, in memory that grows with days, not
 * rows.  Rows are taken in date order, input order within a day.  Money
 * out spends the oldest money held, and money in repays a deficit first;
 * so at any moment the in-money spent is the first min(I, O) of the
 * money that came in (I, O: the sums in and out so far), in date order,
 * and the money still held is the rest.  At the end, then, the day sums
 * in date order give what is held and since when (oldest_unspent, idle
 * money): input order within a day does not matter for that.
 *
 * A deficit (overspending) does depend on the order within a day: an out
 * before an in of the same day can spend more than is held.  Let P be
 * the position (in minus out) at the start of the day, and s_k the
 * running sum (in minus out) of the day after its k-th row.  The day has
 * a deficit when P + min_k s_k < 0, and the row at fault is the first
 * whose s_k < -P.  P is known only at the end, so a day keeps its
 * "record lows": the rows where s_k falls below every earlier s_k and
 * below 0.  The first of them (low1, at1) and the last (low, atlow: the
 * day's minimum) are kept here; those in between, which only a day
 * with three or more outs that each go deeper can have, are written to
 * an unlinked temporary file (struct spilled) and read back only when a
 * deficit falls between them.  The row at fault is the first record low
 * below -P.
 */
struct day {
	uint32_t vc;			/* village index * NCAT + category */
	fs_date date;
	int64_t in, out;		/* the day's sums */
	int64_t low1, low;		/* the first and the last record low */
	uint64_t at1, atlow;		/* their rows (where_at) */
	uint32_t nlows;			/* record lows, at most UINT32_MAX */
	uint32_t prev;			/* the ledger's day created before */
};

/*
 * Money held: what is left of each day's money in, LOTS days to a chunk
 * of one line.  A ledger's lots are a list of chunks; the chunks of all
 * ledgers are one array, and a chunk emptied goes to a free list for any
 * ledger to use.
 */
enum { LOTS = 5 };

struct lotchunk {
	_Alignas(LINE) int64_t amount[LOTS];
	fs_date date[LOTS];
	uint32_t next;			/* the next chunk: index + 1, or 0 */
};

_Static_assert(sizeof(struct lotchunk) == LINE, "a lot chunk is a line");

/*
 * An entry of the journal: a day of an online ledger left behind (J_DAY:
 * the ledger's sums in a and out b at the day's end), or a record low of
 * a day (J_LOW: the ledger's position a, the row b), written as it comes,
 * before its day's J_DAY.  Entries of one ledger are chained backwards by
 * prev.
 */
enum { J_DAY, J_LOW };

struct jent {
	uint64_t prev;			/* the ledger's entry before: number + 1 */
	fs_date date;
	uint32_t kind;
	int64_t a, b;
};

/* Journal entries kept in memory before they go to the file. */
enum { JBUF = 32768 };
enum { SBUF = 32768 };			/* record lows in memory, 768 KB */

/*
 * A row's place: the input file's index (fs_run caps it at 65535) and
 * the line, in 64 bits.
 */
enum { WHERE_LINE_BITS = 46 };

static uint64_t
where_at(int file, long line)
{
	return (uint64_t)file << WHERE_LINE_BITS |
	    ((uint64_t)line & ((1ULL << WHERE_LINE_BITS) - 1));
}

/* A record low between a day's first and last one. */
struct spilled {
	uint32_t day;
	int64_t s;
	uint64_t at;
};

/* A deficit whose row is to be found. */
struct deficit {
	uint32_t day;
	int found;
	int64_t pos;			/* P: the position at the day's start */
	int64_t s;			/* the row's running sum of the day */
	uint64_t at;
};

/* A secretary, one line of funds.sec. */
struct sec {
	_Alignas(LINE) int64_t support_in;
	int64_t subsidy[NSUBSIDY];	/* living, transport, communication */
	int seen;			/* on a row dated in the year */
	fs_date vdate;			/* the latest such row, and its */
	uint32_t village;		/* village (without a roster): index + 1 */
	uint32_t idlen;
	const char *id;			/* as read (funds.secs's key) */
};

_Static_assert(sizeof(struct sec) == LINE, "a secretary is a cache line");

/*
 * Benefit rows of one household that is not in the register, a day:
 * paid to it (out) and returned by it (in), by flow.
 */
struct unknown {
	const char *hh;			/* as read */
	size_t hhlen;
	const struct village *village;
	fs_date date;
	int64_t amount[2];		/* by FS_FLOW_IN, FS_FLOW_OUT */
	long count[2];
	uint64_t at;			/* the first row */
};

/*
 * A memo of the ids (up to 12 bytes) of a table, by open addressing: an
 * id is its length and two words that hold all its bytes, so a row's id
 * is found in a few instructions, without hashing it whole.  A slot is
 * 16 bytes, and the memo is kept at most a quarter full, so that a probe
 * seldom goes past the id's own slot (a branch guessed wrong): a
 * thousand villages take 64 KB.  It holds every such id of the table
 * (the first MEMO_MAXIDX + 1), so only a new id, a longer one or one
 * past those goes to the table.
 */
enum { MEMO_MAXID = 12, MEMO_MAXIDX = (1 << 24) - 1 };

struct memo {
	_Alignas(16) uint64_t a;
	uint32_t b;
	uint32_t nidx;			/* length << 24 | index; 0: empty */
};

struct memotab {
	struct memo *m;
	void *raw;			/* as allocated */
	uint32_t bits;			/* 1 << bits slots */
	uint32_t n;			/* ids */
};

struct funds {
	struct fs_run *run;
	int year;
	fs_date y0, y1;			/* the year's first and last day */
	int balances;
	const char *households_file;
	int one_file;			/* the only input: it may go in parts */
	const char *households_name;	/* as in messages */
	int have_households;
	struct fs_table households;	/* household_id -> (nothing) */
	struct fs_table villages;	/* village_id -> struct village */
	struct village **vlist;		/* by index */
	uint32_t nv, vcap;
	struct ledger *led;		/* by village index * NCAT + category */
	void *ledraw;			/* as allocated */
	struct fs_table secs;		/* secretary_id -> index in sec */
	struct sec *sec;
	void *secraw;
	uint32_t nsec, seccap;
	struct fs_table unknown;	/* household_id, date -> struct unknown */
	struct day *days;
	uint32_t ndays, daycap;
	uint32_t *slot;			/* day index + 1, 0 empty */
	size_t nslot, nhashed;
	struct memotab vmemo;		/* village_id -> index in vlist */
	struct memotab smemo;		/* secretary_id -> index in sec */
	struct lotchunk *chunk;
	void *chunkraw;
	uint32_t nchunk, chunkcap;
	uint32_t freechunk;		/* the free list: index + 1, or 0 */
	FILE *spill;
	struct spilled *sbuf;		/* SBUF entries, after those in the file */
	size_t nsbuf;
	FILE *journal;
	struct jent *jbuf;		/* JBUF entries, after those in the file */
	size_t njbuf;
	uint64_t njfile;		/* entries in the file */
	struct fs_buf key;
};

static const char *
category_name(int c)
{
	return fs_fmt_funds.cols[FS_FUNDS_CATEGORY].allowed[c];
}

/* The categories whose ledger a rule judges. */
static int
overspend_category(int c)
{
	return c == FS_CAT_SUPPORT || c == FS_CAT_PROJECT ||
	    c == FS_CAT_COLLECTIVE;
}

static int
idle_category(int c)
{
	return c == FS_CAT_SUPPORT || c == FS_CAT_PROJECT;
}

static int
subsidy_index(int c)
{
	switch (c) {
	case FS_CAT_LIVING_SUBSIDY:
		return 0;
	case FS_CAT_TRANSPORT_SUBSIDY:
		return 1;
	case FS_CAT_COMMUNICATION_SUBSIDY:
		return 2;
	default:
		return -1;
	}
}

static const int subsidy_category[NSUBSIDY] = {
	FS_CAT_LIVING_SUBSIDY, FS_CAT_TRANSPORT_SUBSIDY,
	FS_CAT_COMMUNICATION_SUBSIDY
};

/*
 * A sum that no longer fits in int64 fen stops the run: the figures
 * could not be trusted, and the row is valid on its own.
 */
static int __attribute__((format(printf, 3, 4)))
sum_overflow(const struct fs_tsv *r, const struct fs_value *v,
    const char *fmt, ...)
{
	char what[256], max[FS_FMT_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	fs_amount_fmt(INT64_MAX, max);
	fs_warnx("%s:%ld: column 'amount': sum too large: %s would pass %s "
	    "(got '%.*s')", r->name, r->lineno, what, max,
	    (int)v[FS_FUNDS_AMOUNT].n, v[FS_FUNDS_AMOUNT].p);
	return 2;
}

static uint32_t
load32(const char *p)
{
	uint32_t w;

	memcpy(&w, p, sizeof(w));
	return w;
}

/*
 * Array old of have records of size bytes, in the block *raw, grown to n
 * records (the new ones zeroed when zero is set), where no record
 * straddles two lines: size is a power of two up to LINE, or a multiple
 * of LINE, and the array starts on a multiple of it (or of LINE).  malloc
 * does not promise that, so the block holds one record more, and the
 * records move when realloc leaves them off the alignment.
 */
static void *
lines_grow(void **raw, void *old, size_t have, size_t n, size_t size,
    int zero)
{
	size_t align = size < LINE ? size : LINE;
	size_t off = old != NULL ? (size_t)((char *)old - (char *)*raw) : 0;
	char *q = fs_xreallocarray(*raw, n + 1, size);
	char *p = q + (-(uintptr_t)q & (align - 1));

	if (have > 0 && p != q + off)
		memmove(p, q + off, have * size);
	if (zero)
		memset(p + have * size, 0, (n - have) * size);
	*raw = q;
	return p;
}

/*
 * The words of id p[0..n); 0 when it is too long to be memoised.  The
 * id's word (fs_id_word()) and, past 8 bytes, its last 4 (overlapping)
 * hold every byte of an id of 1 to 12 bytes, so the words and the length
 * are the id.
 */
static inline int
memo_key(const char *p, size_t n, uint64_t *a, uint32_t *b)
{
	if (n < 1 || n > MEMO_MAXID)
		return 0;
	*a = fs_id_word(p, n);
	*b = n >= 8 ? load32(p + n - 4) : 0;
	return 1;
}

/* The slot of an id in memo t, or the empty slot where it would go. */
static inline struct memo *
memo_slot(const struct memotab *t, uint64_t a, uint32_t b, size_t n)
{
	size_t mask = ((size_t)1 << t->bits) - 1, i;
	uint32_t len = (uint32_t)n << 24;
	/*
	 * The seed goes through a product before b is mixed in: with
	 * a ^ seed ^ b * G, ids of equal a ^ b * G shared a slot whatever
	 * the seed (20,000 of them, made in 0.2 s, took 5.6 s).
	 */
	uint64_t h = (a ^ fs_hash_seed) * 0x9e3779b97f4a7c15ULL;

	i = (size_t)(((h ^ b ^ n) * 0xff51afd7ed558ccdULL) >>
	    (64 - t->bits));
	for (; t->m[i].nidx != 0; i = (i + 1) & mask)
		if ((t->m[i].nidx & ~(uint32_t)MEMO_MAXIDX) == len &&
		    t->m[i].a == a && t->m[i].b == b)
			break;
	return &t->m[i];
}

/* The index in memo slot m (not empty). */
static inline uint32_t
memo_idx(const struct memo *m)
{
	return m->nidx & MEMO_MAXIDX;
}

/*
 * An id into memo t, at m (its empty slot), kept at most a quarter full;
 * an index past MEMO_MAXIDX is not kept.
 */
static void
memo_add(struct memotab *t, struct memo *m, uint64_t a, uint32_t b,
    size_t n, uint32_t idx)
{
	struct memo *old = t->m;
	void *oldraw = NULL;
	size_t oldn = (size_t)1 << t->bits, i;

	if (idx > MEMO_MAXIDX)
		return;
	m->a = a;
	m->b = b;
	m->nidx = (uint32_t)n << 24 | idx;
	if (++t->n <= oldn / 4)
		return;
	t->bits++;
	oldraw = t->raw;
	t->raw = NULL;
	t->m = lines_grow(&t->raw, NULL, 0, oldn * 2, sizeof(*t->m), 1);
	for (i = 0; i < oldn; i++)
		if (old[i].nidx != 0)
			*memo_slot(t, old[i].a, old[i].b,
			    old[i].nidx >> 24) = old[i];
	free(oldraw);
}

static void
memo_init(struct memotab *t)
{
	t->bits = 10;
	t->n = 0;
	t->m = lines_grow(&t->raw, NULL, 0, (size_t)1 << t->bits,
	    sizeof(*t->m), 1);
}

/* Funds that hold no row yet: their tables. */
static void
funds_init_rows(struct funds *f)
{
	fs_table_init(&f->villages, sizeof(struct village));
	fs_table_init(&f->secs, sizeof(uint32_t));
	fs_table_init(&f->unknown, sizeof(struct unknown));
	memo_init(&f->vmemo);
	memo_init(&f->smemo);
}

/* What the rows made: all but the run, the options and the register. */
static void
funds_free_rows(struct funds *f)
{
	fs_table_free(&f->villages);
	fs_table_free(&f->secs);
	fs_table_free(&f->unknown);
	free(f->chunkraw);
	free(f->vlist);
	free(f->ledraw);
	free(f->secraw);
	free(f->vmemo.raw);
	free(f->smemo.raw);
	free(f->days);
	free(f->jbuf);
	if (f->journal != NULL)
		fclose(f->journal);
	free(f->slot);
	fs_buf_free(&f->key);
	if (f->spill != NULL)
		fclose(f->spill);
	free(f->sbuf);
}

/*
 * Funds that hold no row yet, with g's run, options and register (the
 * register's table is g's, not a copy: funds_free_rows() leaves it).
 */
static void
funds_like(struct funds *f, const struct funds *g)
{
	/*
	 * Field by field: a part is made (part_new()) while other threads
	 * fold parts into g's tables, which must not be read.  g may be f.
	 */
	struct fs_run *run = g->run;
	const int year = g->year, balances = g->balances;
	const int one_file = g->one_file, have = g->have_households;
	const fs_date y0 = g->y0, y1 = g->y1;
	const char *file = g->households_file, *name = g->households_name;
	const struct fs_table households = g->households;

	memset(f, 0, sizeof(*f));
	f->run = run;
	f->year = year;
	f->y0 = y0;
	f->y1 = y1;
	f->balances = balances;
	f->households_file = file;
	f->one_file = one_file;
	f->households_name = name;
	f->have_households = have;
	f->households = households;
	funds_init_rows(f);
}

/* Back to no row at all. */
static void
funds_reset(struct funds *f)
{
	funds_free_rows(f);
	funds_like(f, f);
}

/* The index of a village in funds.vlist; UINT32_MAX: too many. */
static uint32_t
village_get(struct funds *f, const struct fs_value *id)
{
	struct memo *m = NULL;
	struct village *vl;
	uint64_t a;
	uint32_t b;
	int created;

	if (memo_key(id->p, id->n, &a, &b)) {
		m = memo_slot(&f->vmemo, a, b, id->n);
		if (m->nidx != 0)
			return memo_idx(m);
	}
	vl = fs_table_get(&f->villages, id->p, id->n, &created);
	if (created) {
		vl->id = fs_table_entry(&f->villages, id->p, id->n)->key;
		vl->idlen = id->n;
		if (f->nv == UINT32_MAX / NCAT)
			return UINT32_MAX;
		if (f->nv == f->vcap) {
			f->vcap = f->vcap ? f->vcap * 2 : 64;
			f->vlist = fs_xreallocarray(f->vlist, f->vcap,
			    sizeof(*f->vlist));
			f->led = lines_grow(&f->ledraw, f->led,
			    (size_t)f->nv * NCAT, (size_t)f->vcap * NCAT,
			    sizeof(*f->led), 1);
		}
		vl->idx = f->nv;
		f->vlist[f->nv++] = vl;
	}
	if (m != NULL)
		memo_add(&f->vmemo, m, a, b, id->n, vl->idx);
	return vl->idx;
}

static struct sec *
sec_get(struct funds *f, const struct fs_value *id)
{
	struct memo *m = NULL;
	uint32_t *idx, b;
	uint64_t a;
	int created;

	if (memo_key(id->p, id->n, &a, &b)) {
		m = memo_slot(&f->smemo, a, b, id->n);
		if (m->nidx != 0)
			return &f->sec[memo_idx(m)];
	}
	idx = fs_table_get(&f->secs, id->p, id->n, &created);
	if (created) {
		if (f->nsec == UINT32_MAX)
			return NULL;
		if (f->nsec == f->seccap) {
			f->seccap = f->seccap == 0 ? 64 :
			    f->seccap < UINT32_MAX / 2 ? f->seccap * 2 :
			    UINT32_MAX;
			f->sec = lines_grow(&f->secraw, f->sec, f->nsec,
			    f->seccap, sizeof(*f->sec), 1);
		}
		*idx = f->nsec++;
		f->sec[*idx].id = fs_table_entry(&f->secs, id->p, id->n)->key;
		f->sec[*idx].idlen = (uint32_t)id->n;
	}
	if (m != NULL)
		memo_add(&f->smemo, m, a, b, id->n, *idx);
	return &f->sec[*idx];
}

/*
 * A day's hash, from the run's seed: with none, days chosen to share a
 * slot (80,000 of them, found by trying dates) took 18 s.
 */
static size_t
day_hash(uint32_t vc, fs_date date)
{
	uint64_t h = ((uint64_t)vc << 32 | (uint32_t)date) ^ fs_hash_seed;

	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return (size_t)h;
}

/* The slot of a day in the hash, or the empty slot where it would go. */
static size_t
day_slot(const struct funds *f, uint32_t vc, fs_date date)
{
	size_t mask = f->nslot - 1, i;
	const struct day *d;

	for (i = day_hash(vc, date) & mask; f->slot[i] != 0;
	    i = (i + 1) & mask) {
		d = &f->days[f->slot[i] - 1];
		if (d->vc == vc && d->date == date)
			break;
	}
	return i;
}

static void
day_hash_add(struct funds *f, uint32_t idx)
{
	uint32_t *old = f->slot;
	size_t oldn = f->nslot, i;
	const struct day *d;

	if (f->nhashed * 2 >= f->nslot) {
		f->nslot = oldn ? oldn * 2 : 1024;
		f->slot = fs_xcalloc(f->nslot, sizeof(*f->slot));
		for (i = 0; i < oldn; i++)
			if (old[i] != 0) {
				d = &f->days[old[i] - 1];
				f->slot[day_slot(f, d->vc, d->date)] = old[i];
			}
		free(old);
	}
	d = &f->days[idx];
	f->slot[day_slot(f, d->vc, d->date)] = idx + 1;
	f->nhashed++;
}

/* A new day of a ledger of days, or NULL when there are too many. */
static struct day *
day_new(struct funds *f, struct ledger *l, uint32_t vc, fs_date date)
{
	struct day *d;

	if (f->ndays == UINT32_MAX - 1)
		return NULL;
	if (f->ndays == f->daycap) {
		f->daycap = f->daycap ? f->daycap * 2 : 1024;
		f->days = fs_xreallocarray(f->days, f->daycap,
		    sizeof(*f->days));
	}
	d = &f->days[f->ndays];
	memset(d, 0, sizeof(*d));
	d->vc = vc;
	d->date = date;
	d->prev = l->newday;
	l->newday = ++f->ndays;
	if (l->maxday == 0 || date > f->days[l->maxday - 1].date)
		l->maxday = f->ndays;
	if (l->hashed)
		day_hash_add(f, f->ndays - 1);
	return d;
}

/*
 * The record of a ledger's day, created when new.  Rows in date order
 * (the common case) meet their ledger's latest day or make a later one,
 * which needs no lookup; a ledger's days go into the hash only once a
 * row of it comes out of date order.
 */
static struct day *
day_get(struct funds *f, struct ledger *l, uint32_t vc, fs_date date)
{
	struct day *d;
	uint32_t k;
	size_t i;

	if (l->maxday != 0) {
		d = &f->days[l->maxday - 1];
		if (d->date == date)
			return d;
		if (date < d->date && !l->hashed) {
			for (k = l->newday; k != 0; k = f->days[k - 1].prev)
				day_hash_add(f, k - 1);
			l->hashed = 1;
		}
		if (l->hashed) {
			i = day_slot(f, vc, date);
			if (f->slot[i] != 0)
				return &f->days[f->slot[i] - 1];
		}
	}
	return day_new(f, l, vc, date);
}

/* A temporary file's failure (nofile: it could not be made), said: 2. */
static int
tmp_said(int nofile, const char *why)
{
	struct fs_buf b = { 0 };

	fs_tmp_fault(&b, nofile, why);
	fs_warnx("%s", b.p);
	fs_buf_free(&b);
	return 2;
}

/*
 * An unlinked temporary file in $TMPDIR (else /tmp), or NULL, said when
 * say is set (a part says nothing: the reading in order will).
 */
static FILE *
tmp_open(int say)
{
	FILE *fp = fs_tmpfile();

	if (fp == NULL && say)
		(void)tmp_said(1, strerror(errno));
	return fp;
}

static FILE *
spill_open(void)
{
	return tmp_open(1);
}

/*
 * A record low between the first and the last of day index day: kept in
 * memory, and SBUF at a time in the spill file when there are more (a
 * ledger needs no file, nor a $TMPDIR that works, until then).
 */
static int
spill_low(struct funds *f, uint32_t day, int64_t s, uint64_t at)
{
	struct spilled *sp;

	if (f->sbuf == NULL)
		f->sbuf = fs_xreallocarray(NULL, SBUF, sizeof(*f->sbuf));
	if (f->nsbuf == SBUF) {
		if (f->spill == NULL && (f->spill = spill_open()) == NULL)
			return 2;
		if (fwrite(f->sbuf, sizeof(*f->sbuf), SBUF, f->spill) != SBUF)
			return tmp_said(0, strerror(errno));
		f->nsbuf = 0;
	}
	sp = &f->sbuf[f->nsbuf++];
	memset(sp, 0, sizeof(*sp));
	sp->day = day;
	sp->s = s;
	sp->at = at;
	return 0;
}

static int
journal_open(struct funds *f)
{
	if (f->journal == NULL && (f->journal = spill_open()) == NULL)
		return 2;
	return 0;
}

/* The entries in memory go to the file. */
static int
journal_flush(struct funds *f)
{
	const char *p = (const char *)f->jbuf;
	size_t n = f->njbuf * sizeof(*f->jbuf);
	off_t off = (off_t)(f->njfile * sizeof(*f->jbuf));
	ssize_t w;

	if (journal_open(f) != 0)
		return 2;
	while (n > 0) {
		if ((w = pwrite(fileno(f->journal), p, n, off)) < 0) {
			if (errno == EINTR)
				continue;
			return tmp_said(0, strerror(errno));
		}
		p += w;
		n -= (size_t)w;
		off += w;
	}
	f->njfile += f->njbuf;
	f->njbuf = 0;
	return 0;
}

/* An entry of the ledger whose last entry is *jlast. */
static int
journal_add(struct funds *f, uint64_t *jlast, uint32_t kind, fs_date date,
    int64_t a, int64_t b)
{
	struct jent *e;

	if (f->jbuf == NULL)
		f->jbuf = fs_xreallocarray(NULL, JBUF, sizeof(*f->jbuf));
	if (f->njbuf == JBUF && journal_flush(f) != 0)
		return 2;
	e = &f->jbuf[f->njbuf++];
	memset(e, 0, sizeof(*e));
	e->prev = *jlast;
	e->date = date;
	e->kind = kind;
	e->a = a;
	e->b = b;
	*jlast = f->njfile + f->njbuf;
	return 0;
}

/* Entry number no (+ 1) of the journal. */
static int
journal_get(struct funds *f, uint64_t no, struct jent *e)
{
	uint64_t i = no - 1;
	ssize_t n;

	if (i >= f->njfile) {
		*e = f->jbuf[i - f->njfile];
		return 0;
	}
	do
		n = pread(fileno(f->journal), e, sizeof(*e),
		    (off_t)(i * sizeof(*e)));
	while (n < 0 && errno == EINTR);
	if (n != (ssize_t)sizeof(*e))
		return tmp_said(0, n < 0 ? strerror(errno) : "short read");
	return 0;
}

/* A row of a ledger's day, in input order: its sums and record lows. */
static int
day_take(struct funds *f, struct day *d, int flow, int64_t amount,
    uint64_t at)
{
	int64_t s;

	/* The day's sums are parts of the ledger's, which did not overflow. */
	if (flow == FS_FLOW_IN) {
		d->in += amount;
		return 0;
	}
	d->out += amount;
	s = d->in - d->out;
	if (s >= d->low)
		return 0;
	if (d->nlows == 0) {
		d->low1 = s;
		d->at1 = at;
	} else if (d->nlows >= 2 && spill_low(f, (uint32_t)(d - f->days),
	    d->low, d->atlow) != 0)
		return 2;
	d->low = s;
	d->atlow = at;
	if (d->nlows < UINT32_MAX)
		d->nlows++;
	return 0;
}

/* A lot chunk from the free list, else a new one: index + 1, 0: none. */
static uint32_t
chunk_new(struct funds *f)
{
	uint32_t k = f->freechunk;

	if (k != 0) {
		f->freechunk = f->chunk[k - 1].next;
	} else {
		if (f->nchunk == UINT32_MAX - 1)
			return 0;
		if (f->nchunk == f->chunkcap) {
			f->chunkcap = f->chunkcap == 0 ? 64 :
			    f->chunkcap < UINT32_MAX / 2 ? f->chunkcap * 2 :
			    UINT32_MAX - 1;
			f->chunk = lines_grow(&f->chunkraw, f->chunk,
			    f->nchunk, f->chunkcap, sizeof(*f->chunk), 0);
		}
		k = ++f->nchunk;
	}
	f->chunk[k - 1].next = 0;
	return k;
}

/* A ledger's lots are all gone: its chunks go to the free list. */
static void
lots_free(struct funds *f, struct ledger *l)
{
	uint32_t k, next;

	for (k = l->lhead; k != 0; k = next) {
		next = f->chunk[k - 1].next;
		f->chunk[k - 1].next = f->freechunk;
		f->freechunk = k;
	}
	l->lhead = l->ltail = l->hpos = l->tpos = l->nlot = 0;
}

/*
 * Money in joins the queue: the same day's lot, or a new one.  Returns
 * -1 when there are too many lots.
 */
static int
lot_add(struct funds *f, struct ledger *l, fs_date date, int64_t amount)
{
	struct lotchunk *t;
	uint32_t k;

	if (l->nlot > 0) {
		t = &f->chunk[l->ltail - 1];
		if (t->date[l->tpos - 1] == date) {
			t->amount[l->tpos - 1] += amount;
			return 0;
		}
	}
	if (l->ltail == 0 || l->tpos == LOTS) {
		if ((k = chunk_new(f)) == 0)
			return -1;
		if (l->ltail != 0)
			f->chunk[l->ltail - 1].next = k;
		else {
			l->lhead = k;
			l->hpos = 0;
		}
		l->ltail = k;
		l->tpos = 0;
	}
	t = &f->chunk[l->ltail - 1];
	t->amount[l->tpos] = amount;
	t->date[l->tpos] = date;
	l->tpos++;
	l->nlot++;
	return 0;
}

/* Money out spends the oldest lots first; amount is at most their sum. */
static void
lot_spend(struct funds *f, struct ledger *l, int64_t amount)
{
	struct lotchunk *h;
	uint32_t k;

	while (amount > 0 && l->nlot > 0) {
		h = &f->chunk[l->lhead - 1];
		if (h->amount[l->hpos] > amount) {
			h->amount[l->hpos] -= amount;
			return;
		}
		amount -= h->amount[l->hpos];
		l->hpos++;
		if (--l->nlot == 0)
			lots_free(f, l);
		else if (l->hpos == LOTS) {
			k = l->lhead;
			l->lhead = h->next;
			l->hpos = 0;
			h->next = f->freechunk;
			f->freechunk = k;
		}
	}
}

/*
 * A row of an online ledger, dated on or after its day under way, before
 * its sums count it.  A row that takes the position below the lowest of
 * the day, and below the day's start, is a record low (struct day); the
 * third of a day needs the temporary file, as a ledger of days would.
 */
static int
online_take(struct funds *f, uint32_t vc, struct ledger *l, fs_date date,
    int flow, int64_t amount, uint64_t at)
{
	struct ledger_end *end;
	int64_t pos = l->in - l->out, now;
	int c = (int)(vc % NCAT);
	int keeplots = f->balances || idle_category(c);

	if (date != l->date) {
		if (journal_add(f, &l->jlast, J_DAY, l->date, l->in,
		    l->out) != 0)
			return 2;
		l->date = date;
		l->low = pos;
		l->nlows = 0;
	}
	if (flow == FS_FLOW_IN) {
		now = pos + amount;
		/* A deficit is repaid first. */
		if (keeplots && now > 0 &&
		    lot_add(f, l, date, amount < now ? amount : now) != 0) {
			fs_warnx("too many lots of money held");
			return 2;
		}
		return 0;
	}
	now = pos - amount;
	if (now < l->low) {
		if (l->nlows < 2)
			l->nlows++;
		if (journal_add(f, &l->jlast, J_LOW, date, now,
		    (int64_t)at) != 0)
			return 2;
		l->low = now;
	}
	if (keeplots && pos > 0)
		lot_spend(f, l, amount < pos ? amount : pos);
	if (now < 0 && !l->found && overspend_category(c)) {
		l->found = 1;
		end = &f->vlist[vc / NCAT]->cat[c];
		end->def_date = date;
		end->deficit = -now;
		end->def_at = at;
	}
	return 0;
}

/*
 * a - b, where both are positions of a ledger and the difference is a
 * running sum of one of its days: it fits, though a - b might not be
 * computed so in int64_t.
 */
static int64_t
position_diff(int64_t a, int64_t b)
{
	return (int64_t)((uint64_t)a - (uint64_t)b);
}

/*
 * A day of an online ledger read back: its sums in and out, the position
 * at its start, and its record lows low[0 .. nlow) (J_LOW): the first and
 * the last into the day, those in between into the spill file.  Returns
 * 1 when there are too many days.
 */
static int
day_back(struct funds *f, struct ledger *l, uint32_t vc, fs_date date,
    int64_t in, int64_t out, int64_t start, const struct jent *low,
    size_t nlow)
{
	struct day *d;
	size_t k;

	if ((d = day_new(f, l, vc, date)) == NULL)
		return 1;
	d->in = in;
	d->out = out;
	if (nlow == 0)
		return 0;
	d->low1 = position_diff(low[0].a, start);
	d->at1 = (uint64_t)low[0].b;
	d->low = position_diff(low[nlow - 1].a, start);
	d->atlow = (uint64_t)low[nlow - 1].b;
	d->nlows = nlow < UINT32_MAX ? (uint32_t)nlow : UINT32_MAX;
	for (k = 1; k + 1 < nlow; k++)
		if (spill_low(f, (uint32_t)(d - f->days),
		    position_diff(low[k].a, start), (uint64_t)low[k].b) != 0)
			return 2;
	return 0;
}

/*
 * An online ledger meets a row dated before its day under way: its days
 * are read back from the journal into struct days, the day under way
 * last, and it goes on as a ledger of days.
 */
static int
ledger_to_days(struct funds *f, uint32_t vc, struct ledger *l)
{
	size_t n = 0, cap = 64, i, k;
	/* Never NULL: e + k below, with no entries, must be a pointer. */
	struct jent *e = fs_xreallocarray(NULL, cap, sizeof(*e)), t;
	uint64_t no;
	int64_t in = 0, out = 0;	/* the sums before the day */
	int status = 0;

	for (no = l->jlast; no != 0; no = e[n++].prev) {
		if (n == cap) {
			cap *= 2;
			e = fs_xreallocarray(e, cap, sizeof(*e));
		}
		if ((status = journal_get(f, no, &e[n])) != 0)
			goto out;
	}
	/* Oldest first. */
	for (i = 0; i < n / 2; i++) {
		t = e[i];
		e[i] = e[n - 1 - i];
		e[n - 1 - i] = t;
	}
	for (i = k = 0; i < n; i++) {
		if (e[i].kind == J_LOW)
			continue;
		if ((status = day_back(f, l, vc, e[i].date, e[i].a - in,
		    e[i].b - out, in - out, e + k, i - k)) != 0)
			goto out;
		in = e[i].a;
		out = e[i].b;
		k = i + 1;
	}
	if ((status = day_back(f, l, vc, l->date, l->in - in, l->out - out,
	    in - out, e + k, n - k)) != 0)
		goto out;
	l->mode = LEDGER_DAYS;
	lots_free(f, l);
out:
	free(e);
	return status;
}

/*
 * Without --findings a finding is only counted, for the exit status:
 * nothing is formatted or kept.  Returns whether it was.
 */
static int
tallied(struct funds *f, int severity)
{
	if (f->run->findings)
		return 0;
	fs_findings_tally(&f->run->fnd, severity);
	return 1;
}

/*
 * The traces a benefit paid out lacks, or NULL.  A notice_ref of white
 * space alone, a cell cleared with a space, or a word for none (无), is
 * none (fs_missing()).
 */
static inline const char *
untraced_missing(const struct fs_value *v)
{
	int hh = v[FS_FUNDS_HOUSEHOLD_ID].n > 0;
	int notice = !fs_missing(&v[FS_FUNDS_NOTICE_REF]);

	if (hh && notice)
		return NULL;
	if (!hh && !notice)
		return "household_id and notice_ref";
	return !hh ? "household_id" : "notice_ref";
}

/* The payment's id: its ref, else its household_id. */
static const struct fs_value *
payment_id(const struct fs_value *v)
{
	return v[FS_FUNDS_REF].n > 0 ? &v[FS_FUNDS_REF] :
	    &v[FS_FUNDS_HOUSEHOLD_ID];
}

/* funds.benefit-untraced: id and vil as read; source "FILE:LINE". */
static void
benefit_untraced(struct funds *f, const char *id, size_t idn,
    const char *vil, size_t viln, fs_date day, int64_t amount,
    const char *missing, const char *source)
{
	struct fs_findings *fnd = &f->run->fnd;
	char date[FS_FMT_MAX], sum[FS_FMT_MAX];

	fs_date_fmt(day, date);
	fs_amount_fmt(amount, sum);
	fs_finding(fnd, "funds.benefit-untraced", FS_SEV_VIOLATION, "payment",
	    fs_findings_strn(fnd, id, idn), fs_findings_strn(fnd, vil, viln),
	    date, source, "benefit of %s paid out without %s", sum, missing);
}

static void
rule_benefit_untraced(struct funds *f, const struct fs_tsv *r,
    const struct fs_value *v)
{
	const char *missing = untraced_missing(v);
	const struct fs_value *id = payment_id(v);

	if (missing == NULL || tallied(f, FS_SEV_VIOLATION))
		return;
	benefit_untraced(f, id->p, id->n, v[FS_FUNDS_VILLAGE_ID].p,
	    v[FS_FUNDS_VILLAGE_ID].n, v[FS_FUNDS_DATE].v.date,
	    v[FS_FUNDS_AMOUNT].v.num, missing,
	    fs_findings_source(&f->run->fnd, r->name, r->lineno));
}

/*
 * Notes a benefit row of a household the register does not hold, row
 * at.  -1 when its sum for the day would overflow.
 */
static int
note_unknown_household(struct funds *f, const struct fs_value *v,
    const struct village *vl, uint64_t at)
{
	const struct fs_value *hh = &v[FS_FUNDS_HOUSEHOLD_ID];
	fs_date date = v[FS_FUNDS_DATE].v.date;
	struct unknown *u;
	int created, flow;

	if (fs_table_find(&f->households, hh->p, hh->n) != NULL)
		return 0;
	fs_buf_reset(&f->key);
	fs_buf_add(&f->key, hh->p, hh->n);
	fs_buf_add(&f->key, "\t", 1);
	fs_buf_add(&f->key, &date, sizeof(date));
	u = fs_table_get(&f->unknown, f->key.p, f->key.n, &created);
	if (created) {
		u->hh = fs_table_entry(&f->unknown, f->key.p, f->key.n)->key;
		u->hhlen = hh->n;
		u->village = vl;
		u->date = date;
		u->at = at;
	}
	flow = v[FS_FUNDS_FLOW].v.choice;
	if (fs_add_overflow(u->amount[flow], v[FS_FUNDS_AMOUNT].v.num,
	    &u->amount[flow]))
		return -1;
	u->count[flow]++;
	return 0;
}

/*
 * A row of secretary s in the year, of village index vi: the sum it adds
 * to, or NULL.
 */
static int64_t *
sec_take(struct sec *s, const struct fs_value *v, uint32_t vi)
{
	int c = v[FS_FUNDS_CATEGORY].v.choice, k;
	fs_date date = v[FS_FUNDS_DATE].v.date;

	s->seen = 1;
	if (s->village == 0 || date >= s->vdate) {
		s->vdate = date;
		s->village = vi + 1;
	}
	if (v[FS_FUNDS_FLOW].v.choice != FS_FLOW_IN)
		return NULL;
	if (c == FS_CAT_SUPPORT)
		return &s->support_in;
	return (k = subsidy_index(c)) >= 0 ? &s->subsidy[k] : NULL;
}

/* The money a secretary received in the year.  vi: the village index. */
static int
take_secretary(struct funds *f, const struct fs_tsv *r,
    const struct fs_value *v, uint32_t vi)
{
	struct sec *s;
	int64_t *sum;

	if ((s = sec_get(f, &v[FS_FUNDS_SECRETARY_ID])) == NULL) {
		fs_warnx("%s:%ld: too many secretaries", r->name, r->lineno);
		return 2;
	}
	if ((sum = sec_take(s, v, vi)) != NULL &&
	    fs_add_overflow(*sum, v[FS_FUNDS_AMOUNT].v.num, sum))
		return sum_overflow(r, v, "%s in to secretary %.*s in %04d",
		    category_name(v[FS_FUNDS_CATEGORY].v.choice),
		    (int)v[FS_FUNDS_SECRETARY_ID].n,
		    v[FS_FUNDS_SECRETARY_ID].p, f->year);
	return 0;
}

static int
too_many_days(const struct fs_tsv *r)
{
	fs_warnx("%s:%ld: too many days in the ledgers", r->name, r->lineno);
	return 2;
}

/* One valid row of the ledger. */
static int
take_row(struct funds *f, const struct fs_tsv *r, const struct fs_value *v)
{
	fs_date date = v[FS_FUNDS_DATE].v.date;
	int c = v[FS_FUNDS_CATEGORY].v.choice;
	int flow = v[FS_FUNDS_FLOW].v.choice;
	int64_t amount = v[FS_FUNDS_AMOUNT].v.num;
	const struct village *vl;
	struct ledger *l;
	struct day *d;
	int64_t sum;
	uint64_t at;
	uint32_t vi, vc;
	int rc;

	/* Planned payments are counted nowhere. */
	if (date > f->run->as_of)
		return 0;
	if ((vi = village_get(f, &v[FS_FUNDS_VILLAGE_ID])) == UINT32_MAX) {
		fs_warnx("%s:%ld: too many villages", r->name, r->lineno);
		return 2;
	}
	vc = vi * NCAT + (uint32_t)c;
	l = &f->led[vc];
	if (l->mode == LEDGER_UNUSED) {
		l->mode = LEDGER_SUMS;
		if (f->balances || overspend_category(c)) {
			l->mode = LEDGER_ONLINE;
			l->date = date;
		}
	}
	if (fs_add_overflow(flow == FS_FLOW_IN ? l->in : l->out, amount,
	    &sum)) {
		vl = f->vlist[vi];
		return sum_overflow(r, v, "%s %s of village %.*s",
		    category_name(c), flow == FS_FLOW_IN ? "in" : "out",
		    (int)vl->idlen, vl->id);
	}
	at = where_at(f->run->nfiles - 1, r->lineno);
	if (l->mode == LEDGER_ONLINE && date < l->date &&
	    (rc = ledger_to_days(f, vc, l)) != 0)
		return rc == 1 ? too_many_days(r) : 2;
	if (l->mode == LEDGER_ONLINE) {
		if (online_take(f, vc, l, date, flow, amount, at) != 0)
			return 2;
	} else if (l->mode == LEDGER_DAYS) {
		if ((d = day_get(f, l, vc, date)) == NULL)
			return too_many_days(r);
		if (day_take(f, d, flow, amount, at) != 0)
			return 2;
	}
	if (flow == FS_FLOW_IN)
		l->in = sum;
	else
		l->out = sum;
	if (v[FS_FUNDS_SECRETARY_ID].n > 0 && date >= f->y0 &&
	    date <= f->y1 && take_secretary(f, r, v, vi) != 0)
		return 2;
	if (c == FS_CAT_BENEFIT) {
		if (flow == FS_FLOW_OUT)
			rule_benefit_untraced(f, r, v);
		if (f->have_households && v[FS_FUNDS_HOUSEHOLD_ID].n > 0 &&
		    note_unknown_household(f, v, f->vlist[vi], at) != 0)
			return sum_overflow(r, v, "benefits to household %.*s "
			    "that day", (int)v[FS_FUNDS_HOUSEHOLD_ID].n,
			    v[FS_FUNDS_HOUSEHOLD_ID].p);
	}
	return 0;
}

/* take_row() for fs_run_take(). */
static int
take_parsed(void *arg, const struct fs_tsv *r, const struct fs_value *v)
{
	return take_row(arg, r, v);
}

/*
 * Reading a file on several threads (fs_run_parts()).  The file is cut
 * into parts at line starts, and each part is read on one thread into a
 * struct part of its own: its villages, secretaries and ledgers, as if
 * it were the whole file but for one thing: nothing is known of the
 * money before it.  So the ledger of a part keeps (LEDGER_ONLINE, in its
 * part form):
 *
 *  - its sums in and out, and its first and latest date (first, date);
 *  - every day's money in as a lot, none of it spent: how much is still
 *    held depends on the position the part starts from;
 *  - for a category a deficit is looked for in, its record lows: the
 *    rows where its running position from the part's start (in minus
 *    out) falls below 0 and below every earlier one, in the part's log
 *    (struct plog), the lowest in low.  A ledger that starts the part at
 *    position P >= 0 (a lower one has found its deficit already) has its
 *    first deficit in the part at the first record low below -P.
 *
 * When a part and all parts before it are done, it is folded into the
 * run's ledgers (merge_part()), in file order: the sums add; the part's
 * lots join the queue, and the queue is spent from its head down to what
 * is held, max(0, P + in - out); the log gives the deficit.  That is the
 * FIFO online_take() runs row by row, as long as each ledger's rows come
 * in date order through the whole file.  When they do not (a ledger of
 * days), or anything else is out of the common way (a sum too large, too
 * many villages, lots or secretaries), the part says no: every thread
 * stops, what the parts made is dropped, and the file is read again the
 * ordinary way, which reports it as it always has.
 */

/* A record low of a part's ledger: its position from the part's start. */
struct plow {
	uint32_t vc;			/* the part's village index * NCAT + c */
	fs_date date;
	int64_t s;
	uint64_t at;			/* part_at() */
};

/* Record lows kept in memory, after those in the part's temporary file. */
enum { PLOG_MEM = 1024 };

struct plog {
	struct plow *buf;
	size_t n;
	FILE *file;
	uint64_t nfile;			/* entries in the file */
};

/* A benefit paid out without a trace, with --findings. */
struct pend {
	int part;
	long line;			/* in the part */
	fs_date date;
	int64_t amount;
	const char *missing;
	size_t id, idn, vil, viln;	/* in the part's (or the run's) str */
};

/* What a row does to its ledger in a part, by category and flow. */
enum { ACT_SUMS, ACT_LOT, ACT_LOW };

struct part {
	struct funds f;
	unsigned char act[NCAT][2];	/* [category][flow is in] */
	struct plog log;
	long untraced;			/* benefits without a trace, counted */
	struct pend *pend;		/* or kept, with --findings */
	size_t npend, pendcap;
	struct fs_buf str;
};

/*
 * The largest arrays of a part folded, kept for a part to come: its
 * villages' list and ledgers, and its lot chunks (NULL: none).  Up to
 * SPARES of them: parts are folded in the file's order, so a part that
 * ends before one earlier in the file waits, and then several are
 * folded at once.  They cost what SPARES parts' arrays hold: on the
 * bench's 10M rows of 1000 villages, peak RSS 36.7 -> 41.9 MB; on the
 * memory check's files (100 villages), 28.2 and 28.8 MB, as before.
 */
enum { SPARES = 4 };

struct spare {
	struct village **vlist;
	void *ledraw;
	uint32_t vcap;
	void *chunkraw;
	uint32_t chunkcap;
};

/* The parts of one file, and what of them is folded into g. */
struct parts {
	struct funds *g;
	pthread_mutex_t mu;
	struct spare spare[SPARES];	/* with mu held */
	int nspare;
	struct part *p[FS_MAX_PARTS];
	unsigned char ended[FS_MAX_PARTS];
	int merged;			/* parts folded, from 0 */
	int failed;
	long untraced;
	struct pend *pend;
	size_t npend, pendcap;
	struct fs_buf str;
};

/*
 * A row's place while the parts are read: the part in the file's bits,
 * the line from the part's start; where_at() once the parts' lines are
 * known (parts_finish()).
 */
static uint64_t
part_at(int part, long line)
{
	return where_at(part, line);
}

/*
 * A part that holds no row yet.  It starts with the arrays of a part
 * folded before (part_keep()), when one is kept: fresh memory is slow to
 * come by (the kernel clears each page as it is first written, and
 * unmapping it interrupts the other threads to flush their TLBs).  On
 * the bench's file, page faults 10,300 -> 4,700 a run, munmap() and
 * mremap() 133 -> 54 besides the file's windows, and 0.978 of the time
 * (21 rounds in turn).
 */
static struct part *
part_new(struct parts *ps)
{
	const struct funds *g = ps->g;
	struct part *p = fs_xcalloc(1, sizeof(*p));
	struct funds *f = &p->f;
	struct spare s;
	int c;

	funds_like(f, g);		/* the register: read only, g's */
	memset(&s, 0, sizeof(s));
	pthread_mutex_lock(&ps->mu);
	if (ps->nspare > 0)
		s = ps->spare[--ps->nspare];
	pthread_mutex_unlock(&ps->mu);
	if (s.ledraw != NULL) {
		f->vlist = s.vlist;
		f->ledraw = s.ledraw;
		f->vcap = s.vcap;
		f->led = lines_grow(&f->ledraw, NULL, 0, (size_t)f->vcap * NCAT,
		    sizeof(*f->led), 1);
	}
	if (s.chunkraw != NULL) {
		f->chunkraw = s.chunkraw;
		f->chunkcap = s.chunkcap;
		f->chunk = lines_grow(&f->chunkraw, NULL, 0, f->chunkcap,
		    sizeof(*f->chunk), 0);
	}
	for (c = 0; c < NCAT; c++) {
		p->act[c][1] = g->balances || idle_category(c) ? ACT_LOT :
		    ACT_SUMS;
		p->act[c][0] = overspend_category(c) ? ACT_LOW : ACT_SUMS;
	}
	return p;
}

/* Part p, folded, leaves its arrays to parts to come, with ps->mu held. */
static void
part_keep(struct parts *ps, struct part *p)
{
	struct spare *s;
	struct funds *f = &p->f;

	if (ps->nspare == SPARES || f->ledraw == NULL)
		return;
	s = &ps->spare[ps->nspare++];
	s->vlist = f->vlist;
	s->ledraw = f->ledraw;
	s->vcap = f->vcap;
	s->chunkraw = f->chunkraw;
	s->chunkcap = f->chunkcap;
	f->vlist = NULL;
	f->ledraw = NULL;
	f->chunkraw = NULL;
}

static void
part_free(struct part *p)
{
	if (p == NULL)
		return;
	funds_free_rows(&p->f);
	free(p->log.buf);
	if (p->log.file != NULL)
		fclose(p->log.file);
	free(p->pend);
	fs_buf_free(&p->str);
	free(p);
}

static int
plog_add(struct part *p, uint32_t vc, fs_date date, int64_t s, uint64_t at)
{
	struct plog *g = &p->log;
	struct plow *e;
	size_t n = PLOG_MEM * sizeof(*g->buf);

	if (g->buf == NULL)
		g->buf = fs_xreallocarray(NULL, PLOG_MEM, sizeof(*g->buf));
	if (g->n == PLOG_MEM) {
		if (g->file == NULL && (g->file = tmp_open(0)) == NULL)
			return -1;
		if (pwrite(fileno(g->file), g->buf, n,
		    (off_t)(g->nfile * sizeof(*g->buf))) != (ssize_t)n)
			return -1;
		g->nfile += g->n;
		g->n = 0;
	}
	e = &g->buf[g->n++];
	memset(e, 0, sizeof(*e));
	e->vc = vc;
	e->date = date;
	e->s = s;
	e->at = at;
	return 0;
}

static void
pend_add(struct pend **pend, size_t *n, size_t *cap, const struct pend *e)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*pend = fs_xreallocarray(*pend, *cap, sizeof(**pend));
	}
	(*pend)[(*n)++] = *e;
}

/* A valid row of part number part: take_row() in the part's form. */
static int
part_row(void *arg, int part, const struct fs_tsv *r,
    const struct fs_value *v)
{
	struct parts *ps = arg;
	struct part *p = ps->p[part];
	struct funds *f;
	fs_date date = v[FS_FUNDS_DATE].v.date;
	int c = v[FS_FUNDS_CATEGORY].v.choice;
	int flow = v[FS_FUNDS_FLOW].v.choice;
	int64_t amount = v[FS_FUNDS_AMOUNT].v.num, pos, *sum;
	const struct fs_value *id;
	struct ledger *l;
	struct pend e;
	struct sec *s;
	uint32_t vi, vc;

	if (date > ps->g->run->as_of)
		return 0;
	if (p == NULL)
		p = ps->p[part] = part_new(ps);
	f = &p->f;
	if ((vi = village_get(f, &v[FS_FUNDS_VILLAGE_ID])) == UINT32_MAX)
		return 1;
	vc = vi * NCAT + (uint32_t)c;
	l = &f->led[vc];
	if (l->mode == LEDGER_UNUSED) {
		l->mode = f->balances || overspend_category(c) ?
		    LEDGER_ONLINE : LEDGER_SUMS;
		l->first = l->date = date;
	}
	/*
	 * The category and the flow decide at random, row by row, which of
	 * this is done, and a branch on them is guessed wrong half the
	 * time: the date order is one test, and the work is looked up
	 * (act[][]).  A ledger that keeps only sums may go back in date:
	 * its date is not looked at.
	 */
	if ((l->mode == LEDGER_ONLINE) & (date < l->date))
		return 1;
	l->date = date;
	sum = flow == FS_FLOW_IN ? &l->in : &l->out;
	if (fs_add_overflow(*sum, amount, sum))
		return 1;
	pos = l->in - l->out;
	switch (p->act[c][flow == FS_FLOW_IN]) {
	case ACT_LOT:
		if (lot_add(f, l, date, amount) != 0)
			return 1;
		break;
	case ACT_LOW:
		if (pos < l->low) {
			l->low = pos;
			l->nlows = 1;
			if (plog_add(p, vc, date, pos,
			    part_at(part, r->lineno)) != 0)
				return 1;
		}
		break;
	}
	if (v[FS_FUNDS_SECRETARY_ID].n > 0 && date >= f->y0 &&
	    date <= f->y1) {
		if ((s = sec_get(f, &v[FS_FUNDS_SECRETARY_ID])) == NULL)
			return 1;
		if ((sum = sec_take(s, v, vi)) != NULL &&
		    fs_add_overflow(*sum, amount, sum))
			return 1;
	}
	if (c != FS_CAT_BENEFIT)
		return 0;
	if (flow == FS_FLOW_OUT &&
	    (e.missing = untraced_missing(v)) != NULL) {
		if (!f->run->findings)
			p->untraced++;
		else {
			id = payment_id(v);
			e.part = part;
			e.line = r->lineno;
			e.date = date;
			e.amount = amount;
			e.id = p->str.n;
			e.idn = id->n;
			fs_buf_add(&p->str, id->p, id->n);
			e.vil = p->str.n;
			e.viln = v[FS_FUNDS_VILLAGE_ID].n;
			fs_buf_add(&p->str, v[FS_FUNDS_VILLAGE_ID].p, e.viln);
			pend_add(&p->pend, &p->npend, &p->pendcap, &e);
		}
	}
	if (f->have_households && v[FS_FUNDS_HOUSEHOLD_ID].n > 0 &&
	    note_unknown_household(f, v, f->vlist[vi],
	    part_at(part, r->lineno)) != 0)
		return 1;
	return 0;
}

/*
 * The first deficits in part p of the ledgers that want one: want[vc]
 * set, below -P = thr[vc].  The log is read in the order it was written,
 * the rows' order.  Each deficit found goes to the run's ledger gvc[vc].
 */
static int
plog_find(struct parts *ps, struct part *p, unsigned char *want,
    const int64_t *thr, const uint32_t *gvc)
{
	struct funds *g = ps->g;
	struct plog *lg = &p->log;
	struct plow *blk = NULL, *e;
	struct ledger_end *end;
	uint64_t k = 0, m, i;
	size_t sz = sizeof(*blk);
	ssize_t got;
	int status = 0;

	while (k < lg->nfile + lg->n) {
		if (k < lg->nfile) {
			if (blk == NULL)
				blk = fs_xreallocarray(NULL, PLOG_MEM, sz);
			m = lg->nfile - k < PLOG_MEM ? lg->nfile - k : PLOG_MEM;
			do
				got = pread(fileno(lg->file), blk, m * sz,
				    (off_t)(k * sz));
			while (got < 0 && errno == EINTR);
			if (got != (ssize_t)(m * sz)) {
				status = -1;
				break;
			}
			e = blk;
		} else {
			m = lg->n;
			e = lg->buf;
		}
		for (i = 0; i < m; i++, e++) {
			if (!want[e->vc] || e->s >= thr[e->vc])
				continue;
			want[e->vc] = 0;
			g->led[gvc[e->vc]].found = 1;
			end = &g->vlist[gvc[e->vc] / NCAT]->cat[e->vc % NCAT];
			end->def_date = e->date;
			end->deficit = thr[e->vc] - e->s;
			end->def_at = e->at;
		}
		k += m;
	}
	free(blk);
	return status;
}

/* The lots of a part's ledger l join the queue of the run's gl. */
static int
lots_join(struct funds *g, struct ledger *gl, const struct funds *f,
    const struct ledger *l)
{
	const struct lotchunk *h;
	uint32_t i, k = l->lhead, pos = l->hpos;

	for (i = 0; i < l->nlot; i++) {
		h = &f->chunk[k - 1];
		if (lot_add(g, gl, h->date[pos], h->amount[pos]) != 0)
			return -1;
		if (++pos == LOTS) {
			k = h->next;
			pos = 0;
		}
	}
	return 0;
}

/* Part p folded into the run's funds: 0, or -1 when it cannot be. */
static int
merge_part(struct parts *ps, struct part *p)
{
	struct funds *g = ps->g, *f = &p->f;
	size_t nvc = (size_t)f->nv * NCAT, i, nwant = 0;
	uint32_t *gvc = fs_xreallocarray(NULL, nvc + 1, sizeof(*gvc));
	int64_t *thr = fs_xreallocarray(NULL, nvc + 1, sizeof(*thr));
	unsigned char *want = fs_xcalloc(nvc + 1, 1);
	int64_t pos, held, now;
	struct fs_value id;
	struct ledger *l, *gl;
	struct unknown *u, *gu;
	const struct fs_entry *en;
	struct sec *s, *gs;
	struct pend e;
	uint32_t gi;
	int c, k, created, status = -1;

	memset(&id, 0, sizeof(id));
	for (i = 0; i < f->nv; i++) {
		id.p = f->vlist[i]->id;
		id.n = f->vlist[i]->idlen;
		if ((gi = village_get(g, &id)) == UINT32_MAX)
			goto out;
		for (c = 0; c < NCAT; c++)
			gvc[i * NCAT + (size_t)c] = gi * NCAT + (uint32_t)c;
	}
	/* The deficits, from the positions before the part. */
	for (i = 0; i < nvc; i++) {
		l = &f->led[i];
		gl = &g->led[gvc[i]];
		if (l->mode == LEDGER_UNUSED)
			continue;
		if (gl->mode == LEDGER_UNUSED) {
			gl->mode = l->mode;
			gl->date = l->first;
		}
		if (gl->mode == LEDGER_ONLINE && l->first < gl->date)
			goto out;
		pos = gl->in - gl->out;
		if (l->nlows && !gl->found && l->low < -pos) {
			want[i] = 1;
			thr[i] = -pos;
			nwant++;
		}
	}
	if (nwant > 0 && plog_find(ps, p, want, thr, gvc) != 0)
		goto out;
	/* The sums, and what is held. */
	for (i = 0; i < nvc; i++) {
		l = &f->led[i];
		gl = &g->led[gvc[i]];
		if (l->mode == LEDGER_UNUSED)
			continue;
		pos = gl->in - gl->out;
		if (fs_add_overflow(gl->in, l->in, &gl->in) ||
		    fs_add_overflow(gl->out, l->out, &gl->out))
			goto out;
		gl->date = l->date;
		if (l->mode != LEDGER_ONLINE ||
		    !(g->balances || idle_category((int)(i % NCAT))))
			continue;
		held = pos > 0 ? pos : 0;
		now = gl->in - gl->out;
		if (lots_join(g, gl, f, l) != 0)
			goto out;
		lot_spend(g, gl, held + l->in - (now > 0 ? now : 0));
	}
	for (i = 0; i < f->nsec; i++) {
		s = &f->sec[i];
		id.p = s->id;
		id.n = s->idlen;
		if ((gs = sec_get(g, &id)) == NULL)
			goto out;
		gs->seen |= s->seen;
		if (fs_add_overflow(gs->support_in, s->support_in,
		    &gs->support_in))
			goto out;
		for (k = 0; k < NSUBSIDY; k++)
			if (fs_add_overflow(gs->subsidy[k], s->subsidy[k],
			    &gs->subsidy[k]))
				goto out;
		if (s->village != 0 && (gs->village == 0 ||
		    s->vdate >= gs->vdate)) {
			gs->vdate = s->vdate;
			gs->village = gvc[(s->village - 1) * NCAT] / NCAT + 1;
		}
	}
	for (i = 0; i < f->unknown.n; i++) {
		en = f->unknown.order[i];
		u = en->val;
		gu = fs_table_get(&g->unknown, en->key, en->keylen, &created);
		if (created) {
			gu->hh = fs_table_entry(&g->unknown, en->key,
			    en->keylen)->key;
			gu->hhlen = u->hhlen;
			gu->village = g->vlist[gvc[u->village->idx * NCAT] /
			    NCAT];
			gu->date = u->date;
			gu->at = u->at;
		}
		for (k = FS_FLOW_IN; k <= FS_FLOW_OUT; k++) {
			if (fs_add_overflow(gu->amount[k], u->amount[k],
			    &gu->amount[k]))
				goto out;
			gu->count[k] += u->count[k];
		}
	}
	ps->untraced += p->untraced;
	for (i = 0; i < p->npend; i++) {
		e = p->pend[i];
		e.id = ps->str.n;
		fs_buf_add(&ps->str, p->str.p + p->pend[i].id, e.idn);
		e.vil = ps->str.n;
		fs_buf_add(&ps->str, p->str.p + p->pend[i].vil, e.viln);
		pend_add(&ps->pend, &ps->npend, &ps->pendcap, &e);
	}
	status = 0;
out:
	free(gvc);
	free(thr);
	free(want);
	return status;
}

/* For fs_run_parts(): part is done; fold it and the done ones after. */
static int
part_end(void *arg, int part)
{
	struct parts *ps = arg;
	int failed;

	pthread_mutex_lock(&ps->mu);
	ps->ended[part] = 1;
	while (ps->merged < FS_MAX_PARTS && ps->ended[ps->merged]) {
		if (!ps->failed && ps->p[ps->merged] != NULL &&
		    merge_part(ps, ps->p[ps->merged]) != 0)
			ps->failed = 1;
		if (ps->p[ps->merged] != NULL)
			part_keep(ps, ps->p[ps->merged]);
		part_free(ps->p[ps->merged]);
		ps->p[ps->merged++] = NULL;
	}
	failed = ps->failed;
	pthread_mutex_unlock(&ps->mu);
	return failed;
}

/*
 * Every part folded: the rows' places from the parts' lines, and the
 * findings of the rows (benefits without a trace).
 */
static void
parts_finish(struct parts *ps, const long *line_base)
{
	struct funds *g = ps->g;
	const uint64_t mask = (1ULL << WHERE_LINE_BITS) - 1;
	const int file = g->run->nfiles - 1;
	struct unknown *u;
	const struct pend *e;
	uint64_t *at;
	size_t i;
	int c;

	for (i = 0; i < (size_t)g->nv * NCAT; i++) {
		if (!g->led[i].found)
			continue;
		c = (int)(i % NCAT);
		at = &g->vlist[i / NCAT]->cat[c].def_at;
		*at = where_at(file, line_base[*at >> WHERE_LINE_BITS] +
		    (long)(*at & mask));
	}
	for (i = 0; i < g->unknown.n; i++) {
		u = g->unknown.order[i]->val;
		u->at = where_at(file, line_base[u->at >> WHERE_LINE_BITS] +
		    (long)(u->at & mask));
	}
	for (i = 0; i < (size_t)ps->untraced; i++)
		fs_findings_tally(&g->run->fnd, FS_SEV_VIOLATION);
	for (i = 0; i < ps->npend; i++) {
		e = &ps->pend[i];
		benefit_untraced(g, ps->str.p + e->id, e->idn,
		    ps->str.p + e->vil, e->viln, e->date, e->amount,
		    e->missing, fs_findings_source(&g->run->fnd,
		    g->run->files[file], line_base[e->part] + e->line));
	}
}

/*
 * The rest of r on several threads, into f, which holds no row yet: 1
 * when done, 0 when r is to be read the ordinary way (f then still holds
 * no row).
 */
static int
read_parts(struct funds *f, struct fs_tsv *r, const struct fs_binding *b)
{
	struct parts *ps = fs_xcalloc(1, sizeof(*ps));
	long line_base[FS_MAX_PARTS];
	int done, i;

	ps->g = f;
	pthread_mutex_init(&ps->mu, NULL);
	done = fs_run_parts(f->run, r, b, part_row, part_end, ps, line_base);
	/* For tests and the curious: was the file read in parts? */
	if (getenv("FS_FUNDS_TRACE") != NULL) {
		if (done)
			fs_warnx("%s: read in %d parts", r->name, ps->merged);
		else
			fs_warnx("%s: read in order", r->name);
	}
	if (done)
		parts_finish(ps, line_base);
	else
		funds_reset(f);
	for (i = 0; i < FS_MAX_PARTS; i++)
		part_free(ps->p[i]);
	for (i = 0; i < ps->nspare; i++) {
		free(ps->spare[i].vlist);
		free(ps->spare[i].ledraw);
		free(ps->spare[i].chunkraw);
	}
	pthread_mutex_destroy(&ps->mu);
	free(ps->pend);
	fs_buf_free(&ps->str);
	free(ps);
	return done;
}

/*
 * The rows go to take_row() in the order of the file; other threads
 * read and parse them ahead (fs_run_pipe()) where the file allows.
 * The only input, when it is a file big enough, is read in parts
 * instead (read_parts()), which the pipe comes after only when the
 * parts cannot be put together.
 */
static int
read_funds(struct funds *f, const char *path)
{
	struct fs_tsv r;
	struct fs_binding b;
	int status;

	if (fs_run_open(f->run, &r, path, &fs_fmt_funds, &b) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	if (f->one_file && read_parts(f, &r, &b)) {
		fs_tsv_close(&r);
		return 0;
	}
	status = fs_run_take(f->run, &r, &b, 0, take_parsed, f);
	fs_tsv_close(&r);
	return status;
}

/* The household register: only household_id matters here. */
static int
read_households(struct funds *f, const char *path)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	int rc;

	f->have_households = 1;
	if (fs_run_open_side(f->run, &r, path, &fs_fmt_households, &b) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	f->households_name = r.name;
	/* A row put aside still says its household is on the register. */
	fs_run_side_rejects(f->run, &f->households, &b, FS_HH_HOUSEHOLD_ID);
	while ((rc = fs_run_next(f->run, &r, &b, v)) == FS_TSV_ROW)
		fs_table_get(&f->households, v[FS_HH_HOUSEHOLD_ID].p,
		    v[FS_HH_HOUSEHOLD_ID].n, NULL);
	fs_run_side_rejects(f->run, NULL, NULL, 0);
	fs_tsv_close(&r);
	return rc == FS_RUN_STOP ? 2 : 0;
}

/* "FILE:LINE" of a row's place. */
static const char *
where_source(struct funds *f, uint64_t at)
{
	return fs_findings_source(&f->run->fnd,
	    f->run->files[at >> WHERE_LINE_BITS],
	    (long)(at & ((1ULL << WHERE_LINE_BITS) - 1)));
}

static const char *
village_name(struct funds *f, const struct village *vl)
{
	return vl == NULL ? "" : fs_findings_strn(&f->run->fnd, vl->id,
	    vl->idlen);
}

static void
rule_idle(struct funds *f, const struct village *vl, int c, int64_t amount)
{
	const struct ledger_end *l = &vl->cat[c];
	const char *id;
	char date[FS_FMT_MAX], idle[FS_FMT_MAX];

	if (tallied(f, FS_SEV_WARNING))
		return;
	id = village_name(f, vl);
	fs_date_fmt(l->oldest, date);
	fs_amount_fmt(amount, idle);
	fs_finding(&f->run->fnd, "funds.idle", FS_SEV_WARNING, "village", id,
	    id, date, NULL,
	    "%s: %s held unspent since %s, %lld day%s (more than %lld)",
	    category_name(c), idle, date,
	    (long long)(f->run->as_of - l->oldest),
	    fs_plural(f->run->as_of - l->oldest),
	    (long long)f->run->policy.funds_idle_days);
}

static void
rule_overspend(struct funds *f, const struct village *vl, int c,
    fs_date day, int64_t amount, uint64_t at)
{
	const char *id;
	char date[FS_FMT_MAX], deficit[FS_FMT_MAX];

	if (tallied(f, FS_SEV_VIOLATION))
		return;
	id = village_name(f, vl);
	fs_date_fmt(day, date);
	fs_amount_fmt(amount, deficit);
	fs_finding(&f->run->fnd, "funds.overspend", FS_SEV_VIOLATION,
	    "village", id, id, date, where_source(f, at),
	    "%s: out beyond the money held, a deficit of %s",
	    category_name(c), deficit);
}

/*
 * An online ledger at the end: what is held and since when, idle money,
 * the deficit found.  Its lots are the money held, oldest first.
 */
static void
finish_online(struct funds *f, struct village *vl, int c,
    const struct ledger *l)
{
	struct ledger_end *end = &vl->cat[c];
	int64_t cut = (int64_t)f->run->as_of -
	    f->run->policy.funds_idle_days - 1;
	int64_t idle = 0;
	const struct lotchunk *h;
	uint32_t i, k = l->lhead, pos = l->hpos;

	if (l->nlot > 0) {
		end->held = 1;
		end->oldest = f->chunk[k - 1].date[pos];
	}
	if (idle_category(c)) {
		for (i = 0; i < l->nlot; i++) {
			h = &f->chunk[k - 1];
			if (h->date[pos] > cut)
				break;
			idle += h->amount[pos];
			if (++pos == LOTS) {
				k = h->next;
				pos = 0;
			}
		}
		if (idle > 0)
			rule_idle(f, vl, c, idle);
	}
	if (l->found)
		rule_overspend(f, vl, c, end->def_date, end->deficit,
		    end->def_at);
}

/* A day of a ledger, to sort by date. */
struct dayref {
	fs_date date;
	uint32_t idx;
};

static int
dayrefcmp(const void *a, const void *b)
{
	const struct dayref *x = a, *y = b;

	return (x->date > y->date) - (x->date < y->date);
}

static int
deficitcmp(const void *a, const void *b)
{
	const struct deficit *x = a, *y = b;

	return (x->day > y->day) - (x->day < y->day);
}

/*
 * The first deficit of one ledger, when its category can be overspent;
 * what is held and since when; idle money.  refs: the ledger's days in
 * date order.
 */
static void
walk_ledger(struct funds *f, const struct dayref *refs, size_t n,
    struct deficit **def, size_t *ndef, size_t *defcap)
{
	uint32_t vc = f->days[refs[0].idx].vc;
	const struct village *vl = f->vlist[vc / NCAT];
	int c = (int)(vc % NCAT);
	const struct ledger *l = &f->led[vc];
	struct ledger_end *end = &f->vlist[vc / NCAT]->cat[c];
	int64_t cut = (int64_t)f->run->as_of -
	    f->run->policy.funds_idle_days - 1;
	int64_t cum = 0, idle_in = 0, pos = 0;
	const struct day *d;
	struct deficit *x;
	int found = !overspend_category(c);
	size_t k;

	for (k = 0; k < n; k++) {
		d = &f->days[refs[k].idx];
		cum += d->in;
		if (!end->held && cum > l->out) {
			end->held = 1;
			end->oldest = d->date;
		}
		if (d->date <= cut)
			idle_in = cum;
		if (!found && pos + d->low < 0) {
			found = 1;
			if (*ndef == *defcap) {
				*defcap = *defcap ? *defcap * 2 : 16;
				*def = fs_xreallocarray(*def, *defcap,
				    sizeof(**def));
			}
			x = &(*def)[(*ndef)++];
			memset(x, 0, sizeof(*x));
			x->day = refs[k].idx;
			x->pos = pos;
		}
		pos += d->in - d->out;
	}
	if (idle_category(c) && idle_in > l->out)
		rule_idle(f, vl, c, idle_in - l->out);
}

/* A record low in between, read back: its day's deficit's row? */
static void
spilled_seen(struct deficit *def, size_t ndef, const struct spilled *sp)
{
	struct deficit *x, probe;

	memset(&probe, 0, sizeof(probe));
	probe.day = sp->day;
	x = bsearch(&probe, def, ndef, sizeof(*def), deficitcmp);
	if (x == NULL || x->found || sp->s + x->pos >= 0)
		return;
	x->found = 1;
	x->s = sp->s;
	x->at = sp->at;
}

/*
 * Finds the row of each deficit: the first record low of its day below
 * -P; those between a day's first and last record low are in the spill.
 */
static int
find_deficit_rows(struct funds *f, struct deficit *def, size_t ndef)
{
	struct deficit *x;
	struct spilled sp;
	const struct day *d;
	size_t i, nspill = 0;

	for (i = 0; i < ndef; i++) {
		x = &def[i];
		d = &f->days[x->day];
		if (d->low1 + x->pos < 0 || d->nlows <= 2) {
			x->found = 1;
			x->s = d->low1 + x->pos < 0 ? d->low1 : d->low;
			x->at = d->low1 + x->pos < 0 ? d->at1 : d->atlow;
		} else
			nspill++;
	}
	if (nspill == 0)
		return 0;
	qsort(def, ndef, sizeof(*def), deficitcmp);
	if (f->spill != NULL) {
		if (fflush(f->spill) != 0 || fseek(f->spill, 0, SEEK_SET) != 0)
			return tmp_said(0, strerror(errno));
		while (fread(&sp, sizeof(sp), 1, f->spill) == 1)
			spilled_seen(def, ndef, &sp);
		if (ferror(f->spill))
			return tmp_said(0, strerror(errno));
	}
	/* Those in memory came after those in the file. */
	for (i = 0; i < f->nsbuf; i++)
		spilled_seen(def, ndef, &f->sbuf[i]);
	/* Not among the record lows in between: the day's last one. */
	for (i = 0; i < ndef; i++) {
		x = &def[i];
		d = &f->days[x->day];
		if (!x->found) {
			x->s = d->low;
			x->at = d->atlow;
		}
	}
	return 0;
}

static int
judge_ledgers(struct funds *f)
{
	struct dayref *refs;
	struct deficit *def = NULL;
	size_t nvc = (size_t)f->nv * NCAT, ndef = 0, defcap = 0, i, k, a, b;
	uint32_t *start, *next;
	const struct day *d;
	int status;

	/*
	 * The days by ledger (a stable counting sort), then by date within
	 * each: days come in the order they were first seen, so input in
	 * date order needs no sorting at all.
	 */
	refs = fs_xreallocarray(NULL, f->ndays ? f->ndays : 1,
	    sizeof(*refs));
	start = fs_xcalloc(nvc + 1, sizeof(*start));
	next = fs_xcalloc(nvc + 1, sizeof(*next));
	for (i = 0; i < f->ndays; i++)
		start[f->days[i].vc + 1]++;
	for (k = 0; k < nvc; k++)
		start[k + 1] += start[k];
	memcpy(next, start, (nvc + 1) * sizeof(*next));
	for (i = 0; i < f->ndays; i++) {
		d = &f->days[i];
		refs[next[d->vc]].date = d->date;
		refs[next[d->vc]++].idx = (uint32_t)i;
	}
	for (k = 0; k < nvc; k++) {
		if ((a = start[k]) == (b = start[k + 1]))
			continue;
		for (i = a + 1; i < b && refs[i - 1].date < refs[i].date; i++)
			continue;
		if (i < b)
			qsort(refs + a, b - a, sizeof(*refs), dayrefcmp);
		walk_ledger(f, refs + a, b - a, &def, &ndef, &defcap);
	}
	free(start);
	free(next);
	free(refs);
	status = find_deficit_rows(f, def, ndef);
	for (i = 0; status == 0 && i < ndef; i++) {
		d = &f->days[def[i].day];
		rule_overspend(f, f->vlist[d->vc / NCAT], (int)(d->vc % NCAT),
		    d->date, -(def[i].pos + def[i].s), def[i].at);
	}
	free(def);
	for (i = 0; status == 0 && i < f->nv; i++)
		for (k = 0; k < NCAT; k++)
			if (f->led[i * NCAT + k].mode == LEDGER_ONLINE)
				finish_online(f, f->vlist[i], (int)k,
				    &f->led[i * NCAT + k]);
	return status;
}

/*
 * Adds to b the sum and count of an unknown household's rows of one
 * flow: "benefit of 300.00 paid to", "50.00 in 2 returns by", ...
 */
static void
unknown_rows(struct fs_buf *b, const struct unknown *u, int flow,
    const char *lead)
{
	static const char *const verb[2] = {
		[FS_FLOW_IN] = "returned by", [FS_FLOW_OUT] = "paid to"
	};
	static const char *const rows[2] = {
		[FS_FLOW_IN] = "returns by", [FS_FLOW_OUT] = "payments to"
	};
	char amount[FS_FMT_MAX];

	fs_amount_fmt(u->amount[flow], amount);
	if (u->count[flow] == 1)
		fs_buf_printf(b, "%s%s %s", lead, amount, verb[flow]);
	else
		fs_buf_printf(b, "%s%s in %ld %s", lead, amount,
		    u->count[flow], rows[flow]);
}

static void
rule_unknown_household(struct funds *f)
{
	struct fs_findings *fnd = &f->run->fnd;
	const struct unknown *u;
	char date[FS_FMT_MAX];
	int first;
	size_t i;

	for (i = 0; i < f->unknown.n; i++) {
		if (tallied(f, FS_SEV_VIOLATION))
			continue;
		u = f->unknown.order[i]->val;
		fs_date_fmt(u->date, date);
		fs_buf_reset(&f->key);
		/* What was paid to it first, else what it returned. */
		first = u->count[FS_FLOW_OUT] > 0 ? FS_FLOW_OUT : FS_FLOW_IN;
		unknown_rows(&f->key, u, first, u->count[first] == 1 ?
		    "benefit of " : "benefits of ");
		fs_buf_printf(&f->key, " a household not in %s",
		    f->households_name);
		if (first == FS_FLOW_OUT && u->count[FS_FLOW_IN] > 0) {
			unknown_rows(&f->key, u, FS_FLOW_IN, ", and ");
			fs_buf_adds(&f->key, " it");
		}
		fs_finding(fnd, "funds.unknown-household", FS_SEV_VIOLATION,
		    "household", fs_findings_strn(fnd, u->hh, u->hhlen),
		    village_name(f, u->village), date,
		    where_source(f, u->at),
		    "%s", f->key.p);
	}
}

/* A listed secretary's year. */
struct secyear {
	const char *id;			/* as read */
	size_t idlen;
	const char *village;		/* decoded */
	const struct sec *s;
	int window_days;		/* calendar days of the window */
	int elapsed_days;		/* of them, up to the as-of date */
	fs_date last;			/* the window's last day */
	int complete;
	int64_t required;		/* for the whole window */
	int64_t due;			/* for the elapsed days */
	const char *status;
};

static void
rule_support_short(struct funds *f, const struct secyear *y,
    const char *id, const char *year)
{
	char in[FS_FMT_MAX], req[FS_FMT_MAX];

	if (strcmp(y->status, "short") != 0 ||
	    tallied(f, FS_SEV_VIOLATION))
		return;
	fs_amount_fmt(y->s->support_in, in);
	fs_amount_fmt(y->required, req);
	fs_finding(&f->run->fnd, "funds.support-short", FS_SEV_VIOLATION,
	    "secretary", id, y->village, year, NULL,
	    "support received %s of %s required for %d day%s in %s", in, req,
	    y->window_days, fs_plural(y->window_days), year);
}

static void
rule_support_behind(struct funds *f, const struct secyear *y,
    const char *id, const char *year)
{
	char in[FS_FMT_MAX], due[FS_FMT_MAX], req[FS_FMT_MAX];
	char asof[FS_FMT_MAX];

	if (strcmp(y->status, "behind") != 0 || tallied(f, FS_SEV_WARNING))
		return;
	fs_amount_fmt(y->s->support_in, in);
	fs_amount_fmt(y->due, due);
	fs_amount_fmt(y->required, req);
	fs_date_fmt(f->run->as_of, asof);
	fs_finding(&f->run->fnd, "funds.support-behind", FS_SEV_WARNING,
	    "secretary", id, y->village, year, NULL,
	    "support received %s; %s due by %s (%d of %d day%s), %s for the "
	    "window", in, due, asof, y->elapsed_days, y->window_days,
	    fs_plural(y->window_days), req);
}

static void
rule_subsidy_missing(struct funds *f, const struct secyear *y,
    const char *id, const char *year)
{
	char last[FS_FMT_MAX];
	int k;

	fs_date_fmt(y->last, last);
	for (k = 0; k < NSUBSIDY; k++) {
		if (y->s->subsidy[k] > 0 || tallied(f, y->complete ?
		    FS_SEV_VIOLATION : FS_SEV_WARNING))
			continue;
		if (y->complete)
			fs_finding(&f->run->fnd, "funds.subsidy-missing",
			    FS_SEV_VIOLATION, "secretary", id, y->village,
			    year, NULL, "no %s received in %s",
			    category_name(subsidy_category[k]), year);
		else
			fs_finding(&f->run->fnd, "funds.subsidy-missing",
			    FS_SEV_WARNING, "secretary", id, y->village,
			    year, NULL, "no %s received in %s yet (the "
			    "window runs to %s)",
			    category_name(subsidy_category[k]), year, last);
	}
}

static void
write_secretary(struct funds *f, const struct secyear *y)
{
	struct fs_out *o = &f->run->out;
	char year[FS_FMT_MAX];
	int k;

	fs_out_write(o, y->id, y->idlen);
	fs_out_char(o, '\t');
	fs_out_write(o, year, fs_year_fmt(f->year, year));
	fs_out_char(o, '\t');
	fs_out_amount(o, y->s->support_in);
	fs_out_char(o, '\t');
	fs_out_amount(o, y->required);
	for (k = 0; k < NSUBSIDY; k++) {
		fs_out_char(o, '\t');
		fs_out_amount(o, y->s->subsidy[k]);
	}
	fs_out_char(o, '\t');
	fs_out_str(o, y->status);
	fs_out_char(o, '\n');
}

/*
 * One listed secretary: support against the rule prorated to the window
 * (ceil(min_fen * days / days_in_year), exactly), then the rules.
 */
static void
judge_secretary(struct funds *f, struct secyear *y, const uint8_t in[366])
{
	static const struct sec none;
	struct fs_ratio per_day;
	char year[FS_FMT_MAX];
	const char *id;
	int d, days = fs_is_leap(f->year) ? 366 : 365;

	if (y->s == NULL)
		y->s = &none;
	y->elapsed_days = 0;
	for (d = 0; d < days && f->y0 + d <= f->run->as_of; d++)
		y->elapsed_days += in[d];
	y->complete = f->run->as_of >= y->last;
	per_day.num = f->run->policy.funds_min_annual_support;
	per_day.den = days;
	y->required = fs_ratio_ceil_mul(per_day, y->window_days);
	y->due = fs_ratio_ceil_mul(per_day, y->elapsed_days);
	if (y->complete)
		y->status = y->s->support_in < y->required ? "short" : "ok";
	else
		y->status = y->s->support_in < y->due ? "behind" : "ok";
	fs_year_fmt(f->year, year);
	id = fs_findings_strn(&f->run->fnd, y->id, y->idlen);
	rule_support_short(f, y, id, year);
	rule_support_behind(f, y, id, year);
	rule_subsidy_missing(f, y, id, year);
	if (!f->run->findings && !f->balances)
		write_secretary(f, y);
}

/*
 * A secretary on a row dated in the year, not listed, so not judged:
 * said with its support (rule, why it is not listed), so that no money
 * booked to a secretary is left out without a word.  The village is that
 * of its latest row.
 */
static void
rule_not_listed(struct funds *f, const struct sec *s, const char *rule,
    const char *why)
{
	char in[FS_FMT_MAX], year[FS_FMT_MAX];

	if (tallied(f, FS_SEV_WARNING))
		return;
	fs_amount_fmt(s->support_in, in);
	fs_year_fmt(f->year, year);
	fs_finding(&f->run->fnd, rule, FS_SEV_WARNING, "secretary",
	    fs_findings_strn(&f->run->fnd, s->id, s->idlen),
	    village_name(f, s->village != 0 ? f->vlist[s->village - 1] :
	    NULL), year, NULL, "%s: support received %s in %s, not judged",
	    why, in, year);
}

/*
 * A secretary_id on a row dated in the year that the roster does not
 * list: not in the table (SPEC 3.5 lists rostered secretaries), nor
 * judged, but said, so that support booked to "s01" for "S01" is not
 * left out without a word.
 */
static void
rule_unknown_secretary(struct funds *f, const struct sec *s)
{
	rule_not_listed(f, s, "funds.unknown-secretary", "not on the roster");
}

/*
 * A rostered secretary_id on a row dated in the year, up to the as-of
 * date, whose window does not meet the year, or begins after the as-of
 * date: not in the table nor judged, as the roster's window says, but
 * said, so that support booked in the year (a late payment for a year
 * before, an advance, a wrong date) is not left out without a word.
 * first: the window's first day, or NULL when it has none.
 */
static void
rule_not_serving(struct funds *f, const struct sec *s, const fs_date *first)
{
	char why[64 + 2 * FS_FMT_MAX], day[FS_FMT_MAX], year[FS_FMT_MAX];

	if (first != NULL) {
		fs_date_fmt(*first, day);
		snprintf(why, sizeof(why), "on the roster, serving from %s, "
		    "after the as-of date", day);
	} else {
		fs_year_fmt(f->year, year);
		snprintf(why, sizeof(why), "on the roster, serving no day of "
		    "%s", year);
	}
	rule_not_listed(f, s, "funds.not-serving", why);
}

/*
 * Who is listed: with a roster, every rostered secretary whose window
 * meets the year and has begun by the as-of date, but one with a roster
 * row put aside (fs_roster_say_rejected()); without, every secretary_id
 * on a row dated in the year (up to the as-of date).
 */
static void
judge_secretaries(struct funds *f, const struct fs_roster *ro)
{
	struct fs_entry **e;
	const struct fs_rostered *rs;
	const struct sec *s;
	const uint32_t *idx;
	struct secyear y;
	uint8_t in[366];
	fs_date first;
	const char *vid;
	size_t i, n;

	if (!f->run->findings && !f->balances)
		fs_out_str(&f->run->out, "secretary_id\tyear\tsupport_in\t"
		    "support_required\tliving_subsidy\ttransport_subsidy\t"
		    "communication_subsidy\tstatus\n");
	e = fs_table_sorted(ro != NULL ? &ro->secs : &f->secs);
	n = ro != NULL ? ro->secs.n : f->secs.n;
	for (i = 0; i < n; i++) {
		memset(&y, 0, sizeof(y));
		y.id = e[i]->key;
		y.idlen = e[i]->keylen;
		if (ro != NULL) {
			if (fs_roster_rejected(ro, y.id, y.idlen))
				continue;
			rs = e[i]->val;
			y.window_days = fs_roster_window(rs, f->year, in,
			    &first, &y.last);
			idx = fs_table_find(&f->secs, y.id, y.idlen);
			if (y.window_days == 0 || first > f->run->as_of) {
				if (idx != NULL && f->sec[*idx].seen)
					rule_not_serving(f, &f->sec[*idx],
					    y.window_days == 0 ? NULL : &first);
				continue;
			}
			y.s = idx != NULL ? &f->sec[*idx] : NULL;
			vid = fs_roster_village_in_year(rs, f->year,
			    f->run->as_of);
			y.village = fs_findings_strn(&f->run->fnd, vid,
			    strlen(vid));
		} else {
			s = &f->sec[*(const uint32_t *)e[i]->val];
			if (!s->seen)
				continue;
			y.s = s;
			y.window_days = fs_year_window(f->year, in, &first,
			    &y.last);
			y.village = village_name(f, s->village != 0 ?
			    f->vlist[s->village - 1] : NULL);
		}
		judge_secretary(f, &y, in);
	}
	free(e);
	if (ro == NULL)
		return;
	for (i = 0; i < f->nsec; i++) {
		s = &f->sec[i];
		if (s->seen && fs_table_find(&ro->secs, s->id, s->idlen) ==
		    NULL && !fs_roster_rejected(ro, s->id, s->idlen))
			rule_unknown_secretary(f, s);
	}
}

/* The ledgers' balances, by village_id and category name. */
static void
write_balances(struct funds *f)
{
	struct fs_out *o = &f->run->out;
	struct fs_entry **e;
	const struct village *vl;
	const struct ledger *l;
	const struct ledger_end *end;
	int order[NCAT], c, k, t;
	size_t i;

	for (c = 0; c < NCAT; c++)
		order[c] = c;
	for (c = 1; c < NCAT; c++)
		for (k = c; k > 0 && strcmp(category_name(order[k - 1]),
		    category_name(order[k])) > 0; k--) {
			t = order[k];
			order[k] = order[k - 1];
			order[k - 1] = t;
		}
	fs_out_str(o, "village_id\tcategory\tin\tout\tbalance\t"
	    "oldest_unspent\n");
	e = fs_table_sorted(&f->villages);
	for (i = 0; i < f->villages.n; i++) {
		vl = e[i]->val;
		for (k = 0; k < NCAT; k++) {
			l = &f->led[vl->idx * NCAT + (uint32_t)order[k]];
			end = &vl->cat[order[k]];
			if (l->mode == LEDGER_UNUSED)
				continue;
			fs_out_write(o, vl->id, vl->idlen);
			fs_out_char(o, '\t');
			fs_out_str(o, category_name(order[k]));
			fs_out_char(o, '\t');
			fs_out_amount(o, l->in);
			fs_out_char(o, '\t');
			fs_out_amount(o, l->out);
			fs_out_char(o, '\t');
			fs_out_amount(o, l->in - l->out);
			fs_out_char(o, '\t');
			if (end->held)
				fs_out_date(o, end->oldest);
			fs_out_char(o, '\n');
		}
	}
	free(e);
}

/* --year: four digits. */
static void
funds_free(struct funds *f)
{
	fs_table_free(&f->households);
	funds_free_rows(f);
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	struct funds f;
	struct fs_roster ro;
	const char *roster_file = NULL;
	int ch, i, status = 0;

	fs_run_init(&run, "fs-funds", usage);
	run.values_only = 1;
	memset(&f, 0, sizeof(f));
	f.run = &run;
	while ((ch = getopt_long(argc, argv, ":hj:", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_ROSTER:
			roster_file = optarg;
			break;
		case OPT_HOUSEHOLDS:
			f.households_file = optarg;
			break;
		case OPT_BALANCES:
			f.balances = 1;
			break;
		default:
			if (fs_run_option(&run, ch, argv))
				return fs_run_finish(&run, run.exit);
		}
	}
	if (fs_run_start(&run) != 0)
		return fs_run_finish(&run, 2);
	f.year = run.year;
	f.y0 = fs_date_make(f.year, 1, 1);
	f.y1 = fs_date_make(f.year, 12, 31);
	f.one_file = argc - optind <= 1;
#ifdef M_MMAP_THRESHOLD
	/*
	 * Parts (read_parts()) allocate and free arrays of a few hundred KB
	 * each; glibc would raise its mmap threshold at the first free and
	 * keep the later ones in the heap, where the memory stays with the
	 * process, more of it the more parts: peak RSS then grew with the
	 * size of the file.  A fixed threshold gives them back.
	 */
	mallopt(M_MMAP_THRESHOLD, 128 << 10);
#endif
	fs_table_init(&f.households, 1);
	funds_init_rows(&f);
	if (roster_file != NULL && fs_roster_load(&run, &ro, roster_file) != 0)
		status = 2;
	if (status == 0 && f.households_file != NULL)
		status = read_households(&f, f.households_file);
	if (status == 0 && optind == argc)
		status = read_funds(&f, "-");
	for (i = optind; status == 0 && i < argc; i++)
		status = read_funds(&f, argv[i]);
	if (status == 0)
		status = judge_ledgers(&f);
	if (status == 0) {
		rule_unknown_household(&f);
		if (f.balances && !run.findings)
			write_balances(&f);
		judge_secretaries(&f, roster_file != NULL ? &ro : NULL);
		if (roster_file != NULL)
			fs_roster_say_rejected(&run, &ro);
	}
	if (roster_file != NULL)
		fs_roster_free(&ro);
	funds_free(&f);
	return fs_run_finish(&run, status);
}
