/*
 * policy.c - policy keys, defaults and the override file.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "keys.h"
#include "policy.h"

enum ptype { P_RATIO, P_YESNO, P_COUNT, P_AMOUNT };

static const struct key {
	const char *name;
	enum ptype type;
	size_t off;
	const char *dflt;
} keys[] = {
	{ "attendance.min_ratio", P_RATIO,
	    offsetof(struct fs_policy, att_min_ratio), "2/3" },
	{ "attendance.count_village_business", P_YESNO,
	    offsetof(struct fs_policy, att_count_village_business), "yes" },
	{ "attendance.count_training", P_YESNO,
	    offsetof(struct fs_policy, att_count_training), "yes" },
	{ "attendance.recall_absence_days", P_COUNT,
	    offsetof(struct fs_policy, att_recall_absence_days), "30" },
	{ "attendance.min_days", P_COUNT,
	    offsetof(struct fs_policy, att_min_days), "0" },
	{ "attendance.min_month_days", P_COUNT,
	    offsetof(struct fs_policy, att_min_month_days), "0" },
	{ "attendance.max_leave_days", P_COUNT,
	    offsetof(struct fs_policy, att_max_leave_days), "0" },
	{ "roster.min_term_months", P_COUNT,
	    offsetof(struct fs_policy, roster_min_term_months), "24" },
	{ "roster.medical_exam_months", P_COUNT,
	    offsetof(struct fs_policy, roster_medical_exam_months), "12" },
	{ "funds.min_annual_support", P_AMOUNT,
	    offsetof(struct fs_policy, funds_min_annual_support), "10000.00" },
	{ "funds.idle_days", P_COUNT,
	    offsetof(struct fs_policy, funds_idle_days), "365" },
	{ "households.poverty_line", P_AMOUNT,
	    offsetof(struct fs_policy, hh_poverty_line), "4000.00" },
	{ "households.monitor_line", P_AMOUNT,
	    offsetof(struct fs_policy, hh_monitor_line), "6000.00" },
	{ "households.review_line", P_AMOUNT,
	    offsetof(struct fs_policy, hh_review_line), "8000.00" },
	{ "households.max_per_helper", P_COUNT,
	    offsetof(struct fs_policy, hh_max_per_helper), "5" },
	{ "rectify.due_soon_days", P_COUNT,
	    offsetof(struct fs_policy, rectify_due_soon_days), "14" },
	{ "audit.notice_days", P_COUNT,
	    offsetof(struct fs_policy, audit_notice_days), "7" },
	{ "audit.result_notice_days", P_COUNT,
	    offsetof(struct fs_policy, audit_result_notice_days), "90" },
	{ "audit.quorum", P_RATIO,
	    offsetof(struct fs_policy, audit_quorum), "2/3" },
};

enum { NKEYS = sizeof(keys) / sizeof(keys[0]) };

/* Days, months and counts of a policy stay below this. */
#define POLICY_COUNT_MAX 100000

static const char *
set(struct fs_policy *p, const struct key *k, const char *s, size_t n)
{
	char *field = (char *)p + k->off;
	struct fs_ratio r;
	const char *why;
	int64_t v;
	int yes;

	switch (k->type) {
	case P_RATIO:
		if ((why = fs_ratio_parse(s, n, &r)) != NULL)
			return why;
		if (r.num > r.den)
			return "ratio above 1";
		memcpy(field, &r, sizeof(r));
		break;
	case P_YESNO:
		if ((why = fs_yesno_parse(s, n, &yes)) != NULL)
			return why;
		memcpy(field, &yes, sizeof(yes));
		break;
	case P_COUNT:
		if ((why = fs_count_parse(s, n, &v)) != NULL)
			return why;
		if (v > POLICY_COUNT_MAX)
			return "count too large for a policy";
		memcpy(field, &v, sizeof(v));
		break;
	case P_AMOUNT:
		if ((why = fs_amount_parse(s, n, &v)) != NULL)
			return why;
		if (v < 0)
			return "a negative amount";
		if (v > INT64_MAX / 1000000)
			return "amount too large for a policy";
		memcpy(field, &v, sizeof(v));
		break;
	}
	return NULL;
}

void
fs_policy_defaults(struct fs_policy *p)
{
	size_t i;

	memset(p, 0, sizeof(*p));
	for (i = 0; i < NKEYS; i++) {
		set(p, &keys[i], keys[i].dflt, strlen(keys[i].dflt));
		p->origin[i] = "default";
	}
}

int
fs_policy_key(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < NKEYS; i++)
		if (fs_slice_eq(name, n, keys[i].name))
			return (int)i;
	return -1;
}

