/*
 * reread.c - a regular file read again for a table (reread.h).
 *
 * Mapped, a window's bytes are read where they lie in the system's
 * cache, not copied first; a file cut short while mapped raises SIGBUS,
 * which the readers' handler turns into a stop with the message
 * fs_reread_changed, or a jump back to the tool (fs_tsv_catch_cut()).
 * Measured on the bench's register (fs-households), the table took
 * 0.047 s mapped, 0.041 with each window mapped whole and rows asked for
 * ahead.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "reread.h"
#include "tsv.h"

enum { REREAD_BLOCK = 1 << 20, REREAD_MAP = FS_TSV_MAP, REREAD_SPARE = 16 };

const char fs_reread_changed[] =
    "the file changed while the table was written";

int
fs_reread_open(const struct fs_tsv *r, struct stat *st)
{
	struct rlimit rl;
	int d;

	if (r->fd < 0 || !r->sized || fstat(r->fd, st) != 0 ||
	    !S_ISREG(st->st_mode) || st->st_size != r->fsize ||
	    (d = dup(r->fd)) < 0)
		return -1;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
	    (rlim_t)d + REREAD_SPARE >= rl.rlim_cur) {
		close(d);
		return -1;
	}
	return d;
}

ssize_t
fs_pread_full(int fd, char *buf, size_t want, int64_t off)
{
	ssize_t got;
	size_t n;

	for (n = 0; n < want; n += (size_t)got) {
		got = pread(fd, buf + n, want - n, (off_t)(off + (int64_t)n));
		if (got < 0 && errno == EINTR)
			got = 0;
		else if (got < 0)
			return -1;
		else if (got == 0)
			break;
	}
	return (ssize_t)n;
}

/* Unmaps the window, if any; a buffer is kept. */
static void
drop(struct fs_reread *rr)
{
	if (rr->mapped) {
		fs_tsv_unwatch_cut(rr->buf);
		munmap(rr->buf, rr->cap);
		rr->buf = NULL;
		rr->cap = 0;
		rr->mapped = 0;
	}
	rr->n = 0;
}

void
fs_reread_start(struct fs_reread *rr, int fd, const char *name, int64_t size)
{
	drop(rr);
	rr->fd = fd;
	rr->name = name;
	rr->size = size;
	rr->nomap = 0;
	rr->changed = 0;
}

/*
 * Maps the window that begins at the page of pl's row: 0, or -1 when it
 * cannot be (the file is then read from here on).
 */
static int
map(struct fs_reread *rr, const struct fs_place *pl)
{
	const int64_t page = (int64_t)sysconf(_SC_PAGESIZE);
	int64_t base;
	size_t want;
	void *p;

	if (rr->nomap || page <= 0)
		return -1;
	base = pl->off - pl->off % page;
	want = (size_t)(pl->off - base) + pl->len + 1;
	if (want < REREAD_MAP)
		want = REREAD_MAP;
	if (rr->size < base + (int64_t)want)
		want = rr->size > base ? (size_t)(rr->size - base) : 0;
	drop(rr);
	if (want == 0 || (p = mmap(NULL, want, PROT_READ,
	    MAP_PRIVATE | MAP_POPULATE, rr->fd, (off_t)base)) == MAP_FAILED) {
		rr->nomap = 1;
		return -1;
	}
	fs_tsv_watch_cut(p, want, rr->name, fs_reread_changed);
	free(rr->buf);
	rr->buf = p;
	rr->cap = want;
	rr->mapped = 1;
	rr->at = base;
	rr->n = want;
	return 0;
}

/* Reads the block that begins with pl's row: 0, or -1 (errno). */
static int
block(struct fs_reread *rr, const struct fs_place *pl)
{
	size_t want = pl->len < REREAD_BLOCK ? REREAD_BLOCK : pl->len + 1;
	ssize_t got;

	drop(rr);
	if (want > rr->cap) {
		rr->buf = fs_xreallocarray(rr->buf, want, 1);
		rr->cap = want;
	}
	rr->at = pl->off;
	if ((got = fs_pread_full(rr->fd, rr->buf, want, rr->at)) < 0)
		return -1;
	rr->n = (size_t)got;
	return 0;
}

const char *
fs_reread_row(struct fs_reread *rr, const struct fs_place *pl)
{
	const char *p;

	if ((pl->off < rr->at || (uint64_t)(pl->off - rr->at) + pl->len >=
	    rr->n) && map(rr, pl) != 0 && block(rr, pl) != 0)
		return NULL;
	p = rr->buf + (pl->off - rr->at);
	if ((uint64_t)(pl->off - rr->at) + pl->len > rr->n ||
	    ((uint64_t)(pl->off - rr->at) + pl->len < rr->n &&
	    p[pl->len] != '\n' && p[pl->len] != '\r')) {
		rr->changed = 1;
		return NULL;
	}
	return p;
}

void
fs_reread_free(struct fs_reread *rr)
{
	drop(rr);
	free(rr->buf);
	rr->buf = NULL;
	rr->cap = 0;
}

int
fs_reread_same(int fd, const struct stat *was, const char *name,
    const char *when, struct fs_buf *why)
{
	struct stat st;

	if (fstat(fd, &st) != 0) {
		fs_buf_printf(why, "%s: %s", name, strerror(errno));
		return 2;
	}
	/*
	 * The time of the last status change too: the time of the last
	 * change can be set back (touch -r, rsync -t) after an edit in
	 * place, the status change's cannot.
	 */
	if (st.st_dev != was->st_dev || st.st_ino != was->st_ino ||
	    st.st_size != was->st_size ||
	    st.st_mtim.tv_sec != was->st_mtim.tv_sec ||
	    st.st_mtim.tv_nsec != was->st_mtim.tv_nsec ||
	    st.st_ctim.tv_sec != was->st_ctim.tv_sec ||
	    st.st_ctim.tv_nsec != was->st_ctim.tv_nsec) {
		fs_buf_printf(why, "%s: the file changed %s", name, when);
		return 2;
	}
	return 0;
}
