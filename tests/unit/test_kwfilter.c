/*
 * test_kwfilter.c - fs-audit's keyword prefilter (fs_kwfilter, rules.c)
 * never passes over a text that a pattern matches: a missed keyword is
 * a violation not found, without a word.  Each pattern is compiled as
 * fs_rule_compile() compiles it, and each text is tried by PCRE2 and by
 * the filter: texts made of the pattern's own characters (every string
 * of up to three of them, and longer ones drawn by a fixed generator),
 * their case turned, with U+017F and U+212A, which PCRE2 takes for s and
 * k caselessly.  The filter is made at each vector level the processor
 * has (fs_tsv_simd(): byte by byte, AVX2, AVX-512), and every level must
 * give every text the same rules: texts longer than a vector too, and a
 * literal at every place of a text of 150 bytes, so at each end of a
 * block of 32 or 64.
 */
#include <stdio.h>
#include <string.h>

#include "../../common/rules.h"
#include "../../common/tsv.h"
#include "unit.h"

/*
 * Patterns as PCRE2 is given them (escapes decoded): the shapes of the
 * installed rules, and the ones the filter must give up on or read
 * with care (classes with ] and \c, lookarounds, quantifiers of 0,
 * (?i) in and out of groups, alternations with an empty branch).
 */
static const char *const all_pats[] = {
	"红包(?!装)|(?<![福便顺])利是|(?i:\\bred[ -]?(?:envelope|packet)s?\\b)",
	"(?:超市|购物)卡(?!车)|(?<!公务)加油卡|(?i:\\b(?:gift|store)[ -]?cards?\\b)",
	"(?<!非)现金(?![流额])|(?i:(?<!non-)\\bcash\\b(?![ -]?flows?\\b))",
	"[软硬]中华(?!人民)|名酒(?!店)|[一二\\d](?:瓶|箱)(?:白|红)?酒",
	"ab?c", "a{2}b", "(?i)cask", "x|y\\d", "(?i)Kelvin", "foo(?=bar)baz",
	"(?i)SS", "ab+c", "a(?i)bc|de", "(?i:x)Y|(?-i)Zq", "\\.x", "a\\.b",
	"[ab]c", "(ab)*cd", "(?:ab|cd)+ef", "q(?!u)", "(?<=a)b", "h.llo",
	"\\bword\\b", "ab{0,3}c", "(?i)straße", "(?i)éa", "a|b", "(?i)k",
	"\\d+", "x*", "[\\]x]y", "a\\-b", "(?i)(?:S)k", "(?>ab)c",
	"a(?i)b(?-i)c", "(a|)bc", "a(?:|b)c", "ab{0}c", "(?:ab)?cd",
	"[\\c]xyz[]]", "cash[\\c\\]?|]zzzzz", "[^a]bc", "[]a]bc", "s(?i)k",
	"(?i)sk|ks", "\\x{7ea2}包", "\\Qa.b\\E", "a\\tb", "(?s)a.b",
	"(?x) a b c", "(?m)^ab$", "x(?#c)y", "\\Aab", "ab\\z", "(?|a|b)c",
	"(?i)\\x{17f}k", "a\\Kbc",
};

/* Patterns of few prefixes, one a bucket, and literals of one byte. */
static const char *const few_pats[] = {
	"红包|red envelope", "购物卡|shopping card", "礼金", "茅台|五粮液",
	"x|y\\d|a",
};

/* The characters of s: its UTF-8 characters, each once, n at most. */
static int
units_of(const char *s, const char **u, int *len, int n, int max)
{
	const unsigned char *p = (const unsigned char *)s;
	int k, i;

	for (; *p != '\0'; p += k) {
		k = *p < 0x80 ? 1 : *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;
		for (i = 0; i < n; i++)
			if (len[i] == k && memcmp(u[i], p, (size_t)k) == 0)
				break;
		if (i == n && n < max && (*p != '\\' || k > 1)) {
			u[n] = (const char *)p;
			len[n++] = k;
		}
	}
	return n;
}

