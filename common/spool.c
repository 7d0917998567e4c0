/*
 * spool.c - records on a temporary file: a length, then the bytes.
 *
 * Records are added straight into a buffer, behind an 8-byte slot that
 * gets their length when they end; a full buffer goes to the file in one
 * write, all but the open record.  Reading back takes the file in blocks
 * of the same size and hands out records in place.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "behind.h"
#include "spool.h"

enum { SPOOL_BLOCK = 1 << 20, SLOT = sizeof(uint64_t) };

void
fs_spool_open(struct fs_spool *s)
{
	memset(s, 0, sizeof(*s));
	s->cap = SPOOL_BLOCK;
	s->buf = fs_xmalloc(s->cap);
}

/* Writes p[0 .. n) to fd: 0, or errno. */
static int
write_fd(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, p, n)) < 0) {
			if (errno != EINTR)
				return errno;
			continue;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* The file, made on the first write: 0, or -1 (s->err). */
static int
spill_file(struct fs_spool *s)
{
	s->spilled = 1;
	if (s->f == NULL && !s->err && (s->f = fs_tmpfile()) == NULL) {
		s->err = errno;
		s->nofile = 1;
	}
	return s->err ? -1 : 0;
}

static void
write_out(struct fs_spool *s, const char *p, size_t n)
{
	if (spill_file(s) == 0)
		s->err = write_fd(fileno(s->f), p, n);
}

/* fs_spool_behind()'s thread's write (behind.h): to the file. */
static int
spool_write(void *arg, const char *p, size_t n)
{
	const struct fs_spool *s = arg;

	return write_fd(s->fd, p, n);
}

void
fs_spool_behind(struct fs_spool *s)
{
	s->may_behind = 1;
}

/*
 * The records before the open one handed to the thread (made now, when
 * it is not yet), which writes them while the spool fills its spare
 * buffer, the open record's bytes moved to its front: 0, or -1 when no
 * thread can be made (then nothing was done).
 */
static int
hand_over(struct fs_spool *s)
{
	size_t keep = s->n - s->rec, cap;
	char *p;
	int err;

	if (spill_file(s) != 0)
		return 0;	/* s->err: nothing more is added */
	if (s->behind == NULL) {
		s->fd = fileno(s->f);
		if ((s->behind = fs_behind_start(spool_write, s,
		    s->cap)) == NULL) {
			s->may_behind = 0;	/* written here, as before */
			return -1;
		}
	}
	if ((p = fs_behind_hand(s->behind, s->buf, s->rec, s->cap, &cap,
	    &err)) == NULL) {
		s->err = err;
		return 0;
	}
	if (cap < s->cap) {	/* as large as the spool's */
		free(p);
		p = fs_xmalloc(s->cap);
		cap = s->cap;
	}
	/* Read while the thread reads the same buffer: it writes none. */
	memcpy(p, s->buf + s->rec, keep);
	s->buf = p;
	s->cap = cap;
	s->n = keep;
	s->rec = 0;
	return 0;
}

/* Waits for the thread to write what it has, then ends it. */
static void
stop_behind(struct fs_spool *s)
{
	int err;

	if (s->behind == NULL)
		return;
	if ((err = fs_behind_stop(s->behind)) != 0 && !s->err)
		s->err = err;
	s->behind = NULL;
}

/* Room for more bytes of the open record: earlier records go out. */
static void
make_room(struct fs_spool *s, size_t more)
{
	size_t keep;

	if (s->rec > 0 && !(s->may_behind && hand_over(s) == 0)) {
		write_out(s, s->buf, s->rec);
		keep = s->n - s->rec;
		memmove(s->buf, s->buf + s->rec, keep);
		s->n = keep;
		s->rec = 0;
	}
	while (s->cap - s->n < more) {
		s->buf = fs_xreallocarray(s->buf, s->cap, 2);
		s->cap *= 2;
	}
}

void
fs_spool_add(struct fs_spool *s, const void *p, size_t n)
{
	if (s->buf == NULL || s->err)
		return;
	if (!s->open) {
		if (s->cap - s->n < SLOT) {
			s->rec = s->n;
			make_room(s, SLOT);
		}
		s->rec = s->n;
		s->n += SLOT;
		s->open = 1;
	}
	if (s->cap - s->n < n)
		make_room(s, n);
	memcpy(s->buf + s->n, p, n);
	s->n += n;
	s->bytes += n;
}

void
fs_spool_end(struct fs_spool *s)
{
	uint64_t len;

	if (s->buf == NULL || s->err)
		return;
	if (!s->open)
		fs_spool_add(s, "", 0);
	len = s->n - s->rec - SLOT;
	memcpy(s->buf + s->rec, &len, SLOT);
	s->open = 0;
	s->rec = s->n;
}

int
fs_spool_rewind(struct fs_spool *s)
{
	if (s->buf == NULL && !s->err)
		s->err = EBADF;
	if (s->err)
		return -1;
	s->reading = 1;
	s->pos = 0;
	if (!s->spilled) {		/* all of it is here */
		s->eof = 1;
		return 0;
	}
	stop_behind(s);
	if (s->err)
		return -1;
	write_out(s, s->buf, s->n);
	s->n = 0;
	if (!s->err && lseek(fileno(s->f), 0, SEEK_SET) < 0)
		s->err = errno;
	return s->err ? -1 : 0;
}

/* At least want bytes from s->pos on, unless the file ends: 0 or -1. */
static int
fill(struct fs_spool *s, size_t want)
{
	ssize_t got;

	memmove(s->buf, s->buf + s->pos, s->n - s->pos);
	s->n -= s->pos;
	s->pos = 0;
	while (s->cap < want) {
		s->buf = fs_xreallocarray(s->buf, s->cap, 2);
		s->cap *= 2;
	}
	while (s->n < want && !s->eof) {
		got = read(fileno(s->f), s->buf + s->n, s->cap - s->n);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			s->err = errno;
			return -1;
		}
		if (got == 0)
			s->eof = 1;
		s->n += (size_t)got;
	}
	return 0;
}

int
fs_spool_next(struct fs_spool *s, const char **p, size_t *n)
{
	uint64_t len;

	if (s->err || !s->reading)
		return -1;
	if (s->n - s->pos < SLOT && fill(s, SLOT) < 0)
		return -1;
	if (s->n - s->pos == 0)
		return 0;
	if (s->n - s->pos < SLOT) {
		s->err = EIO;
		return -1;
	}
	memcpy(&len, s->buf + s->pos, SLOT);
	if (s->n - s->pos - SLOT < len && fill(s, SLOT + len) < 0)
		return -1;
	if (s->n - s->pos - SLOT < len) {
		s->err = EIO;
		return -1;
	}
	*p = s->buf + s->pos + SLOT;
	*n = (size_t)len;
	s->pos += SLOT + (size_t)len;
	return 1;
}

void
fs_spool_why(const struct fs_spool *s, struct fs_buf *b)
{
	fs_tmp_fault(b, s->nofile, strerror(s->err ? s->err : EIO));
}

void
fs_spool_warn(const struct fs_spool *s)
{
	struct fs_buf b = { 0 };

	fs_spool_why(s, &b);
	fs_warnx("%s", b.p);
	fs_buf_free(&b);
}

void
fs_spool_close(struct fs_spool *s)
{
	stop_behind(s);
	if (s->f != NULL)
		fclose(s->f);
	s->f = NULL;
	free(s->buf);
	s->buf = NULL;
}
