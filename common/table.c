/*
 * table.c - open-addressing hash table with linear probing.
 */
#include <stdlib.h>
#include <string.h>

#include "table.h"

/*
 * A word at a time, with the mixing steps of splitmix64: keys are short
 * ids, and this costs a few instructions per 8 bytes.  The value depends
 * on byte order, which is fine: it never leaves memory.
 */
uint64_t
fs_hash(const char *p, size_t n)
{
	uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15ULL, w;

	for (; n >= 8; p += 8, n -= 8) {
		memcpy(&w, p, 8);
		h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
		h ^= h >> 31;
	}
	if (n > 0) {
		for (w = 0; n > 0; n--)
			w = (w << 8) | (unsigned char)p[n - 1];
		h = (h ^ w) * 0x94d049bb133111ebULL;
		h ^= h >> 29;
	}
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 32;
	return h;
}

void
fs_table_init(struct fs_table *t, size_t valsize)
{
	memset(t, 0, sizeof(*t));
	t->valsize = valsize;
	t->nslot = 64;
	t->slot = fs_xcalloc(t->nslot, sizeof(*t->slot));
}

void
fs_table_free(struct fs_table *t)
{
	free(t->slot);
	free(t->order);
	fs_arena_free(&t->arena);
	memset(t, 0, sizeof(*t));
}

/* memcmp() == 0 for the short keys of ids, without a call. */
static inline int
same(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

static size_t
probe(const struct fs_table *t, const char *key, size_t len, uint64_t h)
{
	size_t mask = t->nslot - 1, i = (size_t)h & mask;
	const struct fs_entry *e;

	while ((e = t->slot[i]) != NULL) {
		if (e->hash == h && e->keylen == len && same(e->key, key, len))
			break;
		i = (i + 1) & mask;
	}
	return i;
}

static void
grow(struct fs_table *t)
{
	struct fs_entry **old = t->slot;
	size_t oldn = t->nslot, i, j, mask;

	t->nslot *= 2;
	t->slot = fs_xcalloc(t->nslot, sizeof(*t->slot));
	mask = t->nslot - 1;
	for (i = 0; i < oldn; i++) {
		if (old[i] == NULL)
			continue;
		j = (size_t)old[i]->hash & mask;
		while (t->slot[j] != NULL)
			j = (j + 1) & mask;
		t->slot[j] = old[i];
	}
	free(old);
}

void *
fs_table_find(const struct fs_table *t, const char *key, size_t len)
{
	struct fs_entry *e = t->slot[probe(t, key, len, fs_hash(key, len))];

	return e ? e->val : NULL;
}

const struct fs_entry *
fs_table_entry(const struct fs_table *t, const char *key, size_t len)
{
	return t->slot[probe(t, key, len, fs_hash(key, len))];
}

void *
fs_table_get(struct fs_table *t, const char *key, size_t len, int *created)
{
	return fs_table_intern(t, key, len, created)->val;
}

struct fs_entry *
fs_table_intern(struct fs_table *t, const char *key, size_t len,
    int *created)
{
	uint64_t h = fs_hash(key, len);
	size_t i = probe(t, key, len, h);
	struct fs_entry *e = t->slot[i];

	if (created != NULL)
		*created = e == NULL;
	if (e != NULL)
		return e;
	e = fs_arena_alloc(&t->arena, sizeof(*e));
	e->key = fs_arena_strndup(&t->arena, key, len);
	e->keylen = len;
	e->hash = h;
	e->val = fs_arena_alloc(&t->arena, t->valsize);
	t->slot[i] = e;
	if (t->n == t->ordcap) {
		t->ordcap = t->ordcap ? t->ordcap * 2 : 64;
		t->order = fs_xreallocarray(t->order, t->ordcap,
		    sizeof(*t->order));
	}
	t->order[t->n++] = e;
	if (t->n * 4 >= t->nslot * 3)
		grow(t);
	return e;
}

static int
entcmp(const void *a, const void *b)
{
	const struct fs_entry *x = *(struct fs_entry *const *)a;
	const struct fs_entry *y = *(struct fs_entry *const *)b;

	return fs_slice_cmp(x->key, x->keylen, y->key, y->keylen);
}

struct fs_entry **
fs_table_sorted(const struct fs_table *t)
{
	struct fs_entry **v = fs_xreallocarray(NULL, t->n ? t->n : 1,
	    sizeof(*v));

	if (t->n > 0) {
		memcpy(v, t->order, t->n * sizeof(*v));
		qsort(v, t->n, sizeof(*v), entcmp);
	}
	return v;
}
