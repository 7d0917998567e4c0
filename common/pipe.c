/*
 * pipe.c - a file parsed on several threads, taken in its order
 * (fs_run_pipe()).
 *
 * For a tool whose work on the rows depends on their order (fs-
 * households's heads and ids seen before; fs-funds's FIFO, when its file
 * cannot be read in parts by fs_run_parts()), so that fs_run_jobs()
 * cannot cut the file into parts.  Reading
 * and parsing, most of the cost of a row, need no order: the rest of the
 * file after its header is cut into chunks of CHUNK_MAX bytes or less
 * (CHUNK_ONE on one thread);
 * threads claim the chunks in turn, read their lines and parse them
 * into the chunk's slot; the calling thread takes the slots' rows in the
 * order of the file, and parses a chunk itself when the next one is not
 * ready.  A chunk owns the lines that start in its bytes.  There are
 * SLOTS_PER_THREAD slots a thread, so memory stays a few chunks whatever
 * the size of the file.
 *
 * A tool's prep() (struct fs_prep) runs where a row is parsed, its words
 * kept beside the row's values, and its ahead() is given a row's words
 * FS_PREP_AHEAD rows before the row is taken.  Such a tool gets chunks
 * on one thread too: the calling thread parses each chunk, then takes
 * its rows, asking for their memory ahead.
 *
 * A stream (a pipe) cannot be read at an offset, so its chunks are read
 * in turn: the thread that claims a chunk waits until the one before is
 * read (not parsed), reads the chunk's bytes after those, to the end of
 * a line, and parses them while the next thread reads.  What was read
 * past the chunk's last line waits for the next (the carry), as do the
 * bytes the reader had read after the header.
 *
 * A chunk with a row that is not plain (invalid, or a read error) is
 * not taken: the reader is moved to its first line, and the tool goes on
 * the ordinary way from there, which reports the row as it would have.
 * A stream's reader is given back the bytes read from that line on
 * (fs_tsv_unread()), and a read error to meet after them.
 */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "run.h"

enum {
	CHUNK_MAX = 128 << 10,		/* bytes of a chunk, at most */
	CHUNK_ONE = 32 << 10,		/* on one thread */
	CHUNK_MIN = 64,			/* and at least (tests use small files) */
	CHUNKS_PER_THREAD = 4,		/* a small file is cut this fine */
	SLOTS_PER_THREAD = 2,
	STREAM_MORE = 4096		/* read on a stream past a chunk's end */
};

/*
 * A stream's chunks: under AddressSanitizer few bytes, so that the
 * tests' small inputs through a pipe are cut into many, lines longer
 * than a chunk among them.
 */
#ifdef FS_ASAN
enum { STREAM_CHUNK = 256 };
#else
enum { STREAM_CHUNK = 0 };		/* as a file's */
#endif

enum { SLOT_FREE, SLOT_BUSY, SLOT_READY, SLOT_FAILED };

/* A row of a chunk: its line number from 1 at the chunk, its bytes. */
struct rowat {
	long line;
	const char *p;
	size_t n;
};

struct slot {
	int state;
	int64_t chunk;			/* the chunk in the slot */
	char *buf;			/* its lines from buf[skip], n bytes, */
	size_t skip, n, cap;		/* and FS_TSV_PAD bytes */
	int64_t first;			/* the file offset of buf[skip] */
	struct fs_value *v;		/* its rows' values, nv a row */
	struct rowat *at;		/* where they are */
	struct fs_slice *f;		/* their fields (FS_PIPE_FIELDS) */
	uint64_t *aux;			/* their prep() words */
	size_t rows, rowcap;
	long lines;			/* lines that start in the chunk */
	long read;			/* of them, not empty */
};

