/*
 * keys.c - detecting repeated rows.
 */
#include <stdlib.h>
#include <string.h>

#include "keys.h"

/* A row's id against a day key. */
static inline int
is_id(const struct fs_daykey *dk, const struct fs_value *id)
{
	return (size_t)dk->keylen == id->n && fs_same_bytes(id->n <=
	    sizeof(dk->head) ? dk->head : dk->key, id->p, id->n);
}

/* Names the day key of entry e. */
static void
daykey_name(struct fs_daykey *dk, const struct fs_entry *e)
{
	dk->key = e->key;
	dk->keylen = (unsigned short)e->keylen;
	memcpy(dk->head, e->key, e->keylen < sizeof(dk->head) ?
	    e->keylen : sizeof(dk->head));
}

/* The words of a NULL-terminated list of allowed values. */
static int
count_words(const char *const *w)
{
	int n = 0;

	while (w != NULL && w[n] != NULL)
		n++;
	return n;
}

void
fs_keycheck_init(struct fs_keycheck *kc, const struct fs_format *fmt)
{
	memset(kc, 0, sizeof(*kc));
	kc->fmt = fmt;
	/* A key's value is kept in a byte (struct fs_keyseen). */
	if (fmt->same_ok >= 0 && count_words(fmt->cols[fmt->same_ok].allowed)
	    > UINT8_MAX - 1)
		abort();
	kc->daymap = fmt->same_ok >= 0 && fmt->key[1] >= 0 &&
	    fmt->cols[fmt->key[1]].type == FS_DATE &&
	    count_words(fmt->cols[fmt->same_ok].allowed) <=
	    FS_DAYMAP_VALUES;
	fs_table_init(&kc->seen, kc->daymap ? sizeof(struct fs_daykey) :
	    sizeof(struct fs_keyseen));
	kc->id_col = fmt->key[0];
	kc->date_col = fmt->key[1];
	kc->value_col = fmt->same_ok;
}

void
fs_keycheck_free(struct fs_keycheck *kc)
{
	fs_table_free(&kc->seen);
	fs_buf_free(&kc->key);
}

struct fs_dayyear *
fs_keycheck_years(const struct fs_keycheck *kc, const char *id, size_t n)
{
	const struct fs_daykey *dk = fs_table_find(&kc->seen, id, n);

	return dk ? dk->years : NULL;
}

/*
 * An id's years are kept latest first, so a file read in date order finds
 * or adds its year at the head: their list was walked whole once, and
 * where threads read pieces of a file spanning decades, every secretary's
 * new year cost a cache miss for each year it already had.
 *
 * Once an id's walks have passed WALKED years in all, it gets an index
 * (struct fs_yearindex): rows whose years climb, each followed by a row
 * of the first year, walked the whole list on every second row, up to
 * 9,999 years a walk.  With it a year is found in three steps, and a new
 * year's place in the list (after an earlier-listed, later year) by
 * looking along at most a decade's, a century's and the centuries'
 * slots.  It costs 800 bytes, and 80 for each century and each decade
 * that has a year; an id whose years come in order, or that has few,
 * never walks so far and has none.
 */
enum { WALKED = 4096, CENTURIES = 100, TEN = 10 };

struct decade {
	struct fs_dayyear *y[TEN];
};

struct century {
	struct decade *d[TEN];
};

struct fs_yearindex {
	struct century *c[CENTURIES];		/* NULL: no year there */
};

/* The index's slot of a year (its century and decade made), or NULL. */
static struct fs_dayyear **
index_slot(struct fs_yearindex *ix, int year, struct fs_table *t)
{
	struct century **c;
	struct decade **d;

	if (year < 0 || year >= CENTURIES * TEN * TEN)
		return NULL;
	c = &ix->c[year / (TEN * TEN)];
	if (*c == NULL)
		*c = fs_arena_alloc(fs_table_arena(t), sizeof(**c));
	d = &(*c)->d[year / TEN % TEN];
	if (*d == NULL)
		*d = fs_arena_alloc(fs_table_arena(t), sizeof(**d));
	return &(*d)->y[year % TEN];
}

/*
 * The earliest year in the index later than year (in range), or NULL:
 * from the slot after year's on, decade by decade, century by century.
 */
