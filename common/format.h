/*
 * format.h - the record formats of SPEC 3 as data.
 *
 * One table per record type says, for each column, its value type,
 * whether it is required, and its allowed values.  fs-check and every
 * tool read their input through these tables, so a format is defined in
 * exactly one place.  The enums give the position of each column in its
 * format's table, which is also its index in a parsed row.
 */
#ifndef FS_FORMAT_H
#define FS_FORMAT_H

#include "table.h"
#include "tsv.h"
#include "value.h"

enum fs_type {
	FS_TEXT,	/* anything; escapes decoded where used */
	FS_ID,		/* 1-64 bytes, no white space or controls */
	FS_DATE,
	FS_AMOUNT,	/* yuan in, fen held */
	FS_COUNT,
	FS_YESNO,
	FS_IDNUM,	/* resident ID number */
	FS_RATIO,
	FS_CHOICE,	/* one of the column's allowed words */
	FS_PERIOD	/* empty, YYYY, YYYY-MM or a date (findings) */
};

struct fs_column {
	const char *name;
	enum fs_type type;
	int required;
	const char *const *allowed;	/* FS_CHOICE: NULL-terminated */
};

/*
 * A parsed field.  n == 0: missing.  A field of white space alone
 * (fs_blank(): a cell a clerk cleared with a space) is missing too: of
 * a required column, refused as missing; of an optional column of any
 * type but text, made empty (n == 0).  An optional text keeps its bytes,
 * to be looked at only where a rule asks whether it is there: ask
 * fs_missing(), which takes a word for "none" (无) as missing too.
 */
struct fs_value {
	const char *p;
	size_t n;
	union {
		fs_date date;
		int64_t num;		/* amount (fen), count */
		int yes;
		int choice;		/* index into allowed */
		struct fs_ratio ratio;
	} v;
};

/*
 * Is v a missing value: empty, white space alone, a word for "none" (a
 * plan of 无 is no plan), or a spreadsheet's error value (#N/A), the last
 * two also with white space around them ("无 ")?
 */
static inline int
fs_missing(const struct fs_value *v)
{
	if (v->n == 0)
		return 1;
	/* Most values are told by their first byte and their length. */
	switch (__builtin_expect(fs_missing_lead[(unsigned char)v->p[0]], 0)) {
	case 0:
		return 0;
	case FS_LEAD_LATIN:
		if (v->n > 4 && !fs_blank_end_may(v->p, v->n))
			return 0;
		break;
	case FS_LEAD_HAN:
		if ((v->n > 9 || v->n % 3 != 0) &&
		    !fs_blank_end_may(v->p, v->n))
			return 0;
		break;
	}
	return fs_missing_whole(v->p, v->n);
}

enum {
	FS_MAX_COLS = 16, FS_MAX_WORDS = 16, FS_WORD_MAX = 32,
	FS_WORD_SLOTS = 32
};

struct fs_binding;

struct fs_format {
	const char *name;
	const struct fs_column *cols;
	int ncols;
	/*
	 * Checks across columns of a parsed row: NULL, or the reason with
	 * *col the column at fault (-1 for the row as a whole).
	 */
	const char *(*check)(const struct fs_value *v, int *col);
	/*
	 * The columns that identify a row (-1 ends); a repeat is an invalid
	 * row.  With same_ok >= 0, a repeat that agrees in that column is a
	 * plain duplicate, counted once (attendance).
	 */
	int key[3];
	int same_ok;
	/*
	 * fs_format_parse() for a binding whose columns are the format's
	 * in its order (fs_binding.inorder): the plan unrolled.
	 */
	const char *(*inorder)(const struct fs_binding *b,
	    const struct fs_slice *f, struct fs_value *v, int *col);
	/* fs_format_take() for such a binding. */
	int (*take)(const struct fs_binding *b, struct fs_tsv *r,
	    struct fs_value *v, int *col, const char **why);
};

