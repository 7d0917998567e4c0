/*
 * policy.h - every threshold of SPEC 2.1, with the built-in defaults and
 * the overrides of a policy file (--policy FILE, else $FS_POLICY).
 */
#ifndef FS_POLICY_H
#define FS_POLICY_H

#include "tsv.h"
#include "value.h"

struct fs_policy {
	struct fs_ratio att_min_ratio;
	int att_count_village_business;
	int att_count_training;
	int64_t att_recall_absence_days;
	int64_t att_min_days;
	int64_t att_min_month_days;
	int64_t att_max_leave_days;
	int64_t roster_min_term_months;
	int64_t roster_medical_exam_months;
	int64_t funds_min_annual_support;	/* fen */
	int64_t funds_idle_days;
	int64_t hh_poverty_line;		/* fen per person and year */
	int64_t hh_monitor_line;		/* fen */
	int64_t hh_review_line;			/* fen */
	int64_t hh_max_per_helper;
	int64_t rectify_due_soon_days;
	int64_t audit_notice_days;
	int64_t audit_result_notice_days;
	struct fs_ratio audit_quorum;
	const char *origin[32];		/* "default" or the file, per key */
};

/* The built-in defaults. */
void fs_policy_defaults(struct fs_policy *p);

/*
 * Applies the overrides in path.  0, or -1 with the reason in err
 * ("policy.tsv:3: column 'key': unknown key (got 'x')").  The path must
 * outlive p.
 */
int fs_policy_load(struct fs_policy *p, const char *path, struct fs_buf *err);

/*
 * One row of a policy file (fs_policy_load(), the format's row check):
 * the key's number, or -1 for an unknown key; the value set in p, NULL,
 * or why it cannot be ("not a count (digits) for funds.idle_days"), in
 * why (cap bytes; FS_POLICY_WHY_MAX holds any).
 */
enum { FS_POLICY_WHY_MAX = 160 };
int fs_policy_key(const char *name, size_t n);
/*
 * The key a name that is none most likely meant ("funds.min_support":
 * "funds.min_annual_support"), or NULL when no key is clearly it; the
 * rule for "clearly" is above fs_policy_near() in policy.c.
 */
const char *fs_policy_near(const char *name, size_t n);
const char *fs_policy_set(struct fs_policy *p, int key, const char *s,
    size_t n, char *why, size_t cap);

/* Writes the table key, value, origin. */
void fs_policy_print(const struct fs_policy *p, struct fs_out *o);

#endif
