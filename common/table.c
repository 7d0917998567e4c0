/*
 * table.c - open-addressing hash table with linear probing.
 */
#include <stdlib.h>
#include <string.h>

#include "table.h"

/* FNV-1a, then a final mix so that the low bits spread well. */
uint64_t
fs_hash(const char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 0x100000001b3ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
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

static size_t
probe(const struct fs_table *t, const char *key, size_t len, uint64_t h)
{
	size_t mask = t->nslot - 1, i = (size_t)h & mask;
	const struct fs_entry *e;

	while ((e = t->slot[i]) != NULL) {
		if (e->hash == h && e->keylen == len &&
		    memcmp(e->key, key, len) == 0)
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
	uint64_t h = fs_hash(key, len);
	size_t i = probe(t, key, len, h);
	struct fs_entry *e = t->slot[i];

	if (created != NULL)
		*created = e == NULL;
	if (e != NULL)
		return e->val;
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
	return e->val;
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