/* A format's columns found in one file's header. */
struct fs_binding {
	const struct fs_format *fmt;
	int idx[FS_MAX_COLS];		/* header index, or -1 */
	unsigned char known[256];	/* header columns the format defines */
	/*
	 * The parse plan (format.c): a step for each column found, in the
	 * format's order, with what parsing it needs; and the columns
	 * absent.  The offsets are in bytes, so the loop need not scale.
	 */
	struct fs_step {
		size_t foff;		/* of the field among the row's slices */
		unsigned voff;		/* of the value in the caller's array */
		unsigned char col, op, required;
		unsigned char words;	/* FS_CHOICE: its entry in words[] */
	} step[FS_MAX_COLS];
	int nstep;
	int inorder;	/* fmt->inorder(), fmt->take() parse its rows */
	/*
	 * The header it was bound to, when its names would pass as values
	 * (fs_format_bind()), for a row that is it again; else NULL.
	 */
	const char *hdr;
	size_t hdrlen;
	/*
	 * The allowed words of each choice column, for a look-up without a
	 * loop (plan_words() in format.c): each word's length and first and
	 * last 8 bytes, and a table of slots where the words fall, by a
	 * multiplier, each in a slot of its own; the other slots name word
	 * 0.  Up to FS_MAX_WORDS words of 1 to FS_WORD_MAX bytes.  A column
	 * whose words do not fit has mul 0, and is parsed by parse_value().
	 */
	struct fs_words {
		const char *const *allowed;
		uint64_t mul;
		uint64_t a[FS_MAX_WORDS], b[FS_MAX_WORDS];
		unsigned char len[FS_MAX_WORDS];
		unsigned char slot[FS_WORD_SLOTS];
	} words[FS_MAX_COLS];
	int nwords;
	int absent[FS_MAX_COLS];
	int nabsent;
};

extern const struct fs_format fs_fmt_roster, fs_fmt_attendance,
    fs_fmt_households, fs_fmt_funds, fs_fmt_rectify, fs_fmt_conduct,
    fs_fmt_decisions, fs_fmt_benefits, fs_fmt_findings, fs_fmt_policy,
    fs_fmt_calendar, fs_fmt_villages, fs_fmt_cadres, fs_fmt_rules;

/* The format of that name ("roster"), or NULL; and all of them. */
const struct fs_format *fs_format_find(const char *name);
extern const struct fs_format *const fs_formats[];

/*
 * Binds fmt to r's header: 0, or -1 with *missing naming the first
 * required column the header lacks, or the first optional one it has
 * but for ASCII case or spaces around it (fs_tsv_col_nearly()).
 */
int fs_format_bind(const struct fs_format *fmt, const struct fs_tsv *r,
    struct fs_binding *b, const char **missing);

/*
 * A file of settings (the calendar, the policy, audit's rules) is read
 * whole by the code that needs it, and its first fault ends the reading:
 * the reason goes to err, "FILE:LINE: ..." as the runs' own messages,
 * for the caller to say.
 *
 * fs_format_open() opens path and binds fmt to its header: 0, or -1 with
 * the reason in err (r is then closed).  fs_format_next() parses the
 * next row into v: FS_TSV_ROW; FS_TSV_EOF at the end; or, at a line that
 * is not a row, a value that is not valid or a read error, FS_TSV_BAD
 * or FS_TSV_ERROR with the reason in err.  fs_format_fault() puts
 * "FILE:LINE: column 'COLUMN': WHAT (got 'VALUE')" in err, for a fault
 * the caller finds, the value cut as fs_quote_len() says; column NULL,
 * "FILE:LINE: WHAT (got 'VALUE')", for one that is not about one column
 * (a key given twice, SPEC 1.3).
 */
int fs_format_open(struct fs_tsv *r, const char *path,
    const struct fs_format *fmt, struct fs_binding *b, struct fs_buf *err);
enum fs_tsv_status fs_format_next(struct fs_tsv *r,
    const struct fs_binding *b, struct fs_value *v, struct fs_buf *err);
