/*
 * ahead.c - rows read and parsed ahead by a second thread (see ahead.h).
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ahead.h"

/* Bytes read into a block (more when a line is longer), blocks in use. */
enum { BLOCK = 1 << 18, NBLOCKS = 4 };

enum bstate { B_FREE, B_FILLING, B_READ, B_PARSING, B_READY };

enum { NO_WHY = (size_t)-1 };

/* A non-empty line of a block, as the tool's thread will see it. */
struct arow {
	long line;		/* physical line, from 1 in the block */
	size_t off, len;	/* the line's bytes in the block */
	size_t f0, nf;		/* its fields, in the block's */
	size_t v0;		/* its values (a row only), in the block's */
	size_t why;		/* the reason in the block's text, or NO_WHY */
	int st;			/* FS_TSV_ROW or FS_TSV_BAD */
	int col;		/* fs_format_parse()'s column at fault */
};

struct block {
	enum bstate state;
	long seq;		/* its place in the input, from 0 */
	char *buf;		/* whole lines, FS_TSV_PAD zero bytes after */
	size_t cap, len;
	long nlines;		/* physical lines in it, empty ones too */
	int err;		/* errno of a read that failed after it */
	int last;		/* the input ends with it */
	struct arow *rows;
	size_t nrows, caprows;
	struct fs_slice *f;
	size_t nf, capf;
	struct fs_value *v;
	size_t nv, capv;
	char *text;		/* reasons, NUL-terminated */
	size_t ntext, captext;
};

struct fs_ahead {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	pthread_t helper;
	int stop;
	const struct fs_binding *b;
	size_t ncols;		/* the header's columns */
	size_t nvals;		/* the format's columns */
	int fd;
	/* Reading, one thread at a time: the next block and a cut line. */
	int reading;
	long next_read;
	int eof;		/* the last block is read */
	char *carry;
	size_t ncarry, capcarry;
	struct block blk[NBLOCKS];
	/* The tool's thread: its block, its next row, the block's line 1. */
	long want;
	struct block *cur;
	size_t row;
	long base;
	int done;
	int err;
};

static void *
grow(void *p, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap ? *cap : 64;

	if (need <= *cap)
		return p;
	while (n < need)
		n *= 2;
	*cap = n;
	return fs_xreallocarray(p, n, size);
}

/*
 * Reads the next block's bytes: the line cut off at the end of the last
 * block, then whole lines up to the last newline read (all to the end at
 * the end of input).  Called by the one thread reading, without the lock.
 */
static void
fill(struct fs_ahead *a, struct block *k)
{
	const char *nl;
	ssize_t got;
	size_t cut;

	k->len = 0;
	k->err = 0;
	k->last = 0;
	if (k->cap < BLOCK || k->cap < a->ncarry + 1) {
		k->cap = a->ncarry + 1 > BLOCK ? a->ncarry * 2 : BLOCK;
		free(k->buf);
		k->buf = fs_xmalloc(k->cap + FS_TSV_PAD);
	}
	memcpy(k->buf, a->carry, a->ncarry);
	k->len = a->ncarry;
	a->ncarry = 0;
	if (a->fd < 0)		/* the reader had read it all */
		k->last = 1;
	while (!k->last) {
		if (k->len == k->cap) {
			if (memchr(k->buf, '\n', k->len) != NULL)
				break;
			k->buf = fs_xreallocarray(k->buf, k->cap * 2 + FS_TSV_PAD,
			    1);
			k->cap *= 2;
		}
		do
			got = read(a->fd, k->buf + k->len, k->cap - k->len);
		while (got < 0 && errno == EINTR);
		if (got <= 0) {
			if (got < 0) {
				/* The cut line is lost, as in fs_tsv_next. */
				k->err = errno;
				nl = memrchr(k->buf, '\n', k->len);
				k->len = nl != NULL ? (size_t)(nl - k->buf) + 1 : 0;
			}
			k->last = 1;
			break;
		}
		k->len += (size_t)got;
	}
	if (!k->last) {
		nl = memrchr(k->buf, '\n', k->len);
		cut = (size_t)(nl - k->buf) + 1;
		a->carry = grow(a->carry, &a->capcarry, k->len - cut, 1);
		memcpy(a->carry, k->buf + cut, k->len - cut);
		a->ncarry = k->len - cut;
		k->len = cut;
	}
	memset(k->buf + k->len, 0, FS_TSV_PAD);
}