static uint32_t seed = 12345;

static uint32_t
draw(uint32_t n)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 8) % n;
}

struct run {
	const char *const *pats;
	pcre2_code *re[FS_KWF_MAX];
	int n;
	struct fs_kwfilter f;		/* the processor's widest level */
	struct fs_kwfilter lv[3];	/* each level it has */
	int nlv;
	pcre2_match_data *md;
	long tried, passed_over, missed, matched, differ;
};

/* Text s tried by every pattern and by the filter. */
static void
try_text(struct run *r, const char *s, size_t n)
{
	uint64_t may = fs_kwfilter_scan(&r->f, s, n), other;
	int i, m;

	for (i = 0; i < r->nlv; i++)
		if ((other = fs_kwfilter_scan(&r->lv[i], s, n)) != may &&
		    r->differ++ < 5)
			fprintf(stderr, "level %d: %#llx, not %#llx, for "
			    "'%.*s'\n", r->lv[i].simd,
			    (unsigned long long)other,
			    (unsigned long long)may, (int)n, s);
	for (i = 0; i < r->n; i++) {
		m = pcre2_match(r->re[i], (PCRE2_SPTR)s, n, 0, 0, r->md,
		    NULL) >= 0;
		r->tried++;
		r->matched += m;
		if (!(r->f.filtered >> i & 1) || (may >> i & 1))
			continue;
		r->passed_over++;
		if (m) {
			r->missed++;
			fprintf(stderr, "missed: pattern '%s' matches '%.*s'\n",
			    r->pats[i], (int)n, s);
		}
	}
}

