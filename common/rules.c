/*
 * rules.c - a keyword rule of fs-audit conduct's rules file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "rules.h"

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
#ifdef PCRE2_MATCH_INVALID_UTF
	opts |= PCRE2_MATCH_INVALID_UTF;
#endif
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
