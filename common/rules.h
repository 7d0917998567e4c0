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

#include <pcre2.h>

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

#endif
