/*
 * rules.h - a keyword rule of fs-audit conduct's rules file (--rules),
 * checked alike wherever the file is read (the format's row check,
 * fs-check --type rules) and compiled by fs-audit.
 */
#ifndef FS_RULES_H
#define FS_RULES_H

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <stddef.h>
#include <stdint.h>

#include <pcre2.h>

#include "util.h"

/*
 * A keyword rule's finding is audit.keyword.NAME: an id of 64 bytes at
 * most in the findings, and one of a list with commas in the table's
 * problems.
 */
#define FS_KEYWORD "audit.keyword."
enum { FS_KEYWORD_NAME_MAX = 64 - (sizeof(FS_KEYWORD) - 1) };

/*
 * A rule's name (n bytes) and its pattern (pn bytes, escaped as read):
 * the pattern compiled (UTF-8; pcre2_code_free() it), or NULL with *col
 * the column at fault (FS_RUL_RULE, FS_RUL_PATTERN) and the reason in
 * why (cap bytes, 160 or more).
 */
pcre2_code *fs_rule_compile(const char *name, size_t n, const char *pat,
    size_t pn, int *col, char *why, size_t cap);

/*
 * A prefilter of keyword rules.  Of a pattern in the plain subset of
 * PCRE2 (literal characters, (?:), (?i:), (?i), captures, lookarounds,
 * classes, the usual escapes and quantifiers: rules.c says which), a set
 * of literal strings is found such that any text the pattern matches
 * holds one of them (one branch of each alternation needs one; a
 * lookaround's text is not the match's, and counts for nothing).  A text
 * that holds none of a rule's is one the rule cannot match, and
 * pcre2_match() is not called on it.  The first FS_KWF_MAX rules can be
 * filtered; a pattern outside the subset, or without such a set (one
 * that can match without a literal, as \d+), is always tried.
 *
 * Caseless literals ((?i)) are ASCII: PCRE2's UTF mode also matches
 * U+017F (long s) for s and U+212A (Kelvin sign) for k, the only others
 * that match an ASCII letter caselessly (10.42), so a text that holds
 * either is tried against every rule.
 */
enum { FS_KWF_MAX = 64, FS_KWF_BUCKETS = 16 };

struct fs_kwlit {
	uint32_t off, len;	/* its bytes in pool (caseless: lower case) */
	int32_t next;		/* the next literal of its first two bytes */
	int16_t rule;		/* -1: U+017F or U+212A, every rule */
	uint8_t ci;
};

struct fs_kwfilter {
	uint64_t filtered;	/* the rules with literals */
	int ci;			/* a caseless literal */
	struct fs_buf pool;
	struct fs_kwlit *lit;
	size_t nlit, cap;
	uint64_t *bits;		/* 65536: a literal starts with the pair */
	int32_t *pair;		/* 65536: its first literal, -1 */
	int32_t single[256];	/* literals of one byte */
	int nsingle;
	/*
	 * The places a literal of two bytes or more may start, found 32 or
	 * 64 at a time (AVX2, AVX-512BW; as Hyperscan's "Teddy"): the
	 * literals' first three bytes (two, of a literal of two) are sorted
	 * into FS_KWF_BUCKETS buckets; bit b % 8 of nib[b / 8][2k][c & 15]
	 * and of nib[b / 8][2k + 1][c >> 4] is set when byte k of a literal
	 * of bucket b may be c (each case of a caseless letter; any c for
	 * byte 2 of a literal of two).  Where no bucket has all three
	 * bytes, no literal starts.  simd: fs_simd_level() when the filter
	 * was made (AVX-512 only with VBMI2 too, as the TSV reader's level
	 * says, though the scan needs BW alone); 0 scans byte by byte.
	 */
	uint8_t nib[FS_KWF_BUCKETS / 8][6][16];
	int simd;
};

void fs_kwfilter_init(struct fs_kwfilter *f);
/*
 * Pattern pat[0 .. n), as PCRE2 is given it (escapes decoded), of rule
 * i: 1 when the rule is filtered, 0 when it is always tried.
 */
int fs_kwfilter_add(struct fs_kwfilter *f, int i, const char *pat, size_t n);
/* Of the rules filtered, those that may match s[0 .. n): a bit a rule. */
uint64_t fs_kwfilter_scan(const struct fs_kwfilter *f, const char *s,
    size_t n);
void fs_kwfilter_free(struct fs_kwfilter *f);

#endif
