/*
 * format.c - the record formats of SPEC 3 and their parsing.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "policy.h"
#include "rules.h"

static const char *const att_status[] = {
	"in_village", "village_business", "training", "leave",
	"sending_unit", "absent", NULL
};
static const char *const hh_status[] = {
	"poor", "lifted", "monitored", "not_poor", NULL
};
static const char *const funds_category[] = {
	"support", "living_subsidy", "transport_subsidy",
	"communication_subsidy", "medical_exam", "accident_insurance",
	"project", "collective", "benefit", NULL
};
static const char *const funds_flow[] = { "in", "out", NULL };
static const char *const conduct_kind[] = {
	"meal", "gift", "reimbursement", "banquet", "gambling",
	"superstition", NULL
};
static const char *const decision_stage[] = {
	"proposal", "consultation", "review", "resolution",
	"announce_resolution", "announce_result", NULL
};
static const char *const severity[] = { "violation", "warning", NULL };
static const char *const calendar_type[] = { "holiday", "workday", NULL };

#define REQ 1
#define OPT 0

static const struct fs_column roster_cols[] = {
	[FS_ROSTER_SECRETARY_ID] = { "secretary_id", FS_ID, REQ, NULL },
	[FS_ROSTER_NAME] = { "name", FS_TEXT, REQ, NULL },
	[FS_ROSTER_SENDING_UNIT] = { "sending_unit", FS_TEXT, REQ, NULL },
	[FS_ROSTER_VILLAGE_ID] = { "village_id", FS_ID, REQ, NULL },
	[FS_ROSTER_TERM_START] = { "term_start", FS_DATE, REQ, NULL },
	[FS_ROSTER_TERM_END] = { "term_end", FS_DATE, REQ, NULL },
	[FS_ROSTER_ID_NUMBER] = { "id_number", FS_IDNUM, OPT, NULL },
	[FS_ROSTER_LEFT] = { "left", FS_DATE, OPT, NULL },
	[FS_ROSTER_MENTOR_ID] = { "mentor_id", FS_ID, OPT, NULL },
	[FS_ROSTER_LAST_MEDICAL_EXAM] = { "last_medical_exam", FS_DATE, OPT,
	    NULL },
	[FS_ROSTER_INSURANCE_UNTIL] = { "insurance_until", FS_DATE, OPT,
	    NULL },
};

static const char *
roster_check(const struct fs_value *v, int *col)
{
	if (v[FS_ROSTER_TERM_END].v.date < v[FS_ROSTER_TERM_START].v.date) {
		*col = FS_ROSTER_TERM_END;
		return "term_end before term_start";
	}
	if (v[FS_ROSTER_LEFT].n > 0 &&
	    v[FS_ROSTER_LEFT].v.date < v[FS_ROSTER_TERM_START].v.date) {
		*col = FS_ROSTER_LEFT;
		return "left before term_start";
	}
	return NULL;
}

static const struct fs_column attendance_cols[] = {
	[FS_ATT_SECRETARY_ID] = { "secretary_id", FS_ID, REQ, NULL },
	[FS_ATT_DATE] = { "date", FS_DATE, REQ, NULL },
	[FS_ATT_STATUS] = { "status", FS_CHOICE, REQ, att_status },
	[FS_ATT_NOTE] = { "note", FS_TEXT, OPT, NULL },
};

static const struct fs_column households_cols[] = {
	[FS_HH_HOUSEHOLD_ID] = { "household_id", FS_ID, REQ, NULL },
	[FS_HH_VILLAGE_ID] = { "village_id", FS_ID, REQ, NULL },
	[FS_HH_HEAD_NAME] = { "head_name", FS_TEXT, REQ, NULL },
	[FS_HH_MEMBERS] = { "members", FS_COUNT, REQ, NULL },
	[FS_HH_ANNUAL_INCOME] = { "annual_income", FS_AMOUNT, REQ, NULL },
	[FS_HH_STATUS] = { "status", FS_CHOICE, REQ, hh_status },
	[FS_HH_HEAD_ID_NUMBER] = { "head_id_number", FS_IDNUM, OPT, NULL },
	[FS_HH_HELPER_ID] = { "helper_id", FS_ID, OPT, NULL },
	[FS_HH_PLAN] = { "plan", FS_TEXT, OPT, NULL },
	[FS_HH_FOOD_CLOTHING] = { "food_clothing", FS_YESNO, OPT, NULL },
	[FS_HH_EDUCATION] = { "education", FS_YESNO, OPT, NULL },
	[FS_HH_MEDICAL] = { "medical", FS_YESNO, OPT, NULL },
	[FS_HH_HOUSING] = { "housing", FS_YESNO, OPT, NULL },
	[FS_HH_WATER] = { "water", FS_YESNO, OPT, NULL },
};

static const char *
households_check(const struct fs_value *v, int *col)
{
	if (v[FS_HH_MEMBERS].v.num < 1) {
		*col = FS_HH_MEMBERS;
		return "a household has at least 1 member";
	}
	return NULL;
}

static const struct fs_column funds_cols[] = {
	[FS_FUNDS_DATE] = { "date", FS_DATE, REQ, NULL },
	[FS_FUNDS_VILLAGE_ID] = { "village_id", FS_ID, REQ, NULL },
	[FS_FUNDS_CATEGORY] = { "category", FS_CHOICE, REQ, funds_category },
	[FS_FUNDS_FLOW] = { "flow", FS_CHOICE, REQ, funds_flow },
	[FS_FUNDS_AMOUNT] = { "amount", FS_AMOUNT, REQ, NULL },
	[FS_FUNDS_SECRETARY_ID] = { "secretary_id", FS_ID, OPT, NULL },
	[FS_FUNDS_SOURCE] = { "source", FS_TEXT, OPT, NULL },
	[FS_FUNDS_HOUSEHOLD_ID] = { "household_id", FS_ID, OPT, NULL },
	[FS_FUNDS_NOTICE_REF] = { "notice_ref", FS_TEXT, OPT, NULL },
	[FS_FUNDS_REF] = { "ref", FS_ID, OPT, NULL },
	[FS_FUNDS_NOTE] = { "note", FS_TEXT, OPT, NULL },
};

/*
 * Why a funds row's amount is none: amount_why()'s, but for a negative
 * in brackets, which a ledger has, and a funds row does not: its amount
 * is positive, its flow says in or out.
 */
