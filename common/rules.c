/*
 * rules.c - a keyword rule of fs-audit conduct's rules file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "rules.h"
#include "tsv.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define KWF_AVX2 1
#endif

_Static_assert(FS_KEYWORD_NAME_MAX == 50, "the message says 50 bytes");

/*
 * The place in pat[0 .. pn), as written, of byte off of the pattern as
 * decoded (an escape is two bytes written, one decoded): a compile
 * error's offset, told in the text the message quotes.
 */
static size_t
written_offset(const char *pat, size_t pn, size_t off)
{
	size_t i = 0, j;

	for (j = 0; j < off && i < pn; j++)
		i += pat[i] == '\\' && i + 1 < pn && (pat[i + 1] == 't' ||
		    pat[i + 1] == 'n' || pat[i + 1] == 'r' ||
		    pat[i + 1] == '\\') ? 2 : 1;
	return i;
}

pcre2_code *
fs_rule_compile(const char *name, size_t n, const char *pat, size_t pn,
    int *col, char *why, size_t cap)
{
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	uint32_t opts = PCRE2_UTF;
	pcre2_code *re;
	char *p;
	int err;

	*col = FS_RUL_RULE;
	if (n > FS_KEYWORD_NAME_MAX) {
		snprintf(why, cap, "longer than 50 bytes (audit.keyword.NAME "
		    "is an id of 64 at most)");
		return NULL;
	}
	if (memchr(name, ',', n) != NULL) {
		snprintf(why, cap, "a comma in the name (the problems column "
		    "lists rules with commas)");
		return NULL;
	}
	/* The name goes into every table and finding as it is written. */
	if (memchr(name, '\\', n) != NULL) {
		snprintf(why, cap, "a backslash in the name (it is written "
		    "into every finding as it is)");
		return NULL;
	}
	/*
	 * Not PCRE2_MATCH_INVALID_UTF: every text is valid UTF-8 (the
	 * reader refuses a row that is not), and with it the JIT of PCRE2
	 * before 10.43 (Debian 12 has 10.42) takes no character past
	 * ASCII for \S, \W or \D (PCRE2 issue 224): 收受\S{0,6}红包 missed
	 * 收受了红包.
	 */
	p = fs_xmalloc(pn + 1);
	re = pcre2_compile((PCRE2_SPTR)p, fs_unescape(pat, pn, p), opts, &err,
	    &off, NULL);
	free(p);
	if (re == NULL) {
		*col = FS_RUL_PATTERN;
		pcre2_get_error_message(err, msg, sizeof(msg));
		snprintf(why, cap, "%s at offset %zu", (char *)msg,
		    written_offset(pat, pn, (size_t)off));
	}
	return re;
}

/*
 * The keyword prefilter (rules.h).
 */

enum { KWF_LITS_MAX = 128 };	/* literals of one pattern, at most */

/* A set of literals, as ranges of struct kwparse's pool. */
struct litset {
	int null;			/* none: the text needs no literal */
	size_t n;
	uint32_t off[KWF_LITS_MAX], len[KWF_LITS_MAX];
	uint8_t ci[KWF_LITS_MAX];
};

struct kwparse {
	const unsigned char *p, *end;
	struct fs_buf pool;
	int bail;			/* outside the subset */
	int depth;
};

static void
set_null(struct litset *s)
{
	s->null = 1;
	s->n = 0;
}

static size_t
set_minlen(const struct litset *s)
{
	size_t i, m = SIZE_MAX;

	for (i = 0; i < s->n; i++)
		if (s->len[i] < m)
			m = s->len[i];
	return m;
}

/* Keeps c when it is the better required set: longer, then fewer. */
static void
set_better(struct litset *best, const struct litset *c)
{
	size_t bm, cm;

	if (c->null)
		return;
	if (!best->null) {
		bm = set_minlen(best);
		cm = set_minlen(c);
		if (cm < bm || (cm == bm && c->n >= best->n))
			return;
	}
	*best = *c;
}

/* A run of literal characters, as a set of one. */
static void
run_close(struct kwparse *k, size_t *run, size_t *runlen, int runci,
    struct litset *best)
{
	struct litset one;

