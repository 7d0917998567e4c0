/*
 * fs-roster - who serves where (SPEC 3.1): one row per posting with its
 * status and term length, and the rules on terms, mentors, double
 * postings, villages with two secretaries, medical examinations and
 * accident insurance.
 *
 * A roster is small, so its rows are kept: each line is copied once into
 * an arena, and the table is written after every row has been read.  The
 * postings are sorted by their ids' first bytes a byte at a time
 * (radix_sort()), by secretary and by village.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/run.h"

static const char usage[] =
"usage: fs-roster [options] [FILE...]\n"
"Check the roster of first secretaries: one row per posting with status\n"
"(not_started, active, ended), term_months and problems, sorted by\n"
"secretary_id and term_start.  Rules: roster.term-length,\n"
"roster.no-mentor, roster.double-posting, roster.village-overlap,\n"
"roster.medical-exam, roster.uninsured (see fs-roster(1)).\n"
FS_COMMON_USAGE;

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

enum status { ST_NOT_STARTED, ST_ACTIVE, ST_ENDED };
static const char *const status_name[] = {
	"not_started", "active", "ended"
};

/* The rules, in the order the problems column lists them. */
enum rule {
	R_TERM_LENGTH, R_NO_MENTOR, R_DOUBLE_POSTING, R_VILLAGE_OVERLAP,
	R_MEDICAL_EXAM, R_UNINSURED, NRULES
};
static const char *const rule_name[NRULES] = {
	"roster.term-length", "roster.no-mentor", "roster.double-posting",
	"roster.village-overlap", "roster.medical-exam", "roster.uninsured"
};

/* The columns the table adds; input columns of these names are replaced. */
static const char *const added_cols[] = {
	"status", "term_months", "problems", NULL
};

/*
 * One posting: its line as read, copied once, and what the rules need.
 * The roster is held whole, so it is kept small: the fields the table
 * passes through are found again in the line when it is written.
 */
struct posting {
	const char *line;		/* without CR/LF, 16 bytes readable past */
	size_t linelen;
	const char *sid, *vid, *name;	/* fields of line */
	size_t namelen;
	long lineno;
	int file;
	uint32_t sec;			/* the secretary's ordinal, by id */
	fs_date start, term_end, end;	/* end: the end of the service */
	fs_date exam, insurance;
	int months;
	unsigned char sidlen, vidlen;	/* ids are 1 to 64 bytes */
	unsigned char has_mentor, has_exam, has_insurance;
	unsigned char status;
	unsigned char problems;		/* 1 << enum rule */
};

/* One input file: its header columns mapped to the table's. */
struct infile {
	const char *name;
	int *to_out;			/* header column -> table column, or -1 */
	size_t ncols;
};

/*
 * A sort key: an id's first 16 bytes as two big-endian numbers, NUL
 * after the id (no id holds a NUL, so they order as the ids do), a date
 * made not negative, and the posting's place.
 */
struct skey {
	uint64_t a, b;
	uint32_t c;
	uint32_t i;
};

struct roster {
	struct fs_arena arena;
	struct posting *p;
	size_t n, cap;
	struct infile *files;
	size_t nfiles;
	struct fs_slice *cols;		/* the table's input columns */
	size_t ncols, capcols;
	struct fs_table colat;		/* a column's name: its index */
	/* The lines, copied one after another into chunks (keep_line()). */
	char **chunks;
	size_t nchunks;
	char *chunk;
	size_t chunk_used, chunk_cap;
	/*
	 * The keys of the postings (secretary_id and term_start), for the
	 * rows that repeat one: open addressing, a slot a posting (see
	 * SLOT_PLACE).
	 */
	uint64_t *slot;
	size_t nslot;
	struct fs_buf why;		/* a repeat's reason */
	struct fs_buf detail;		/* a finding's */
};

/*
 * A pair of secretaries in one village, while its overlaps are gathered:
 * the record of a table whose key is the village's group (its first
 * posting's place in the postings sorted by village) and the two
 * secretaries' ordinals, the lower first.
 */
struct pair {
	const struct posting *a, *b;	/* b starts later (or is later) */
	fs_date first;			/* the first common day */
};

static int
is_added(const char *p, size_t n)
{
	int i;

	for (i = 0; added_cols[i] != NULL; i++)
		if (fs_slice_eq(p, n, added_cols[i]))
			return 1;
	return 0;
}

/*
 * Maps a file's header onto the table's columns, adding new names; by
 * name in a hash table, so that a header of any width binds at once.
 */
static void
bind_header(struct roster *ro, const struct fs_tsv *r)
{
	struct infile *in;
	struct fs_entry *e;
	size_t i;
	int created;

	ro->files = fs_xreallocarray(ro->files, ro->nfiles + 1,
	    sizeof(*ro->files));
	in = &ro->files[ro->nfiles++];
	in->name = r->name;
	in->ncols = r->ncols;
	in->to_out = fs_arena_alloc(&ro->arena, r->ncols * sizeof(int));
	for (i = 0; i < r->ncols; i++) {
		in->to_out[i] = -1;
		if (is_added(r->col[i].p, r->col[i].n))
			continue;
		e = fs_table_intern(&ro->colat, r->col[i].p, r->col[i].n,
		    &created);
		if (created) {
			if (ro->ncols == ro->capcols) {
				ro->capcols = ro->capcols ? ro->capcols * 2 : 32;
				ro->cols = fs_xreallocarray(ro->cols,
				    ro->capcols, sizeof(*ro->cols));
			}
			*(size_t *)e->val = ro->ncols;
			ro->cols[ro->ncols].p = e->key;
			ro->cols[ro->ncols++].n = e->keylen;
		}
		in->to_out[i] = (int)*(size_t *)e->val;
	}
}

/*
 * A copy of the line, with 16 bytes after it that may be read (the sort
 * keys load ids 16 bytes at a time), zero: lines follow one another in
 * chunks, not one allocation each, nor zeroed first.
 */
enum { CHUNK = 1 << 20, PAD = 16 };