/* Every text below tried by the filter of patterns pats[0 .. npats). */
static void
try_patterns(const char *const *pats, int npats)
{
	static const char *const more[] = {
		"\xc5\xbf", "\xe2\x84\xaa", "S", "K", " ", "-", "\t", "]",
		"\x1d", "\x1c", "\\", "x", "1", "E", "C", "A"
	};
	struct run r = { .pats = pats };
	const char *u[48];
	int len[48], nu, i, a, b, c, k, filtered = 0;
	char t[64], why[256], dec[256], long_text[400];
	long placed = 0, tried_placed = 0;
	size_t tn, dn;
	int col;

	for (k = 0; k < 3; k++)		/* the levels, the widest last */
		if (fs_tsv_simd(k) == k)
			fs_kwfilter_init(&r.lv[r.nlv++]);
	fs_tsv_simd(2);
	fs_kwfilter_init(&r.f);
	CHECK(r.nlv >= 1 && r.lv[0].simd == 0);
	CHECK(r.f.simd == r.lv[r.nlv - 1].simd);
	r.md = pcre2_match_data_create(1, NULL);
	for (i = 0; i < npats; i++) {
		r.re[i] = fs_rule_compile("r", 1, pats[i], strlen(pats[i]),
		    &col, why, sizeof(why));
		CHECK(r.re[i] != NULL);
		/* As fs-audit gives it: the pattern decoded (\t a tab). */
		dn = fs_unescape(pats[i], strlen(pats[i]), dec);
		filtered += fs_kwfilter_add(&r.f, i, dec, dn);
		for (k = 0; k < r.nlv; k++)
			fs_kwfilter_add(&r.lv[k], i, dec, dn);
		r.n++;
	}
	/* The patterns' own characters, and the ones PCRE2 folds. */
	nu = 0;
	for (i = 0; i < r.n; i++)
		nu = units_of(pats[i], u, len, nu, 32);
	for (i = 0; i < (int)(sizeof(more) / sizeof(more[0])); i++)
		nu = units_of(more[i], u, len, nu, 48);
	/* Every text of up to three of them. */
	for (a = -1; a < nu; a++)
		for (b = -1; b < nu; b++)
			for (c = 0; c < nu; c++) {
				tn = 0;
				if (a >= 0) {
					memcpy(t + tn, u[a], (size_t)len[a]);
					tn += (size_t)len[a];
				}
				if (b >= 0) {
					memcpy(t + tn, u[b], (size_t)len[b]);
					tn += (size_t)len[b];
				}
				memcpy(t + tn, u[c], (size_t)len[c]);
				tn += (size_t)len[c];
				try_text(&r, t, tn);
			}
	/* Longer ones: of a pattern's characters, its case turned. */
	for (k = 0; k < 40000; k++) {
		int from = (int)draw((uint32_t)r.n), pu, pl[16], w, nw;
		const char *pv[16];

		pu = units_of(pats[from], pv, pl, 0, 16);
		for (tn = 0, nw = 2 + (int)draw(10); nw > 0; nw--) {
			w = (int)draw((uint32_t)pu + 4);
			if (w >= pu) {
				tn += (size_t)snprintf(t + tn, 5, "%s",
				    more[draw(sizeof(more) / sizeof(more[0]))]);
				continue;
			}
			memcpy(t + tn, pv[w], (size_t)pl[w]);
			if (pl[w] == 1 && draw(3) == 0)
				t[tn] ^= (t[tn] | 0x20) >= 'a' &&
				    (t[tn] | 0x20) <= 'z' ? 0x20 : 0;
			tn += (size_t)pl[w];
		}
		try_text(&r, t, tn);
	}
	/* Longer than a vector: such texts one after another. */
	for (k = 0; k < 20000; k++) {
		for (tn = 0; tn < sizeof(long_text) - 80;) {
			int from = (int)draw((uint32_t)r.n), pu, pl[16], w;
			const char *pv[16];

			pu = units_of(pats[from], pv, pl, 0, 16);
			w = (int)draw((uint32_t)pu + 2);
			if (w >= pu)
				long_text[tn++] = " .x"[draw(3)];
			else {
				memcpy(long_text + tn, pv[w], (size_t)pl[w]);
				tn += (size_t)pl[w];
			}
			if (draw(40) == 0)
				break;
		}
		try_text(&r, long_text, tn);
	}
	/* Each literal at each place of 150 bytes that cannot match. */
	for (i = 0; i < (int)r.f.nlit; i++) {
		const struct fs_kwlit *l = &r.f.lit[i];
		size_t at, j;

		for (at = 0; at + l->len <= 150; at++) {
			memset(long_text, '#', 150);
			memcpy(long_text + at, r.f.pool.p + l->off, l->len);
			try_text(&r, long_text, 150);
			try_text(&r, long_text, at + l->len);
			for (j = 0; j < (size_t)r.nlv; j++)
				placed += l->rule < 0 ? fs_kwfilter_scan(
				    &r.lv[j], long_text, 150) == r.f.filtered :
				    fs_kwfilter_scan(&r.lv[j], long_text, 150) >>
				    l->rule & 1;
			tried_placed += r.nlv;
		}
	}
	CHECK(tried_placed > 1000 && placed == tried_placed);
	CHECK(r.differ == 0);
	/* The filter can fail this: it passed over texts, and some matched. */
	CHECK(filtered > r.n / 2);
	CHECK(r.passed_over > 100000);
	CHECK(r.matched > 10000);
	CHECK(r.missed == 0);
	fprintf(stderr, "%ld tried, %ld passed over, %ld matched\n", r.tried,
	    r.passed_over, r.matched);
	for (i = 0; i < r.n; i++)
		pcre2_code_free(r.re[i]);
	pcre2_match_data_free(r.md);
	fs_kwfilter_free(&r.f);
	for (i = 0; i < r.nlv; i++)
		fs_kwfilter_free(&r.lv[i]);
}

int
main(void)
{
	try_patterns(all_pats, (int)(sizeof(all_pats) / sizeof(all_pats[0])));
	try_patterns(few_pats, (int)(sizeof(few_pats) / sizeof(few_pats[0])));
	return unit_done();
}