static size_t
keep_text(struct block *k, const char *s)
{
	size_t n = strlen(s) + 1, at = k->ntext;

	k->text = grow(k->text, &k->captext, k->ntext + n, 1);
	memcpy(k->text + at, s, n);
	k->ntext += n;
	return at;
}

/* Splits and parses a block's lines.  Without the lock. */
static void
parse(struct fs_ahead *a, struct block *k)
{
	struct fs_tsv t;
	enum fs_tsv_status st;
	struct arow *w;
	const char *why;

	k->nrows = k->nf = k->nv = k->ntext = 0;
	fs_tsv_over(&t, k->buf, k->len, a->ncols);
	while ((st = fs_tsv_next(&t)) == FS_TSV_ROW || st == FS_TSV_BAD) {
		k->rows = grow(k->rows, &k->caprows, k->nrows + 1,
		    sizeof(*k->rows));
		w = &k->rows[k->nrows++];
		w->line = t.lineno;
		w->off = (size_t)(t.line - k->buf);
		w->len = t.linelen;
		w->st = st;
		w->col = -1;
		w->why = NO_WHY;
		w->f0 = k->nf;
		w->nf = t.nf;
		k->f = grow(k->f, &k->capf, k->nf + t.nf, sizeof(*k->f));
		memcpy(k->f + k->nf, t.f, t.nf * sizeof(*k->f));
		k->nf += t.nf;
		w->v0 = k->nv;
		if (st == FS_TSV_BAD) {
			w->why = keep_text(k, t.bad);
			continue;
		}
		k->v = grow(k->v, &k->capv, k->nv + a->nvals, sizeof(*k->v));
		k->nv += a->nvals;
		if ((why = fs_format_parse(a->b, &t, k->v + w->v0,
		    &w->col)) != NULL)
			w->why = keep_text(k, why);
	}
	k->nlines = t.nextline - 2;
	fs_tsv_close(&t);
}

static struct block *
find(struct fs_ahead *a, long seq)
{
	int i;

	for (i = 0; i < NBLOCKS; i++)
		if (a->blk[i].state != B_FREE && a->blk[i].seq == seq)
			return &a->blk[i];
	return NULL;
}

/*
 * Reads the next block if no one is and a block is free: 1, else 0.
 * Called and returns with the lock held.
 */
static int
read_next(struct fs_ahead *a)
{
	struct block *k = NULL;
	int i;

	if (a->reading || a->eof)
		return 0;
	for (i = 0; i < NBLOCKS && k == NULL; i++)
		if (a->blk[i].state == B_FREE)
			k = &a->blk[i];
	if (k == NULL)
		return 0;
	k->state = B_FILLING;
	k->seq = a->next_read++;
	a->reading = 1;
	pthread_mutex_unlock(&a->mu);
	fill(a, k);
	pthread_mutex_lock(&a->mu);
	a->reading = 0;
	if (k->last)
		a->eof = 1;
	k->state = B_READ;
	pthread_cond_broadcast(&a->cv);
	return 1;
}

/* Parses block k, read and not yet taken.  Lock held on entry and exit. */
static void
parse_block(struct fs_ahead *a, struct block *k)
{
	k->state = B_PARSING;
	pthread_mutex_unlock(&a->mu);
	parse(a, k);
	pthread_mutex_lock(&a->mu);
	k->state = B_READY;
	pthread_cond_broadcast(&a->cv);
}

/* The helper: parses the oldest block read, else reads one, else waits. */
static void *
helper(void *arg)
{
	struct fs_ahead *a = arg;
	struct block *k;
	int i;

	pthread_mutex_lock(&a->mu);
	while (!a->stop) {
		k = NULL;
		for (i = 0; i < NBLOCKS; i++)
			if (a->blk[i].state == B_READ &&
			    (k == NULL || a->blk[i].seq < k->seq))
				k = &a->blk[i];
		if (k != NULL)
			parse_block(a, k);
		else if (!read_next(a))
			pthread_cond_wait(&a->cv, &a->mu);
	}
	pthread_mutex_unlock(&a->mu);
	return NULL;
}