static char *
keep_line(struct roster *ro, const char *line, size_t n)
{
	char *copy;
	int big = n + PAD > CHUNK / 4;

	if (big || ro->chunk_cap - ro->chunk_used < n + PAD) {
		ro->chunks = fs_xreallocarray(ro->chunks, ro->nchunks + 1,
		    sizeof(*ro->chunks));
		copy = ro->chunks[ro->nchunks++] = fs_xmalloc(big ?
		    n + PAD : CHUNK);
		/* A long line has a piece of its own. */
		if (!big) {
			ro->chunk = copy;
			ro->chunk_used = 0;
			ro->chunk_cap = CHUNK;
		}
	}
	if (!big) {
		copy = ro->chunk + ro->chunk_used;
		ro->chunk_used += n;
	}
	memcpy(copy, line, n);
	memset(copy + n, 0, PAD);
	return copy;
}

/*
 * The hash of a key: the secretary_id's (seeded), and term_start's ten
 * bytes, YYYY-MM-DD (the one form a date is read in), so that the key
 * of a row ahead is hashed from the reader's index, unparsed.
 */
static uint64_t
key_hash(const char *sid, size_t n, const char *start)
{
	uint64_t h, w;
	uint16_t t;

	memcpy(&w, start, 8);
	memcpy(&t, start + 8, 2);
	h = fs_hash(sid, n) ^ w * 0x9e3779b97f4a7c15ULL ^
	    (uint64_t)t * 0xc2b2ae3d27d4eb4fULL;
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ULL;
	return h ^ h >> 32;
}

/*
 * A slot: the posting's place + 1 in its low 40 bits, and above them the
 * low 24 bits of its key's hash, where its probe starts while the table
 * has no more than 2^24 slots: moved to a table twice as large, it is
 * not hashed again.
 */
enum { SLOT_PLACE = 40, SLOT_HASH = 64 - SLOT_PLACE };
#define SLOT_MASK ((UINT64_C(1) << SLOT_PLACE) - 1)

static void
slots_grow(struct roster *ro)
{
	const struct posting *p;
	uint64_t *old = ro->slot, h;
	size_t i, j, mask, oldn = ro->nslot;
	char start[FS_FMT_MAX];

	ro->nslot = oldn ? oldn * 2 : 1024;
	ro->slot = fs_xcalloc(ro->nslot, sizeof(*ro->slot));
	mask = ro->nslot - 1;
	for (i = 0; i < oldn; i++) {
		if (old[i] == 0)
			continue;
		h = old[i] >> SLOT_PLACE;
		if (ro->nslot > (size_t)1 << SLOT_HASH) {
			p = &ro->p[(old[i] & SLOT_MASK) - 1];
			fs_date_fmt(p->start, start);
			h = key_hash(p->sid, p->sidlen, start);
		}
		for (j = h & mask; ro->slot[j] != 0; j = (j + 1) & mask)
			continue;
		ro->slot[j] = old[i];
	}
	free(old);
}

/*
 * The posting with the key of row v, or NULL when there is none; then
 * the key is noted as the next posting's (ro->n), which the caller
 * keeps.  The table is the secretary_id and term_start a roster row may
 * not repeat (fs_fmt_roster's key), kept by the tool: its entries are the
 * postings themselves.
 */
static const struct posting *
repeat_of(struct roster *ro, const struct fs_value *v)
{
	const struct fs_value *id = &v[FS_ROSTER_SECRETARY_ID];
	fs_date start = v[FS_ROSTER_TERM_START].v.date;
	const struct posting *q;
	uint64_t h, tag;
	size_t j, mask;

	if ((ro->n + 1) * 2 > ro->nslot)
		slots_grow(ro);
	mask = ro->nslot - 1;
	h = key_hash(id->p, id->n, v[FS_ROSTER_TERM_START].p);
	tag = h << SLOT_PLACE;
	for (j = h & mask; ro->slot[j] != 0; j = (j + 1) & mask) {
		if ((ro->slot[j] & ~SLOT_MASK) != tag)
			continue;
		q = &ro->p[(ro->slot[j] & SLOT_MASK) - 1];
		if (q->start == start && q->sidlen == id->n &&
		    fs_same_bytes(q->sid, id->p, id->n))
			return q;
	}
	ro->slot[j] = tag | (ro->n + 1);
	return NULL;
}

/*
 * Asks for the slot of the key of the row KEY_AHEAD rows on, from the
 * reader's index (sid and start: the columns' places in the header): a
 * table past the cache made each new row wait for memory.  A hint only.
 */
enum { KEY_AHEAD = 1 };

static inline void
key_ahead(const struct roster *ro, const struct fs_tsv *r, size_t sid,
    size_t start)
{
	struct fs_tsv_ahead h;
	const char *id, *t;
	size_t n, tn;

	if (ro->nslot > 0 && fs_tsv_row_ahead(r, KEY_AHEAD, &h) &&
	    fs_tsv_field_ahead(r, &h, sid, &id, &n) &&
	    fs_tsv_field_ahead(r, &h, start, &t, &tn) && tn == 10)
		__builtin_prefetch(&ro->slot[key_hash(id, n, t) &
		    (ro->nslot - 1)]);
}

/* Keeps one valid row: its line once, its values parsed. */
static void
keep_row(struct roster *ro, const struct fs_tsv *r, int file,
    const struct fs_value *v)
{
	struct posting *p;
	const char *copy;

	if (ro->n == ro->cap) {
		/* Places are 32 bits (struct skey): more cannot be held. */
		if (ro->cap >= UINT32_MAX / 2)
			fs_nomem();
		ro->cap = ro->cap ? ro->cap * 2 : 64;
		ro->p = fs_xreallocarray(ro->p, ro->cap, sizeof(*ro->p));
	}
	p = &ro->p[ro->n++];
	copy = keep_line(ro, r->line, r->linelen);
	p->line = copy;
	p->linelen = r->linelen;
	p->file = file;
	p->lineno = r->lineno;
	p->sec = 0;
	/* Ids and the name are required: their fields are in the line. */
	p->sid = copy + (v[FS_ROSTER_SECRETARY_ID].p - r->line);
	p->sidlen = (unsigned char)v[FS_ROSTER_SECRETARY_ID].n;
	p->vid = copy + (v[FS_ROSTER_VILLAGE_ID].p - r->line);
	p->vidlen = (unsigned char)v[FS_ROSTER_VILLAGE_ID].n;
	p->name = copy + (v[FS_ROSTER_NAME].p - r->line);
	p->namelen = v[FS_ROSTER_NAME].n;
	p->start = v[FS_ROSTER_TERM_START].v.date;
	p->term_end = p->end = v[FS_ROSTER_TERM_END].v.date;
	if (v[FS_ROSTER_LEFT].n > 0 && v[FS_ROSTER_LEFT].v.date < p->end)
		p->end = v[FS_ROSTER_LEFT].v.date;
	p->has_mentor = v[FS_ROSTER_MENTOR_ID].n > 0;
	p->exam = p->insurance = 0;
	if ((p->has_exam = v[FS_ROSTER_LAST_MEDICAL_EXAM].n > 0))
		p->exam = v[FS_ROSTER_LAST_MEDICAL_EXAM].v.date;
	if ((p->has_insurance = v[FS_ROSTER_INSURANCE_UNTIL].n > 0))
		p->insurance = v[FS_ROSTER_INSURANCE_UNTIL].v.date;
	p->status = ST_NOT_STARTED;
	p->months = 0;
	p->problems = 0;
}