	if (*runlen > 0) {
		one.null = 0;
		one.n = 1;
		one.off[0] = (uint32_t)*run;
		one.len[0] = (uint32_t)*runlen;
		one.ci[0] = (uint8_t)runci;
		set_better(best, &one);
	}
	*run = k->pool.n;
	*runlen = 0;
}

/*
 * A quantifier at k->p: its least count in *min, 1 when there is one,
 * 0 when there is none, -1 for a brace that is not one.
 */
static int
quantifier(struct kwparse *k, unsigned long *min)
{
	const unsigned char *q = k->p;
	unsigned long n = 0;
	int digits = 0;

	if (q == k->end)
		return 0;
	if (*q == '?' || *q == '*' || *q == '+') {
		*min = *q == '+';
		q++;
	} else if (*q == '{') {
		for (q++; q < k->end && *q >= '0' && *q <= '9'; q++, digits++)
			n = n < 100000 ? n * 10 + (unsigned long)(*q - '0') :
			    n;
		if (digits == 0 || q == k->end)
			return -1;
		if (*q == ',')
			for (q++; q < k->end && *q >= '0' && *q <= '9'; q++)
				continue;
		if (q == k->end || *q != '}')
			return -1;
		q++;
		*min = n;
	} else
		return 0;
	if (q < k->end && (*q == '?' || *q == '+'))
		q++;
	k->p = q;
	return 1;
}