static __attribute__((noinline, cold)) const char *
funds_amount_why(const char *p, size_t n, const char *why)
{
	if (n >= 3 && p[0] == '(' && p[n - 1] == ')' &&
	    (unsigned char)(p[1] - '0') < 10)
		return "not an amount (a negative in brackets? the amount is "
		    "positive, the flow says in or out)";
	return why;
}

static const char *
funds_check(const struct fs_value *v, int *col)
{
	int cat = v[FS_FUNDS_CATEGORY].v.choice;

	if (v[FS_FUNDS_AMOUNT].v.num <= 0) {
		*col = FS_FUNDS_AMOUNT;
		return "amount must be positive (flow says in or out)";
	}
	if (cat <= FS_CAT_ACCIDENT_INSURANCE && v[FS_FUNDS_SECRETARY_ID].n == 0) {
		*col = FS_FUNDS_SECRETARY_ID;
		return "missing (the category is paid for a secretary)";
	}
	return NULL;
}

static const struct fs_column rectify_cols[] = {
	[FS_RECT_ITEM_ID] = { "item_id", FS_ID, REQ, NULL },
	[FS_RECT_VILLAGE_ID] = { "village_id", FS_ID, REQ, NULL },
	[FS_RECT_CATEGORY] = { "category", FS_ID, REQ, NULL },
	[FS_RECT_PROBLEM] = { "problem", FS_TEXT, REQ, NULL },
	[FS_RECT_OPENED] = { "opened", FS_DATE, REQ, NULL },
	[FS_RECT_MEASURE] = { "measure", FS_TEXT, OPT, NULL },
	[FS_RECT_RESPONSIBLE] = { "responsible", FS_TEXT, OPT, NULL },
	[FS_RECT_DEADLINE] = { "deadline", FS_DATE, OPT, NULL },
	[FS_RECT_CLOSED] = { "closed", FS_DATE, OPT, NULL },
	[FS_RECT_EVIDENCE] = { "evidence", FS_TEXT, OPT, NULL },
	[FS_RECT_VERIFIED_BY] = { "verified_by", FS_TEXT, OPT, NULL },
};

static const struct fs_column conduct_cols[] = {
	[FS_COND_DATE] = { "date", FS_DATE, REQ, NULL },
	[FS_COND_SECRETARY_ID] = { "secretary_id", FS_ID, REQ, NULL },
	[FS_COND_KIND] = { "kind", FS_CHOICE, REQ, conduct_kind },
	[FS_COND_AMOUNT] = { "amount", FS_AMOUNT, OPT, NULL },
	[FS_COND_SETTLED] = { "settled", FS_YESNO, OPT, NULL },
	[FS_COND_NOTE] = { "note", FS_TEXT, OPT, NULL },
};

static const struct fs_column decisions_cols[] = {
	[FS_DEC_DECISION_ID] = { "decision_id", FS_ID, REQ, NULL },
	[FS_DEC_VILLAGE_ID] = { "village_id", FS_ID, REQ, NULL },
	[FS_DEC_STAGE] = { "stage", FS_CHOICE, REQ, decision_stage },
	[FS_DEC_DATE] = { "date", FS_DATE, REQ, NULL },
	[FS_DEC_REF] = { "ref", FS_TEXT, OPT, NULL },
	[FS_DEC_ELIGIBLE] = { "eligible", FS_COUNT, OPT, NULL },
	[FS_DEC_ATTENDEES] = { "attendees", FS_COUNT, OPT, NULL },
	[FS_DEC_VOTES_FOR] = { "votes_for", FS_COUNT, OPT, NULL },
	[FS_DEC_AMOUNT] = { "amount", FS_AMOUNT, OPT, NULL },
};

static const char *
decisions_check(const struct fs_value *v, int *col)
{
	if (v[FS_DEC_ATTENDEES].n > 0 && v[FS_DEC_ELIGIBLE].n > 0 &&
	    v[FS_DEC_ATTENDEES].v.num > v[FS_DEC_ELIGIBLE].v.num) {
		*col = FS_DEC_ATTENDEES;
		return "more attendees than eligible representatives";
	}
	if (v[FS_DEC_VOTES_FOR].n > 0 && v[FS_DEC_ATTENDEES].n > 0 &&
	    v[FS_DEC_VOTES_FOR].v.num > v[FS_DEC_ATTENDEES].v.num) {
		*col = FS_DEC_VOTES_FOR;
		return "more votes for than attendees";
	}
	return NULL;
}

static const struct fs_column benefits_cols[] = {
	[FS_BEN_HOUSEHOLD_ID] = { "household_id", FS_ID, REQ, NULL },
	[FS_BEN_VILLAGE_ID] = { "village_id", FS_ID, REQ, NULL },
	[FS_BEN_PROGRAM] = { "program", FS_ID, REQ, NULL },
	[FS_BEN_ID_NUMBER] = { "id_number", FS_IDNUM, REQ, NULL },
	[FS_BEN_NOTICE_START] = { "notice_start", FS_DATE, REQ, NULL },
	[FS_BEN_NOTICE_END] = { "notice_end", FS_DATE, REQ, NULL },
	[FS_BEN_GRANTED] = { "granted", FS_DATE, REQ, NULL },
	[FS_BEN_AMOUNT] = { "amount", FS_AMOUNT, OPT, NULL },
	[FS_BEN_CADRE_RELATIVE] = { "cadre_relative", FS_YESNO, OPT, NULL },
	[FS_BEN_FILED] = { "filed", FS_YESNO, OPT, NULL },
};