static struct fs_dayyear *
index_later(const struct fs_yearindex *ix, int year)
{
	const struct century *c;
	const struct decade *d;
	int ci = year / (TEN * TEN), di = year / TEN % TEN, yi = year % TEN + 1;

	for (; ci < CENTURIES; ci++, di = 0, yi = 0) {
		if ((c = ix->c[ci]) == NULL)
			continue;
		for (; di < TEN; di++, yi = 0) {
			if ((d = c->d[di]) == NULL)
				continue;
			for (; yi < TEN; yi++)
				if (d->y[yi] != NULL)
					return d->y[yi];
		}
	}
	return NULL;
}

/* A new year for dk, linked at *at; in dk's index if it has one. */
static struct fs_dayyear *
year_link(struct fs_daykey *dk, struct fs_dayyear **at, int year,
    struct fs_table *t)
{
	struct fs_dayyear *y, **slot;

	y = fs_arena_alloc(fs_table_arena(t), sizeof(*y));
	y->year = year;
	y->next = *at;
	*at = y;
	if (dk->index != NULL && (slot = index_slot(dk->index, year, t)))
		*slot = y;
	return y;
}

/* dk's year, made (all days 0) if new; see above. */
static struct fs_dayyear *
year_get(struct fs_daykey *dk, int year, struct fs_table *t)
{
	struct fs_dayyear **at = &dk->years, **slot, *y;
	unsigned steps = 0;

	if (dk->index != NULL &&
	    (slot = index_slot(dk->index, year, t)) != NULL) {
		if (*slot != NULL)
			return *slot;
		if ((y = index_later(dk->index, year)) != NULL)
			at = &y->next;
	}
	/* Without an index; with one, past a year outside it at most. */
	while (*at != NULL && (*at)->year > year) {
		at = &(*at)->next;
		steps++;
	}
	y = *at != NULL && (*at)->year == year ? *at :
	    year_link(dk, at, year, t);
	if (dk->index != NULL || steps == 0)
		return y;
	steps += dk->walked;
	dk->walked = (unsigned short)(steps < WALKED ? steps : WALKED);
	if (steps >= WALKED) {
		dk->index = fs_arena_alloc(fs_table_arena(t),
		    sizeof(*dk->index));
		for (at = &dk->years; *at != NULL; at = &(*at)->next)
			if ((slot = index_slot(dk->index, (*at)->year, t)))
				*slot = *at;
	}
	return y;
}

/* The byte of day t in id's day map; *shift: its half (0 or 4). */
static uint8_t *
day_cell(struct fs_keycheck *kc, const struct fs_value *id, fs_date t,
    int *shift)
{
	struct fs_daykey *dk, *prev;
	struct fs_entry *e;
	struct fs_dayyear *y;
	int year;

	prev = kc->last_dk;
	if (prev != NULL && prev->after != NULL && is_id(prev->after, id))
		dk = prev->after;
	else if (prev != NULL && is_id(prev, id))
		dk = prev;
	else {
		e = fs_table_intern(&kc->seen, id->p, id->n, NULL);
		dk = e->val;
		daykey_name(dk, e);
		if (prev != NULL && dk != prev)
			prev->after = dk;
	}
	kc->last_dk = dk;
	if (t >= kc->year_start && t < kc->year_end)
		year = kc->year;
	else {
		year = fs_date_year(t);
		kc->year = year;
		kc->year_start = fs_date_make(year, 1, 1);
		kc->year_end = fs_date_make(year + 1, 1, 1);
	}
	/* A new id has no year yet (cur NULL), whatever its year says. */
	if (dk->year == year && dk->cur != NULL)
		y = dk->cur;
	else {
		y = year_get(dk, year, &kc->seen);
		dk->cur = y;
		dk->year = year;
	}
	*shift = (int)((t - kc->year_start) & 1) * 4;
	return &y->day[(t - kc->year_start) >> 1];
}