/* The block the tool's thread wants, parsed: by it, when it must wait. */
static struct block *
take(struct fs_ahead *a, long seq)
{
	struct block *k;

	pthread_mutex_lock(&a->mu);
	for (;;) {
		if ((k = find(a, seq)) != NULL) {
			if (k->state == B_READY)
				break;
			if (k->state == B_READ) {
				parse_block(a, k);
				break;
			}
		} else if (read_next(a))
			continue;
		pthread_cond_wait(&a->cv, &a->mu);
	}
	pthread_mutex_unlock(&a->mu);
	return k;
}

static void
release(struct fs_ahead *a, struct block *k)
{
	pthread_mutex_lock(&a->mu);
	k->state = B_FREE;
	pthread_cond_broadcast(&a->cv);
	pthread_mutex_unlock(&a->mu);
}

static void
ahead_close(struct fs_tsv *r)
{
	struct fs_ahead *a = r->ahead;
	int i;

	pthread_mutex_lock(&a->mu);
	a->stop = 1;
	pthread_cond_broadcast(&a->cv);
	pthread_mutex_unlock(&a->mu);
	pthread_join(a->helper, NULL);
	for (i = 0; i < NBLOCKS; i++) {
		free(a->blk[i].buf);
		free(a->blk[i].rows);
		free(a->blk[i].f);
		free(a->blk[i].v);
		free(a->blk[i].text);
	}
	free(a->carry);
	pthread_cond_destroy(&a->cv);
	pthread_mutex_destroy(&a->mu);
	free(a);
	r->ahead = NULL;
	r->ahead_close = NULL;
}

int
fs_ahead_start(struct fs_tsv *r, const struct fs_binding *b)
{
	struct fs_ahead *a = fs_xcalloc(1, sizeof(*a));

	a->b = b;
	a->ncols = r->ncols;
	a->nvals = (size_t)b->fmt->ncols;
	a->fd = r->eof ? -1 : r->fd;
	/* What the reader holds after the header is the first cut line. */
	a->ncarry = r->end - r->pos;
	a->carry = grow(NULL, &a->capcarry, a->ncarry + 1, 1);
	memcpy(a->carry, r->buf + r->pos, a->ncarry);
	r->pos = r->end;
	a->base = r->nextline;
	pthread_mutex_init(&a->mu, NULL);
	pthread_cond_init(&a->cv, NULL);
	if (pthread_create(&a->helper, NULL, helper, a) != 0) {
		r->pos = r->end - a->ncarry;
		pthread_cond_destroy(&a->cv);
		pthread_mutex_destroy(&a->mu);
		free(a->carry);
		free(a);
		return -1;
	}
	r->ahead = a;
	r->ahead_close = ahead_close;
	return 0;
}

enum fs_tsv_status
fs_ahead_next(struct fs_tsv *r, struct fs_value *v, const char **why,
    int *col)
{
	struct fs_ahead *a = r->ahead;
	struct block *k;
	struct arow *w;

	for (;;) {
		if (a->err) {
			r->err = a->err;
			return FS_TSV_ERROR;
		}
		if (a->done)
			return FS_TSV_EOF;
		if ((k = a->cur) == NULL) {
			k = a->cur = take(a, a->want);
			a->row = 0;
		}
		if (a->row < k->nrows)
			break;
		/* The block is done: the next one. */
		a->base += k->nlines;
		a->err = k->err;
		a->done = k->last && !k->err;
		a->cur = NULL;
		a->want++;
		release(a, k);
	}
	w = &k->rows[a->row++];
	r->lineno = a->base + w->line - 1;
	r->nextline = r->lineno + 1;
	r->rows++;
	r->line = k->buf + w->off;
	r->linelen = w->len;
	if (r->fcap < w->nf) {
		r->fcap = w->nf;
		r->f = fs_xreallocarray(r->f, r->fcap, sizeof(*r->f));
	}
	memcpy(r->f, k->f + w->f0, w->nf * sizeof(*r->f));
	r->nf = w->nf;
	if (w->st == FS_TSV_BAD) {
		r->bad = k->text + w->why;
		return FS_TSV_BAD;
	}
	memcpy(v, k->v + w->v0, a->nvals * sizeof(*v));
	*why = w->why == NO_WHY ? NULL : k->text + w->why;
	*col = w->col;
	return FS_TSV_ROW;
}