/*
 * A name that is no key, and the key the clerk most likely meant.  The
 * name is first folded as a slip of the hand or of a spreadsheet would
 * change it: the spaces around it dropped (fs_name_trim()), ASCII upper
 * case to lower, '-' and ' ' to '_'.  Then a key is close to it
 *
 *   0  when the folded name is the key;
 *   1  when they are one edit apart: a byte put in, left out or changed,
 *      or two neighbouring bytes swapped (the optimal string alignment
 *      distance, in bytes);
 *   2  when they are two edits apart;
 *   3  when, their areas (before the first '.') the same, the words of
 *      one (after it, split at '_') are the other's with one word put in
 *      anywhere ("funds.min_support"); or when the words are the same
 *      and the area is another or none ("attendance.min_term_months",
 *      "min_term_months").
 *
 * The key is named only when it is the one key at the lowest of these
 * levels that any key reaches: two keys as close ("attendance.min_rais",
 * two edits from min_ratio and from min_days; "households.line", a word
 * short of three lines) are no clear choice, and nothing past level 3 is
 * close ("foo.bar": no hint).  Every key has 12 bytes or more and any two
 * are 4 edits apart or more (min_ratio, min_days), so one slip never makes
 * a key look like another (test_format.c tries them all).  The work is
 * bounded and on the error path only: a name of NEAR_MAX bytes at most
 * (longer: no hint), NEAR_WORDS words (more: levels 0 to 2 only), each
 * key compared once, on the stack.
 */
enum { NEAR_MAX = 64, NEAR_WORDS = 8, NEAR_EDITS = 2, NEAR_WORD = 3 };

struct words {
	const char *area;
	size_t arean;
	const char *w[NEAR_WORDS];
	size_t n[NEAR_WORDS];
	int count;		/* -1: too many to compare */
};

/* Splits s[0 .. n) into its area and the words after the first '.'. */
static void
split_words(const char *s, size_t n, struct words *ws)
{
	const char *dot = memchr(s, '.', n), *end = s + n, *w, *us;

	ws->area = s;
	ws->arean = dot != NULL ? (size_t)(dot - s) : 0;
	w = dot != NULL ? dot + 1 : s;
	for (ws->count = 0; ; ws->count++) {
		if (ws->count == NEAR_WORDS) {
			ws->count = -1;
			return;
		}
		if ((us = memchr(w, '_', (size_t)(end - w))) == NULL)
			us = end;
		ws->w[ws->count] = w;
		ws->n[ws->count] = (size_t)(us - w);
		if (us == end)
			break;
		w = us + 1;
	}
	ws->count++;
}

static int
same_word(const struct words *a, int i, const struct words *b, int j)
{
	return a->n[i] == b->n[j] && memcmp(a->w[i], b->w[j], a->n[i]) == 0;
}

/* Are b's words a's with one word put in somewhere? */
static int
one_word_more(const struct words *a, const struct words *b)
{
	int i, j;

	if (a->count < 1 || b->count != a->count + 1)
		return 0;
	for (i = 0; i < a->count && same_word(a, i, b, i); i++)
		continue;
	for (j = i; j < a->count; j++)
		if (!same_word(a, j, b, j + 1))
			return 0;
	return 1;
}

static int
same_words(const struct words *a, const struct words *b)
{
	int i;

	if (a->count < 1 || a->count != b->count)
		return 0;
	for (i = 0; i < a->count; i++)
		if (!same_word(a, i, b, i))
			return 0;
	return 1;
}

/* Level 3: a word put in or left out, or another area or none. */
static int
words_close(const struct words *given, const struct words *key)
{
	if (given->count < 1 || key->count < 1)
		return 0;
	if (given->arean == key->arean &&
	    memcmp(given->area, key->area, key->arean) == 0)
		return one_word_more(given, key) || one_word_more(key, given);
	return same_words(given, key);
}

/*
 * The edits from a[0 .. m) to b[0 .. n), m and n NEAR_MAX at most, or
 * NEAR_EDITS + 1 for more than NEAR_EDITS.
 */
static int
edits(const char *a, size_t m, const char *b, size_t n)
{
	int row[3][NEAR_MAX + 1], *d2, *d1, *d0, *t, best, c;
	size_t i, j;

	if ((m > n ? m - n : n - m) > NEAR_EDITS)
		return NEAR_EDITS + 1;
	for (j = 0; j <= n; j++)
		row[1][j] = (int)j;
	d2 = row[0], d1 = row[1], d0 = row[2];
	for (i = 1; i <= m; i++) {
		d0[0] = (int)i;
		best = d0[0];
		for (j = 1; j <= n; j++) {
			c = d1[j - 1] + (a[i - 1] != b[j - 1]);
			if (d1[j] + 1 < c)
				c = d1[j] + 1;
			if (d0[j - 1] + 1 < c)
				c = d0[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d2[j - 2] + 1 < c)
				c = d2[j - 2] + 1;
			d0[j] = c;
			if (c < best)
				best = c;
		}
		if (best > NEAR_EDITS)
			return NEAR_EDITS + 1;
		t = d2, d2 = d1, d1 = d0, d0 = t;
	}
	return d1[n] > NEAR_EDITS ? NEAR_EDITS + 1 : d1[n];
}

