/*
 * util.h - small helpers every part of firstsec uses: checked allocation,
 * an arena for strings that live as long as the program, and byte slices.
 */
#ifndef FS_UTIL_H
#define FS_UTIL_H

#include <sys/stat.h>

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A slice of bytes that belongs to someone else (usually a read buffer). */
struct fs_slice {
	const char *p;
	size_t n;
};

/*
 * Allocation that cannot fail: on exhaustion the program ends (exit 2),
 * through fs_nomem(), which says "TOOL: out of memory" once.
 */
_Noreturn void fs_nomem(void);
/*
 * The end of a run that cannot go on (out of memory, a read that fails
 * deep in a tool): as fs_nomem(), the files it was making removed and
 * its report taken out, then "TOOL: MESSAGE" and exit 2.
 */
_Noreturn void fs_fatal(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
void *fs_xmalloc(size_t n);

/*
 * Files a run has made and not finished (a copy beside a ledger not yet
 * renamed over it, a rejects file not yet written), removed when the run
 * stops short of finishing them: at a signal that ends it (Ctrl-C, kill,
 * a hangup; one ignored, as under nohup, stays so), out of memory
 * (fs_nomem()), or a file cut short under a reader's map.  fs_unfinished()
 * takes path, which must live until fs_finished(), and gives the token
 * fs_finished() takes (-1: too many, not taken: then it is not removed).
 */
int fs_unfinished(const char *path);
void fs_finished(int token);
/* Removes them now (async-signal-safe): for a stop by a path of its own. */
void fs_unfinished_remove(void);
/*
 * Is this the first of the run's stops (a signal, out of memory, a file
 * cut under a map)?  Async-signal-safe.  A later one, on any thread,
 * waits for the first to end the run (fs_stop_wait()), so that the
 * removals and the report's cut back are made whole, not broken off half
 * way.
 */
int fs_stop_first(void);
/*
 * A later stop's wait, for ever (async-signal-safe): a write of the
 * report this thread had begun is given up first, so that the first
 * stop does not wait for it.
 */
_Noreturn void fs_stop_wait(void);
/*
 * The report being written into the regular file open on fd (standard
 * output), until fs_unfinished_report(-1): a run stopped short as
 * above cuts the file back to where the report's first write began,
 * when its own bytes end the file (nothing else was written after it
 * began: a message into a shared log, another program's line).
 * fs_unfinished_report_began() is that offset (-1: not begun, or fd not
 * the report's), for a write that fails to be undone the same way.
 */
void fs_unfinished_report(int fd);
off_t fs_unfinished_report_began(int fd);
/*
 * n bytes about to be written to fd, and n written (0 when the write
 * failed): counted when fd is the report's, so that only the report's
 * own bytes are taken out.  Each write(2) of the toolkit's, to any file,
 * on any thread, between the two: a stop waits for it to end before
 * cutting the report back, and one about to begin once a stop is under
 * way never returns.
 */
void fs_unfinished_writing(int fd, size_t n);
void fs_unfinished_wrote(int fd, size_t n);

void *fs_xcalloc(size_t nmemb, size_t size);
void *fs_xreallocarray(void *p, size_t nmemb, size_t size);
char *fs_xstrndup(const char *s, size_t n);

/*
 * An arena hands out memory that is freed all at once.  Keys, names and
 * finding texts live here, so there is no allocation per field or per row.
 */
struct fs_arena_chunk;
struct fs_arena {
	struct fs_arena_chunk *head;
	size_t used, cap;
};

void *fs_arena_alloc(struct fs_arena *a, size_t n);	/* zeroed, 8-aligned */
char *fs_arena_strndup(struct fs_arena *a, const char *s, size_t n);
void fs_arena_free(struct fs_arena *a);

/*
 * Are the n bytes at a and b the same?  For short keys: a few loads,
 * overlapping, and no call.
 */
static inline int
fs_same_bytes(const char *a, const char *b, size_t n)
{
	uint64_t x, y, u, w;
	uint32_t x4, y4, u4, w4;

	if (n >= 8 && n <= 16) {
		__builtin_memcpy(&x, a, 8);
		__builtin_memcpy(&y, b, 8);
		__builtin_memcpy(&u, a + n - 8, 8);
		__builtin_memcpy(&w, b + n - 8, 8);
		return ((x ^ y) | (u ^ w)) == 0;
	}
	if (n >= 4 && n < 8) {
		__builtin_memcpy(&x4, a, 4);
		__builtin_memcpy(&y4, b, 4);
		__builtin_memcpy(&u4, a + n - 4, 4);
		__builtin_memcpy(&w4, b + n - 4, 4);
		return ((x4 ^ y4) | (u4 ^ w4)) == 0;
	}
	if (n < 4)		/* first, middle and last: all of them */
		return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] &&
		    a[n - 1] == b[n - 1]);
	return __builtin_memcmp(a, b, n) == 0;
}

