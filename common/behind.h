/*
 * behind.h - a thread that writes a buffer while its caller fills
 * another: a table's blocks (fs_out_behind(), tsv.h), a spool's
 * (fs_spool_behind(), spool.h).  The caller makes; the thread writes
 * what was made a buffer before.
 */
#ifndef FS_BEHIND_H
#define FS_BEHIND_H

#include <stddef.h>

struct fs_behind;

/* Writes p[0 .. n) for the thread: 0, or the errno of its failure. */
typedef int fs_behind_fn(void *arg, const char *p, size_t n);

/*
 * The thread, writing by fn(arg, ...), and its spare buffer of cap
 * bytes: NULL when no thread can be made.  After a write fails it
 * writes nothing more.
 */
struct fs_behind *fs_behind_start(fs_behind_fn *fn, void *arg, size_t cap);

/*
 * Hands buf[0 .. n) (a buffer of cap bytes) to the thread, once it has
 * written the last, and gives back its spare buffer (the one handed
 * over before), of *spare_cap bytes; the caller must not touch buf
 * until it is given back so.  NULL when a write failed: buf is not
 * handed over then, and *err says why.
 */
char *fs_behind_hand(struct fs_behind *b, char *buf, size_t n, size_t cap,
    size_t *spare_cap, int *err);

/*
 * Waits for the thread to write what it has, and ends it: 0, or the
 * errno of its first failed write.
 */
int fs_behind_stop(struct fs_behind *b);

#endif
