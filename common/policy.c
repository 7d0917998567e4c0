/*
 * policy.c - policy keys, defaults and the override file.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "format.h"
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
	unsigned char seen[NKEYS] = { 0 };
	char what[FS_POLICY_WHY_MAX];
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
		if (seen[i]) {
			fs_format_fault(err, &r, NULL, "key given twice",
			    v[FS_POL_KEY].p, v[FS_POL_KEY].n);
			goto done;
		}
		seen[i] = 1;
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