struct pipe {
	struct fs_run *run;
	const struct fs_tsv *r0;
	const struct fs_binding *b;
	int fd;
	int64_t start, size, chunk;	/* the rows' bytes, cut in chunks */
	int64_t nchunks;
	int nv;				/* values a row */
	size_t nf;			/* fields a row, when kept, or 0 */
	struct fs_prep *prep;		/* or NULL */
	/*
	 * prep's function and argument, which the parsing threads read at
	 * every row: copies, since the main thread writes prep->aux at
	 * every row (struct fs_prep).
	 */
	void (*prepfn)(void *, const struct fs_tsv *, const struct fs_value *,
	    uint64_t *);
	void *parg;
	size_t naux;			/* prep's words a row, or 0 */
	void *arg;			/* take()'s and prep's */
	pthread_mutex_t mu;
	pthread_cond_t ready, freed;
	int64_t next;			/* the first chunk not claimed */
	int64_t taken;			/* chunks taken */
	int stop;
	struct slot *slot;
	int nslots;
	/*
	 * A stream: chunk readnext is the next to be read, by the thread
	 * that claimed it, from carry[cpos .. ncarry) and then the stream.
	 * The reading thread alone touches carry and what follows it.
	 */
	int stream;
	int64_t readnext;
	pthread_cond_t turn;
	char *carry;
	size_t cpos, ncarry, carrycap;
	int64_t soff;			/* the stream offset of carry[cpos] */
	int eof;			/* the stream has no more */
	int err;			/* errno of a read that failed */
};

/* Makes s->buf hold n bytes, and FS_TSV_PAD more. */
static void
room(struct slot *s, size_t n)
{
	if (n + FS_TSV_PAD > s->cap) {
		s->cap = (n + FS_TSV_PAD) * 2;
		s->buf = fs_xreallocarray(s->buf, s->cap, 1);
	}
}

/*
 * Reads n bytes at off into s->buf + at, growing it: 0, or -1 (errno
 * set; a file that got shorter is EIO).
 */
static int
read_at(struct pipe *p, struct slot *s, size_t at, size_t n, int64_t off)
{
	ssize_t got;

	room(s, at + n);
	while (n > 0) {
		got = pread(p->fd, s->buf + at, n, (off_t)off);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0) {
			if (got == 0)
				errno = EIO;
			return -1;
		}
		at += (size_t)got;
		off += got;
		n -= (size_t)got;
	}
	return 0;
}

/*
 * Reads into s the lines that start in chunk k: from the first line
 * start at or after its first byte, to the end of the line that holds
 * its last byte.  0, or -1 on a read error.
 */
static int
read_chunk(struct pipe *p, struct slot *s, int64_t k)
{
	int64_t lo = p->start + k * p->chunk, hi = lo + p->chunk, from, end;
	const char *nl;
	size_t skip, more;

	if (hi > p->size)
		hi = p->size;
	/* The byte before lo says whether a line starts at lo. */
	from = lo == p->start ? lo : lo - 1;
	if (read_at(p, s, 0, (size_t)(hi - from), from) != 0)
		return -1;
	s->n = (size_t)(hi - from);
	skip = 0;
	if (from < lo) {
		nl = memchr(s->buf, '\n', s->n);
		if (nl == NULL) {		/* a line from before runs through */
			s->skip = s->n = 0;
			s->first = hi;
			return 0;
		}
		skip = (size_t)(nl - s->buf) + 1;
	}
	/* The last line, to its newline or the end of the file. */
	for (end = hi; end < p->size && s->buf[s->n - 1] != '\n'; end += more) {
		more = (size_t)(p->size - end < 4096 ? p->size - end : 4096);
		if (read_at(p, s, s->n, more, end) != 0)
			return -1;
		nl = memchr(s->buf + s->n, '\n', more);
		s->n += nl != NULL ? (size_t)(nl - (s->buf + s->n)) + 1 : more;
		if (nl != NULL)
			break;
	}
	s->skip = skip;
	s->n -= skip;
	s->first = from + (int64_t)skip;
	return 0;
}

/*
 * Reads the next chunk of a stream into s: the lines that start in its
 * first p->chunk bytes, to the end of the line that holds the last of
 * them, or of the stream.  0, or -1 on a read error (p->err), s then
 * holding what was read.
 */
