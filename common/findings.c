/*
 * findings.c - collecting, sorting and writing findings.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "findings.h"
#include "table.h"

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
	char buf[FS_FMT_MAX + 2];
	size_t n = strlen(file), k;
	char *s;

	buf[0] = ':';
	k = 1 + fs_int_fmt(line, buf + 1);
	s = fs_arena_alloc(&f->arena, n + k + 1);
	memcpy(s, file, n);
	memcpy(s + n, buf, k);
	s[n + k] = '\0';
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
	f->sorted = 0;
	x->tool = NULL;
	x->rule = copy(f, rule);
	x->severity = severity;
	x->entity = copy(f, entity);
	x->entity_id = copy(f, entity_id);
	x->village_id = copy(f, village_id);
	x->period = copy(f, period);
	x->source = copy(f, source);
	va_copy(aq, ap);
	if (strcmp(fmt, "%s") == 0) {
		/* A detail made already: copied, not formatted again. */
		const char *t = va_arg(aq, const char *);

		va_end(aq);
		x->detail = copy(f, t != NULL ? t : "(null)");
		goto counted;
	}
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
counted:
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

struct fs_finding *
fs_findings_push(struct fs_findings *f, const struct fs_finding *x)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 64;
		f->v = fs_xreallocarray(f->v, f->cap, sizeof(*f->v));
	}
	f->sorted = 0;
	f->v[f->n] = *x;
	if (x->severity == FS_SEV_VIOLATION)
		f->violations++;
	else
		f->warnings++;
	return &f->v[f->n++];
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

/* fs_finding_cmp() past the village_id and entity_id. */
static int
cmp_rest(const struct fs_finding *x, const struct fs_finding *y)
{
	int r;

	if ((r = strcmp(x->rule, y->rule)) != 0)
		return r;
	if ((r = strcmp(x->period, y->period)) != 0)
		return r;
	if ((r = strcmp(x->source, y->source)) != 0)
		return r;
	if ((r = strcmp(x->entity, y->entity)) != 0)
		return r;
	if ((r = strcmp(x->detail, y->detail)) != 0)
		return r;
	if ((r = strcmp(x->tool != NULL ? x->tool : "",
	    y->tool != NULL ? y->tool : "")) != 0)
		return r;
	return x->severity - y->severity;
}

int
fs_finding_cmp(const struct fs_finding *x, const struct fs_finding *y)
{
	int r;

	if ((r = strcmp(x->village_id, y->village_id)) != 0)
		return r;
	if ((r = strcmp(x->entity_id, y->entity_id)) != 0)
		return r;
	/* Then rule, period, source; fully equal keys by their content. */
	return cmp_rest(x, y);
}

/*
 * A finding in the order being sorted: the first 16 bytes of its
 * entity_id as two big-endian numbers (NUL-padded), which order as
 * strcmp() orders the strings, and its place in f->v.  The findings are
 * put in buckets by village_id first, so most comparisons are decided
 * by two numbers, without following a pointer.
 */
struct order {
	uint64_t e0, e1;
	size_t i;
};

static uint64_t
be8(const char *s, size_t n)
{
	uint64_t k = 0;
	size_t i;

	for (i = 0; i < 8 && i < n; i++)
		k |= (uint64_t)(unsigned char)s[i] << (56 - 8 * i);
	return k;
}


/* arg: the findings (f->v) that p and q are places in. */
static int
ordercmp(const void *a, const void *b, void *arg)
{
	const struct order *p = a, *q = b;
	const struct fs_finding *v = arg, *x = &v[p->i], *y = &v[q->i];
	int r;

	if (p->e0 != q->e0)
		return p->e0 < q->e0 ? -1 : 1;
	if (p->e1 != q->e1)
		return p->e1 < q->e1 ? -1 : 1;
	/* The same 16 bytes, the last a NUL: the same entity_id. */
	if ((p->e1 & 0xff) != 0 &&
	    (r = strcmp(x->entity_id + 16, y->entity_id + 16)) != 0)
		return r;
	return cmp_rest(x, y);
}

/*
 * The findings' places in f->v in the stream's order, *m of them: with
 * unique, without the findings equal to the one before them.  The
 * caller frees it.
 */