static const struct fs_column findings_cols[] = {
	[FS_FND_TOOL] = { "tool", FS_ID, REQ, NULL },
	[FS_FND_RULE] = { "rule", FS_ID, REQ, NULL },
	[FS_FND_SEVERITY] = { "severity", FS_CHOICE, REQ, severity },
	[FS_FND_ENTITY] = { "entity", FS_ID, REQ, NULL },
	[FS_FND_ENTITY_ID] = { "entity_id", FS_TEXT, OPT, NULL },
	[FS_FND_VILLAGE_ID] = { "village_id", FS_ID, OPT, NULL },
	[FS_FND_PERIOD] = { "period", FS_PERIOD, OPT, NULL },
	[FS_FND_DETAIL] = { "detail", FS_TEXT, OPT, NULL },
	[FS_FND_SOURCE] = { "source", FS_TEXT, OPT, NULL },
};

/*
 * The key is an id (SPEC 1.2), checked by policy_check(), not by its
 * column's type, so that a key refused for the spaces around it gets the
 * same hint as one that is no key.
 */
static const struct fs_column policy_cols[] = {
	[FS_POL_KEY] = { "key", FS_TEXT, REQ, NULL },
	[FS_POL_VALUE] = { "value", FS_TEXT, REQ, NULL },
};

/*
 * A row of a policy file names a key there is and a value it can take,
 * so that fs-check --type policy passes what every tool reads.  A key
 * that is none says the key it most likely meant, when fs_policy_near()
 * finds one: "unknown key (did you mean 'funds.min_annual_support'?)",
 * which the callers follow with the value got, as for any column.
 */
static const char *
policy_check(const struct fs_value *v, int *col)
{
	static _Thread_local char why[FS_POLICY_WHY_MAX];
	const char *key = v[FS_POL_KEY].p, *bad, *near;
	size_t n = v[FS_POL_KEY].n;
	struct fs_policy scratch;
	int k;

	if ((bad = fs_id_check(key, n)) == NULL &&
	    (k = fs_policy_key(key, n)) >= 0) {
		*col = FS_POL_VALUE;
		return fs_policy_set(&scratch, k, v[FS_POL_VALUE].p,
		    v[FS_POL_VALUE].n, why, sizeof(why));
	}
	if (bad == NULL)
		bad = "unknown key";
	*col = FS_POL_KEY;
	if ((near = fs_policy_near(key, n)) == NULL)
		return bad;
	snprintf(why, sizeof(why), "%s (did you mean '%s'?)", bad, near);
	return why;
}

static const struct fs_column calendar_cols[] = {
	[FS_CAL_DATE] = { "date", FS_DATE, REQ, NULL },
	[FS_CAL_TYPE] = { "type", FS_CHOICE, REQ, calendar_type },
};

static const struct fs_column villages_cols[] = {
	[FS_VIL_VILLAGE_ID] = { "village_id", FS_ID, REQ, NULL },
	[FS_VIL_NAME] = { "name", FS_TEXT, REQ, NULL },
	[FS_VIL_TOWNSHIP] = { "township", FS_TEXT, OPT, NULL },
	[FS_VIL_COUNTY] = { "county", FS_TEXT, OPT, NULL },
};

static const struct fs_column cadres_cols[] = {
	[FS_CAD_CADRE_ID] = { "cadre_id", FS_ID, REQ, NULL },
	[FS_CAD_VILLAGE_ID] = { "village_id", FS_ID, REQ, NULL },
	[FS_CAD_RELATIVE_ID_NUMBER] = { "relative_id_number", FS_IDNUM, REQ,
	    NULL },
};

static const struct fs_column rules_cols[] = {
	[FS_RUL_RULE] = { "rule", FS_ID, REQ, NULL },
	[FS_RUL_PATTERN] = { "pattern", FS_TEXT, REQ, NULL },
	[FS_RUL_SEVERITY] = { "severity", FS_CHOICE, REQ, severity },
};

/* A rule's name and pattern as fs-audit compiles them (rules.c). */
static const char *
rules_check(const struct fs_value *v, int *col)
{
	static _Thread_local char why[320];
	pcre2_code *re;

	if ((re = fs_rule_compile(v[FS_RUL_RULE].p, v[FS_RUL_RULE].n,
	    v[FS_RUL_PATTERN].p, v[FS_RUL_PATTERN].n, col, why,
	    sizeof(why))) == NULL)
		return why;
	pcre2_code_free(re);
	return NULL;
}

#define NCOLS(a) ((int)(sizeof(a) / sizeof((a)[0])))

/*
 * The word p[0 .. n), 0 < n, as two numbers that tell it from any other
 * word of that length up to 16 bytes: its first and last 8 bytes; else
 * its first and last 4; else its first, middle and last byte.  Words up
 * to FS_WORD_MAX bytes differ from each other there or in bytes 8 to 16
 * and n - 16 to n - 8.
 */
static inline void
word_pair(const char *p, size_t n, uint64_t *a, uint64_t *b)
{
	const unsigned char *s = (const unsigned char *)p;
	uint32_t x, y;

	if (n >= 8) {
		memcpy(a, p, 8);
		memcpy(b, p + n - 8, 8);
	} else if (n >= 4) {
		memcpy(&x, p, 4);
		memcpy(&y, p + n - 4, 4);
		*a = x;
		*b = y;
	} else {
		*a = (uint64_t)s[0] | (uint64_t)s[n / 2] << 8 |
		    (uint64_t)s[n - 1] << 16;
		*b = 0;
	}
}

/* The slot of a word in a table of FS_WORD_SLOTS. */
static inline unsigned
word_slot(uint64_t a, uint64_t b, size_t n, uint64_t mul)
{
	_Static_assert(FS_WORD_SLOTS == 32, "word_slot() takes 5 bits");
	return (unsigned)(((a + b + n) * mul) >> 59);
}

/*
 * The table of a choice column's words, when they fit: the first of a
 * few multipliers that puts each word in a slot of its own.  Two words
 * the same, for one, never do.
 */