static int
read_stream(struct pipe *p, struct slot *s)
{
	const size_t chunk = (size_t)p->chunk;
	size_t n = p->ncarry - p->cpos, look, keep, want;
	const char *c = p->carry + p->cpos, *nl;
	ssize_t got;

	s->skip = 0;
	s->first = p->soff;
	/* What the chunk before read past it: maybe the whole chunk. */
	if (n >= chunk && (nl = memchr(c + chunk - 1, '\n',
	    n - (chunk - 1))) != NULL)
		keep = (size_t)(nl - c) + 1;
	else
		keep = n;
	room(s, keep);
	memcpy(s->buf, c, keep);
	p->cpos += keep;
	if (p->cpos < p->ncarry) {
		s->n = keep;
		p->soff += (int64_t)keep;
		return 0;
	}
	p->cpos = p->ncarry = 0;
	/* Then the stream, to the chunk's size and on to a newline. */
	look = n >= chunk ? n : chunk - 1;
	for (;;) {
		if (n > look && (nl = memchr(s->buf + look, '\n',
		    n - look)) != NULL) {
			keep = (size_t)(nl - s->buf) + 1;
			break;
		}
		if (n > look)
			look = n;
		if (p->eof || p->err != 0) {
			keep = n;
			break;
		}
		want = n < chunk ? chunk - n : STREAM_MORE;
		room(s, n + want);
		if ((got = read(p->fd, s->buf + n, want)) > 0)
			n += (size_t)got;
		else if (got == 0)
			p->eof = 1;
		else if (errno != EINTR && !(fs_again(errno) &&
		    fs_wait_fd(p->fd, POLLIN) == 0))
			p->err = errno;
	}
	/* What was read past the chunk's last line waits for the next. */
	if (n - keep > p->carrycap) {
		p->carrycap = (n - keep) * 2;
		free(p->carry);
		p->carry = fs_xmalloc(p->carrycap);
	}
	memcpy(p->carry, s->buf + keep, n - keep);
	p->ncarry = n - keep;
	s->n = keep;
	p->soff += (int64_t)keep;
	return p->err != 0 ? -1 : 0;
}

/*
 * Reads chunk k of a stream, its turn come (claim_and_fill()), and
 * gives the turn to the next: 0, or -1 on a read error.  The chunk that
 * meets the end of the stream, or an error, is the last.
 */
static int
read_turn(struct pipe *p, struct slot *s, int64_t k)
{
	int rc = read_stream(p, s);

	pthread_mutex_lock(&p->mu);
	p->readnext = k + 1;
	if ((p->eof || p->err != 0) && p->nchunks > k + 1)
		p->nchunks = k + 1;
	pthread_cond_broadcast(&p->turn);
	pthread_mutex_unlock(&p->mu);
	return rc;
}

/* Reads and parses chunk k into s: SLOT_READY or SLOT_FAILED. */
static int
fill(struct pipe *p, struct slot *s, int64_t k)
{
	struct fs_tsv r;
	/* Without the fields kept, rows are parsed from the index. */
	const int take = p->nf == 0;
	int rc, ok = 0;

	s->rows = 0;
	s->lines = 0;
	if ((p->stream ? read_turn(p, s, k) : read_chunk(p, s, k)) != 0)
		return SLOT_FAILED;
	memset(s->buf + s->skip + s->n, 0, FS_TSV_PAD);
	fs_tsv_open_mem(&r, p->r0, s->buf + s->skip, s->n);
	for (;;) {
		if (s->rows == s->rowcap) {
			s->rowcap = s->rowcap ? s->rowcap * 2 : 1024;
			s->v = fs_xreallocarray(s->v, s->rowcap,
			    (size_t)p->nv * sizeof(*s->v));
			s->at = fs_xreallocarray(s->at, s->rowcap,
			    sizeof(*s->at));
			if (p->nf > 0)
				s->f = fs_xreallocarray(s->f, s->rowcap,
				    p->nf * sizeof(*s->f));
			if (p->naux > 0)
				s->aux = fs_xreallocarray(s->aux, s->rowcap,
				    p->naux * sizeof(*s->aux));
		}
		if ((rc = fs_run_part_next(p->run, p->r0, p->b, &r, take,
		    s->v + s->rows * (size_t)p->nv)) <= 0) {
			ok = rc == 0;
			break;
		}
		if (p->nf > 0)
			memcpy(s->f + s->rows * p->nf, r.f,
			    p->nf * sizeof(*r.f));
		if (p->naux > 0)
			p->prepfn(p->parg, &r, s->v + s->rows * (size_t)p->nv,
			    s->aux + s->rows * p->naux);
		s->at[s->rows].line = r.lineno;
		s->at[s->rows].p = r.line;
		s->at[s->rows++].n = r.linelen;
	}
	s->lines = r.nextline - 2;	/* the call that met the end counted */
	s->read = r.rows;
	fs_tsv_close(&r);
	return ok ? SLOT_READY : SLOT_FAILED;
}