const char *
fs_policy_near(const char *name, size_t n)
{
	char fold[NEAR_MAX];
	struct words given, key;
	const unsigned char *u;
	const char *best = NULL;
	int lowest = NEAR_WORD + 1, level, ties = 0;
	size_t i, j, kn;
	char c;

	n = fs_name_trim(&name, n);
	u = (const unsigned char *)name;
	if (n == 0 || n > NEAR_MAX)
		return NULL;
	for (i = j = 0; i < n; i++, j++) {
		c = name[i];
		/*
		 * A Chinese input method's full-width forms (U+FF01 to
		 * U+FF5E) and its full stop, 。, are their ASCII.
		 */
		if (i + 2 < n && u[i] == 0xef && ((u[i + 1] == 0xbc &&
		    u[i + 2] >= 0x81) || (u[i + 1] == 0xbd && u[i + 2] <= 0x9e))) {
			c = (char)(u[i + 1] == 0xbc ? u[i + 2] - 0x60 :
			    u[i + 2] - 0x20);
			i += 2;
		} else if (i + 2 < n && u[i] == 0xe3 && u[i + 1] == 0x80 &&
		    u[i + 2] == 0x82) {
			c = '.';
			i += 2;
		}
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		fold[j] = c == '-' || c == ' ' ? '_' : c;
	}
	n = j;
	split_words(fold, n, &given);
	for (i = 0; i < NKEYS; i++) {
		kn = strlen(keys[i].name);
		level = kn <= NEAR_MAX ? edits(fold, n, keys[i].name, kn) :
		    NEAR_EDITS + 1;
		if (level > NEAR_EDITS) {
			split_words(keys[i].name, kn, &key);
			if (!words_close(&given, &key))
				continue;
			level = NEAR_WORD;
		}
		if (level < lowest) {
			lowest = level;
			best = keys[i].name;
			ties = 0;
		} else if (level == lowest)
			ties++;
	}
	return ties == 0 ? best : NULL;
}

const char *
fs_policy_set(struct fs_policy *p, int key, const char *s, size_t n,
    char *why, size_t cap)
{
	const char *bad;

	if ((bad = set(p, &keys[key], s, n)) == NULL)
		return NULL;
	snprintf(why, cap, "%s for %s", bad, keys[key].name);
	return why;
}

int
fs_policy_load(struct fs_policy *p, const char *path, struct fs_buf *err)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	long seen[NKEYS] = { 0 };	/* the line a key was given on */
	char what[FS_POLICY_WHY_MAX];
	struct fs_buf why = { 0 };
	enum fs_tsv_status st;
	int i, rc = -1;

	if (fs_format_open(&r, path, &fs_fmt_policy, &b, err) < 0)
		return -1;
	while ((st = fs_format_next(&r, &b, v, err)) == FS_TSV_ROW) {
		if ((i = fs_policy_key(v[FS_POL_KEY].p, v[FS_POL_KEY].n)) < 0) {
			fs_format_fault(err, &r, "key", "unknown key",
			    v[FS_POL_KEY].p, v[FS_POL_KEY].n);
			goto done;
		}
		if (seen[i] != 0) {
			fs_keycheck_repeat(&why, &fs_fmt_policy, r.name,
			    (unsigned long)seen[i]);
			fs_format_fault(err, &r, NULL, why.p,
			    v[FS_POL_KEY].p, v[FS_POL_KEY].n);
			goto done;
		}
		seen[i] = r.lineno;
		if (fs_policy_set(p, i, v[FS_POL_VALUE].p, v[FS_POL_VALUE].n,
		    what, sizeof(what)) != NULL) {
			fs_format_fault(err, &r, "value", what,
			    v[FS_POL_VALUE].p, v[FS_POL_VALUE].n);
			goto done;
		}
		p->origin[i] = r.name;	/* <stdin> for - */
	}
	if (st == FS_TSV_EOF)
		rc = 0;
done:
	fs_buf_free(&why);
	fs_tsv_close(&r);
	return rc;
}

static int64_t
gcd(int64_t a, int64_t b)
{
	while (b != 0) {
		int64_t t = a % b;

		a = b;
		b = t;
	}
	return a;
}

void
fs_policy_print(const struct fs_policy *p, struct fs_out *o)
{
	const char *field;
	struct fs_ratio r;
	int64_t v, g;
	int yes;
	size_t i;

	fs_out_str(o, "key\tvalue\torigin\n");
	for (i = 0; i < NKEYS; i++) {
		field = (const char *)p + keys[i].off;
		fs_out_str(o, keys[i].name);
		fs_out_char(o, '\t');
		switch (keys[i].type) {
		case P_RATIO:
			memcpy(&r, field, sizeof(r));
			g = gcd(r.num, r.den);
			if (g > 1)
				r.num /= g, r.den /= g;
			fs_out_int(o, r.num);
			fs_out_char(o, '/');
			fs_out_int(o, r.den);
			break;
		case P_YESNO:
			memcpy(&yes, field, sizeof(yes));
			fs_out_str(o, yes ? "yes" : "no");
			break;
		case P_COUNT:
			memcpy(&v, field, sizeof(v));
			fs_out_int(o, v);
			break;
		case P_AMOUNT:
			memcpy(&v, field, sizeof(v));
			fs_out_amount(o, v);
			break;
		}
		fs_out_char(o, '\t');
		fs_out_texts(o, p->origin[i]);
		fs_out_char(o, '\n');
	}
}
