/*
 * table.h - a hash table from byte-string keys to fixed-size records, for
 * per-key aggregation.  Memory grows with the number of keys, never with
 * the number of rows: keys and records live in an arena, and a lookup of
 * a key already present allocates nothing.
 */
#ifndef FS_TABLE_H
#define FS_TABLE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "util.h"

struct fs_entry {
	const char *key;	/* NUL-terminated copy; keylen bytes */
	size_t keylen;
	uint64_t hash;
	void *val;		/* valsize zeroed bytes when created */
};

/* A slot holds its entry's hash, so a probe seldom touches other entries. */
struct fs_slot {
	uint64_t hash;
	struct fs_entry *e;		/* NULL: empty */
};

struct fs_table {
	struct fs_slot *slot;		/* open addressing, power of two */
	size_t nslot;
	struct fs_entry **order;	/* insertion order */
	size_t n, ordcap;
	size_t valsize;
	struct fs_arena arena;
};

void fs_table_init(struct fs_table *t, size_t valsize);
void fs_table_free(struct fs_table *t);

/* The record for key, or NULL. */
void *fs_table_find(const struct fs_table *t, const char *key, size_t len);
/* The same, with the key's fs_hash() already made (an entry's hash). */
void *fs_table_find_hash(const struct fs_table *t, const char *key,
    size_t len, uint64_t h);
/* The record for key, created zeroed when absent (*created tells). */
void *fs_table_get(struct fs_table *t, const char *key, size_t len,
    int *created);
/* The same, giving the entry (its key and record). */
struct fs_entry *fs_table_intern(struct fs_table *t, const char *key,
    size_t len, int *created);
/* The same, with the key's fs_hash() already made. */
struct fs_entry *fs_table_intern_hash(struct fs_table *t, const char *key,
    size_t len, uint64_t h, int *created);

/*
 * Asks for the slot where the probe of a key whose fs_hash() is h starts,
 * some work before the lookup: in a large table it is a cache miss.
 */
static inline void
fs_table_prefetch(const struct fs_table *t, uint64_t h)
{
	__builtin_prefetch(&t->slot[(size_t)h & (t->nslot - 1)]);
}

/*
 * n zeroed slots of size bytes for a table of a tool's own, in huge
 * pages when they are 4 MB or more (as this table's): freed with free().
 */
void *fs_slots_alloc(size_t n, size_t size);

/* The entry of a key, or NULL. */
const struct fs_entry *fs_table_entry(const struct fs_table *t,
    const char *key, size_t len);

/*
 * Makes room for n keys in all, so that adding up to that many moves
 * the slots once at most, now (before adding another table's keys).
 */
void fs_table_reserve(struct fs_table *t, size_t n);

/*
 * All entries sorted bytewise by key, in a new array the caller frees.
 * Insertion order is t->order[0 .. t->n).
 */
struct fs_entry **fs_table_sorted(const struct fs_table *t);

/* The arena of the table, for other per-key strings. */
#define fs_table_arena(t) (&(t)->arena)

/*
 * The hash of a key, from a seed the process draws at its start
 * (fs_hash_seed_init()), so that keys made to collide (ids crafted to
 * share a slot made a table of 40,000 of them quadratic: 89 s) cannot
 * be made ahead: no output depends on it, every listing is sorted or in
 * the order first met.  0 until drawn (the unit tests).
 */
extern uint64_t fs_hash_seed;
uint64_t fs_hash(const char *p, size_t n);
/*
 * Draws fs_hash_seed from the kernel (getrandom()), or, when it has
 * none to give, from the time and the process; FS_HASH_SEED in the
 * environment, a number, fixes it instead, for tests that need two keys
 * to collide.
 */
void fs_hash_seed_init(void);

/*
 * The bytes of an id p[0..n) in one word.  For 1 to 8 bytes the word and
 * n are the id, exactly (loads that overlap, none past p + n); for more,
 * the word is its first 8 bytes.  0 for none.
 */
static inline uint64_t
fs_id_word(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	uint64_t a;
	uint32_t x, y;

	if (n >= 8) {
		memcpy(&a, p, 8);
		return a;
	}
	if (n >= 4) {
		memcpy(&x, p, 4);
		memcpy(&y, p + n - 4, 4);
		return x | (uint64_t)y << 32;
	}
	if (n >= 1)
		return (uint64_t)u[0] | (uint64_t)u[n / 2] << 8 |
		    (uint64_t)u[n - 1] << 16;
	return 0;
}

#endif