/*
 * Claims the next chunk and fills its slot, with p->mu held (and
 * released meanwhile): 1, or 0 when there is none to claim.  A stream's
 * chunk waits for its turn to be read, and is let go (its slot free)
 * when the stream ends before it or the reading stops.
 */
static int
claim_and_fill(struct pipe *p)
{
	struct slot *s;
	int64_t k;
	int state;

	if (p->stop || p->next >= p->nchunks ||
	    p->next >= p->taken + p->nslots)
		return 0;
	k = p->next++;
	s = &p->slot[k % p->nslots];
	s->state = SLOT_BUSY;
	s->chunk = k;
	while (p->stream && !p->stop && k < p->nchunks && p->readnext != k)
		pthread_cond_wait(&p->turn, &p->mu);
	if (p->stream && (p->stop || k >= p->nchunks)) {
		s->state = SLOT_FREE;
		return 1;
	}
	pthread_mutex_unlock(&p->mu);
	state = fill(p, s, k);
	pthread_mutex_lock(&p->mu);
	s->state = state;
	pthread_cond_broadcast(&p->ready);
	return 1;
}

static void *
worker(void *arg)
{
	struct pipe *p = arg;

	pthread_mutex_lock(&p->mu);
	while (!p->stop && p->next < p->nchunks)
		if (!claim_and_fill(p))
			pthread_cond_wait(&p->freed, &p->mu);
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/*
 * Row i of slot s is FS_PREP_AHEAD rows ahead: prep's ahead() asks for
 * the memory it will probe, and the pipe for what take() will read
 * first, which the parsing thread wrote, so is in the other processor's
 * cache: the row's values (their first line: the key's slice), its
 * first bytes, and the words of the row after it by as many again.
 * On fs-households's 1M register (10 runs each) its reading took 0.128
 * s with all three, 0.136 with none, 0.135 without the values' line.
 * A tool without ahead() (prep NULL) gets the pipe's part: fs-audit
 * conduct on the bench's 2M rows 0.129 -> 0.125 s (21 runs in turn);
 * its values' other lines too (3 of 4) gained no more, and cost
 * fs-households 1-2%.
 */
static inline void
ahead(const struct pipe *p, const struct slot *s, size_t i,
    struct fs_prep *prep, void *arg)
{
	if (prep != NULL)
		prep->ahead(arg, s->aux + i * p->naux);
	__builtin_prefetch(s->v + i * (size_t)p->nv);
	__builtin_prefetch(s->at[i].p);
	if (p->naux > 0 && i + FS_PREP_AHEAD < s->rows)
		__builtin_prefetch(s->aux + (i + FS_PREP_AHEAD) * p->naux);
}

/*
 * Takes the rows of a ready slot: take()'s first nonzero, or 0.  Each
 * row's memory is asked for FS_PREP_AHEAD rows before it is taken
 * (ahead()); with prep's ahead(), the slot's first rows are announced
 * just before.
 */
static int
take_slot(struct pipe *p, struct slot *s, struct fs_tsv *r, long base,
    fs_take_fn *take, void *arg)
{
	struct fs_prep *prep = p->naux > 0 && p->prep->ahead != NULL ?
	    p->prep : NULL;
	struct fs_tsv at;
	size_t i;
	int rc;

	memset(&at, 0, sizeof(at));
	/* Where the rows are in the file (fs_tsv_line_offset()). */
	at.buf = s->buf + s->skip;
	at.end = s->n;
	at.off = s->first + (int64_t)s->n;
	at.name = r->name;
	at.ncols = r->ncols;
	at.nf = p->nf;
	at.fd = -1;
	if (prep != NULL)
		for (i = 0; i < s->rows && i < FS_PREP_AHEAD; i++)
			prep->ahead(arg, s->aux + i * p->naux);
	for (i = 0; i < s->rows; i++) {
		if (p->naux > 0)
			p->prep->aux = s->aux + i * p->naux;
		if (i + FS_PREP_AHEAD < s->rows)
			ahead(p, s, i + FS_PREP_AHEAD, prep, arg);
		at.lineno = base + s->at[i].line;
		at.line = s->at[i].p;
		at.linelen = s->at[i].n;
		at.f = p->nf > 0 ? s->f + i * p->nf : NULL;
		if ((rc = take(arg, &at, s->v + i * (size_t)p->nv)) != 0)
			return rc;
	}
	r->rows += s->read;
	return 0;
}

/*
 * A stream's reading goes on the ordinary way from chunk p->taken: r is
 * given back its bytes, those of the chunks read after it and what was
 * read past them, lines lines before them.
 */
static void
give_back(struct pipe *p, struct fs_tsv *r, long lines)
{
	struct fs_buf held = { 0 };
	const struct slot *s;
	int64_t k;

	for (k = p->taken; k < p->readnext; k++) {
		s = &p->slot[k % p->nslots];
		fs_buf_add(&held, s->buf + s->skip, s->n);
	}
	fs_buf_add(&held, p->carry + p->cpos, p->ncarry - p->cpos);
	fs_tsv_unread(r, held.p, held.n, lines, p->soff +
	    (int64_t)(p->ncarry - p->cpos), p->eof, p->err);
	fs_buf_free(&held);
}

/* prep()'s argument: its own, or take()'s. */
static void *
prep_arg(const struct fs_prep *prep, void *arg)
{
	return prep != NULL && prep->parg != NULL ? prep->parg : arg;
}

int
fs_run_pipe(struct fs_run *run, struct fs_tsv *r, const struct fs_binding *b,
    int flags, struct fs_prep *prep, fs_take_fn *take, void *arg, int *done)
{
	struct pipe p;
	pthread_t th[FS_MAX_JOBS];
	int started[FS_MAX_JOBS];
	struct slot *s;
	long base = r->nextline - 1;
	int64_t resume;			/* the end of the lines taken */
	int64_t most;			/* a chunk's bytes, at most */
	int i, n, rc = 0, failed = 0;

	*done = 0;
	memset(&p, 0, sizeof(p));
	p.start = fs_tsv_tell(r);
	/* Not a file: a stream, or the rest of a file in r's buffer. */
	p.stream = (p.size = fs_tsv_size(r)) < 0;
	/* Keys are checked in the file's order: by the tool's take(). */
	if ((b->fmt->key[0] >= 0 && !run->keys_late) ||
	    (!p.stream && p.size <= p.start))
		return 0;
	if ((n = fs_run_threads(run, p.stream ? INT64_MAX :
	    p.size - p.start)) < 2) {
		/*
		 * On one thread, chunks are worth it only to a tool that asks
		 * for memory rows ahead (prep's ahead()).
		 */
		if (prep == NULL || prep->ahead == NULL)
			return 0;
		n = 1;
	}
	p.run = run;
	p.r0 = r;
	p.b = b;
	p.fd = r->fd;
	p.nv = b->fmt->ncols;
	p.nf = flags & FS_PIPE_FIELDS ? r->ncols : 0;
	p.prep = prep;
	p.prepfn = prep != NULL ? prep->prep : NULL;
	p.parg = prep_arg(prep, arg);
	p.naux = prep != NULL ? (size_t)prep->naux : 0;
	p.arg = arg;
	/*
	 * On one thread a chunk is parsed and then taken by the same
	 * processor, so its bytes and values (about 650 bytes a row of the
	 * register) are best still in its second-level cache when taken:
	 * fs-households --jobs 1 on the bench's register 270 ms with 32 KB
	 * chunks, 284 with 128 KB (15 rounds in turn), 277 with 16 KB; on
	 * two threads 128 KB did as well or better (164 against 170 ms).
	 */
	most = n == 1 ? CHUNK_ONE : CHUNK_MAX;
	if (p.stream) {
		/* Its end is not known: it is met in a chunk. */
		p.chunk = STREAM_CHUNK > 0 ? STREAM_CHUNK : most;
		p.nchunks = INT64_MAX;
		/* What r read after the header comes first. */
		p.ncarry = p.carrycap = r->end - r->pos;
		p.carry = fs_xmalloc(p.carrycap + 1);
		memcpy(p.carry, r->buf + r->pos, p.ncarry);
		r->pos = r->end;
		p.soff = p.start;
		p.eof = r->eof;
	} else {
		p.chunk = (p.size - p.start) / (n * CHUNKS_PER_THREAD);
		p.chunk = p.chunk > most ? most :
		    p.chunk < CHUNK_MIN ? CHUNK_MIN : p.chunk;
		p.nchunks = (p.size - p.start + p.chunk - 1) / p.chunk;
	}
	p.nslots = n * SLOTS_PER_THREAD;
	resume = p.start;
	p.slot = fs_xcalloc((size_t)p.nslots, sizeof(*p.slot));
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.ready, NULL);
	pthread_cond_init(&p.freed, NULL);
	pthread_cond_init(&p.turn, NULL);
	/* n - 1 threads, and this one, which also takes the rows. */
	for (i = 0; i < n - 1; i++)
		started[i] = pthread_create(&th[i], NULL, worker, &p) == 0;
	pthread_mutex_lock(&p.mu);
	while (p.taken < p.nchunks) {
		s = &p.slot[p.taken % p.nslots];
		if (s->chunk != p.taken || (s->state != SLOT_READY &&
		    s->state != SLOT_FAILED)) {
			if (!claim_and_fill(&p))
				pthread_cond_wait(&p.ready, &p.mu);
			continue;
		}
		if (s->state == SLOT_FAILED) {
			failed = 1;
			break;
		}
		pthread_mutex_unlock(&p.mu);
		rc = take_slot(&p, s, r, base, take, arg);
		base += s->lines;
		if (s->n > 0)
			resume = s->first + (int64_t)s->n;
		pthread_mutex_lock(&p.mu);
		if (rc != 0)
			break;
		s->state = SLOT_FREE;
		p.taken++;
		pthread_cond_broadcast(&p.freed);
	}
	p.stop = 1;
	pthread_cond_broadcast(&p.freed);
	pthread_cond_broadcast(&p.turn);
	pthread_mutex_unlock(&p.mu);
	for (i = 0; i < n - 1; i++)
		if (started[i])
			pthread_join(th[i], NULL);
	if (failed && p.stream)
		give_back(&p, r, base);
	else if (failed && fs_tsv_seek(r, resume, base) != 0) {
		fs_warnx("%s: %s", r->name, fs_tsv_strerror(r->err));
		rc = 2;
	} else if (!failed && rc == 0) {
		if (p.stream)
			r->off = p.soff;
		fs_tsv_finish(r, base);
		*done = 1;
	}
	for (i = 0; i < p.nslots; i++) {
		free(p.slot[i].buf);
		free(p.slot[i].v);
		free(p.slot[i].at);
		free(p.slot[i].f);
		free(p.slot[i].aux);
	}
	free(p.slot);
	free(p.carry);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.ready);
	pthread_cond_destroy(&p.freed);
	pthread_cond_destroy(&p.turn);
	return rc;
}