static void
plan_words(struct fs_words *w, const char *const *allowed)
{
	uint64_t mul;
	uint32_t taken;
	size_t len;
	unsigned h;
	int j, try, nwords;

	memset(w, 0, sizeof(*w));
	w->allowed = allowed;
	for (nwords = 0; allowed[nwords] != NULL; nwords++) {
		len = strlen(allowed[nwords]);
		if (nwords >= FS_MAX_WORDS || len == 0 || len > FS_WORD_MAX)
			return;
		w->len[nwords] = (unsigned char)len;
		word_pair(allowed[nwords], len, &w->a[nwords], &w->b[nwords]);
	}
	for (try = 0; try < 1024; try++) {
		/* Odd multipliers, spread by the golden ratio. */
		mul = ((uint64_t)try * 0x9e3779b97f4a7c15ULL +
		    0xbf58476d1ce4e5b9ULL) | 1;
		memset(w->slot, 0, sizeof(w->slot));
		taken = 0;
		for (j = 0; j < nwords; j++) {
			h = word_slot(w->a[j], w->b[j], w->len[j], mul);
			if (taken & 1U << h)
				break;
			taken |= 1U << h;
			w->slot[h] = (unsigned char)j;
		}
		if (j == nwords) {
			w->mul = mul;
			return;
		}
	}
}

/*
 * What a step does with its field: the types with a case of their own
 * in parse_step(), text apart as it is required or not, and the rest
 * through parse_value(), choice columns without a table of their words
 * too.  Eight of them, so the plan's switch on them needs no range
 * check (a format's unrolled plan knows each column's at compile time).
 */
enum {
	OP_TEXT, OP_NONEMPTY, OP_ID, OP_DATE, OP_CHOICE, OP_AMOUNT, OP_IDNUM,
	OP_OTHER, OP_MASK = 7
};

static int
step_op(const struct fs_column *c)
{
	switch (c->type) {
	case FS_TEXT:
		return c->required ? OP_NONEMPTY : OP_TEXT;
	case FS_ID:
		return OP_ID;
	case FS_DATE:
		return OP_DATE;
	case FS_CHOICE:
		return OP_CHOICE;
	case FS_AMOUNT:
		return OP_AMOUNT;
	case FS_IDNUM:
		return OP_IDNUM;
	default:
		return OP_OTHER;
	}
}

/*
 * A column of fmt that nothing reads but a person (a note; funds'
 * source; a decision's ref): one of the header that is it but for case
 * or spaces is taken for a column of the file's own, not refused as it
 * is written.  (The roster's id_number is checked, funds' ref names a
 * payment in findings, a finding's source is shown: those are not.)
 */
static int
free_column(const struct fs_format *fmt, const struct fs_column *c)
{
	static const char *const pairs[][2] = {
		{ "attendance", "note" }, { "funds", "note" },
		{ "funds", "source" }, { "conduct", "note" },
		{ "decisions", "ref" }
	};
	size_t i;

	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		if (strcmp(fmt->name, pairs[i][0]) == 0 &&
		    strcmp(c->name, pairs[i][1]) == 0)
			return 1;
	return 0;
}

int
fs_format_bind(const struct fs_format *fmt, const struct fs_tsv *r,
    struct fs_binding *b, const char **missing)
{
	const struct fs_column *c;
	struct fs_step *st;
	int i;

	memset(b, 0, sizeof(*b));
	b->fmt = fmt;
	for (i = 0; i < fmt->ncols; i++) {
		c = &fmt->cols[i];
		b->idx[i] = fs_tsv_col(r, c->name);
		/*
		 * An optional column written another way ("Plan",
		 * "helper_id ") is refused as a required one is: taken for
		 * absent, it would make every row break the rule that
		 * needs it, without a word.
		 */
		if (b->idx[i] < 0 && (c->required || (!free_column(fmt, c) &&
		    fs_tsv_col_nearly(r, c->name) >= 0))) {
			*missing = c->name;
			return -1;
		}
		if (b->idx[i] < 0) {
			b->absent[b->nabsent++] = i;
			continue;
		}
		if (b->idx[i] < 256)
			b->known[b->idx[i]] = 1;
		st = &b->step[b->nstep++];
		st->foff = (size_t)b->idx[i] * sizeof(struct fs_slice);
		st->voff = (unsigned)i * sizeof(struct fs_value);
		st->col = (unsigned char)i;
		st->op = (unsigned char)step_op(c);
		st->required = (unsigned char)c->required;
		if (c->type == FS_CHOICE) {
			st->words = (unsigned char)b->nwords;
			plan_words(&b->words[b->nwords], c->allowed);
			if (b->words[b->nwords++].mul == 0)
				st->op = OP_OTHER;
		}
	}
	b->inorder = fmt->inorder != NULL && fmt->take != NULL &&
	    b->nabsent == 0;
	for (i = 0; i < b->nstep; i++)
		if (b->idx[i] != i || (fmt->cols[i].type == FS_CHOICE &&
		    b->step[i].op != OP_CHOICE))
			b->inorder = 0;
	/*
	 * A header whose names all pass as values (ids and texts alone: a
	 * villages file) would pass as a row when given again, two files
	 * joined with cat: each row is held against it, by the plan.
	 */
	for (i = 0; i < b->nstep; i++)
		if (fmt->cols[b->step[i].col].type != FS_ID &&
		    fmt->cols[b->step[i].col].type != FS_TEXT)
			break;
	if (i == b->nstep && r->hdr != NULL) {
		b->hdr = r->hdr;
		b->hdrlen = r->hdrlen;
		b->inorder = 0;
	}
	return 0;
}

int
fs_binding_is_extra(const struct fs_binding *b, size_t i)
{
	return i >= 256 || !b->known[i];
}