enum fs_key_result
fs_keycheck_any(struct fs_keycheck *kc, const struct fs_value *v, int file,
    long line, const char *const *files, struct fs_buf *why, int *col)
{
	const struct fs_format *fmt = kc->fmt;
	struct fs_keyseen *seen;
	int i, created, same = fmt->same_ok, shift, value, old;
	uint8_t *cell;

	if (fmt->key[0] < 0)
		return FS_KEY_NEW;
	if (kc->daymap) {
		cell = day_cell(kc, &v[fmt->key[0]], v[fmt->key[1]].v.date,
		    &shift);
		value = v[same].v.choice + 1;
		old = *cell >> shift & 0xf;
		if (old == 0) {
			*cell |= (uint8_t)(value << shift);
			return FS_KEY_NEW;
		}
		if (old == value)
			return FS_KEY_SAME;
		fs_buf_reset(why);
		*col = same;
		kc->earlier = fmt->cols[same].allowed[old - 1];
		fs_buf_printf(why, "conflicts with '%s'", kc->earlier);
		return FS_KEY_CONFLICT;
	}
	fs_buf_reset(why);
	if (fmt->key[1] < 0)		/* one column: its bytes are the key */
		seen = fs_table_get(&kc->seen, v[fmt->key[0]].p,
		    v[fmt->key[0]].n, &created);
	else {
		fs_buf_reset(&kc->key);
		for (i = 0; i < 3 && fmt->key[i] >= 0; i++) {
			fs_buf_add(&kc->key, v[fmt->key[i]].p,
			    v[fmt->key[i]].n);
			fs_buf_add(&kc->key, "\t", 1);
		}
		seen = fs_table_get(&kc->seen, kc->key.p, kc->key.n,
		    &created);
	}
	value = same >= 0 ? v[same].v.choice + 1 : 0;
	if (created) {
		fs_keyseen_set_line(seen, line);
		seen->file = (uint16_t)file;
		seen->value = (uint8_t)value;
		return FS_KEY_NEW;
	}
	/* A repeat that agrees in the same_ok column (calendar's type). */
	if (value != 0 && seen->value == value)
		return FS_KEY_SAME;
	*col = fmt->key[0];
	fs_keycheck_repeat(why, fmt, files[seen->file], fs_keyseen_line(seen));
	if (value != 0 && seen->value != 0)
		fs_buf_printf(why, ", given as '%s' there",
		    fmt->cols[same].allowed[seen->value - 1]);
	return FS_KEY_CONFLICT;
}

void
fs_keycheck_repeat(struct fs_buf *why, const struct fs_format *fmt,
    const char *file, unsigned long line)
{
	int i;

	fs_buf_reset(why);
	fs_buf_adds(why, "the same ");
	for (i = 0; i < 3 && fmt->key[i] >= 0; i++)
		fs_buf_printf(why, "%s%s", i ? " and " : "",
		    fmt->cols[fmt->key[i]].name);
	fs_buf_printf(why, " as %s:%lu", file, line);
}

void
fs_keycheck_shift(struct fs_keycheck *kc, long line_base)
{
	struct fs_keyseen *ks;
	size_t i;

	if (kc->daymap)
		return;
	for (i = 0; i < kc->seen.n; i++) {
		ks = kc->seen.order[i]->val;
		fs_keyseen_set_line(ks, line_base +
		    (long)fs_keyseen_line(ks));
	}
}

void
fs_keycheck_village(struct fs_buf *why, const char *village,
    const char *file, unsigned long line)
{
	fs_buf_reset(why);
	fs_buf_printf(why, "the decision is in village '%s' at %s:%lu",
	    village, file, line);
}

/* A bit at the bottom of each half byte of w that is not 0. */
static inline uint64_t
nibbles_set(uint64_t w)
{
	return (w | w >> 1 | w >> 2 | w >> 3) & 0x1111111111111111ULL;
}

/*
 * Does a day of b hold another value than the same day of a?  Eight
 * bytes (sixteen days) at a time: a day clashes when it is set in both
 * and its halves differ.
 */