/* Bytewise comparison of two slices, shorter first on a common prefix. */
int fs_slice_cmp(const char *a, size_t an, const char *b, size_t bn);
int fs_slice_eq(const char *a, size_t an, const char *b);

/*
 * A growing byte buffer for building messages and keys.  It never holds
 * more than it was asked to, and is always NUL-terminated.
 */
struct fs_buf {
	char *p;
	size_t n, cap;
};

void fs_buf_add(struct fs_buf *b, const void *p, size_t n);
void fs_buf_adds(struct fs_buf *b, const char *s);
void fs_buf_printf(struct fs_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void fs_buf_free(struct fs_buf *b);
/* Empties b (a call a row in some tools: inline). */
static inline void
fs_buf_reset(struct fs_buf *b)
{
	b->n = 0;
	if (b->p != NULL)
		b->p[0] = '\0';
}

/* The plural ending of a count's noun in a detail: "1 day", "2 days". */
const char *fs_plural(int64_t n);

/* The name of the running tool, for messages ("fs-check"). */
extern const char *fs_tool;

/*
 * How much of a value a message quotes: its length, or FS_QUOTE_MAX bytes
 * cut back to a character's start, with *more "..." then (else "").
 */
enum { FS_QUOTE_MAX = 60 };
int fs_quote_len(const char *p, size_t n, const char **more);
/*
 * Adds 'VALUE' to b as a message quotes it: what fs_quote_len() keeps,
 * with a control character or an invisible one (fs_hidden_len()) written
 * as an escape (\r, \x1b, \u009b for a C1 control in UTF-8, \u200b), so
 * that a message cannot move the terminal it is read on and says what a
 * clerk cannot see.
 */
void fs_buf_quote(struct fs_buf *b, const char *p, size_t n);
/*
 * fs_buf_quote() of a value that may be a person's number (a column
 * fs_name_mask() masks): its first head and last tail characters as they
 * are, and of the characters between, each ASCII letter or digit and
 * each other character of UTF-8 written '*'.  Spaces, punctuation,
 * escapes (\t) and the characters fs_buf_quote() writes as escapes are
 * kept, since they are most often what is wrong.  A value of head + tail
 * characters or fewer cannot hold a whole number and is quoted as it
 * is; one cut (fs_quote_len()) keeps no tail.
 */
void fs_buf_quote_masked(struct fs_buf *b, const char *p, size_t n,
    size_t head, size_t tail);

/*
 * A file replaced whole, as a ledger or a rejects file is: the new one is
 * written beside it and renamed over it, so that until then the old one
 * is there as it was, whatever stops the run.  fs_beside() makes the new
 * one in the folder of path (a file's real path, not a link): unnamed
 * (O_TMPFILE), where the file system can and /proc is there to name it
 * later, so that a run killed outright (SIGKILL, a crash, the power)
 * leaves nothing of it; else "DIR/.BASE.XXXXXX" with mkstemp(3),
 * registered at once (fs_unfinished(), its token in *token, else -1),
 * with the signals blocked between the two.  Its descriptor, and its name
 * in tmp (empty for an unnamed one); or -1 (errno set).  fs_beside_name()
 * names an unnamed one "DIR/.BASE.XXXXXX" just before its rename, and
 * registers the name the same way; a named one is left as it is.  0, or
 * -1 (errno set, tmp empty).  fs_keep_owner() gives it the owner, group
 * and permissions of the file it will replace (sb), as far as the system
 * lets it, so that a run as root (cron) leaves a clerk's file the clerk's;
 * a group it cannot give (a user not in it) leaves the copy in the user's
 * own group, with no group permission, and it returns -1 (else 0).
 * fs_sync_folder() makes the rename in path's folder last through a
 * crash (best effort).
 */
int fs_beside(const char *path, struct fs_buf *tmp, int *token);
int fs_beside_name(int fd, const char *path, struct fs_buf *tmp,
    int *token);
int fs_keep_owner(int fd, const struct stat *sb);
void fs_sync_folder(const char *path);

/*
 * The bytes of the control character p starts with, n bytes at most: a
 * C0 control, DEL, or a C1 control in UTF-8 (U+0080 to U+009F, among
 * them the CSI a terminal reads as ESC [); 0 for anything else.
 */
size_t fs_control_len(const char *p, size_t n);
/*
 * The bytes of the control or invisible character p starts with, n
 * bytes at most: fs_control_len()'s, or a character of UTF-8 that shows
 * as nothing or turns the text around it (U+200B ZERO WIDTH SPACE, U+FEFF,
 * U+202E RIGHT-TO-LEFT OVERRIDE, U+2028, U+00AD SOFT HYPHEN, ...); 0 for
 * anything else.
 */
size_t fs_hidden_len(const char *p, size_t n);
/*
 * Each control character of p[0..n) made one space, in place, so that
 * text written for a person cannot move the terminal it is read on:
 * the new length.
 */
size_t fs_controls_to_spaces(char *p, size_t n);

/*
 * The escape fs_buf_quote() writes for the control or invisible
 * character of len bytes at p (fs_hidden_len()), in e: its length, 2 to
 * 10 (\U000e0031 for a character past the first plane).
 */
size_t fs_control_escape(const char *p, size_t len, char e[10]);

/*
 * Prints "TOOL: message" on stderr, one line, with each control or
 * invisible character of the message (a file's name, an argument)
 * written as an escape, as fs_buf_quote() writes it.
 */
void fs_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void fs_vwarnx(const char *fmt, va_list ap)
    __attribute__((format(printf, 1, 0)));

/*
 * A new temporary file for reading and writing, in $TMPDIR (else /tmp),
 * already unlinked: it goes away with the process.  NULL with errno set.
 */
FILE *fs_tmpfile(void);
/* That folder. */
const char *fs_tmpdir(void);
/*
 * A temporary file's failure, in the words every tool uses: "DIR: cannot
 * make a temporary file: WHY" (nofile), else "DIR: temporary file: WHY",
 * added to b.
 */
void fs_tmp_fault(struct fs_buf *b, int nofile, const char *why);

/*
 * A descriptor left non-blocking by whoever made it (a pipe from node,
 * some job runners) says EAGAIN when its other end is behind: whether
 * errno e is that, and a wait until fd is ready for events (POLLIN,
 * POLLOUT): 0, or -1.  Reads and writes then go on as on a blocking one.
 */
int fs_again(int e);
int fs_wait_fd(int fd, short events);

/*
 * The path of an installed data file (calendar.tsv, rules.tsv): under
 * $FS_DATADIR when set; else beside the running program (PREFIX/share/
 * firstsec when installed, the tree's data/ when run from the build
 * tree, known by its common/util.c); else the compiled-in PREFIX/share/
 * firstsec.  Kept in buf.
 */
const char *fs_data_path(const char *name, struct fs_buf *buf);

#endif