void fs_format_fault(struct fs_buf *err, const struct fs_tsv *r,
    const char *column, const char *what, const char *got, size_t n);

/* fs_format_parse() by the plan's steps, whatever the columns' order. */
const char *fs_format_parse_plan(const struct fs_binding *b,
    const struct fs_tsv *r, struct fs_value *v, int *col);

/*
 * Parses and checks the bound columns of r's current row into
 * v[0 .. fmt->ncols): NULL, or the reason with *col the format column at
 * fault (-1 for the row as a whole).
 */
static inline const char *
fs_format_parse(const struct fs_binding *b, const struct fs_tsv *r,
    struct fs_value *v, int *col)
{
	if (b->inorder)
		return b->fmt->inorder(b, r->f, v, col);
	return fs_format_parse_plan(b, r, v, col);
}

/*
 * After a row's first fault, at column first: the next fault of another
 * column, its reason returned and its column in *col, or NULL when there
 * is none.  The fields are f (the row's, split at its tabs); *k, 0 at
 * the first call, is where the plan goes on.  The error path only.
 */
const char *fs_format_more(const struct fs_binding *b,
    const struct fs_slice *f, struct fs_value *v, int first, int *k,
    int *col);

/*
 * fs_tsv_next() and fs_format_parse() at once, for a tool that reads the
 * values of its rows and never r->f: the usual row (fs_tsv_next()) of a
 * binding in the format's order (fs_binding.inorder) is parsed straight
 * from the reader's index, its fields not written (r->nf is 0).  1 with
 * *why and *col as fs_format_parse() gives them; 0 with nothing taken,
 * for fs_tsv_next() and fs_format_parse() as usual.  Not for a run that
 * passes repeated headers over: a header line taken would be parsed as
 * a row (fs_run_next() and fs_run_part_next() take none then).
 */
static inline int
fs_format_take(const struct fs_binding *b, struct fs_tsv *r,
    struct fs_value *v, int *col, const char **why)
{
	return b->inorder && b->fmt->take(b, r, v, col, why);
}

/* Is header column i one the format does not define (free text)? */
int fs_binding_is_extra(const struct fs_binding *b, size_t i);

