/*
 * table.c - open-addressing hash table with linear probing.
 */
#include <sys/mman.h>
#include <sys/random.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "table.h"

/*
 * A word at a time, with the mixing steps of splitmix64.  Keys are short
 * ids: up to 16 bytes are two loads, overlapping, and a few multiplies.
 * The value depends on byte order, which is fine: it never leaves
 * memory.
 */
static inline uint64_t
load64(const char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
	return w;
}

static inline uint64_t
load32(const char *p)
{
	uint32_t w;

	memcpy(&w, p, 4);
	return w;
}

static inline uint64_t
mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 31);
}

uint64_t fs_hash_seed;

void
fs_hash_seed_init(void)
{
	const char *env = getenv("FS_HASH_SEED");
	struct timespec ts;
	uint64_t s = 0;
	char *end;

	if (env != NULL && *env != '\0') {
		errno = 0;
		s = strtoull(env, &end, 0);
		if (errno == 0 && *end == '\0') {
			fs_hash_seed = s;
			return;
		}
	}
	if (getrandom(&s, sizeof(s), GRND_NONBLOCK) != (ssize_t)sizeof(s)) {
		clock_gettime(CLOCK_REALTIME, &ts);
		s = (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ULL ^
		    (uint64_t)ts.tv_sec ^ (uint64_t)getpid() << 32;
	}
	fs_hash_seed = s;
}

uint64_t
fs_hash(const char *p, size_t n)
{
	uint64_t h = fs_hash_seed ^ (uint64_t)n * 0x9e3779b97f4a7c15ULL, a, b;
	const unsigned char *s = (const unsigned char *)p;

	for (; n > 16; p += 8, s += 8, n -= 8)
		h = mix(h, load64(p));
	if (n >= 8) {
		a = load64(p);
		b = load64(p + n - 8);
	} else if (n >= 4) {
		a = load32(p);
		b = load32(p + n - 4);
	} else if (n > 0) {
		a = (uint64_t)s[0] << 16 | (uint64_t)s[n / 2] << 8 | s[n - 1];
		b = 0;
	} else
		a = b = 0;
	h = mix(h, a);
	h = (h ^ b) * 0x94d049bb133111ebULL;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 32);
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

/* The slot of key: its entry's, or the empty one where it would go. */
static inline size_t
probe(const struct fs_table *t, const char *key, size_t len, uint64_t h)
{
	size_t mask = t->nslot - 1, i = (size_t)h & mask;
	const struct fs_slot *s;

	for (;; i = (i + 1) & mask) {
		s = &t->slot[i];
		if (s->e == NULL)
			return i;
		if (s->hash == h && s->e->keylen == len &&
		    fs_same_bytes(s->e->key, key, len))
			return i;
	}
}

/*
 * A large table's slots, zeroed, in huge pages where the system gives
 * them (MADV_HUGEPAGE): a lookup lands anywhere in them, and with pages
 * of 4 KB each missed the TLB too (2 million item_ids: fs-rectify's run
 * 0.62 s, 0.53 s so).  Freed with free().
 */
enum { HUGE_PAGE = 2 << 20, HUGE_SLOTS = 4 << 20 };

void *
fs_slots_alloc(size_t n, size_t size)
{
	size_t bytes;
	void *p;

	if (n > SIZE_MAX / size)
		fs_nomem();
	bytes = n * size;
	if (bytes < HUGE_SLOTS || posix_memalign(&p, HUGE_PAGE, bytes) != 0)
		return fs_xcalloc(n, size);
	(void)madvise(p, bytes, MADV_HUGEPAGE);
	memset(p, 0, bytes);
	return p;
}

static struct fs_slot *
slots_alloc(size_t n)
{
	return fs_slots_alloc(n, sizeof(struct fs_slot));
}

/* Moves the slots to an array of nslot (a power of two, larger). */
static void
move_slots(struct fs_table *t, size_t nslot)
{
	struct fs_slot *old = t->slot;
	size_t oldn = t->nslot, i, j, mask;

	t->nslot = nslot;
	t->slot = slots_alloc(t->nslot);
	mask = t->nslot - 1;
	for (i = 0; i < oldn; i++) {
		if (old[i].e == NULL)
			continue;
		j = (size_t)old[i].hash & mask;
		while (t->slot[j].e != NULL)
			j = (j + 1) & mask;
		t->slot[j] = old[i];
	}
	free(old);
}

static void
grow(struct fs_table *t)
{
	move_slots(t, t->nslot * 2);
}

void
fs_table_reserve(struct fs_table *t, size_t n)
{
	size_t nslot = t->nslot;

	while (n * 4 >= nslot * 3)
		nslot *= 2;
	if (nslot > t->nslot)
		move_slots(t, nslot);
}

void *
fs_table_find(const struct fs_table *t, const char *key, size_t len)
{
	return fs_table_find_hash(t, key, len, fs_hash(key, len));
}

void *
fs_table_find_hash(const struct fs_table *t, const char *key, size_t len,
    uint64_t h)
{
	struct fs_entry *e = t->slot[probe(t, key, len, h)].e;

	return e ? e->val : NULL;
}

const struct fs_entry *
fs_table_entry(const struct fs_table *t, const char *key, size_t len)
{
	return t->slot[probe(t, key, len, fs_hash(key, len))].e;
}

void *
fs_table_get(struct fs_table *t, const char *key, size_t len, int *created)
{
	return fs_table_intern(t, key, len, created)->val;
}

/*
 * A new entry is one piece of the arena: the entry, its record, then its
 * key.
 */
struct fs_entry *
fs_table_intern(struct fs_table *t, const char *key, size_t len,
    int *created)
{
	return fs_table_intern_hash(t, key, len, fs_hash(key, len), created);
}

struct fs_entry *
fs_table_intern_hash(struct fs_table *t, const char *key, size_t len,
    uint64_t h, int *created)
{
	size_t i = probe(t, key, len, h);
	size_t vsize = (t->valsize + 7) & ~(size_t)7;
	struct fs_entry *e = t->slot[i].e;
	char *k;

	if (created != NULL)
		*created = e == NULL;
	if (e != NULL)
		return e;
	e = fs_arena_alloc(&t->arena, sizeof(*e) + vsize + len + 1);
	e->val = (char *)(e + 1);
	k = (char *)(e + 1) + vsize;
	memcpy(k, key, len);
	e->key = k;
	e->keylen = len;
	e->hash = h;
	t->slot[i].hash = h;
	t->slot[i].e = e;
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
