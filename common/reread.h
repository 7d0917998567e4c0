/*
 * reread.h - a regular file read again for a table, a row at a time.
 *
 * A table whose rows' problems are known only at the end of the input
 * (two households with one head, a decision whose later stages are
 * missing) must keep its rows until then.  Standard input goes to a
 * spool (spool.h); a regular file need not: a tool keeps where each row
 * is (struct fs_place) and reads the file again for the table, which
 * spares writing its bytes to TMPDIR and reading them back.  The file
 * must not change meanwhile: the tool keeps its state when it was opened
 * (fstat(2)) and compares it with fs_reread_same() before and after the
 * table; a row that is no longer a line is found as it is read; a file
 * cut short under a mapped window raises SIGBUS, which the tool catches
 * with fs_tsv_catch_cut() (tsv.h).
 */
#ifndef FS_REREAD_H
#define FS_REREAD_H

#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "util.h"

/* Where a row is: its first byte, and its bytes without CR/LF. */
struct fs_place {
	int64_t off;
	uint64_t len;
};

/*
 * A file being read again: a window of it mapped at a time, as the
 * readers map their input (FS_TSV_MAP bytes, or a row and its end
 * should it be longer), whole at once (MAP_POPULATE: the table reads
 * it all, in order), or, where it cannot be mapped, a block read into a
 * buffer.  Zeroed, then fs_reread_start() for each file.
 */
struct fs_reread {
	int fd;
	const char *name;
	int64_t size;		/* of the file when it was opened */
	char *buf;		/* the window or the buffer */
	size_t cap;		/* the buffer's size; the window's length */
	int mapped;		/* buf is a window */
	int nomap;		/* a window could not be mapped: read */
	int64_t at;		/* the file offset of buf[0] */
	size_t n;		/* bytes in buf */
	int changed;		/* a row's bytes are no longer a line */
};

/* "the file changed while the table was written" */
extern const char fs_reread_changed[];

/* Turns rr to another file (fd, of size bytes when opened). */
void fs_reread_start(struct fs_reread *rr, int fd, const char *name,
    int64_t size);

/*
 * The bytes of the row at pl, valid until the next call: a pointer to
 * them, or NULL when they cannot be read (errno) or are not a line now
 * (rr->changed): after them must come a LF, a CR or the end of the file.
 */
const char *fs_reread_row(struct fs_reread *rr, const struct fs_place *pl);

/*
 * Asks for the byte after the row at pl to come, the first
 * fs_reread_row() reads, when the row is in the window: for rows some
 * way ahead (the window's bytes come from memory, and a row's end is
 * read first, so the processor's own prefetching is not ahead of it).
 */
static inline void
fs_reread_ahead(const struct fs_reread *rr, const struct fs_place *pl)
{
	if (rr->mapped && pl->off >= rr->at &&
	    (uint64_t)(pl->off - rr->at) + pl->len < rr->n)
		__builtin_prefetch(rr->buf + (pl->off - rr->at) + pl->len);
}

/* Unmaps the window or frees the buffer. */
void fs_reread_free(struct fs_reread *rr);

/*
 * Whether fd is the file st says it was (same file, size, times of the
 * last change and of the last status change): 0; 2 with "NAME: the file
 * changed WHEN", or with why fstat(2) failed, added to why.
 */
int fs_reread_same(int fd, const struct stat *st, const char *name,
    const char *when, struct fs_buf *why);

struct fs_tsv;

/*
 * A run reads again its first FS_REREAD_FILES such files at most, so
 * that the descriptors it keeps open stay few however many files it is
 * given; the rest are spooled.
 */
enum { FS_REREAD_FILES = 32 };

/*
 * A descriptor of its own for the file r reads, to read it again with,
 * its state now in *st: or -1, and the file is spooled, when it is not a
 * regular file of the size r found when it opened it (one that changed
 * since, or one that says it is empty, as those of /proc do), or a
 * descriptor cannot be made or would leave fewer than 16 below the limit
 * of open files (the run's other files, its temporary ones, need them).
 */
int fs_reread_open(const struct fs_tsv *r, struct stat *st);

/*
 * Reads want bytes of fd at off into buf, or fewer at the end of the
 * file: how many, or -1 (errno).
 */
ssize_t fs_pread_full(int fd, char *buf, size_t want, int64_t off);

#endif