/* Column positions, one enum per format. */
enum {
	FS_ROSTER_SECRETARY_ID, FS_ROSTER_NAME, FS_ROSTER_SENDING_UNIT,
	FS_ROSTER_VILLAGE_ID, FS_ROSTER_TERM_START, FS_ROSTER_TERM_END,
	FS_ROSTER_ID_NUMBER, FS_ROSTER_LEFT, FS_ROSTER_MENTOR_ID,
	FS_ROSTER_LAST_MEDICAL_EXAM, FS_ROSTER_INSURANCE_UNTIL
};
enum {
	FS_ATT_SECRETARY_ID, FS_ATT_DATE, FS_ATT_STATUS, FS_ATT_NOTE
};
/* Attendance statuses, in the order of fs_fmt_attendance's words. */
enum {
	FS_ST_IN_VILLAGE, FS_ST_VILLAGE_BUSINESS, FS_ST_TRAINING, FS_ST_LEAVE,
	FS_ST_SENDING_UNIT, FS_ST_ABSENT
};
enum {
	FS_HH_HOUSEHOLD_ID, FS_HH_VILLAGE_ID, FS_HH_HEAD_NAME, FS_HH_MEMBERS,
	FS_HH_ANNUAL_INCOME, FS_HH_STATUS, FS_HH_HEAD_ID_NUMBER,
	FS_HH_HELPER_ID, FS_HH_PLAN, FS_HH_FOOD_CLOTHING, FS_HH_EDUCATION,
	FS_HH_MEDICAL, FS_HH_HOUSING, FS_HH_WATER
};
enum { FS_HHS_POOR, FS_HHS_LIFTED, FS_HHS_MONITORED, FS_HHS_NOT_POOR };
enum {
	FS_FUNDS_DATE, FS_FUNDS_VILLAGE_ID, FS_FUNDS_CATEGORY, FS_FUNDS_FLOW,
	FS_FUNDS_AMOUNT, FS_FUNDS_SECRETARY_ID, FS_FUNDS_SOURCE,
	FS_FUNDS_HOUSEHOLD_ID, FS_FUNDS_NOTICE_REF, FS_FUNDS_REF,
	FS_FUNDS_NOTE
};
enum {
	FS_CAT_SUPPORT, FS_CAT_LIVING_SUBSIDY, FS_CAT_TRANSPORT_SUBSIDY,
	FS_CAT_COMMUNICATION_SUBSIDY, FS_CAT_MEDICAL_EXAM,
	FS_CAT_ACCIDENT_INSURANCE, FS_CAT_PROJECT, FS_CAT_COLLECTIVE,
	FS_CAT_BENEFIT
};
enum { FS_FLOW_IN, FS_FLOW_OUT };
enum {
	FS_RECT_ITEM_ID, FS_RECT_VILLAGE_ID, FS_RECT_CATEGORY,
	FS_RECT_PROBLEM, FS_RECT_OPENED, FS_RECT_MEASURE,
	FS_RECT_RESPONSIBLE, FS_RECT_DEADLINE, FS_RECT_CLOSED,
	FS_RECT_EVIDENCE, FS_RECT_VERIFIED_BY
};
enum {
	FS_COND_DATE, FS_COND_SECRETARY_ID, FS_COND_KIND, FS_COND_AMOUNT,
	FS_COND_SETTLED, FS_COND_NOTE
};
enum {
	FS_KIND_MEAL, FS_KIND_GIFT, FS_KIND_REIMBURSEMENT, FS_KIND_BANQUET,
	FS_KIND_GAMBLING, FS_KIND_SUPERSTITION
};
enum {
	FS_DEC_DECISION_ID, FS_DEC_VILLAGE_ID, FS_DEC_STAGE, FS_DEC_DATE,
	FS_DEC_REF, FS_DEC_ELIGIBLE, FS_DEC_ATTENDEES, FS_DEC_VOTES_FOR,
	FS_DEC_AMOUNT
};
enum {
	FS_STAGE_PROPOSAL, FS_STAGE_CONSULTATION, FS_STAGE_REVIEW,
	FS_STAGE_RESOLUTION, FS_STAGE_ANNOUNCE_RESOLUTION,
	FS_STAGE_ANNOUNCE_RESULT
};
enum {
	FS_BEN_HOUSEHOLD_ID, FS_BEN_VILLAGE_ID, FS_BEN_PROGRAM,
	FS_BEN_ID_NUMBER, FS_BEN_NOTICE_START, FS_BEN_NOTICE_END,
	FS_BEN_GRANTED, FS_BEN_AMOUNT, FS_BEN_CADRE_RELATIVE, FS_BEN_FILED
};
enum {
	FS_FND_TOOL, FS_FND_RULE, FS_FND_SEVERITY, FS_FND_ENTITY,
	FS_FND_ENTITY_ID, FS_FND_VILLAGE_ID, FS_FND_PERIOD, FS_FND_DETAIL,
	FS_FND_SOURCE
};
enum { FS_SEV_VIOLATION, FS_SEV_WARNING };
enum { FS_POL_KEY, FS_POL_VALUE };
enum { FS_CAL_DATE, FS_CAL_TYPE };
enum { FS_CALT_HOLIDAY, FS_CALT_WORKDAY };
enum { FS_VIL_VILLAGE_ID, FS_VIL_NAME, FS_VIL_TOWNSHIP, FS_VIL_COUNTY };
enum { FS_CAD_CADRE_ID, FS_CAD_VILLAGE_ID, FS_CAD_RELATIVE_ID_NUMBER };
enum { FS_RUL_RULE, FS_RUL_PATTERN, FS_RUL_SEVERITY };

#endif