static struct order *
sort_order(const struct fs_findings *f, int unique, size_t *m)
{
	struct fs_table vil;
	struct fs_entry **sorted, *e;
	const struct fs_finding *v = f->v;
	struct order *ord;
	uint32_t *vid, *rank, last = 0;
	size_t *at, i, j, k, n = f->n, nv, len;
	const char *lastv = NULL;
	int created;

	/* Each finding's village, numbered as first met. */
	fs_table_init(&vil, sizeof(uint32_t));
	vid = fs_xreallocarray(NULL, n + 1, sizeof(*vid));
	for (i = 0; i < n; i++) {
		if (lastv == NULL || (v[i].village_id != lastv &&
		    strcmp(v[i].village_id, lastv) != 0)) {
			e = fs_table_intern(&vil, v[i].village_id,
			    strlen(v[i].village_id), &created);
			if (created)
				*(uint32_t *)e->val = (uint32_t)(vil.n - 1);
			last = *(uint32_t *)e->val;
		}
		lastv = v[i].village_id;
		vid[i] = last;
	}
	/* Their ranks, bytewise, and where each one's bucket begins. */
	nv = vil.n;
	sorted = fs_table_sorted(&vil);
	rank = fs_xreallocarray(NULL, nv + 1, sizeof(*rank));
	for (k = 0; k < nv; k++)
		rank[*(uint32_t *)sorted[k]->val] = (uint32_t)k;
	free(sorted);
	fs_table_free(&vil);
	at = fs_xreallocarray(NULL, nv + 1, sizeof(*at));
	memset(at, 0, (nv + 1) * sizeof(*at));
	for (i = 0; i < n; i++)
		at[(vid[i] = rank[vid[i]]) + 1]++;
	for (k = 0; k < nv; k++)
		at[k + 1] += at[k];
	ord = fs_xreallocarray(NULL, n + 1, sizeof(*ord));
	for (i = 0; i < n; i++) {
		j = at[vid[i]]++;
		len = strlen(v[i].entity_id);
		ord[j].e0 = be8(v[i].entity_id, len);
		ord[j].e1 = len > 8 ? be8(v[i].entity_id + 8, len - 8) : 0;
		ord[j].i = i;
	}
	free(rank);
	free(vid);
	/* at[k] is now where bucket k ends. */
	for (k = 0, i = 0; k < nv; i = at[k++])
		if (at[k] - i > 1)
			qsort_r(ord + i, at[k] - i, sizeof(*ord), ordercmp,
			    (void *)v);
	free(at);
	/* Exact repeats are next to each other now. */
	for (i = j = 0; i < n; i++)
		if (!unique || j == 0 || ord[i].e0 != ord[j - 1].e0 ||
		    ord[i].e1 != ord[j - 1].e1 ||
		    fs_finding_cmp(&v[ord[i].i], &v[ord[j - 1].i]) != 0)
			ord[j++] = ord[i];
	*m = j;
	return ord;
}

size_t
fs_findings_sort(struct fs_findings *f, int unique)
{
	struct fs_finding *w;
	struct order *ord;
	size_t i, m;

	if (f->n < 2 || (f->sorted && !unique))
		return f->n;
	ord = sort_order(f, unique, &m);
	/*
	 * The findings copied in order into a new array, read ahead: in
	 * place, cycle by cycle, each move waited for memory.
	 */
	w = fs_xreallocarray(NULL, m, sizeof(*w));
	for (i = 0; i < m; i++) {
		if (i + 16 < m)
			__builtin_prefetch(&f->v[ord[i + 16].i]);
		w[i] = f->v[ord[i].i];
	}
	free(ord);
	free(f->v);
	f->v = w;
	f->n = f->cap = m;
	f->sorted = 1;
	return m;
}

void
fs_findings_write(struct fs_findings *f, struct fs_out *o)
{
	const struct fs_finding *x;
	struct order *ord = NULL;
	size_t i, m = f->n;

	/* The findings are written in order, not moved into it. */
	if (!f->sorted && f->n > 1)
		ord = sort_order(f, 0, &m);
	fs_out_str(o, "tool\trule\tseverity\tentity\tentity_id\tvillage_id\t"
	    "period\tdetail\tsource\n");
	for (i = 0; i < m; i++) {
		x = &f->v[ord != NULL ? ord[i].i : i];
		if (ord != NULL && i + 16 < m)
			__builtin_prefetch(&f->v[ord[i + 16].i]);
		if (i + 8 < m)
			fs_finding_prefetch(&f->v[ord != NULL ? ord[i + 8].i :
			    i + 8]);
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
