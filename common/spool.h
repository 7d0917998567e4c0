/*
 * spool.h - records kept aside until the end of the input, in order.
 *
 * Some tables can only be written once the whole input is read: a row's
 * problems depend on rows that come later (two households with one head,
 * a decision whose later stages are missing).  Standard input cannot be
 * read twice, and keeping the rows in memory would make memory grow with
 * rows, so they go to an unlinked temporary file in $TMPDIR (through a
 * buffer of 1 MB: a small input never leaves memory, and the file is
 * made only when the buffer is full) and are read back.
 */
#ifndef FS_SPOOL_H
#define FS_SPOOL_H

#include <stdio.h>

#include "util.h"

struct fs_behind;

struct fs_spool {
	FILE *f;
	int err;		/* errno of the first failure */
	int nofile;		/* that failure: no temporary file could be made */
	/*
	 * spool.c's own buffer, written and read with write(2) and read(2)
	 * on f's descriptor: records as they are added (a length slot, the
	 * bytes), then as they are read back.
	 */
	char *buf;
	size_t n, cap;		/* bytes held; the buffer's size */
	size_t rec;		/* writing: the open record's length slot */
	size_t pos;		/* reading: the next record */
	int open;		/* a record is open */
	int spilled;		/* bytes went to the file */
	int reading, eof;
	uint64_t bytes;		/* the records' bytes, all added */
	int may_behind;		/* fs_spool_behind() was asked */
	struct fs_behind *behind;	/* its thread, once made */
	int fd;			/* f's descriptor, for the thread */
};

/* An empty spool, in memory. */
void fs_spool_open(struct fs_spool *s);

/*
 * From now on, a full buffer is written to the file on a thread of its
 * own while the records after it go into a second buffer (the thread is
 * made when the first buffer fills): for a tool whose reading thread
 * sets its time.  A write's failure shows in s->err a buffer later, and
 * at the latest in fs_spool_rewind().
 */
void fs_spool_behind(struct fs_spool *s);

/* Adds bytes to the current record; fs_spool_end() closes it. */
void fs_spool_add(struct fs_spool *s, const void *p, size_t n);
void fs_spool_end(struct fs_spool *s);

/* Turns to reading from the first record: 0, or -1 (s->err). */
int fs_spool_rewind(struct fs_spool *s);

/* The next record, valid until the next call: 1, 0 at the end, -1. */
int fs_spool_next(struct fs_spool *s, const char **p, size_t *n);

/*
 * Says on stderr why s failed (s->err): "DIR: cannot make a temporary
 * file: WHY", or "DIR: temporary file: WHY".
 */
void fs_spool_warn(const struct fs_spool *s);
/* The same words, added to b. */
void fs_spool_why(const struct fs_spool *s, struct fs_buf *b);

void fs_spool_close(struct fs_spool *s);

#endif