/*
 * Reads one input; 0, or 2 when the run stops.  A row whose key an
 * earlier one has is invalid, said as fs_run_next() says it of a format's
 * key (run.keys_late: the tool keeps the keys).
 */
static int
read_file(struct fs_run *run, struct roster *ro, const char *path)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	const struct posting *q;
	int rc;

	if (fs_run_open(run, &r, path, &fs_fmt_roster, &b) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	bind_header(ro, &r);
	while ((rc = fs_run_next(run, &r, &b, v)) == FS_TSV_ROW) {
		key_ahead(ro, &r, (size_t)b.idx[FS_ROSTER_SECRETARY_ID],
		    (size_t)b.idx[FS_ROSTER_TERM_START]);
		if ((q = repeat_of(ro, v)) == NULL) {
			keep_row(ro, &r, (int)ro->nfiles - 1, v);
			continue;
		}
		/* As the key check's: the line in 40 bits. */
		fs_keycheck_repeat(&ro->why, &fs_fmt_roster,
		    ro->files[q->file].name,
		    (unsigned long)q->lineno & SLOT_MASK);
		if (fs_run_invalid(run, &r, NULL, ro->why.p,
		    v[FS_ROSTER_SECRETARY_ID].p,
		    v[FS_ROSTER_SECRETARY_ID].n) != 0) {
			rc = FS_RUN_STOP;
			break;
		}
	}
	fs_tsv_close(&r);
	return rc == FS_RUN_STOP ? 2 : 0;
}

