/*
 * findings.c - collecting, sorting and writing findings.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "findings.h"

void
fs_findings_init(struct fs_findings *f, const char *tool)
{
	memset(f, 0, sizeof(*f));
	f->tool = tool;
}

void
fs_findings_free(struct fs_findings *f)
{
	free(f->v);
	fs_arena_free(&f->arena);
	memset(f, 0, sizeof(*f));
}

static const char *
copy(struct fs_findings *f, const char *s)
{
	return s == NULL ? "" : fs_arena_strndup(&f->arena, s, strlen(s));
}

const char *
fs_findings_strn(struct fs_findings *f, const char *p, size_t n)
{
	return fs_unescape_dup(&f->arena, p, n);
}

const char *
fs_findings_source(struct fs_findings *f, const char *file, long line)
{
	char buf[32];
	size_t n = strlen(file);
	int k = snprintf(buf, sizeof(buf), ":%ld", line);
	char *s = fs_arena_alloc(&f->arena, n + (size_t)k + 1);

	memcpy(s, file, n);
	memcpy(s + n, buf, (size_t)k + 1);
	return s;
}

/* A detail this long or shorter is formatted once, on the stack. */
enum { DETAIL_MAX = 512 };

struct fs_finding *
fs_vfinding(struct fs_findings *f, const char *rule, int severity,
    const char *entity, const char *entity_id, const char *village_id,
    const char *period, const char *source, const char *fmt, va_list ap)
{
	struct fs_finding *x;
	char buf[DETAIL_MAX];
	va_list aq;
	char *d;
	int n;

	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 64;
		f->v = fs_xreallocarray(f->v, f->cap, sizeof(*f->v));
	}
	x = &f->v[f->n++];
	x->tool = NULL;
	x->rule = copy(f, rule);
	x->severity = severity;
	x->entity = copy(f, entity);
	x->entity_id = copy(f, entity_id);
	x->village_id = copy(f, village_id);
	x->period = copy(f, period);
	x->source = copy(f, source);
	va_copy(aq, ap);
	n = vsnprintf(buf, sizeof(buf), fmt, aq);
	va_end(aq);
	if (n < 0)
		n = 0, buf[0] = '\0';
	if ((size_t)n < sizeof(buf))
		d = fs_arena_strndup(&f->arena, buf, (size_t)n);
	else {
		d = fs_arena_alloc(&f->arena, (size_t)n + 1);
		vsnprintf(d, (size_t)n + 1, fmt, ap);
	}
	x->detail = d;
	if (severity == FS_SEV_VIOLATION)
		f->violations++;
	else
		f->warnings++;
	return x;
}

struct fs_finding *
fs_finding(struct fs_findings *f, const char *rule, int severity,
    const char *entity, const char *entity_id, const char *village_id,
    const char *period, const char *source, const char *fmt, ...)
{
	struct fs_finding *x;
	va_list ap;

	va_start(ap, fmt);
	x = fs_vfinding(f, rule, severity, entity, entity_id, village_id,
	    period, source, fmt, ap);
	va_end(ap);
	return x;
}

void
fs_findings_tally(struct fs_findings *f, int severity)
{
	fs_findings_tally_n(f, severity, 1);
}

void
fs_findings_tally_n(struct fs_findings *f, int severity, size_t n)
{
	if (severity == FS_SEV_VIOLATION)
		f->violations += n;
	else
		f->warnings += n;
}

const char *
fs_severity_name(int severity)
{
	return severity == FS_SEV_VIOLATION ? "violation" : "warning";
}

int
fs_finding_cmp(const struct fs_finding *x, const struct fs_finding *y)
{
	int r;

	if ((r = strcmp(x->village_id, y->village_id)) != 0)
		return r;
	if ((r = strcmp(x->entity_id, y->entity_id)) != 0)
		return r;
	if ((r = strcmp(x->rule, y->rule)) != 0)
		return r;
	if ((r = strcmp(x->period, y->period)) != 0)
		return r;
	if ((r = strcmp(x->source, y->source)) != 0)
		return r;
	/* Fully equal keys keep a stable, content-based order. */
	if ((r = strcmp(x->entity, y->entity)) != 0)
		return r;
	if ((r = strcmp(x->detail, y->detail)) != 0)
		return r;
	if ((r = strcmp(x->tool != NULL ? x->tool : "",
	    y->tool != NULL ? y->tool : "")) != 0)
		return r;
	return x->severity - y->severity;
}

/*
 * A finding in the order being sorted, with the first 8 bytes of its
 * village_id and entity_id as big-endian numbers (NUL-padded), which
 * order as strcmp() orders the strings: most comparisons are decided by
 * two numbers, without following a pointer.
 */
struct order {
	uint64_t village, entity;
	const struct fs_finding *x;
};

static uint64_t
prefix8(const char *s)
{
	uint64_t k = 0;
	int i;

	for (i = 0; i < 8 && s[i] != '\0'; i++)
		k |= (uint64_t)(unsigned char)s[i] << (56 - 8 * i);
	return k;
}

static int
ordercmp(const void *a, const void *b)
{
	const struct order *p = a, *q = b;

	if (p->village != q->village)
		return p->village < q->village ? -1 : 1;
	/*
	 * The same first 8 bytes; with a NUL among them (the last byte 0),
	 * the same village_id, and the entity_ids' bytes decide next.
	 */
	if ((p->village & 0xff) == 0 && p->entity != q->entity)
		return p->entity < q->entity ? -1 : 1;
	return fs_finding_cmp(p->x, q->x);
}

void
fs_findings_write(struct fs_findings *f, struct fs_out *o)
{
	const struct fs_finding *x;
	struct order *ord;
	size_t i;

	ord = fs_xreallocarray(NULL, f->n > 0 ? f->n : 1, sizeof(*ord));
	for (i = 0; i < f->n; i++) {
		ord[i].village = prefix8(f->v[i].village_id);
		ord[i].entity = prefix8(f->v[i].entity_id);
		ord[i].x = &f->v[i];
	}
	if (f->n > 1)
		qsort(ord, f->n, sizeof(*ord), ordercmp);
	fs_out_str(o, "tool\trule\tseverity\tentity\tentity_id\tvillage_id\t"
	    "period\tdetail\tsource\n");
	for (i = 0; i < f->n; i++) {
		x = ord[i].x;
		fs_out_texts(o, x->tool != NULL ? x->tool : f->tool);
		fs_out_char(o, '\t');
		fs_out_texts(o, x->rule);
		fs_out_char(o, '\t');
		fs_out_str(o, fs_severity_name(x->severity));
		fs_out_char(o, '\t');
		fs_out_texts(o, x->entity);
		fs_out_char(o, '\t');
		fs_out_texts(o, x->entity_id);
		fs_out_char(o, '\t');
		fs_out_texts(o, x->village_id);
		fs_out_char(o, '\t');
		fs_out_texts(o, x->period);
		fs_out_char(o, '\t');
		fs_out_texts(o, x->detail);
		fs_out_char(o, '\t');
		fs_out_texts(o, x->source);
		fs_out_char(o, '\n');
	}
	free(ord);
}
