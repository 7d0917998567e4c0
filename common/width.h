/*
 * width.h - display width of UTF-8 text on a terminal or in a fixed-width
 * e-mail, so that Chinese names line up: East Asian wide and fullwidth
 * characters take two columns, combining marks none, the rest one.
 * It needs no locale (wcwidth(3) depends on LC_CTYPE, which cron rarely sets).
 */
#ifndef FS_WIDTH_H
#define FS_WIDTH_H

#include <stddef.h>
#include <stdint.h>

/* The width of one code point: 0, 1 or 2. */
int fs_cp_width(uint32_t cp);

/* The width of n bytes of valid UTF-8. */
size_t fs_text_width(const char *p, size_t n);

/*
 * How many bytes of p (n bytes) fit in at most max columns without
 * cutting a character; *width gets their width.
 */
size_t fs_text_fit(const char *p, size_t n, size_t max, size_t *width);

/* Decodes one UTF-8 character at p (n > 0 bytes); its length, >= 1. */
size_t fs_utf8_decode(const char *p, size_t n, uint32_t *cp);

#endif
