/*
 * spool.c - records on a temporary file: a length, then the bytes.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "spool.h"

int
fs_spool_open(struct fs_spool *s)
{
	memset(s, 0, sizeof(*s));
	if ((s->f = fs_tmpfile()) == NULL) {
		s->err = errno;
		return -1;
	}
	return 0;
}

void
fs_spool_add(struct fs_spool *s, const void *p, size_t n)
{
	fs_buf_add(&s->cur, p, n);
}

void
fs_spool_end(struct fs_spool *s)
{
	uint64_t len = s->cur.n;

	if (!s->err && (fwrite(&len, sizeof(len), 1, s->f) != 1 ||
	    fwrite(s->cur.p, 1, s->cur.n, s->f) != s->cur.n))
		s->err = errno ? errno : EIO;
	fs_buf_reset(&s->cur);
}

int
fs_spool_rewind(struct fs_spool *s)
{
	if (!s->err && (fflush(s->f) != 0 || fseek(s->f, 0, SEEK_SET) != 0))
		s->err = errno ? errno : EIO;
	return s->err ? -1 : 0;
}

int
fs_spool_next(struct fs_spool *s, const char **p, size_t *n)
{
	uint64_t len;

	if (s->err)
		return -1;
	if (fread(&len, sizeof(len), 1, s->f) != 1) {
		if (ferror(s->f)) {
			s->err = errno ? errno : EIO;
			return -1;
		}
		return 0;
	}
	fs_buf_reset(&s->got);
	while (s->got.cap < len + 1) {
		s->got.cap = s->got.cap ? s->got.cap * 2 : 4096;
		s->got.p = fs_xreallocarray(s->got.p, s->got.cap, 1);
	}
	if (fread(s->got.p, 1, len, s->f) != len) {
		s->err = ferror(s->f) && errno ? errno : EIO;
		return -1;
	}
	s->got.n = len;
	*p = s->got.p;
	*n = s->got.n;
	return 1;
}

void
fs_spool_close(struct fs_spool *s)
{
	if (s->f != NULL)
		fclose(s->f);
	s->f = NULL;
	fs_buf_free(&s->cur);
	fs_buf_free(&s->got);
}
