/*
 * ahead.h - rows read and parsed ahead, by a second thread (--jobs 2).
 * Private to run.c: tools see only fs_run_next(), which gives the same
 * rows, values, messages and line numbers either way.
 *
 * The input is cut into blocks of whole lines.  Each block is read in
 * turn, then split and parsed (fs_tsv_next, fs_format_parse) by whichever
 * thread is free: the helper, or the tool's own thread when it would
 * otherwise wait.  The tool's thread takes the rows in order and does
 * everything that depends on order: repeated keys, messages, the tool's
 * own work.  A handful of blocks are in use at a time, so memory does not
 * grow with the input.
 */
#ifndef FS_AHEAD_H
#define FS_AHEAD_H

#include "format.h"
#include "tsv.h"

/*
 * Starts reading r (its header read, bound by b) ahead: 0, or -1 when no
 * thread could be started (then read on as usual).
 */
int fs_ahead_start(struct fs_tsv *r, const struct fs_binding *b);

/*
 * The next row of r, as fs_tsv_next() would give it (FS_TSV_ROW,
 * FS_TSV_BAD with r->bad, FS_TSV_EOF, FS_TSV_ERROR with r->err); for a
 * row, v and *why, *col as fs_format_parse() would give them.
 */
enum fs_tsv_status fs_ahead_next(struct fs_tsv *r, struct fs_value *v,
    const char **why, int *col);

#endif