static inline uint64_t
be64(const char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

/* An id's first 16 bytes, NUL after it; p has 16 bytes readable. */
static inline void
id_key(const char *p, size_t n, struct skey *k)
{
	k->a = be64(p);
	k->b = be64(p + 8);
	if (n < 8) {
		k->a &= n == 0 ? 0 : ~UINT64_C(0) << (64 - 8 * n);
		k->b = 0;
	} else if (n < 16)
		k->b &= n == 8 ? 0 : ~UINT64_C(0) << (64 - 8 * (n - 8));
}

/* A date as a key: day numbers of years 0 to 9999 and more, in order. */
static inline uint32_t
date_key(fs_date t)
{
	return (uint32_t)t ^ UINT32_C(0x80000000);
}

/*
 * Where a key holds byte sh / 8 (0 the least significant) of its word w
 * (0: c, 1: b, 2: a), so that a pass reads it as a byte.
 */
static size_t
key_byte_at(int w, int sh)
{
	size_t off = w == 0 ? offsetof(struct skey, c) :
	    w == 1 ? offsetof(struct skey, b) : offsetof(struct skey, a);
	size_t size = w == 0 ? sizeof(uint32_t) : sizeof(uint64_t);

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return off + size - 1 - (size_t)sh / 8;
#else
	(void)size;
	return off + (size_t)sh / 8;
#endif
}

#define KEY_BYTE(k, at) (((const unsigned char *)(k))[at])

/*
 * Sorts k[0 .. n) by a, b and c: a byte at a time, the least significant
 * first, skipping the bytes that are the same in every key (a roster's
 * ids differ in a few).  Each pass counts the next one's bytes as it
 * moves the keys.  tmp holds n keys; the sorted ones are returned, in k
 * or tmp.
 */
static struct skey *
radix_sort(struct skey *k, struct skey *tmp, size_t n)
{
	uint64_t and_a = ~UINT64_C(0), or_a = 0, and_b = ~UINT64_C(0),
	    or_b = 0;
	uint32_t and_c = ~UINT32_C(0), or_c = 0, at[256], next[256], sum, c;
	struct skey *src = k, *dst = tmp, *t;
	int word[20], shift[20], nd = 0, d, j, w, sh;
	size_t i, b1, b2;
	unsigned x;

	for (i = 0; i < n; i++) {
		and_a &= k[i].a;
		or_a |= k[i].a;
		and_b &= k[i].b;
		or_b |= k[i].b;
		and_c &= k[i].c;
		or_c |= k[i].c;
	}
	for (d = 0; d < 20; d++) {
		w = d < 4 ? 0 : d < 12 ? 1 : 2;
		sh = 8 * (d < 4 ? d : d < 12 ? d - 4 : d - 12);
		if ((((w == 0 ? and_c ^ or_c : w == 1 ? and_b ^ or_b :
		    and_a ^ or_a) >> sh) & 0xff) != 0) {
			word[nd] = w;
			shift[nd++] = sh;
		}
	}
	if (nd == 0)
		return k;
	memset(next, 0, sizeof(next));
	b1 = key_byte_at(word[0], shift[0]);
	for (i = 0; i < n; i++)
		next[KEY_BYTE(&k[i], b1)]++;
	for (j = 0; j < nd; j++) {
		for (x = 0, sum = 0; x < 256; x++) {
			c = next[x];
			at[x] = sum;
			sum += c;
		}
		memset(next, 0, sizeof(next));
		b1 = key_byte_at(word[j], shift[j]);
		if (j + 1 < nd) {
			b2 = key_byte_at(word[j + 1], shift[j + 1]);
			for (i = 0; i < n; i++) {
				next[KEY_BYTE(&src[i], b2)]++;
				dst[at[KEY_BYTE(&src[i], b1)]++] = src[i];
			}
		} else
			for (i = 0; i < n; i++)
				dst[at[KEY_BYTE(&src[i], b1)]++] = src[i];
		t = src;
		src = dst;
		dst = t;
	}
	return src;
}

static int
by_secretary(const void *x, const void *y)
{
	const struct posting *a = *(const struct posting *const *)x;
	const struct posting *b = *(const struct posting *const *)y;
	int c;

	if ((c = fs_slice_cmp(a->sid, a->sidlen, b->sid, b->sidlen)) != 0)
		return c;
	return (a->start > b->start) - (a->start < b->start);
}

static int
by_village(const void *x, const void *y)
{
	const struct posting *a = *(const struct posting *const *)x;
	const struct posting *b = *(const struct posting *const *)y;
	int c;

	if ((c = fs_slice_cmp(a->vid, a->vidlen, b->vid, b->vidlen)) != 0)
		return c;
	if (a->start != b->start)
		return (a->start > b->start) - (a->start < b->start);
	return fs_slice_cmp(a->sid, a->sidlen, b->sid, b->sidlen);
}

/* Sorts keys k[0 .. n) again by their postings, cmp. */
static void
sort_again(const struct roster *ro, struct skey *k, size_t n,
    const struct posting **buf, int (*cmp)(const void *, const void *))
{
	size_t j;

	for (j = 0; j < n; j++)
		buf[j] = &ro->p[k[j].i];
	qsort(buf, n, sizeof(*buf), cmp);
	for (j = 0; j < n; j++) {
		k[j].i = (uint32_t)(buf[j] - ro->p);
		k[j].c = date_key(buf[j]->start);
	}
}

/*
 * Puts k[0 .. n), sorted by their keys, in the order cmp gives their
 * postings (the whole ids, then what follows them).  Keys whose 16 bytes
 * are the same are of one id, unless an id is longer (longer: some id
 * is): such a run of keys is sorted again whole, by the postings.  With
 * ties, so are the keys the same in c too (one village, one start: by
 * secretary_id).  buf: room for n pointers.
 */
static void
fix_runs(const struct roster *ro, struct skey *k, size_t n,
    const struct posting **buf, int (*cmp)(const void *, const void *),
    int by_vid, int longer, int ties)
{
	const struct posting *p;
	size_t i, g, j;
	int lng;

	for (i = 0; longer && i < n; i = g) {
		for (g = i + 1; g < n && k[g].a == k[i].a && k[g].b == k[i].b;
		    g++)
			continue;
		if (g - i < 2)
			continue;
		for (lng = 0, j = i; j < g; j++) {
			p = &ro->p[k[j].i];
			lng |= (by_vid ? p->vidlen : p->sidlen) > 16;
		}
		if (lng)
			sort_again(ro, k + i, g - i, buf, cmp);
	}
	for (i = 0; ties && i + 1 < n; i = g) {
		for (g = i + 1; g < n && k[g].c == k[i].c && k[g].a == k[i].a &&
		    k[g].b == k[i].b; g++)
			continue;
		if (g - i > 1)
			sort_again(ro, k + i, g - i, buf, cmp);
	}
}

static int
same_village(const struct posting *a, const struct posting *b)
{
	return a->vidlen == b->vidlen &&
	    fs_same_bytes(a->vid, b->vid, a->vidlen);
}

static int
same_secretary(const struct posting *a, const struct posting *b)
{
	return a->sidlen == b->sidlen &&
	    fs_same_bytes(a->sid, b->sid, a->sidlen);
}

/* The first day two services share, or 0 with none. */
static int
overlap(const struct posting *a, const struct posting *b, fs_date *first)
{
	fs_date s = a->start > b->start ? a->start : b->start;
	fs_date e = a->end < b->end ? a->end : b->end;

	*first = s;
	return s <= e;
}

/*
 * The findings.  Without --findings a rule's finding is only counted
 * (wanted() 0), its detail not made: the table keeps none of them.
 * With it, a detail is put together in ro->detail piece by piece, and
 * the finding's strings are made once, in the stream's arena.
 */
static int
wanted(struct fs_run *run, int severity)
{
	if (run->findings)
		return 1;
	fs_findings_tally(&run->fnd, severity);
	return 0;
}

static void
d_str(struct fs_buf *d, const char *s)
{
	fs_buf_add(d, s, strlen(s));
}

static void
d_date(struct fs_buf *d, fs_date t)
{
	char b[FS_FMT_MAX];

	fs_buf_add(d, b, fs_date_fmt(t, b));
}

static void
d_int(struct fs_buf *d, int64_t v)
{
	char b[FS_FMT_MAX];

	fs_buf_add(d, b, fs_int_fmt(v, b));
}

/* "from to to": a service's dates. */
static void
d_span(struct fs_buf *d, fs_date from, fs_date to)
{
	d_date(d, from);
	d_str(d, " to ");
	d_date(d, to);
}

/* Copies with escapes decoded, for the findings. */
static const char *
dec(struct fs_run *run, const char *p, size_t n)
{
	return fs_findings_strn(&run->fnd, p, n);
}

static const char *
period(struct fs_run *run, fs_date t)
{
	char b[FS_FMT_MAX];

	return fs_arena_strndup(&run->fnd.arena, b, fs_date_fmt(t, b));
}

/* Adds a finding whose detail is ro->detail. */
static void
push(struct fs_run *run, const struct roster *ro, enum rule rule,
    int severity, const char *entity, const char *entity_id,
    const char *village_id, const char *per, const struct posting *p)
{
	struct fs_finding x;

	x.tool = NULL;
	x.rule = rule_name[rule];
	x.severity = severity;
	x.entity = entity;
	x.entity_id = entity_id;
	x.village_id = village_id;
	x.period = per;
	x.detail = fs_arena_strndup(&run->fnd.arena, ro->detail.p,
	    ro->detail.n);
	x.source = fs_findings_source(&run->fnd, ro->files[p->file].name,
	    p->lineno);
	fs_findings_push(&run->fnd, &x);
}

/* A finding about a posting's secretary. */
static void
secretary_finding(struct fs_run *run, const struct roster *ro,
    enum rule rule, int severity, const struct posting *p, const char *per)
{
	push(run, ro, rule, severity, "secretary", dec(run, p->sid, p->sidlen),
	    dec(run, p->vid, p->vidlen), per, p);
}

static void
rule_term_length(struct fs_run *run, struct roster *ro, struct posting *p)
{
	struct fs_buf *d = &ro->detail;

	if (p->months >= run->policy.roster_min_term_months)
		return;
	p->problems |= 1u << R_TERM_LENGTH;
	if (!wanted(run, FS_SEV_WARNING))
		return;
	fs_buf_reset(d);
	d_str(d, "term ");
	d_span(d, p->start, p->term_end);
	d_str(d, " is ");
	d_int(d, p->months);
	d_str(d, p->months == 1 ? " month" : " months");
	d_str(d, "; at least ");
	d_int(d, run->policy.roster_min_term_months);
	d_str(d, " expected");
	secretary_finding(run, ro, R_TERM_LENGTH, FS_SEV_WARNING, p,
	    period(run, p->start));
}

/*
 * The rules on an active posting's secretary: one finding per secretary
 * (the first posting at fault, by term_start); every posting at fault
 * carries the rule in its problems.  *said tells whether the secretary
 * has had the finding already.
 */
static void
rule_no_mentor(struct fs_run *run, struct roster *ro, struct posting *p,
    int *said)
{
	struct fs_buf *d = &ro->detail;

	if (p->status != ST_ACTIVE || p->has_mentor)
		return;
	p->problems |= 1u << R_NO_MENTOR;
	if (*said)
		return;
	*said = 1;
	if (!wanted(run, FS_SEV_VIOLATION))
		return;
	fs_buf_reset(d);
	d_str(d, "serving in ");
	d_str(d, dec(run, p->vid, p->vidlen));
	d_str(d, " with no mentor_id (township committee member assigned "
	    "one-to-one)");
	secretary_finding(run, ro, R_NO_MENTOR, FS_SEV_VIOLATION, p, "");
}

static void
rule_medical_exam(struct fs_run *run, struct roster *ro, struct posting *p,
    int *said)
{
	struct fs_buf *d = &ro->detail;
	int months = (int)run->policy.roster_medical_exam_months;
	fs_date by = 0;

	if (p->status != ST_ACTIVE)
		return;
	/*
	 * An exam dated after the as-of date (booked, or a report made
	 * again for a day past) was not had by then: none is known.
	 */
	if (p->has_exam && p->exam <= run->as_of) {
		by = fs_date_add_months(p->exam, months);
		if (run->as_of <= by)
			return;
	}
	p->problems |= 1u << R_MEDICAL_EXAM;
	if (*said)
		return;
	*said = 1;
	if (!wanted(run, FS_SEV_WARNING))
		return;
	fs_buf_reset(d);
	if (p->has_exam && p->exam > run->as_of) {
		d_str(d, "last_medical_exam ");
		d_date(d, p->exam);
		d_str(d, " is after the as-of date: no examination on "
		    "record by then");
	} else if (p->has_exam) {
		d_str(d, "last medical examination ");
		d_date(d, p->exam);
		d_str(d, "; the next was due by ");
		d_date(d, by);
		d_str(d, " (every ");
		d_int(d, months);
		d_str(d, months == 1 ? " month)" : " months)");
	} else
		d_str(d, "no medical examination on record "
		    "(last_medical_exam missing)");
	secretary_finding(run, ro, R_MEDICAL_EXAM, FS_SEV_WARNING, p, "");
}

static void
rule_uninsured(struct fs_run *run, struct roster *ro, struct posting *p,
    int *said)
{
	struct fs_buf *d = &ro->detail;

	if (p->status != ST_ACTIVE)
		return;
	if (p->has_insurance && p->insurance >= run->as_of)
		return;
	p->problems |= 1u << R_UNINSURED;
	if (*said)
		return;
	*said = 1;
	if (!wanted(run, FS_SEV_VIOLATION))
		return;
	fs_buf_reset(d);
	if (p->has_insurance) {
		d_str(d, "accident insurance ended ");
		d_date(d, p->insurance);
	} else
		d_str(d, "no accident insurance on record "
		    "(insurance_until missing)");
	secretary_finding(run, ro, R_UNINSURED, FS_SEV_VIOLATION, p, "");
}

/*
 * Postings a and b of one secretary in different villages, b starting
 * later, a still served on b's start: a double posting from b's start.
 */
static void
rule_double_posting(struct fs_run *run, struct roster *ro,
    struct posting *a, struct posting *b)
{
	struct fs_buf *d = &ro->detail;
	fs_date t;

	if (!overlap(a, b, &t))
		return;
	a->problems |= 1u << R_DOUBLE_POSTING;
	b->problems |= 1u << R_DOUBLE_POSTING;
	/* A finding a pair: the table counts them, keeping none. */
	if (!wanted(run, FS_SEV_VIOLATION))
		return;
	fs_buf_reset(d);
	d_str(d, "posted to ");
	d_str(d, dec(run, a->vid, a->vidlen));
	d_str(d, " (");
	d_span(d, a->start, a->end);
	d_str(d, ") and to ");
	d_str(d, dec(run, b->vid, b->vidlen));
	d_str(d, " (");
	d_span(d, b->start, b->end);
	d_str(d, ") at once from ");
	d_date(d, t);
	secretary_finding(run, ro, R_DOUBLE_POSTING, FS_SEV_VIOLATION, b,
	    period(run, t));
}

/*
 * Services of two secretaries in one village that share a day: one
 * finding per pair of secretaries, dated the first day any of their
 * postings there share, sourced at the later posting of that first
 * overlap.
 */
static void
rule_village_overlap(struct fs_run *run, struct roster *ro,
    const struct pair *pr)
{
	const struct posting *a = pr->a, *b = pr->b;
	struct fs_buf *d = &ro->detail;
	const char *vid;

	if (!wanted(run, FS_SEV_VIOLATION))
		return;
	vid = dec(run, b->vid, b->vidlen);
	fs_buf_reset(d);
	d_str(d, dec(run, a->sid, a->sidlen));
	d_str(d, " ");
	d_str(d, dec(run, a->name, a->namelen));
	d_str(d, " (");
	d_span(d, a->start, a->end);
	d_str(d, ") and ");
	d_str(d, dec(run, b->sid, b->sidlen));
	d_str(d, " ");
	d_str(d, dec(run, b->name, b->namelen));
	d_str(d, " (");
	d_span(d, b->start, b->end);
	d_str(d, ") both serve ");
	d_str(d, vid);
	d_str(d, " from ");
	d_date(d, pr->first);
	push(run, ro, R_VILLAGE_OVERLAP, FS_SEV_VIOLATION, "village", vid,
	    vid, period(run, pr->first), b);
}

/*
 * A secretary with a posting in the village being swept that may still
 * share a day with one to come: its postings met so far, in the
 * village's order, linked through sw->nx[] by place (head: the first
 * still serving; those after it may have ended, and are dropped when
 * they come first); fresh: the first not yet seen to share a day with
 * another secretary's.
 */
struct serving {
	uint32_t sec;
	uint32_t head, tail, fresh;	/* places in the village, or NIL */
};
#define NIL UINT32_MAX

struct sweep {
	uint32_t *nx;		/* by place in the village: the next, or NIL */
	uint32_t *at;		/* by secretary ordinal: its serving, or NIL */
	struct serving *sv;
	size_t nsv;
};

/*
 * The pairs of one village's postings v[0 .. n) (sorted by start, then
 * secretary_id), then findings; the village's group is g.  A pair of
 * secretaries is found in the table prs; of the overlaps of the earliest
 * first common day it keeps the one whose earlier posting comes first
 * in v, then whose later one does.  That is the first the sweep below
 * meets: the first common days it meets never go back, and an earlier
 * posting still serving that came before the one named would have been
 * met with it, or named instead.
 *
 * The postings are swept in order.  Those met before a posting b start
 * no later than it, so one of them shares a day with b when it still
 * serves on b's first day, and that first common day is b's start; one
 * that does not will share none with any posting after b either, and is
 * dropped.  So b is compared with the secretaries still serving, not
 * with their postings: each comparison is a pair of postings that share
 * a day, or a secretary dropped.  Two secretaries each with 10,000
 * postings, interleaved, all overlapping, were 10^8 pairs of postings
 * (1.1 s) when every posting was compared with every later one still
 * serving; now 20,000 comparisons.  K secretaries serving all along
 * beside N postings of another still cost K times N, as before.
 */
static void
village_pairs(struct fs_run *run, struct roster *ro, struct posting **v,
    size_t n, struct sweep *sw, uint64_t g, struct fs_table *prs)
{
	struct posting *b;
	struct serving *s;
	struct pair *pr;
	uint64_t key[3];
	size_t k, k0 = prs->n;
	uint32_t j, e;
	int created;

	key[0] = g;
	sw->nsv = 0;
	for (j = 0; j < n; j++) {
		b = v[j];
		/* Ends before it starts (no valid row does): no day. */
		if (b->end < b->start)
			continue;
		for (k = 0; k < sw->nsv; ) {
			s = &sw->sv[k];
			while (s->head != NIL && v[s->head]->end < b->start) {
				if (s->fresh == s->head)
					s->fresh = sw->nx[s->head];
				s->head = sw->nx[s->head];
			}
			if (s->head == NIL) {
				sw->at[s->sec] = NIL;
				if (k != --sw->nsv) {
					*s = sw->sv[sw->nsv];
					sw->at[s->sec] = (uint32_t)k;
				}
				continue;
			}
			k++;
			if (s->sec == b->sec)
				continue;
			/* All of s's that still serve share b's first day. */
			for (e = s->fresh; e != NIL; e = sw->nx[e])
				if (v[e]->end >= b->start)
					v[e]->problems |= 1u << R_VILLAGE_OVERLAP;
			s->fresh = NIL;
			b->problems |= 1u << R_VILLAGE_OVERLAP;
			key[1] = s->sec < b->sec ? s->sec : b->sec;
			key[2] = s->sec < b->sec ? b->sec : s->sec;
			pr = fs_table_get(prs, (const char *)key, sizeof(key),
			    &created);
			if (created) {
				pr->a = v[s->head];
				pr->b = b;
				pr->first = b->start;
			}
		}
		/* b joins its secretary's postings. */
		sw->nx[j] = NIL;
		if (sw->at[b->sec] == NIL) {
			sw->at[b->sec] = (uint32_t)sw->nsv;
			s = &sw->sv[sw->nsv++];
			s->sec = b->sec;
			s->head = s->tail = s->fresh = j;
		} else {
			s = &sw->sv[sw->at[b->sec]];
			sw->nx[s->tail] = j;
			s->tail = j;
			if (s->fresh == NIL)
				s->fresh = j;
		}
	}
	for (k = 0; k < sw->nsv; k++)
		sw->at[sw->sv[k].sec] = NIL;
	for (k = k0; k < prs->n; k++)
		rule_village_overlap(run, ro, prs->order[k]->val);
}

/*
 * The latest last_medical_exam and insurance_until among a secretary's
 * postings (k[0 .. n) in ro->p) stand for the secretary: an examination
 * or an insurance is the person's, whichever row it was written on.  The
 * examination is the latest had by the as-of date; one booked after it
 * on another posting does not hide it.  Only when every examination is
 * after the as-of date does the latest of them stand (none had by then).
 */
static void
secretary_dates(struct roster *ro, const struct skey *k, size_t n,
    fs_date as_of)
{
	struct posting *p;
	size_t i;
	int exam = 0, had = 0, h, ins = 0;
	fs_date e = 0, u = 0;

	for (i = 0; i < n; i++) {
		p = &ro->p[k[i].i];
		h = p->has_exam && p->exam <= as_of;
		/* One had beats one booked; of two alike, the later. */
		if (p->has_exam && (!exam || h > had || (h == had &&
		    p->exam > e))) {
			exam = 1;
			had = h;
			e = p->exam;
		}
		if (p->has_insurance && (!ins || p->insurance > u)) {
			ins = 1;
			u = p->insurance;
		}
	}
	for (i = 0; i < n; i++) {
		p = &ro->p[k[i].i];
		p->has_exam = (unsigned char)exam;
		p->exam = e;
		p->has_insurance = (unsigned char)ins;
		p->insurance = u;
	}
}

/*
 * A secretary's earlier postings still served when the next begins (a
 * posting can overlap only those, as every later one starts no
 * earlier), by village: a new posting is compared with those of the
 * other villages only, so that many postings in one village cost nothing
 * in pairs that are no double posting.  One that ended before a new
 * posting began is dropped for good (40,000 postings one after another
 * were each compared with all before them).  The lists are linked
 * through link[], by place in the secretary's order.
 */
struct live {
	const struct posting *any;	/* the village's, for its id */
	size_t head, tail;		/* places; NONE: empty */
};
#define NONE ((size_t)-1)

static void
double_postings(struct fs_run *run, struct roster *ro, struct posting *p,
    size_t at, struct live *lv, size_t *nlv, size_t *link,
    const uint32_t *bysec)
{
	struct live *l;
	struct posting *q;
	size_t g, e, prev, own = NONE;

	for (g = 0; g < *nlv; ) {
		l = &lv[g];
		if (same_village(l->any, p)) {
			own = g++;
			continue;
		}
		for (prev = NONE, e = l->head; e != NONE; e = link[e]) {
			q = &ro->p[bysec[e]];
			if (q->end >= p->start) {
				rule_double_posting(run, ro, q, p);
				prev = e;
				continue;
			}
			if (prev == NONE)
				l->head = link[e];
			else
				link[prev] = link[e];
			if (l->tail == e)
				l->tail = prev;
		}
		if (l->head == NONE) {
			/* The last list takes its place, looked at next. */
			*l = lv[--*nlv];
			continue;
		}
		g++;
	}
	link[at] = NONE;
	if (own == NONE) {
		own = (*nlv)++;
		lv[own].any = p;
		lv[own].head = NONE;
	}
	l = &lv[own];
	if (l->head == NONE)
		l->head = at;
	else
		link[l->tail] = at;
	l->tail = at;
}

/*
 * Are two sorted keys' postings of one id (by_vid: village_id)?  With
 * no id longer than 16 bytes (longer 0), the keys say.
 */
static int
same_id(const struct roster *ro, const struct skey *x, const struct skey *y,
    int by_vid, int longer)
{
	const struct posting *p, *q;

	if (x->a != y->a || x->b != y->b)
		return 0;
	if (!longer)
		return 1;
	p = &ro->p[x->i];
	q = &ro->p[y->i];
	if (by_vid)
		return (p->vidlen <= 16 && q->vidlen <= 16) ||
		    same_village(p, q);
	return (p->sidlen <= 16 && q->sidlen <= 16) || same_secretary(p, q);
}

/*
 * Asks for a posting's two cache lines: the postings are read in the
 * order of a sort, each a miss.
 */
static inline void
prefetch_posting(const struct posting *p)
{
	__builtin_prefetch(p);
	__builtin_prefetch((const char *)p + sizeof(*p) - 1);
}

enum { AHEAD = 16 };

/*
 * Sorts the postings by secretary_id and term_start into *bysec (their
 * places), judges each, and then each village's.
 */
static void
judge(struct fs_run *run, struct roster *ro, uint32_t **bysec_out)
{
	struct posting *p, **byv;
	struct skey *k, *tmp, *sk;
	struct live *lv;
	struct fs_table prs;
	struct sweep sw;
	uint32_t *bysec;
	size_t i, g, pf, n = ro->n, nlv = 0, lvcap = 0, *link;
	uint32_t sec = 0;
	int said_mentor = 0, said_exam = 0, said_ins = 0, longer = 0;

	*bysec_out = bysec = fs_xreallocarray(NULL, n ? n : 1,
	    sizeof(*bysec));
	k = fs_xreallocarray(NULL, n ? n : 1, sizeof(*k));
	tmp = fs_xreallocarray(NULL, n ? n : 1, sizeof(*tmp));
	byv = fs_xreallocarray(NULL, n ? n : 1, sizeof(*byv));
	link = fs_xreallocarray(NULL, n ? n : 1, sizeof(*link));
	lv = NULL;
	for (i = 0; i < n; i++) {
		p = &ro->p[i];
		id_key(p->sid, p->sidlen, &k[i]);
		k[i].c = date_key(p->start);
		k[i].i = (uint32_t)i;
		longer |= p->sidlen > 16;
	}
	sk = radix_sort(k, tmp, n);
	fix_runs(ro, sk, n, (const struct posting **)byv, by_secretary, 0,
	    longer, 0);
	for (i = 0; i < n; i++) {
		if (i + AHEAD < n)
			prefetch_posting(&ro->p[sk[i + AHEAD].i]);
		p = &ro->p[sk[i].i];
		bysec[i] = sk[i].i;
		if (i == 0 || !same_id(ro, &sk[i - 1], &sk[i], 0, longer)) {
			said_mentor = said_exam = said_ins = 0;
			nlv = 0;
			sec++;
			for (g = i + 1; g < n && same_id(ro, &sk[g - 1],
			    &sk[g], 0, longer); g++)
				continue;
			secretary_dates(ro, sk + i, g - i, run->as_of);
			/* A village each of the secretary's postings at most. */
			if (g - i > lvcap) {
				lvcap = g - i;
				lv = fs_xreallocarray(lv, lvcap, sizeof(*lv));
			}
		}
		if (run->as_of < p->start)
			p->status = ST_NOT_STARTED;
		else if (run->as_of <= p->end)
			p->status = ST_ACTIVE;
		else
			p->status = ST_ENDED;
		p->months = fs_months_between(p->start, p->term_end + 1);
		p->sec = sec;
		rule_term_length(run, ro, p);
		rule_no_mentor(run, ro, p, &said_mentor);
		rule_medical_exam(run, ro, p, &said_exam);
		rule_uninsured(run, ro, p, &said_ins);
		double_postings(run, ro, p, i, lv, &nlv, link, bysec);
	}
	free(lv);
	/* By village_id, term_start and secretary_id. */
	for (longer = 0, i = 0; i < n; i++) {
		p = &ro->p[i];
		id_key(p->vid, p->vidlen, &k[i]);
		k[i].c = date_key(p->start);
		k[i].i = (uint32_t)i;
		longer |= p->vidlen > 16;
	}
	sk = radix_sort(k, tmp, n);
	fix_runs(ro, sk, n, (const struct posting **)byv, by_village, 1,
	    longer, 1);
	for (i = 0; i < n; i++)
		byv[i] = &ro->p[sk[i].i];
	sw.nx = fs_xreallocarray(NULL, n ? n : 1, sizeof(*sw.nx));
	sw.sv = fs_xreallocarray(NULL, n ? n : 1, sizeof(*sw.sv));
	sw.at = fs_xreallocarray(NULL, (size_t)sec + 1, sizeof(*sw.at));
	memset(sw.at, 0xff, ((size_t)sec + 1) * sizeof(*sw.at));
	fs_table_init(&prs, sizeof(struct pair));
	for (i = 0, pf = 0; i < n; i = g) {
		for (g = i + 1; g < n && same_id(ro, &sk[g - 1], &sk[g], 1,
		    longer); g++)
			continue;
		for (; pf < n && pf < g + AHEAD; pf++)
			prefetch_posting(byv[pf]);
		village_pairs(run, ro, byv + i, g - i, &sw, i, &prs);
	}
	free(sw.nx);
	free(sw.sv);
	free(sw.at);
	free(k);
	free(tmp);
	fs_table_free(&prs);
	free(link);
	free(byv);
}

/* The problems column of each set of rules broken, and its newline. */
struct problems {
	char text[1 << NRULES][NRULES * 32];
	size_t len[1 << NRULES];
};

static void
make_problems(struct problems *pb)
{
	unsigned set;
	int r;
	size_t n;

	for (set = 0; set < (1u << NRULES); set++) {
		n = 0;
		for (r = 0; r < NRULES; r++)
			if (set & (1u << r)) {
				if (n > 0)
					pb->text[set][n++] = ',';
				memcpy(pb->text[set] + n, rule_name[r],
				    strlen(rule_name[r]));
				n += strlen(rule_name[r]);
			}
		pb->text[set][n++] = '\n';
		pb->len[set] = n;
	}
}

/* term_months and its tab: below 1000 (83 years), digits by hand. */
static inline void
out_months(struct fs_out *o, int m)
{
	char b[4];
	size_t n = 0;

	if (m < 0 || m >= 1000) {
		fs_out_int(o, m);
		fs_out_char(o, '\t');
		return;
	}
	if (m >= 100)
		b[n++] = (char)('0' + m / 100);
	if (m >= 10)
		b[n++] = (char)('0' + m / 10 % 10);
	b[n++] = (char)('0' + m % 10);
	b[n++] = '\t';
	fs_out_write(o, b, n);
}

static void
write_table(struct fs_run *run, const struct roster *ro,
    const uint32_t *bysec)
{
	struct fs_out *o = &run->out;
	struct problems *pb;
	const struct posting *p;
	const struct infile *in;
	struct fs_slice *f = NULL;
	const char *s, *e, *tab;
	char *tabs;
	size_t i, k, c, maxcols = 1, stlen[3];
	int **from, *plain, fi;

	pb = fs_xmalloc(sizeof(*pb));
	make_problems(pb);
	for (k = 0; k < 3; k++)
		stlen[k] = strlen(status_name[k]);
	/* The tabs after a line whose file has fewer columns. */
	tabs = fs_xmalloc(ro->ncols + 1);
	memset(tabs, '\t', ro->ncols + 1);
	/*
	 * Each file's columns in the table's: a file whose columns are
	 * the table's first, in order, has its line written as read.
	 */
	from = fs_xreallocarray(NULL, ro->nfiles ? ro->nfiles : 1,
	    sizeof(*from));
	plain = fs_xreallocarray(NULL, ro->nfiles ? ro->nfiles : 1,
	    sizeof(*plain));
	for (fi = 0; (size_t)fi < ro->nfiles; fi++) {
		in = &ro->files[fi];
		from[fi] = fs_xreallocarray(NULL, ro->ncols ? ro->ncols : 1,
		    sizeof(int));
		for (c = 0; c < ro->ncols; c++)
			from[fi][c] = -1;
		plain[fi] = 1;
		for (k = 0; k < in->ncols; k++) {
			if (in->to_out[k] >= 0)
				from[fi][in->to_out[k]] = (int)k;
			plain[fi] &= in->to_out[k] == (int)k;
		}
		if (in->ncols > maxcols)
			maxcols = in->ncols;
	}
	f = fs_xreallocarray(NULL, maxcols, sizeof(*f));
	for (c = 0; c < ro->ncols; c++) {
		fs_out_write(o, ro->cols[c].p, ro->cols[c].n);
		fs_out_char(o, '\t');
	}
	fs_out_str(o, "status\tterm_months\tproblems\n");
	for (i = 0; i < ro->n; i++) {
		if (i + AHEAD < ro->n)
			prefetch_posting(&ro->p[bysec[i + AHEAD]]);
		if (i + AHEAD / 2 < ro->n)
			__builtin_prefetch(ro->p[bysec[i + AHEAD / 2]].line);
		p = &ro->p[bysec[i]];
		fi = p->file;
		in = &ro->files[fi];
		if (plain[fi]) {
			fs_out_write(o, p->line, p->linelen);
			fs_out_write(o, tabs, ro->ncols + 1 - in->ncols);
		} else {
			/* The fields again: the line has its header's count. */
			s = p->line;
			e = p->line + p->linelen;
			for (k = 0; k < in->ncols; k++) {
				tab = k + 1 < in->ncols ?
				    memchr(s, '\t', (size_t)(e - s)) : e;
				f[k].p = s;
				f[k].n = (size_t)(tab - s);
				s = tab + 1;
			}
			for (c = 0; c < ro->ncols; c++) {
				if (from[fi][c] >= 0)
					fs_out_write(o, f[from[fi][c]].p,
					    f[from[fi][c]].n);
				fs_out_char(o, '\t');
			}
		}
		fs_out_write(o, status_name[p->status], stlen[p->status]);
		fs_out_char(o, '\t');
		out_months(o, p->months);
		fs_out_write(o, pb->text[p->problems], pb->len[p->problems]);
	}
	for (fi = 0; (size_t)fi < ro->nfiles; fi++)
		free(from[fi]);
	free(from);
	free(plain);
	free(f);
	free(tabs);
	free(pb);
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	struct roster ro;
	uint32_t *bysec = NULL;
	int ch, i, status = 0;

	fs_run_init(&run, "fs-roster", usage);
	/* Rows as values, the keys kept here (read_file()). */
	run.values_only = 1;
	run.keys_late = 1;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1)
		if (fs_run_option(&run, ch, argv))
			return fs_run_finish(&run, run.exit);
	if (fs_run_start(&run) != 0)
		return fs_run_finish(&run, 2);
	memset(&ro, 0, sizeof(ro));
	fs_table_init(&ro.colat, sizeof(size_t));
	if (optind == argc)
		status = read_file(&run, &ro, "-");
	for (i = optind; i < argc && status == 0; i++)
		status = read_file(&run, &ro, argv[i]);
	if (status == 0) {
		judge(&run, &ro, &bysec);
		if (!run.findings)
			write_table(&run, &ro, bysec);
	}
	status = fs_run_finish(&run, status);
	free(bysec);
	free(ro.p);
	free(ro.files);
	free(ro.cols);
	free(ro.slot);
	for (i = 0; (size_t)i < ro.nchunks; i++)
		free(ro.chunks[i]);
	free(ro.chunks);
	fs_buf_free(&ro.why);
	fs_buf_free(&ro.detail);
	fs_table_free(&ro.colat);
	fs_arena_free(&ro.arena);
	return status;
}
