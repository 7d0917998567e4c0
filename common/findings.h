/*
 * findings.h - the common findings stream (SPEC 1.5).
 *
 * A tool adds its findings as it judges; fs_findings_write() sorts them
 * (village_id, entity_id, rule, period, source, bytewise) and writes
 * them with the header
 *   tool rule severity entity entity_id village_id period detail source
 */
#ifndef FS_FINDINGS_H
#define FS_FINDINGS_H

#include <stdarg.h>
#include <stdint.h>

#include "format.h"
#include "tsv.h"
#include "util.h"

struct fs_finding {
	const char *tool;		/* NULL: the stream's (fs-report sets it) */
	const char *rule;
	int severity;			/* FS_SEV_VIOLATION or FS_SEV_WARNING */
	const char *entity;
	const char *entity_id;
	const char *village_id;
	const char *period;
	const char *detail;
	const char *source;
};

struct fs_findings {
	const char *tool;
	struct fs_finding *v;
	size_t n, cap;
	size_t violations, warnings;
	int sorted;			/* v is in order (fs_findings_sort()) */
	struct fs_arena arena;
};

void fs_findings_init(struct fs_findings *f, const char *tool);
void fs_findings_free(struct fs_findings *f);

/*
 * Adds a finding.  The strings are copied (NULL is empty); the detail is
 * formatted like printf.  Returns the finding, which stays valid until
 * the next add.
 */
struct fs_finding *fs_finding(struct fs_findings *f, const char *rule,
    int severity, const char *entity, const char *entity_id,
    const char *village_id, const char *period, const char *source,
    const char *fmt, ...) __attribute__((format(printf, 9, 10)));
/* The same, with the detail's arguments in ap. */
struct fs_finding *fs_vfinding(struct fs_findings *f, const char *rule,
    int severity, const char *entity, const char *entity_id,
    const char *village_id, const char *period, const char *source,
    const char *fmt, va_list ap) __attribute__((format(printf, 9, 0)));

/*
 * Adds a copy of *x, whose strings are not copied: they must last as
 * long as f (in f->arena, or static); none may be NULL but tool.
 */
struct fs_finding *fs_findings_push(struct fs_findings *f,
    const struct fs_finding *x);

/*
 * Counts a finding of that severity without keeping it: for a tool that
 * writes its table, not the stream, and must still exit 1 on violations.
 */
void fs_findings_tally(struct fs_findings *f, int severity);
/* n of them at once. */
void fs_findings_tally_n(struct fs_findings *f, int severity, size_t n);

/* A copy of the field p[0..n) with its escapes decoded (ids from rows). */
const char *fs_findings_strn(struct fs_findings *f, const char *p, size_t n);
/* "FILE:LINE" */
const char *fs_findings_source(struct fs_findings *f, const char *file,
    long line);

/*
 * The stream's order: village_id, entity_id, rule, period, source, then
 * entity, detail, tool and severity, bytewise; 0 only for equal findings.
 */
int fs_finding_cmp(const struct fs_finding *x, const struct fs_finding *y);

/*
 * Sorts f->v in the stream's order (fs_finding_cmp()), in place; with
 * unique, a finding equal to the one before it in every column is taken
 * out (f->n less; the counts of violations and warnings are left as they
 * were).  The number of findings.  Findings sorted already, and not
 * added to since, are not sorted again.
 */
size_t fs_findings_sort(struct fs_findings *f, int unique);

/*
 * Asks for a finding's strings ahead of their use: read in order, they
 * were made one after another in the arena, but sorted, they are read
 * out of that order, and each finding waited for memory.
 */
static inline void
fs_finding_prefetch(const struct fs_finding *x)
{
	uintptr_t a = (uintptr_t)x->rule, b = (uintptr_t)x->source;

	if (b >= a && b - a < 512)
		for (; a <= b; a += 64)
			__builtin_prefetch((const void *)a);
	else {
		__builtin_prefetch(x->rule);
		__builtin_prefetch(x->detail);
		__builtin_prefetch(x->source);
	}
}

/*
 * Writes the stream with its header, in the stream's order: f->v is
 * left as it is, unless fs_findings_sort() has sorted it already.
 */
void fs_findings_write(struct fs_findings *f, struct fs_out *o);

/* "violation" or "warning". */
const char *fs_severity_name(int severity);

#endif