static int
days_clash(const struct fs_dayyear *a, const struct fs_dayyear *b)
{
	enum { WORD = sizeof(uint64_t), WHOLE = sizeof(a->day) / WORD * WORD };
	uint64_t x, y, clash = 0;
	size_t i;

	for (i = 0; i < WHOLE; i += WORD) {
		memcpy(&x, a->day + i, WORD);
		memcpy(&y, b->day + i, WORD);
		clash |= nibbles_set(x) & nibbles_set(y) & nibbles_set(x ^ y);
	}
	x = y = 0;
	memcpy(&x, a->day + WHOLE, sizeof(a->day) - WHOLE);
	memcpy(&y, b->day + WHOLE, sizeof(b->day) - WHOLE);
	clash |= nibbles_set(x) & nibbles_set(y) & nibbles_set(x ^ y);
	return clash != 0;
}

/* The days of b into a, where they do not clash: either half is 0. */
static void
days_add(struct fs_dayyear *a, const struct fs_dayyear *b)
{
	enum { WORD = sizeof(uint64_t), WHOLE = sizeof(a->day) / WORD * WORD };
	uint64_t x, y;
	size_t i;

	for (i = 0; i < WHOLE; i += WORD) {
		memcpy(&x, a->day + i, WORD);
		memcpy(&y, b->day + i, WORD);
		x |= y;
		memcpy(a->day + i, &x, WORD);
	}
	for (i = WHOLE; i < sizeof(a->day); i++)
		a->day[i] |= b->day[i];
}

/*
 * Comparing and merging two checks' tables looks up one's keys in the
 * other, whose slots are far apart when it is large: each is asked for
 * this many keys before (an entry keeps its hash).
 */
enum { AHEAD = 8 };

int
fs_keycheck_clash(const struct fs_keycheck *a, const struct fs_keycheck *b)
{
	const struct fs_daykey *dk, *da;
	const struct fs_dayyear *y, *ya;
	const struct fs_entry *e;
	size_t i;

	for (i = 0; i < b->seen.n; i++) {
		e = b->seen.order[i];
		if (i + AHEAD < b->seen.n)
			fs_table_prefetch(&a->seen,
			    b->seen.order[i + AHEAD]->hash);
		if ((da = fs_table_find_hash(&a->seen, e->key, e->keylen,
		    e->hash)) == NULL)
			continue;
		if (!b->daymap)
			return 1;
		dk = e->val;
		/* Both lists latest first: one walk down the two. */
		for (y = dk->years, ya = da->years; y != NULL; y = y->next) {
			while (ya != NULL && ya->year > y->year)
				ya = ya->next;
			if (ya != NULL && ya->year == y->year &&
			    days_clash(ya, y))
				return 1;
		}
	}
	return 0;
}

void
fs_keycheck_merge(struct fs_keycheck *into, const struct fs_keycheck *from,
    int file, long line_base)
{
	const struct fs_keyseen *fs;
	const struct fs_daykey *dk;
	const struct fs_dayyear *y;
	struct fs_keyseen *ks;
	struct fs_dayyear *yi, **at;
	struct fs_daykey *di;
	struct fs_entry *e;
	size_t i;
	int created;

	/*
	 * Without a day map, from's keys are all new to into (a clash would
	 * have stopped the parts): room for them all, at once.  A day map's
	 * ids are mostly in both.
	 */
	if (!into->daymap)
		fs_table_reserve(&into->seen, into->seen.n + from->seen.n);
	for (i = 0; i < from->seen.n; i++) {
		if (i + AHEAD < from->seen.n)
			fs_table_prefetch(&into->seen,
			    from->seen.order[i + AHEAD]->hash);
		e = fs_table_intern_hash(&into->seen, from->seen.order[i]->key,
		    from->seen.order[i]->keylen, from->seen.order[i]->hash,
		    &created);
		if (!into->daymap) {
			fs = from->seen.order[i]->val;
			ks = e->val;
			fs_keyseen_set_line(ks, line_base +
			    (long)fs_keyseen_line(fs));
			ks->file = (uint16_t)file;
			ks->value = fs->value;
			continue;
		}
		di = e->val;
		daykey_name(di, e);
		dk = from->seen.order[i]->val;
		/* Both lists latest first: one walk down the two. */
		for (y = dk->years, at = &di->years; y != NULL; y = y->next) {
			while (*at != NULL && (*at)->year > y->year)
				at = &(*at)->next;
			yi = *at != NULL && (*at)->year == y->year ? *at :
			    year_link(di, at, y->year, &into->seen);
			days_add(yi, y);
			at = &yi->next;
		}
	}
}