static const char *
period_check(const char *p, size_t n)
{
	const char *why;
	fs_date t;
	char buf[11];
	size_t i;

	if (n == 4 || n == 7) {
		memcpy(buf, p, n);
		memcpy(buf + n, n == 4 ? "-01-01" : "-01", n == 4 ? 6 : 3);
		for (i = 0; i < n; i++)
			if (i != 4 && (p[i] < '0' || p[i] > '9'))
				return "not a period (YYYY, YYYY-MM or a date)";
		if (fs_date_parse(buf, 10, &t) == NULL)
			return NULL;
		/* The form is right, the month is none: 2026-13. */
		return n == 7 && p[4] == '-' ? "no such month" :
		    "not a period (YYYY, YYYY-MM or a date)";
	}
	if ((why = fs_date_parse(p, n, &t)) != NULL)
		return strcmp(why, "no such day") == 0 ? why :
		    "not a period (YYYY, YYYY-MM or a date)";
	return NULL;
}

/* Is p[0 .. n) the word w? */
static inline int
word_is(const char *w, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (w[i] != p[i])	/* also stops at the end of w */
			return 0;
	return w[n] == '\0';
}

/*
 * "not one of: in, out" for a column's allowed words; and, when p[0 ..
 * pn) is one of them as a spreadsheet or a clerk changed it, how: "(a
 * space around it)", "(in lower case: in)".  The error path only.
 */
static const char *
choice_reason(const struct fs_column *c, const char *p, size_t pn)
{
	static _Thread_local char buf[320];
	const char *t = p;
	size_t n, tn = fs_name_trim(&t, pn);
	int i;

	n = (size_t)snprintf(buf, sizeof(buf), "not one of:");
	for (i = 0; c->allowed[i] != NULL && n < sizeof(buf); i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s %s",
		    i ? "," : "", c->allowed[i]);
	for (i = 0; c->allowed[i] != NULL && n < sizeof(buf); i++)
		if (strlen(c->allowed[i]) == tn &&
		    fs_ascii_caseeq(c->allowed[i], t, tn)) {
			if (tn != pn)
				snprintf(buf + n, sizeof(buf) - n,
				    " (a space around it)");
			else
				snprintf(buf + n, sizeof(buf) - n,
				    " (in lower case: %s)", c->allowed[i]);
			break;
		}
	return buf;
}

/*
 * The types without a step of their own; inline, so that a format's
 * unrolled plan, which knows the type, calls its parser straight.
 */
static inline __attribute__((always_inline)) const char *
parse_value(const struct fs_column *c, struct fs_value *v)
{
	const char *p = v->p;
	size_t n = v->n;
	int i;

	switch (c->type) {
	case FS_CHOICE:
		for (i = 0; c->allowed[i] != NULL; i++)
			if (word_is(c->allowed[i], p, n)) {
				v->v.choice = i;
				return NULL;
			}
		return choice_reason(c, p, n);
	case FS_COUNT:
		return fs_count_parse(p, n, &v->v.num);
	case FS_YESNO:
		return fs_yesno_parse_fast(p, n, &v->v.yes);
	case FS_RATIO:
		return fs_ratio_parse(p, n, &v->v.ratio);
	case FS_PERIOD:
		return period_check(p, n);
	default:
		return "unknown type";
	}
}

/*
 * Is the word p[0 .. n), 16 < n <= FS_WORD_MAX, that word w where their
 * first and last 8 bytes are the same?  Bytes 8 to 16 and n - 16 to
 * n - 8 cover the rest.
 */
static int
word_middle_is(const char *w, const char *p, size_t n)
{
	uint64_t a, b, x, y;

	memcpy(&a, w + 8, 8);
	memcpy(&b, w + n - 16, 8);
	memcpy(&x, p + 8, 8);
	memcpy(&y, p + n - 16, 8);
	return ((a ^ x) | (b ^ y)) == 0;
}

/*
 * The index of the word p[0 .. n), 0 < n, among the column's words, or
 * -1: the one word its slot names, if it is that word.
 */
static inline int
choice_index(const struct fs_words *w, const char *p, size_t n)
{
	uint64_t a, b;
	unsigned i;

	word_pair(p, n, &a, &b);
	i = w->slot[word_slot(a, b, n, w->mul)];
	if (((w->a[i] ^ a) | (w->b[i] ^ b) | (w->len[i] ^ n)) != 0)
		return -1;
	if (n > 16 && !word_middle_is(w->allowed[i], p, n))
		return -1;
	return (int)i;
}