/* The length of the UTF-8 character at p, 0 when it is not one. */
static size_t
utf8_len(const unsigned char *p, const unsigned char *end)
{
	size_t n, i;

	if (*p < 0x80)
		return 1;
	n = *p >= 0xf0 && *p < 0xf5 ? 4 : *p >= 0xe0 ? 3 : *p >= 0xc2 ?
	    2 : 0;
	if (n == 0 || (size_t)(end - p) < n)
		return 0;
	for (i = 1; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	return n;
}

/* Past a character class at k->p ('['); 0, or -1 outside the subset. */
static int
skip_class(struct kwparse *k)
{
	const unsigned char *q = k->p + 1;

	if (q < k->end && *q == '^')
		q++;
	if (q < k->end && *q == ']')
		q++;
	while (q < k->end && *q != ']') {
		if (*q == '[' && q + 1 < k->end && (q[1] == ':' ||
		    q[1] == '.' || q[1] == '='))
			return -1;
		if (*q == '\\') {
			/*
			 * \cX takes the character after the c too, ] or \
			 * as well: [\c]xyz[]] is one class, then ], and a
			 * class read on to the next ] missed 'x]'.
			 */
			if (q + 1 == k->end || q[1] == 'Q' || q[1] == 'E' ||
			    q[1] == 'c')
				return -1;
			q++;
		}
		q++;
	}
	if (q == k->end)
		return -1;
	k->p = q + 1;
	return 0;
}

static void parse_alt(struct kwparse *k, int *ci, struct litset *out);

/*
 * A sequence of atoms, up to '|', ')' or the end: the best set one of
 * them requires, in out (null when none does).
 */
static void
parse_seq(struct kwparse *k, int *ci, struct litset *out)
{
	struct litset *sub = fs_xmalloc(sizeof(*sub));
	size_t run = k->pool.n, runlen = 0, clen;
	const unsigned char *q;
	unsigned long min;
	int runci = *ci, look, gci, qr;
	unsigned char c;

	set_null(out);
	while (!k->bail && k->p < k->end && *k->p != '|' && *k->p != ')') {
		c = *k->p;
		if (runlen > 0 && runci != *ci)
			run_close(k, &run, &runlen, runci, out);
		if (runlen == 0)
			runci = *ci;
		if (c == '(') {
			run_close(k, &run, &runlen, runci, out);
			q = k->p + 1;
			look = 0;
			gci = *ci;
			if (q < k->end && *q == '*') {
				k->bail = 1;
				break;
			}
			if (q < k->end && *q == '?') {
				q++;
				if (k->end - q >= 2 && q[0] == 'i' &&
				    q[1] == ')') {
					*ci = 1;
					k->p = q + 2;
					continue;
				}
				if (k->end - q >= 3 && q[0] == '-' &&
				    q[1] == 'i' && q[2] == ')') {
					*ci = 0;
					k->p = q + 3;
					continue;
				}
				if (q < k->end && (*q == ':' || *q == '>'))
					q++;
				else if (k->end - q >= 2 && q[0] == 'i' &&
				    q[1] == ':')
					q += 2, gci = 1;
				else if (k->end - q >= 3 && q[0] == '-' &&
				    q[1] == 'i' && q[2] == ':')
					q += 3, gci = 0;
				else if (q < k->end && (*q == '=' || *q == '!'))
					q++, look = 1;
				else if (k->end - q >= 2 && q[0] == '<' &&
				    (q[1] == '=' || q[1] == '!'))
					q += 2, look = 1;
				else {
					k->bail = 1;
					break;
				}
			}
			if (++k->depth > 200) {
				k->bail = 1;
				break;
			}
			k->p = q;
			parse_alt(k, &gci, sub);
			k->depth--;
			if (k->bail || k->p == k->end || *k->p != ')') {
				k->bail = 1;
				break;
			}
			k->p++;
			if ((qr = quantifier(k, &min)) < 0) {
				k->bail = 1;
				break;
			}
			if (!look && (qr == 0 || min > 0))
				set_better(out, sub);
			run = k->pool.n;
			continue;
		}
		if (c == '[') {
			run_close(k, &run, &runlen, runci, out);
			if (skip_class(k) < 0 || quantifier(k, &min) < 0)
				k->bail = 1;
			run = k->pool.n;
			continue;
		}
		if (c == '^' || c == '$') {
			run_close(k, &run, &runlen, runci, out);
			k->p++;
			continue;
		}
		if (c == '.' || c == '\\') {
			if (c == '\\') {
				if (k->p + 1 == k->end) {
					k->bail = 1;
					break;
				}
				c = k->p[1];
				if (c >= 0x80) {
					k->bail = 1;
					break;
				}
				if (strchr("bBAzZ", c) != NULL) {
					run_close(k, &run, &runlen, runci, out);
					k->p += 2;
					continue;
				}
				if ((c >= '0' && c <= '9') || (c >= 'a' &&
				    c <= 'z') || (c >= 'A' && c <= 'Z')) {
					if (strchr("dDwWsShHvVRN", c) == NULL) {
						k->bail = 1;
						break;
					}
					c = '.';
				}
				k->p++;		/* c: the escaped character */
			}
			if (c == '.') {		/* no literal */
				run_close(k, &run, &runlen, runci, out);
				k->p++;
				if (quantifier(k, &min) < 0)
					k->bail = 1;
				run = k->pool.n;
				continue;
			}
			clen = 1;
		} else if (c == '*' || c == '+' || c == '?' || c == '{' ||
		    c == '}' || c == ']') {
			k->bail = 1;
			break;
		} else if ((clen = utf8_len(k->p, k->end)) == 0) {
			k->bail = 1;
			break;
		}
		/* A literal character, clen bytes at k->p. */
		if (*ci && clen > 1) {		/* caseless beyond ASCII */
			run_close(k, &run, &runlen, runci, out);
			k->p += clen;
			if (quantifier(k, &min) < 0)
				k->bail = 1;
			run = k->pool.n;
			continue;
		}
		if (runlen > 0 && run + runlen != k->pool.n)
			run_close(k, &run, &runlen, runci, out);
		if (runlen == 0)
			run = k->pool.n;
		if (*ci && c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		if (clen == 1)
			fs_buf_add(&k->pool, &c, 1);
		else
			fs_buf_add(&k->pool, k->p, clen);
		runlen += clen;
		k->p += clen;
		if ((qr = quantifier(k, &min)) < 0) {
			k->bail = 1;
			break;
		}
		if (qr > 0) {			/* on this character alone */
			if (min == 0)
				runlen -= clen;
			run_close(k, &run, &runlen, runci, out);
		}
	}
	run_close(k, &run, &runlen, runci, out);
	free(sub);
}

/* Branches up to ')' or the end: one of theirs, each with a set. */
static void
parse_alt(struct kwparse *k, int *ci, struct litset *out)
{
	struct litset *b = fs_xmalloc(sizeof(*b));
	size_t i;

	out->null = 0;
	out->n = 0;
	for (;;) {
		parse_seq(k, ci, b);
		if (k->bail)
			break;
		if (b->null || out->null || out->n + b->n > KWF_LITS_MAX)
			set_null(out);
		else
			for (i = 0; i < b->n; i++) {
				out->off[out->n] = b->off[i];
				out->len[out->n] = b->len[i];
				out->ci[out->n++] = b->ci[i];
			}
		if (k->p == k->end || *k->p != '|')
			break;
		k->p++;
	}
	free(b);
}

static unsigned char kwf_fold[256];

static unsigned
pair_of(const unsigned char *p)
{
	return (unsigned)kwf_fold[p[0]] << 8 | kwf_fold[p[1]];
}

static void
lit_add(struct fs_kwfilter *f, const void *p, size_t n, int ci, int rule)
{
	struct fs_kwlit *l;
	unsigned k;

	if (f->nlit == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 64;
		f->lit = fs_xreallocarray(f->lit, f->cap, sizeof(*f->lit));
	}
	l = &f->lit[f->nlit];
	l->off = (uint32_t)f->pool.n;
	l->len = (uint32_t)n;
	l->ci = (uint8_t)ci;
	l->rule = (int16_t)rule;
	fs_buf_add(&f->pool, p, n);
	if (n == 1) {
		k = kwf_fold[*(const unsigned char *)p];
		l->next = f->single[k];
		f->single[k] = (int32_t)f->nlit;
		f->nsingle++;
	} else {
		k = pair_of(p);
		l->next = f->pair[k];
		f->pair[k] = (int32_t)f->nlit;
		f->bits[k >> 6] |= 1ULL << (k & 63);
	}
	f->nlit++;
}

void
fs_kwfilter_init(struct fs_kwfilter *f)
{
	int c;

	memset(f, 0, sizeof(*f));
	for (c = 0; c < 256; c++) {
		kwf_fold[c] = (unsigned char)(c >= 'A' && c <= 'Z' ?
		    c - 'A' + 'a' : c);
		f->single[c] = -1;
	}
	f->bits = fs_xreallocarray(NULL, 65536 / 64, sizeof(*f->bits));
	memset(f->bits, 0, 65536 / 8);
	f->pair = fs_xreallocarray(NULL, 65536, sizeof(*f->pair));
	memset(f->pair, 0xff, 65536 * sizeof(*f->pair));
#ifdef KWF_AVX2
	f->simd = fs_simd_level();
#endif
}

/* A literal's first three bytes (n of them, 2 or 3), for nib_build(). */
struct kwpfx {
	unsigned char b[3];
	uint8_t n, ci;
};

static int
pfx_cmp(const void *x, const void *y)
{
	const struct kwpfx *a = x, *b = y;
	int d = memcmp(a->b, b->b, 3);

	if (d == 0)
		d = (int)a->n - (int)b->n;
	return d != 0 ? d : (int)a->ci - (int)b->ci;
}

/*
 * The nibbles bucket b may have (bit x of nib[j]: j as fs_kwfilter.nib's
 * second index), and the share of all three-byte strings it lets by.
 */
struct kwbucket {
	uint16_t nib[6];
};

static double
bucket_share(const struct kwbucket *b)
{
	double share = 1;
	int k;

	for (k = 0; k < 3; k++)
		share *= (double)(__builtin_popcount(b->nib[2 * k]) *
		    __builtin_popcount(b->nib[2 * k + 1])) / 256;
	return share;
}

/* Bucket b with prefix x in it. */
static struct kwbucket
bucket_with(struct kwbucket b, const struct kwpfx *x)
{
	unsigned c;
	int k;

	for (k = 0; k < 3; k++) {
		if (k == x->n) {	/* a literal of two: any byte */
			b.nib[2 * k] = b.nib[2 * k + 1] = 0xffff;
			continue;
		}
		c = x->b[k];
		b.nib[2 * k] |= (uint16_t)(1u << (c & 15));
		b.nib[2 * k + 1] |= (uint16_t)(1u << (c >> 4));
		if (x->ci && c >= 'a' && c <= 'z') {
			c -= 'a' - 'A';
			b.nib[2 * k] |= (uint16_t)(1u << (c & 15));
			b.nib[2 * k + 1] |= (uint16_t)(1u << (c >> 4));
		}
	}
	return b;
}

/*
 * The buckets of fs_kwfilter.nib, made again from every literal of two
 * bytes or more.  A bucket lets by every mix of its prefixes' nibbles,
 * so each prefix (in sorted order) goes where the share of strings let
 * by grows least.  The installed rules' 49 prefixes, on the bench's 200
 * thousand notes: 8 buckets cut in sorted runs let 260 thousand places
 * by, chosen so 237 thousand; 16 chosen so 40 thousand, where 39
 * thousand hold a prefix.
 */
static void
nib_build(struct fs_kwfilter *f)
{
	struct kwpfx *v = fs_xreallocarray(NULL, f->nlit + 1, sizeof(*v));
	struct kwbucket bk[FS_KWF_BUCKETS], with;
	const unsigned char *w;
	double grow, least;
	size_t i, n = 0, d = 0;
	int b, best, j, x;

	for (i = 0; i < f->nlit; i++) {
		if (f->lit[i].len < 2)
			continue;
		w = (const unsigned char *)f->pool.p + f->lit[i].off;
		memset(&v[n], 0, sizeof(v[n]));
		v[n].n = f->lit[i].len < 3 ? 2 : 3;
		memcpy(v[n].b, w, v[n].n);
		v[n++].ci = f->lit[i].ci;
	}
	qsort(v, n, sizeof(*v), pfx_cmp);
	for (i = 0; i < n; i++)		/* each prefix once */
		if (d == 0 || pfx_cmp(&v[d - 1], &v[i]) != 0)
			v[d++] = v[i];
	memset(bk, 0, sizeof(bk));
	for (i = 0; i < d; i++) {
		best = 0;
		least = 2;
		for (b = 0; b < FS_KWF_BUCKETS; b++) {
			with = bucket_with(bk[b], &v[i]);
			grow = bucket_share(&with) - bucket_share(&bk[b]);
			if (grow < least) {
				least = grow;
				best = b;
			}
		}
		bk[best] = bucket_with(bk[best], &v[i]);
	}
	memset(f->nib, 0, sizeof(f->nib));
	for (b = 0; b < FS_KWF_BUCKETS; b++)
		for (j = 0; j < 6; j++)
			for (x = 0; x < 16; x++)
				if (bk[b].nib[j] >> x & 1)
					f->nib[b / 8][j][x] |=
					    (uint8_t)(1u << (b % 8));
	free(v);
}

int
fs_kwfilter_add(struct fs_kwfilter *f, int i, const char *pat, size_t n)
{
	struct kwparse k;
	struct litset *s;
	size_t j;
	int ci = 0, ok;

	if (i >= FS_KWF_MAX)
		return 0;
	memset(&k, 0, sizeof(k));
	k.p = (const unsigned char *)pat;
	k.end = k.p + n;
	s = fs_xmalloc(sizeof(*s));
	parse_alt(&k, &ci, s);
	ok = !k.bail && k.p == k.end && !s->null && s->n > 0;
	for (j = 0; ok && j < s->n; j++) {
		if (s->ci[j] && !f->ci) {
			f->ci = 1;
			lit_add(f, "\xc5\xbf", 2, 0, -1);
			lit_add(f, "\xe2\x84\xaa", 3, 0, -1);
		}
		lit_add(f, k.pool.p + s->off[j], s->len[j], s->ci[j], i);
	}
	if (ok) {
		f->filtered |= 1ULL << i;
		nib_build(f);
	}
	fs_buf_free(&k.pool);
	free(s);
	return ok;
}

/* Does literal l start at p (n bytes left)? */
static int
lit_at(const struct fs_kwfilter *f, const struct fs_kwlit *l,
    const unsigned char *p, size_t n)
{
	const unsigned char *w = (const unsigned char *)f->pool.p + l->off;
	size_t i;

	if (l->len > n)
		return 0;
	if (!l->ci)
		return memcmp(w, p, l->len) == 0;
	for (i = 0; i < l->len; i++)
		if (kwf_fold[p[i]] != w[i])
			return 0;
	return 1;
}

/*
 * The literals of two bytes or more that start at u + i (n bytes in
 * all), their rules added to *found: 1 when the scan is over (*found is
 * then its result), else 0.
 */
static inline int
pair_at(const struct fs_kwfilter *f, const unsigned char *u, size_t i,
    size_t n, uint64_t *found)
{
	const struct fs_kwlit *l;
	unsigned k = pair_of(u + i);
	int32_t x;

	if ((f->bits[k >> 6] >> (k & 63) & 1) == 0)
		return 0;
	for (x = f->pair[k]; x >= 0; x = l->next) {
		l = &f->lit[x];
		if (l->rule >= 0 && (*found >> l->rule & 1))
			continue;
		if (!lit_at(f, l, u + i, n - i))
			continue;
		if (l->rule < 0) {
			*found = f->filtered;
			return 1;
		}
		*found |= 1ULL << l->rule;
	}
	return *found == f->filtered;
}

#ifdef KWF_AVX2
_Static_assert(FS_KWF_BUCKETS == 16, "two sets of tables of 8 buckets");

/*
 * pair_at() at each place of the block at i (width places) that at's
 * bits say, less those past the last pair: 1 when the scan is over.
 */
static inline int
pairs_at(const struct fs_kwfilter *f, const unsigned char *u, size_t i,
    size_t n, uint64_t at, size_t width, uint64_t *found)
{
	if (n - i - 1 < width)
		at &= (1ULL << (n - i - 1)) - 1;
	for (; at != 0; at &= at - 1)
		if (pair_at(f, u, i + (size_t)__builtin_ctzll(at), n, found))
			return 1;
	return 0;
}

/*
 * pair_at() at the places fs_kwfilter.nib leaves.  The tables are held
 * in registers, one variable each (an array of them was kept on the
 * stack, and read again for every block).
 */

/* The buckets that may have the bytes of y at their place (lo, hi). */
__attribute__((target("avx2"), always_inline)) static inline __m256i
nib_avx2(__m256i lo, __m256i hi, __m256i y)
{
	const __m256i low = _mm256_set1_epi8(0x0f);

	return _mm256_and_si256(_mm256_shuffle_epi8(lo,
	    _mm256_and_si256(y, low)), _mm256_shuffle_epi8(hi,
	    _mm256_and_si256(_mm256_srli_epi16(y, 4), low)));
}

__attribute__((target("avx2"), always_inline)) static inline __m256i
table_avx2(const struct fs_kwfilter *f, int set, int k)
{
	return _mm256_broadcastsi128_si256(_mm_loadu_si128(
	    (const __m128i *)(const void *)f->nib[set][k]));
}

__attribute__((target("avx2"), always_inline)) static inline __m256i
load_avx2(const unsigned char *p)
{
	return _mm256_loadu_si256((const __m256i *)(const void *)p);
}

/*
 * 32 places at a time (AVX2): bytes p[0 .. 34) are read, from u or, at
 * the end, from a copy padded with zeros (the places past the last pair
 * are then left out).
 */
__attribute__((target("avx2,bmi"))) static int
pairs_avx2(const struct fs_kwfilter *f, const unsigned char *u, size_t n,
    uint64_t *found)
{
	const __m256i a0 = table_avx2(f, 0, 0), a1 = table_avx2(f, 0, 1);
	const __m256i a2 = table_avx2(f, 0, 2), a3 = table_avx2(f, 0, 3);
	const __m256i a4 = table_avx2(f, 0, 4), a5 = table_avx2(f, 0, 5);
	const __m256i b0 = table_avx2(f, 1, 0), b1 = table_avx2(f, 1, 1);
	const __m256i b2 = table_avx2(f, 1, 2), b3 = table_avx2(f, 1, 3);
	const __m256i b4 = table_avx2(f, 1, 4), b5 = table_avx2(f, 1, 5);
	unsigned char pad[64];
	const unsigned char *p;
	__m256i x, y, z, m;
	uint32_t at;
	size_t i;

	for (i = 0; i + 1 < n; i += 32) {
		p = u + i;
		if (n - i < 34) {
			memset(pad, 0, sizeof(pad));
			memcpy(pad, p, n - i);
			p = pad;
		}
		x = load_avx2(p);
		y = load_avx2(p + 1);
		z = load_avx2(p + 2);
		m = _mm256_or_si256(_mm256_and_si256(_mm256_and_si256(
		    nib_avx2(a0, a1, x), nib_avx2(a2, a3, y)),
		    nib_avx2(a4, a5, z)), _mm256_and_si256(_mm256_and_si256(
		    nib_avx2(b0, b1, x), nib_avx2(b2, b3, y)),
		    nib_avx2(b4, b5, z)));
		at = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(m,
		    _mm256_setzero_si256()));
		if (pairs_at(f, u, i, n, at, 32, found))
			return 1;
	}
	return 0;
}

__attribute__((target("avx512bw"), always_inline)) static inline __m512i
nib_avx512(__m512i lo, __m512i hi, __m512i y)
{
	const __m512i low = _mm512_set1_epi8(0x0f);

	return _mm512_and_si512(_mm512_shuffle_epi8(lo,
	    _mm512_and_si512(y, low)), _mm512_shuffle_epi8(hi,
	    _mm512_and_si512(_mm512_srli_epi16(y, 4), low)));
}

__attribute__((target("avx512bw"), always_inline)) static inline __m512i
table_avx512(const struct fs_kwfilter *f, int set, int k)
{
	return _mm512_broadcast_i32x4(_mm_loadu_si128(
	    (const __m128i *)(const void *)f->nib[set][k]));
}

/* u[i + k ..] up to 64 bytes, those past n read as zeros (not read). */
__attribute__((target("avx512bw"), always_inline)) static inline __m512i
load_avx512(const unsigned char *u, size_t i, size_t n, size_t k)
{
	size_t left = n - i > k ? n - i - k : 0;

	return _mm512_maskz_loadu_epi8(left >= 64 ? ~0ULL :
	    (1ULL << left) - 1, u + i + k);
}

/* 64 places at a time (AVX-512BW): masked loads, no copy at the end. */
__attribute__((target("avx512bw,bmi"))) static int
pairs_avx512(const struct fs_kwfilter *f, const unsigned char *u,
    size_t n, uint64_t *found)
{
	const __m512i a0 = table_avx512(f, 0, 0), a1 = table_avx512(f, 0, 1);
	const __m512i a2 = table_avx512(f, 0, 2), a3 = table_avx512(f, 0, 3);
	const __m512i a4 = table_avx512(f, 0, 4), a5 = table_avx512(f, 0, 5);
	const __m512i b0 = table_avx512(f, 1, 0), b1 = table_avx512(f, 1, 1);
	const __m512i b2 = table_avx512(f, 1, 2), b3 = table_avx512(f, 1, 3);
	const __m512i b4 = table_avx512(f, 1, 4), b5 = table_avx512(f, 1, 5);
	__m512i x, y, z, m;
	uint64_t at;
	size_t i;

	for (i = 0; i + 1 < n; i += 64) {
		x = load_avx512(u, i, n, 0);
		y = load_avx512(u, i, n, 1);
		z = load_avx512(u, i, n, 2);
		m = _mm512_or_si512(_mm512_and_si512(_mm512_and_si512(
		    nib_avx512(a0, a1, x), nib_avx512(a2, a3, y)),
		    nib_avx512(a4, a5, z)), _mm512_and_si512(_mm512_and_si512(
		    nib_avx512(b0, b1, x), nib_avx512(b2, b3, y)),
		    nib_avx512(b4, b5, z)));
		at = _mm512_test_epi8_mask(m, m);
		if (pairs_at(f, u, i, n, at, 64, found))
			return 1;
	}
	return 0;
}
#endif

uint64_t
fs_kwfilter_scan(const struct fs_kwfilter *f, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	const struct fs_kwlit *l;
	uint64_t found = 0;
	int32_t x;
	size_t i;

#ifdef KWF_AVX2
	if (f->simd >= 1) {
		if (f->simd >= 2 ? pairs_avx512(f, u, n, &found) :
		    pairs_avx2(f, u, n, &found))
			return found;
	} else
#endif
	for (i = 0; i + 1 < n; i++)
		if (pair_at(f, u, i, n, &found))
			return found;
	for (i = 0; f->nsingle > 0 && i < n; i++)
		for (x = f->single[kwf_fold[u[i]]]; x >= 0; x = l->next) {
			l = &f->lit[x];
			if (lit_at(f, l, u + i, n - i))
				found |= 1ULL << l->rule;
		}
	return found;
}

void
fs_kwfilter_free(struct fs_kwfilter *f)
{
	fs_buf_free(&f->pool);
	free(f->lit);
	free(f->bits);
	free(f->pair);
	memset(f, 0, sizeof(*f));
}
