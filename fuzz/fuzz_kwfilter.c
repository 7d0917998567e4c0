/*
 * fuzz_kwfilter.c - fs-audit conduct's keyword prefilter (fs_kwfilter,
 * rules.c) against PCRE2, and its vector scans against its scan byte by
 * byte.  The input is up to 8 patterns, one a line as a rules file
 * writes them (escapes \t \n \r \\), then a NUL byte, then the text (no
 * NUL: the patterns, end to end, are the text).  Two properties:
 *
 *	a filtered rule the filter passes over does not match the text
 *	(PCRE2 says so), or the report would miss a keyword;
 *	the filter made at each vector level the processor has (byte by
 *	byte, AVX2, AVX-512BW) gives the text the same rules.
 */
#include <string.h>

#include "../common/rules.h"
#include "../common/tsv.h"
#include "fuzz.h"

enum { PATS = 8, LEVELS = 3 };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size, *nl, *text;
	struct fs_kwfilter f[LEVELS];
	pcre2_code *re[PATS];
	pcre2_match_data *md;
	pcre2_match_context *mc;
	char why[256], *dec;
	uint64_t may, other;
	size_t n, dn, tn;
	int i, k, col, nre = 0, nlv = 0, m;

	if ((text = memchr(p, '\0', size)) != NULL) {
		end = text++;
		tn = size - (size_t)(text - p);
	} else {
		text = p;
		tn = size;
	}
	for (k = 0; k < LEVELS; k++)	/* each level there is, once */
		if (fs_tsv_simd(k) == k)
			fs_kwfilter_init(&f[nlv++]);
	fs_tsv_simd(2);
	dec = malloc(size + 1);
	FUZZ_ASSERT(dec != NULL);
	for (; p < end && nre < PATS; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		n = (size_t)(nl - p);
		re[nre] = fs_rule_compile("r", 1, p, n, &col, why,
		    sizeof(why));
		if (re[nre] != NULL) {
			/* As fs-audit gives it: the pattern decoded. */
			dn = fs_unescape(p, n, dec);
			for (k = 0; k < nlv; k++)
				fs_kwfilter_add(&f[k], nre, dec, dn);
			nre++;
		}
		if (nl == end)
			break;
	}
	may = fs_kwfilter_scan(&f[0], text, tn);
	for (k = 1; k < nlv; k++) {
		other = fs_kwfilter_scan(&f[k], text, tn);
		FUZZ_ASSERT(other == may);
	}
	md = pcre2_match_data_create(1, NULL);
	mc = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(mc, 100000);
	pcre2_set_depth_limit(mc, 1000);
	for (i = 0; i < nre; i++) {
		if (!(f[0].filtered >> i & 1) || (may >> i & 1))
			continue;
		m = pcre2_match(re[i], (PCRE2_SPTR)text, tn, 0, 0, md, mc);
		/* Passed over: no match (or PCRE2 gave up: not the filter's). */
		FUZZ_ASSERT(m < 0);
	}
	for (i = 0; i < nre; i++)
		pcre2_code_free(re[i]);
	pcre2_match_data_free(md);
	pcre2_match_context_free(mc);
	for (k = 0; k < nlv; k++)
		fs_kwfilter_free(&f[k]);
	free(dec);
	return 0;
}
