/*
 * width.c - display width after Unicode's East Asian Width property,
 * reduced to the ranges that matter for Chinese text.
 */
#include "width.h"

struct range {
	uint32_t lo, hi;
};

static const struct range zero[] = {
	{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd },
	{ 0x0610, 0x061a }, { 0x064b, 0x065f }, { 0x200b, 0x200f },
	{ 0x202a, 0x202e }, { 0x2060, 0x2064 }, { 0x20d0, 0x20ff },
	{ 0x302a, 0x302d }, { 0x3099, 0x309a }, { 0xfe00, 0xfe0f },
	{ 0xfe20, 0xfe2f }, { 0xfeff, 0xfeff }, { 0xe0100, 0xe01ef },
};

static const struct range wide[] = {
	{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a },
	{ 0x2e80, 0x303e }, { 0x3041, 0x33ff }, { 0x3400, 0x4dbf },
	{ 0x4e00, 0x9fff }, { 0xa000, 0xa4cf }, { 0xa960, 0xa97f },
	{ 0xac00, 0xd7a3 }, { 0xf900, 0xfaff }, { 0xfe10, 0xfe19 },
	{ 0xfe30, 0xfe6f }, { 0xff00, 0xff60 }, { 0xffe0, 0xffe6 },
	{ 0x1f300, 0x1f64f }, { 0x1f900, 0x1f9ff }, { 0x20000, 0x2fffd },
	{ 0x30000, 0x3fffd },
};

static int
in(const struct range *r, size_t n, uint32_t cp)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (cp > r[mid].hi)
			lo = mid + 1;
		else if (cp < r[mid].lo)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

int
fs_cp_width(uint32_t cp)
{
	if (cp == 0 || in(zero, sizeof(zero) / sizeof(zero[0]), cp))
		return 0;
	if (in(wide, sizeof(wide) / sizeof(wide[0]), cp))
		return 2;
	return 1;
}

size_t
fs_utf8_decode(const char *p, size_t n, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t len, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xf0)
		len = 4, *cp = s[0] & 0x07;
	else if (s[0] >= 0xe0)
		len = 3, *cp = s[0] & 0x0f;
	else if (s[0] >= 0xc0)
		len = 2, *cp = s[0] & 0x1f;
	else {
		*cp = 0xfffd;
		return 1;
	}
	if (len > n) {
		*cp = 0xfffd;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*cp = 0xfffd;
			return 1;
		}
		*cp = (*cp << 6) | (s[i] & 0x3f);
	}
	return len;
}

size_t
fs_text_width(const char *p, size_t n)
{
	size_t w = 0, i = 0, k;
	uint32_t cp;

	while (i < n) {
		k = fs_utf8_decode(p + i, n - i, &cp);
		w += (size_t)fs_cp_width(cp);
		i += k;
	}
	return w;
}

size_t
fs_text_fit(const char *p, size_t n, size_t max, size_t *width)
{
	size_t w = 0, i = 0, k;
	uint32_t cp;
	int cw;

	while (i < n) {
		k = fs_utf8_decode(p + i, n - i, &cp);
		cw = fs_cp_width(cp);
		if (w + (size_t)cw > max)
			break;
		w += (size_t)cw;
		i += k;
	}
	if (width != NULL)
		*width = w;
	return i;
}