int
fs_run_take(struct fs_run *run, struct fs_tsv *r, const struct fs_binding *b,
    int flags, fs_take_fn *take, void *arg)
{
	return fs_run_take_prep(run, r, b, flags, NULL, take, arg);
}

int
fs_run_take_prep(struct fs_run *run, struct fs_tsv *r,
    const struct fs_binding *b, int flags, struct fs_prep *prep,
    fs_take_fn *take, void *arg)
{
	struct fs_value v[FS_MAX_COLS];
	uint64_t aux[FS_PREP_MAX];
	void *parg = prep_arg(prep, arg);
	int rc, status, done;

	if (prep != NULL && (prep->naux < 1 || prep->naux > FS_PREP_MAX))
		abort();		/* the tool's mistake */
	status = fs_run_pipe(run, r, b, flags, prep, take, arg, &done);
	if (status != 0 || done)
		return status;
	while ((rc = fs_run_next(run, r, b, v)) == FS_TSV_ROW) {
		if (prep != NULL) {
			prep->prep(parg, r, v, aux);
			if (prep->ahead != NULL)	/* some work ahead */
				prep->ahead(arg, aux);
			prep->aux = aux;
		}
		if ((status = take(arg, r, v)) != 0)
			return status;
	}
	return rc == FS_RUN_STOP ? 2 : 0;
}