/* Bytes an id may hold without a closer look: printable ASCII but '\\'. */
static const unsigned char id_plain[256] = {
	[0x21] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[0x30] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[0x40] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[0x50] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	[0x60] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[0x70] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

#if defined(__SSE2__)
#include <emmintrin.h>

/*
 * Are the 16 bytes of a and b all printable ASCII but '\\'?  One test
 * for the range: 0x21 to 0x7e, plus 0x5f, are 0x80 to 0xdd, the signed
 * bytes below -34; every other byte comes to -34 or more.
 */
static inline int
id_plain16(uint64_t a, uint64_t b)
{
	__m128i w = _mm_set_epi64x((long long)b, (long long)a);
	__m128i in = _mm_cmplt_epi8(_mm_add_epi8(w, _mm_set1_epi8(0x5f)),
	    _mm_set1_epi8(-34));
	__m128i bs = _mm_cmpeq_epi8(w, _mm_set1_epi8('\\'));

	return _mm_movemask_epi8(_mm_andnot_si128(bs, in)) == 0xffff;
}
#else
/*
 * Are the 8 bytes of w all printable ASCII but '\\'?  Exact word-at-a-
 * time tests: a byte below 0x21, a byte 0x7f or above, a backslash.
 */
static inline int
id_plain_word(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t highs = 0x8080808080808080ULL;
	uint64_t bs = w ^ (ones * '\\');

	return ((((w - ones * 0x21) & ~w) | (w + ones) | w |
	    ((bs - ones) & ~bs)) & highs) == 0;
}

static inline int
id_plain16(uint64_t a, uint64_t b)
{
	return id_plain_word(a) & id_plain_word(b);
}
#endif

static inline __attribute__((always_inline)) const char *
id_check(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	uint64_t a, b;
	uint32_t x, y;
	unsigned ok = 1;
	size_t i;

	/*
	 * Those fs_id_odd() looks at again go to fs_id_check(): by length
	 * first, so that an id of 8 bytes or more, no short word for none,
	 * costs one test of its first byte.
	 */
	if (n >= 8 && n <= 16) {
		memcpy(&a, p, 8);
		memcpy(&b, p + n - 8, 8);
		ok = id_plain16(a, b);
	} else if (n >= 4 && n < 8) {
		memcpy(&x, p, 4);
		memcpy(&y, p + n - 4, 4);
		a = (uint64_t)x | (uint64_t)y << 32;
		ok = id_plain16(a, a) && (n > 4 || !fs_id_short(s[0]));
	} else if (n <= 64) {
		for (i = 0; i < n; i++)
			ok &= id_plain[s[i]];
		ok = ok && (n > 4 || !fs_id_short(s[0]));
	} else
		ok = 0;
	return ok && (s[0] > '?' || !fs_id_odd_low(p, n)) ? NULL :
	    fs_id_check(p, n);
}

/*
 * The last date parsed in each column: rows come grouped by day more
 * often than not, and a date seen again costs two compares.  head 0
 * (eight NUL bytes, which no field has) is none yet.
 */
static _Thread_local struct {
	uint64_t head;
	uint16_t tail;
	fs_date date;
} last_date[FS_MAX_COLS];

static inline const char *
date_parse(int col, const char *p, size_t n, fs_date *out)
{
	uint64_t head;
	uint16_t tail;
	const char *why;

	if (n != 10)
		return fs_date_parse(p, n, out);
	memcpy(&head, p, 8);
	memcpy(&tail, p + 8, 2);
	if (last_date[col].head == head && last_date[col].tail == tail &&
	    head != 0) {
		*out = last_date[col].date;
		return NULL;
	}
	if ((why = fs_date_parse(p, n, out)) != NULL)
		return why;
	last_date[col].head = head;
	last_date[col].tail = tail;
	last_date[col].date = *out;
	return NULL;
}

/* A value begins with its field's slice, to be copied whole. */
_Static_assert(offsetof(struct fs_value, p) == offsetof(struct fs_slice, p) &&
    offsetof(struct fs_value, n) == offsetof(struct fs_slice, n) &&
    offsetof(struct fs_value, v) >= sizeof(struct fs_slice),
    "struct fs_value does not begin as struct fs_slice");

/* Sets st's value in v to its field in f, with all of its value zero. */
static inline struct fs_value *
put(const struct fs_step *st, const struct fs_slice *f, struct fs_value *v)
{
	struct fs_value *x = (struct fs_value *)(void *)((char *)v + st->voff);

	memcpy(x, (const char *)f + st->foff, sizeof(struct fs_slice));
	memset(&x->v, 0, sizeof(x->v));
	return x;
}

/*
 * A field of white space alone (fs_blank()), as a clerk leaves a cell
 * cleared by typing a space, is a missing value (SPEC 1.2's empty field,
 * extended), so that every rule that asks whether a value is there (a
 * plan, a helper, evidence) finds none: of a required column, refused
 * as missing (fs_blank_missing); of an optional column, made empty (n 0,
 * its bytes where they were read).  An optional text keeps its bytes:
 * any text is valid, and a rule asks fs_missing() whether it is there.
 *
 * unless_blank() gives the reason why of a field x, as its column is
 * required or not: the missing value's (NULL when optional) when x is
 * white space alone, else why itself.  The error path only, or a
 * required text that begins with a byte white space can begin with.
 */
static __attribute__((noinline, cold)) const char *
unless_blank(struct fs_value *x, int required, const char *why)
{
	if (!fs_blank(x->p, x->n))
		return why;
	if (required)
		return fs_blank_missing;
	x->n = 0;
	memset(&x->v, 0, sizeof(x->v));
	return NULL;
}

/* parse_step()'s reason for a required text that may be white space. */
static const char maybe_blank[] = "maybe white space alone";

/*
 * Parses field x of column c, format column col, whose step does op:
 * NULL, or the reason.  words is the column's entry in b->words.  With
 * direct, a field of white space alone is missing here
 * (unless_blank()); without, a reason is the parse's own (maybe_blank
 * for a required text), for the caller to look again out of its loop
 * (parse_inorder(), inorder_fault()).
 */
static inline __attribute__((always_inline)) const char *
parse_step(const struct fs_binding *b, const struct fs_column *c, int col,
    int op, int required, int words, struct fs_value *x, int direct)
{
	const char *why;
	int i;

	if (x->n == 0)
		return op != OP_TEXT && required ? "missing" : NULL;
	switch (op) {
	case OP_TEXT:
		return NULL;
	case OP_NONEMPTY:
		if (__builtin_expect(fs_blank_lead[(unsigned char)x->p[0]], 0))
			return direct ? unless_blank(x, 1, NULL) : maybe_blank;
		return NULL;
	case OP_ID:
		why = id_check(x->p, x->n);
		break;
	case OP_DATE:
		why = date_parse(col, x->p, x->n, &x->v.date);
		break;
	case OP_CHOICE:
		if ((i = choice_index(&b->words[words], x->p, x->n)) >= 0) {
			x->v.choice = i;
			return NULL;
		}
		why = choice_reason(c, x->p, x->n);
		break;
	case OP_AMOUNT:
		why = fs_amount_parse_fast(x->p, x->n, &x->v.num);
		if (__builtin_expect(why != NULL, 0) &&
		    c == &funds_cols[FS_FUNDS_AMOUNT])
			why = funds_amount_why(x->p, x->n, why);
		break;
	case OP_IDNUM:
		why = fs_idnum_check(x->p, x->n);
		break;
	default:
		why = parse_value(c, x);
		break;
	}
	if (direct && __builtin_expect(why != NULL, 0))
		return unless_blank(x, required, why);
	return why;
}

/*
 * Follows the binding's plan: the absent columns are empty, and each
 * column found is parsed by its type, the common types here without a
 * call, up to the first that is not valid; then a row that is the header
 * again (b->hdr, fs_format_bind()) is said so, and the format's check.
 */
const char *
fs_format_parse_plan(const struct fs_binding *b, const struct fs_tsv *r,
    struct fs_value *v, int *col)
{
	const struct fs_format *fmt = b->fmt;
	const struct fs_step *st, *end = b->step + b->nstep;
	const struct fs_slice *f = r->f;
	struct fs_value *x;
	const char *why;
	int k;

	for (k = 0; k < b->nabsent; k++) {
		x = &v[b->absent[k]];
		memset(&x->v, 0, sizeof(x->v));
		x->p = "";
		x->n = 0;
	}
	for (st = b->step; st < end; st++) {
		x = put(st, f, v);
		if ((why = parse_step(b, &fmt->cols[st->col], st->col,
		    st->op & OP_MASK, st->required, st->words, x, 1)) != NULL) {
			*col = st->col;
			return why;
		}
	}
	*col = -1;
	if (__builtin_expect(b->hdr != NULL, 0) &&
	    fs_tsv_line_is(r, b->hdr, b->hdrlen))
		return FS_HEADER_AGAIN;
	return fmt->check != NULL ? fmt->check(v, col) : NULL;
}

const char *
fs_format_more(const struct fs_binding *b, const struct fs_slice *f,
    struct fs_value *v, int first, int *k, int *col)
{
	const struct fs_step *st;
	const char *why;

	for (; *k < b->nstep; (*k)++) {
		st = &b->step[*k];
		if (st->col == first)
			continue;
		if ((why = parse_step(b, &b->fmt->cols[st->col], st->col,
		    st->op & OP_MASK, st->required, st->words,
		    put(st, f, v), 1)) != NULL) {
			*col = st->col;
			(*k)++;
			return why;
		}
	}
	return NULL;
}

/*
 * parse_inorder()'s reason why at column at: said as it is, unless the
 * field is white space alone (unless_blank()), or a required text that
 * is not; then the rest of the row is parsed here, column by column.
 * The error path only, or a required text's that may be white space.
 */
static __attribute__((noinline, cold)) const char *
inorder_fault(const struct fs_binding *b, const struct fs_slice *f,
    int indexed, const char *buf, const size_t *t, size_t end,
    struct fs_value *v, int *col, const struct fs_column *cols, int ncols,
    const char *(*check)(const struct fs_value *, int *), int at,
    const char *why)
{
	size_t from, to;
	int i, words = 0;

	*col = at;
	if ((why = unless_blank(&v[at], cols[at].required,
	    why == maybe_blank ? NULL : why)) != NULL)
		return why;
	for (i = 0; i <= at; i++)
		words += cols[i].type == FS_CHOICE;
	for (i = at + 1; i < ncols; i++) {
		if (indexed) {
			from = t[i - 1] + 1;
			to = i + 1 < ncols ? t[i] : end;
			v[i].p = buf + from;
			v[i].n = to - from;
		} else {
			v[i].p = f[i].p;
			v[i].n = f[i].n;
		}
		memset(&v[i].v, 0, sizeof(v[i].v));
		if ((why = parse_step(b, &cols[i], i, step_op(&cols[i]),
		    cols[i].required, words, &v[i], 1)) != NULL) {
			*col = i;
			return why;
		}
		words += cols[i].type == FS_CHOICE;
	}
	*col = -1;
	return check != NULL ? check(v, col) : NULL;
}

/*
 * fs_format_parse() for a file whose header has the format's columns in
 * the format's order (extra ones after them), every choice column with
 * a table of its words: the usual file.  Each format has one of these,
 * the plan unrolled with the columns' types known, so a column costs no
 * step of a loop, no switch and no offsets.  The fields are f's; or,
 * when indexed (fs_format_take()), found from the reader's index: field
 * i runs from the tab before it (start for the first) to its own tab,
 * the last format column's to end.  A field of white space alone is
 * looked at out of the loop, by inorder_fault().
 */
static inline __attribute__((always_inline)) const char *
parse_inorder(const struct fs_binding *b, const struct fs_slice *f,
    int indexed, const char *buf, const size_t *t, size_t start, size_t end,
    struct fs_value *v, int *col, const struct fs_column *cols, int ncols,
    const char *(*check)(const struct fs_value *, int *))
{
	const char *why;
	size_t from, to;
	int i, words = 0;

#pragma GCC unroll 16
	for (i = 0; i < ncols; i++) {
		if (indexed) {
			from = i == 0 ? start : t[i - 1] + 1;
			to = i + 1 < ncols ? t[i] : end;
			v[i].p = buf + from;
			v[i].n = to - from;
		} else {
			v[i].p = f[i].p;
			v[i].n = f[i].n;
		}
		memset(&v[i].v, 0, sizeof(v[i].v));
		if ((why = parse_step(b, &cols[i], i, step_op(&cols[i]),
		    cols[i].required, words, &v[i], 0)) != NULL)
			return inorder_fault(b, f, indexed, buf, t, end, v,
			    col, cols, ncols, check, i, why);
		words += cols[i].type == FS_CHOICE;
	}
	*col = -1;
	return check != NULL ? check(v, col) : NULL;
}

/* fs_format_take() by parse_inorder(). */
static inline __attribute__((always_inline)) int
take_inorder(const struct fs_binding *b, struct fs_tsv *r,
    struct fs_value *v, int *col, const char **why,
    const struct fs_column *cols, int ncols,
    const char *(*check)(const struct fs_value *, int *))
{
	const size_t *t;
	size_t start, end;

	if (!fs_tsv_take(r, &t))
		return 0;
	start = (size_t)(r->line - r->buf);
	end = r->ncols > (size_t)ncols ? t[ncols - 1] : start + r->linelen;
	*why = parse_inorder(b, NULL, 1, r->buf, t, start, end, v, col,
	    cols, ncols, check);
	return 1;
}

#define FORMAT(var, nm, cols, chk, k0, k1, k2, same)			\
	_Static_assert(NCOLS(cols) >= 2, "a format of one column");	\
	static const char *						\
	var##_inorder(const struct fs_binding *b,			\
	    const struct fs_slice *f, struct fs_value *v, int *col)	\
	{								\
		return parse_inorder(b, f, 0, NULL, NULL, 0, 0, v,	\
		    col, cols, NCOLS(cols), chk);				\
	}								\
	static int							\
	var##_take(const struct fs_binding *b, struct fs_tsv *r,	\
	    struct fs_value *v, int *col, const char **why)		\
	{								\
		return take_inorder(b, r, v, col, why, cols,		\
		    NCOLS(cols), chk);					\
	}								\
	const struct fs_format var = { nm, cols, NCOLS(cols), chk,	\
	    { k0, k1, k2 }, same, var##_inorder, var##_take }

FORMAT(fs_fmt_roster, "roster", roster_cols, roster_check,
    FS_ROSTER_SECRETARY_ID, FS_ROSTER_TERM_START, -1, -1);
FORMAT(fs_fmt_attendance, "attendance", attendance_cols, NULL,
    FS_ATT_SECRETARY_ID, FS_ATT_DATE, -1, FS_ATT_STATUS);
FORMAT(fs_fmt_households, "households", households_cols, households_check,
    FS_HH_HOUSEHOLD_ID, -1, -1, -1);
FORMAT(fs_fmt_funds, "funds", funds_cols, funds_check, -1, -1, -1, -1);
FORMAT(fs_fmt_rectify, "rectify", rectify_cols, NULL,
    FS_RECT_ITEM_ID, -1, -1, -1);
FORMAT(fs_fmt_conduct, "conduct", conduct_cols, NULL, -1, -1, -1, -1);
FORMAT(fs_fmt_decisions, "decisions", decisions_cols, decisions_check,
    FS_DEC_DECISION_ID, FS_DEC_STAGE, -1, -1);
FORMAT(fs_fmt_benefits, "benefits", benefits_cols, NULL, -1, -1, -1, -1);
FORMAT(fs_fmt_findings, "findings", findings_cols, NULL, -1, -1, -1, -1);
FORMAT(fs_fmt_policy, "policy", policy_cols, policy_check, FS_POL_KEY,
    -1, -1, -1);
FORMAT(fs_fmt_calendar, "calendar", calendar_cols, NULL,
    FS_CAL_DATE, -1, -1, FS_CAL_TYPE);
FORMAT(fs_fmt_villages, "villages", villages_cols, NULL,
    FS_VIL_VILLAGE_ID, -1, -1, -1);
FORMAT(fs_fmt_cadres, "cadres", cadres_cols, NULL, -1, -1, -1, -1);
FORMAT(fs_fmt_rules, "rules", rules_cols, rules_check, FS_RUL_RULE,
    -1, -1, -1);

const struct fs_format *const fs_formats[] = {
	&fs_fmt_roster, &fs_fmt_attendance, &fs_fmt_households, &fs_fmt_funds,
	&fs_fmt_rectify, &fs_fmt_conduct, &fs_fmt_decisions,
	&fs_fmt_benefits, &fs_fmt_findings, &fs_fmt_policy, &fs_fmt_calendar,
	&fs_fmt_villages, &fs_fmt_cadres, &fs_fmt_rules, NULL
};

const struct fs_format *
fs_format_find(const char *name)
{
	int i;

	for (i = 0; fs_formats[i] != NULL; i++)
		if (strcmp(fs_formats[i]->name, name) == 0)
			return fs_formats[i];
	return NULL;
}

int
fs_format_open(struct fs_tsv *r, const char *path,
    const struct fs_format *fmt, struct fs_binding *b, struct fs_buf *err)
{
	struct fs_buf hint = { 0 };
	const char *why;

	if (fs_tsv_open(r, path) < 0) {
		fs_buf_printf(err, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fs_tsv_header(r, &why) < 0)
		fs_buf_printf(err, "%s: %s", r->name, why);
	else if (fs_format_bind(fmt, r, b, &why) < 0) {
		fs_buf_printf(err, "%s: missing column '%s'", r->name, why);
		fs_buf_adds(err, fs_tsv_missing_hint(r, why, &hint));
		fs_buf_free(&hint);
	}
	else
		return 0;
	fs_tsv_close(r);
	return -1;
}

enum fs_tsv_status
fs_format_next(struct fs_tsv *r, const struct fs_binding *b,
    struct fs_value *v, struct fs_buf *err)
{
	enum fs_tsv_status st = fs_tsv_next(r);
	const char *why;
	int col;

	if (st == FS_TSV_ROW &&
	    (why = fs_format_parse(b, r, v, &col)) != NULL) {
		if (col < 0)
			fs_buf_printf(err, "%s:%ld: %s", r->name, r->lineno,
			    why);
		else
			fs_format_fault(err, r, b->fmt->cols[col].name, why,
			    v[col].p, v[col].n);
		return FS_TSV_BAD;
	}
	if (st == FS_TSV_BAD)
		fs_buf_printf(err, "%s:%ld: %s", r->name, r->lineno, r->bad);
	else if (st == FS_TSV_ERROR)
		fs_buf_printf(err, "%s: %s", r->name,
		    fs_tsv_strerror(r->err));
	return st;
}

void
fs_format_fault(struct fs_buf *err, const struct fs_tsv *r,
    const char *column, const char *what, const char *got, size_t n)
{
	int m;

	if (column != NULL)
		fs_buf_printf(err, "%s:%ld: column '%s': %s (got ", r->name,
		    r->lineno, column, what);
	else
		fs_buf_printf(err, "%s:%ld: %s (got ", r->name, r->lineno, what);
	if (column != NULL && (m = fs_name_mask(column)) >= 0)
		fs_buf_quote_masked(err, got, n, fs_name_masks[m].head,
		    fs_name_masks[m].tail);
	else
		fs_buf_quote(err, got, n);
	fs_buf_adds(err, ")");
}
