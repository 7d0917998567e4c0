/*
 * util.c - checked allocation, arenas, byte buffers, messages.
 */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

const char *fs_tool = "firstsec";

/* Files the run is making, removed if it stops before they are done. */
static _Atomic(const char *) unfinished[4];
/*
 * The report under way into a regular file: its descriptor; the offset
 * its first write began at (-1 before), the bytes written of it, and the
 * write under way: where it began, and its bytes (0: none).
 */
static atomic_int report_fd = -1;
static _Atomic(off_t) report_start = -1, report_at = -1;
static _Atomic(uint64_t) report_written, report_pending;
/*
 * The writes under way, on every thread (fs_out_behind() writes the
 * report on one of its own), and whether a stop is cutting the report
 * back: a stop waits for the other threads' writes to end, and a write
 * not yet begun then never begins, so that none lands after the cut (at
 * the old end: a hole of NUL bytes; at the start: a first part).  A
 * thread's write is one flag, its own, set and cleared by one store, so
 * that a stop that comes between two steps of it cannot mistake its
 * own thread's write for another's; the stopped thread's own write
 * under way is report_pending's.  Threads past the slots (slots are not
 * given back) share a count, waited for whole, even by a stop on one of
 * them, which then leaves the report after 3 s: no tool writes on more
 * than two threads.
 */
enum { WRITER_SLOTS = 32 };
static atomic_int writer_busy[WRITER_SLOTS], writers_more, writer_slots;
static atomic_bool report_cutting;
static _Thread_local int writer_slot = -1, report_stopper;

/* A stop waits this long (1 ms steps) for the others' writes to end. */
#define CUT_WAIT_MS 3000

/* Is a thread other than this one in a write? */
static int
others_writing(void)
{
	int k, n = atomic_load(&writer_slots);

	for (k = 0; k < n && k < WRITER_SLOTS; k++)
		if (k != writer_slot && atomic_load(&writer_busy[k]))
			return 1;
	return atomic_load(&writers_more) > 0;
}

void
fs_unfinished_remove(void)
{
	static const struct timespec ms = { 0, 1000000 };
	const char *path;
	struct stat st;
	off_t start, end, pending, at;
	size_t i;
	int fd;

	report_stopper = 1;
	for (i = 0; i < sizeof(unfinished) / sizeof(unfinished[0]); i++)
		if ((path = atomic_exchange(&unfinished[i], NULL)) != NULL)
			(void)unlink(path);
	/*
	 * The report's bytes so far are taken out again, as a write that
	 * fails is undone (undo()): only when they end the file and nothing
	 * else was written since it began (a message of the tool's own to a
	 * shared log, 2>&1; another program's line), so that no first part
	 * of a report is left to read like all of it, and nothing but it is
	 * taken.
	 */
	if (atomic_load(&report_fd) < 0)
		return;
	atomic_store(&report_cutting, 1);
	for (i = 0; others_writing(); i++) {
		if (i == CUT_WAIT_MS)
			return;		/* a write that does not end: leave it */
		(void)nanosleep(&ms, NULL);
	}
	if ((fd = atomic_exchange(&report_fd, -1)) < 0 ||
	    (start = atomic_load(&report_start)) < 0)
		return;
	end = start + (off_t)atomic_load(&report_written);
	/*
	 * A write under way, stopped by the signal, may have gone too: when
	 * it began where the report's bytes end.
	 */
	pending = (off_t)atomic_load(&report_pending);
	if ((at = lseek(fd, 0, SEEK_CUR)) <= start)
		return;
	if (at != end && (pending == 0 || atomic_load(&report_at) != end ||
	    at < end || at > end + pending))
		return;
	if (fstat(fd, &st) == 0 && st.st_size == at &&
	    ftruncate(fd, start) == 0)
		(void)lseek(fd, start, SEEK_SET);
}

/* This thread's write, ended (or never begun). */
static void
write_ended(void)
{
	if (writer_slot < 0)
		return;
	if (writer_slot < WRITER_SLOTS)
		atomic_store(&writer_busy[writer_slot], 0);
	else
		atomic_fetch_sub(&writers_more, 1);
}

void
fs_unfinished_writing(int fd, size_t n)
{
	off_t at;

	/*
	 * Every write counts, to whatever file: the stop makes report_fd -1
	 * once it has waited, and a write begun after that would not be
	 * known for the report's.
	 */
	if (writer_slot < 0)
		writer_slot = atomic_fetch_add(&writer_slots, 1);
	if (writer_slot < WRITER_SLOTS)
		atomic_store(&writer_busy[writer_slot], 1);
	else
		atomic_fetch_add(&writers_more, 1);
	if (atomic_load(&report_cutting) && !report_stopper) {
		write_ended();	/* never begun: the report is being cut back */
		fs_stop_wait();
	}
	if (fd != atomic_load_explicit(&report_fd, memory_order_relaxed))
		return;
	/*
	 * The report begins where its first write does: what the tool said
	 * before into the same file (2>&1) is not the report's.
	 */
	atomic_store(&report_pending, 0);
	at = lseek(fd, 0, SEEK_CUR);
	if (atomic_load(&report_start) < 0)
		atomic_store(&report_start, at);
	atomic_store(&report_at, at);
	atomic_store(&report_pending, n);
}

off_t
fs_unfinished_report_began(int fd)
{
	return fd == atomic_load(&report_fd) ? atomic_load(&report_start) :
	    -1;
}

void
fs_unfinished_wrote(int fd, size_t n)
{
	if (fd == atomic_load_explicit(&report_fd, memory_order_relaxed)) {
		atomic_fetch_add(&report_written, n);
		atomic_store(&report_pending, 0);
	}
	write_ended();
}

/*
 * The first stop of the run (a signal, out of memory, a file cut short):
 * it cuts back and ends the run; any other, on another thread or the
 * same, waits for that end (exit() from two threads is undefined, and
 * a second cut back would undo the first).
 */
static atomic_flag stopping = ATOMIC_FLAG_INIT;

int
fs_stop_first(void)
{
	return !atomic_flag_test_and_set(&stopping);
}

_Noreturn void
fs_stop_wait(void)
{
	/* Not begun, or ended: the first stop need not wait for it. */
	if (writer_slot >= 0 && writer_slot < WRITER_SLOTS)
		atomic_store(&writer_busy[writer_slot], 0);
	for (;;)
		pause();
}

/* A signal that ends the run: its unfinished files go first. */
static void
stop_unfinished(int sig)
{
	if (!fs_stop_first())
		fs_stop_wait();
	fs_unfinished_remove();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
on_stop_remove(void)
{
	static const int sigs[] = {
		SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGALRM, SIGUSR1, SIGUSR2,
		SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF
	};
	static atomic_flag done = ATOMIC_FLAG_INIT;
	struct sigaction sa, old;
	size_t i;

	if (atomic_flag_test_and_set(&done))
		return;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = stop_unfinished;
	/* A second signal waits: the cut back is made whole (fs_stop_first). */
	sigfillset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler != SIG_IGN)	/* nohup's stays */
			sigaction(sigs[i], &sa, NULL);
}

int
fs_unfinished(const char *path)
{
	size_t i;

	on_stop_remove();
	for (i = 0; i < sizeof(unfinished) / sizeof(unfinished[0]); i++) {
		const char *none = NULL;

		if (atomic_compare_exchange_strong(&unfinished[i], &none,
		    path))
			return (int)i;
	}
	return -1;
}

void
fs_unfinished_report(int fd)
{
	if (fd >= 0)
		on_stop_remove();
	atomic_store(&report_fd, -1);
	atomic_store(&report_start, -1);
	atomic_store(&report_at, -1);
	atomic_store(&report_written, 0);
	atomic_store(&report_pending, 0);
	atomic_store(&report_fd, fd);
}

void
fs_finished(int token)
{
	if (token >= 0)
		atomic_store(&unfinished[token], NULL);
}

_Noreturn void
fs_nomem(void)
{
	fs_fatal("out of memory");
}

_Noreturn void
fs_fatal(const char *fmt, ...)
{
	va_list ap;
	sigset_t all;

	/*
	 * A stop signal on this thread from here on would wait for the end
	 * this run is making, never to come: it waits blocked instead.
	 */
	sigfillset(&all);
	(void)pthread_sigmask(SIG_BLOCK, &all, NULL);
	if (!fs_stop_first())
		fs_stop_wait();
	fs_unfinished_remove();
	va_start(ap, fmt);
	fs_vwarnx(fmt, ap);
	va_end(ap);
	exit(2);
}

void *
fs_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		fs_nomem();
	return p;
}

void *
fs_xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (p == NULL)
		fs_nomem();
	return p;
}

void *
fs_xreallocarray(void *p, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		fs_nomem();
	p = reallocarray(p, nmemb ? nmemb : 1, size ? size : 1);
	if (p == NULL)
		fs_nomem();
	return p;
}

char *
fs_xstrndup(const char *s, size_t n)
{
	char *p = fs_xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

struct fs_arena_chunk {
	struct fs_arena_chunk *next;
	size_t size;
	max_align_t data[];
};

/*
 * Chunks double from ARENA_CHUNK to ARENA_HUGE, a huge page: an arena
 * that large is a table's entries, spread over a memory its lookups
 * land anywhere in, and in pages of 4 KB each missed the TLB too.
 */
enum { ARENA_CHUNK = 64 * 1024, ARENA_HUGE = 2 << 20 };

static struct fs_arena_chunk *
arena_chunk(const struct fs_arena *a, size_t n)
{
	struct fs_arena_chunk *c;
	size_t want = ARENA_CHUNK;
	void *p;

	if (a->head != NULL && a->head->size * 2 <= ARENA_HUGE)
		want = a->head->size * 2;
	else if (a->head != NULL)
		want = ARENA_HUGE;
	if (want == ARENA_HUGE && n <= want - sizeof(*c) &&
	    posix_memalign(&p, ARENA_HUGE, ARENA_HUGE) == 0) {
		(void)madvise(p, ARENA_HUGE, MADV_HUGEPAGE);
		c = p;
		c->size = ARENA_HUGE - sizeof(*c);
		return c;
	}
	if (want < n)
		want = n;
	c = fs_xmalloc(sizeof(*c) + want);
	c->size = want;
	return c;
}

void *
fs_arena_alloc(struct fs_arena *a, size_t n)
{
	struct fs_arena_chunk *c;
	size_t want;
	char *p;

	n = (n + 7) & ~(size_t)7;
	if (a->head == NULL || a->cap - a->used < n) {
		c = arena_chunk(a, n);
		want = c->size;
		c->next = a->head;
		a->head = c;
		a->used = 0;
		a->cap = want;
	}
	p = (char *)a->head->data + a->used;
	a->used += n;
	memset(p, 0, n);
	return p;
}

char *
fs_arena_strndup(struct fs_arena *a, const char *s, size_t n)
{
	char *p = fs_arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
fs_arena_free(struct fs_arena *a)
{
	struct fs_arena_chunk *c, *next;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
	a->used = a->cap = 0;
}

int
fs_slice_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	int r = memcmp(a, b, an < bn ? an : bn);

	if (r != 0)
		return r;
	return an < bn ? -1 : an > bn;
}

int
fs_slice_eq(const char *a, size_t an, const char *b)
{
	size_t bn = strlen(b);

	return an == bn && memcmp(a, b, an) == 0;
}

static void
buf_reserve(struct fs_buf *b, size_t more)
{
	size_t cap;

	if (b->cap - b->n > more)
		return;
	cap = b->cap ? b->cap : 64;
	while (cap - b->n <= more) {
		if (cap > SIZE_MAX / 2)
			fs_nomem();
		cap *= 2;
	}
	b->p = fs_xreallocarray(b->p, cap, 1);
	b->cap = cap;
}

void
fs_buf_add(struct fs_buf *b, const void *p, size_t n)
{
	buf_reserve(b, n);
	if (n > 0)		/* p may be an empty buffer's NULL */
		memcpy(b->p + b->n, p, n);
	b->n += n;
	b->p[b->n] = '\0';
}

void
fs_buf_adds(struct fs_buf *b, const char *s)
{
	fs_buf_add(b, s, strlen(s));
}

void
fs_buf_printf(struct fs_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	buf_reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)n;
}

void
fs_buf_free(struct fs_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
}

const char *
fs_plural(int64_t n)
{
	return n == 1 ? "" : "s";
}

int
fs_quote_len(const char *p, size_t n, const char **more)
{
	size_t k = n;

	*more = "";
	if (k > FS_QUOTE_MAX) {
		k = FS_QUOTE_MAX;
		while (k > 0 && ((unsigned char)p[k] & 0xc0) == 0x80)
			k--;
		*more = "...";
	}
	return (int)k;
}

void
fs_buf_quote(struct fs_buf *b, const char *p, size_t n)
{
	const char *more;
	size_t i, len, start = 0, k = (size_t)fs_quote_len(p, n, &more);
	char e[10];

	fs_buf_add(b, "'", 1);
	for (i = 0; i < k; i += len) {
		if ((len = fs_hidden_len(p + i, k - i)) == 0) {
			len = 1;
			continue;
		}
		fs_buf_add(b, p + start, i - start);
		fs_buf_add(b, e, fs_control_escape(p + i, len, e));
		start = i + len;
	}
	fs_buf_add(b, p + start, k - start);
	fs_buf_adds(b, more);
	fs_buf_add(b, "'", 1);
}

static int
ascii_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z');
}

/*
 * The bytes of the character p[0 .. n) starts with, n >= 1: an escape of
 * the format (\t, \n, \r, \\) is one, as a person reads it.
 */
static size_t
char_bytes(const char *p, size_t n)
{
	const unsigned char u = (unsigned char)p[0];
	size_t k;

	if (u == '\\' && n > 1 && strchr("tnr\\", p[1]) != NULL)
		return 2;
	k = u < 0xc0 ? 1 : u < 0xe0 ? 2 : u < 0xf0 ? 3 : 4;
	return k < n ? k : n;
}

void
fs_buf_quote_masked(struct fs_buf *b, const char *p, size_t n,
    size_t head, size_t tail)
{
	const char *more;
	size_t i, len, c, chars = 0, from,
	    k = (size_t)fs_quote_len(p, n, &more);
	char e[10];

	for (i = 0; i < k; i += char_bytes(p + i, k - i))
		chars++;
	if (*more == '\0' && chars <= head + tail) {
		fs_buf_quote(b, p, n);
		return;
	}
	from = *more == '\0' ? chars - tail : chars;	/* the tail's first */
	fs_buf_add(b, "'", 1);
	for (i = 0, c = 0; i < k; i += len, c++) {
		if ((len = fs_hidden_len(p + i, k - i)) > 0) {
			fs_buf_add(b, e, fs_control_escape(p + i, len, e));
			continue;
		}
		len = char_bytes(p + i, k - i);
		if (c < head || c >= from || p[i] == '\\' ||
		    (len == 1 && !ascii_alnum(p[i])))
			fs_buf_add(b, p + i, len);
		else
			fs_buf_add(b, "*", 1);
	}
	fs_buf_adds(b, more);
	fs_buf_add(b, "'", 1);
}

size_t
fs_control_len(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;

	if (n == 0)
		return 0;
	if (u[0] < 0x20 || u[0] == 0x7f)
		return 1;
	return n >= 2 && u[0] == 0xc2 && u[1] >= 0x80 && u[1] <= 0x9f ? 2 : 0;
}

/*
 * Eight bytes at once in a uint64_t: has x a zero byte?  Has it a byte
 * below c (c <= 0x80)?  A byte that is borrowed from leaves its top bit
 * set where it was clear: exact as to whether there is one.
 */
#define SWAR_LO 0x0101010101010101ULL

static inline int
swar_zero(uint64_t x)
{
	return ((x - SWAR_LO) & ~x & SWAR_LO << 7) != 0;
}

static inline int
swar_less(uint64_t x, unsigned c)
{
	return ((x - SWAR_LO * c) & ~x & SWAR_LO << 7) != 0;
}

size_t
fs_controls_to_spaces(char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i, j, k;

	/*
	 * Most text has none: the bytes before the first stay where they
	 * are.  Eight at a time while none of them is below 0x20, 0x7f or
	 * 0xc2 (the first is then found a byte at a time).
	 */
	for (i = 0; i + 8 <= n; i += 8) {
		uint64_t x;

		memcpy(&x, p + i, 8);
		if (swar_less(x, 0x20) || swar_zero(x ^ SWAR_LO * 0x7f) ||
		    swar_zero(x ^ SWAR_LO * 0xc2))
			break;
	}
	for (; i < n; i++)
		if (u[i] < 0x20 || u[i] == 0x7f || u[i] == 0xc2)
			break;
	for (j = i; i < n; j++)
		if ((k = fs_control_len(p + i, n - i)) > 0) {
			p[j] = ' ';
			i += k;
		} else
			p[j] = p[i++];
	return j;
}

/*
 * The code point of the UTF-8 character of 2 to 4 bytes p starts with
 * (n bytes at most), its length in *len; 0 when it is none.
 */
static unsigned
utf8_at(const unsigned char *u, size_t n, size_t *len)
{
	size_t k = u[0] >= 0xf0 ? 4 : u[0] >= 0xe0 ? 3 : 2, i;
	unsigned c;

	if (u[0] < 0xc2 || u[0] > 0xf4 || k > n)
		return 0;
	c = u[0] & (0x7f >> k);
	for (i = 1; i < k; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (u[i] & 0x3f);
	}
	*len = k;
	return c;
}

size_t
fs_hidden_len(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	unsigned c;
	size_t k;

	if ((k = fs_control_len(p, n)) > 0)
		return k;
	if (n < 2 || u[0] < 0xc2 || (c = utf8_at(u, n, &k)) == 0)
		return 0;
	/*
	 * Unicode's default ignorables, which show as nothing (the soft
	 * hyphen, the zero-width spaces and joiners, the Hangul fillers,
	 * the variation selectors, the tags U+E0000 on) or turn the text
	 * around them (the marks, embeddings, overrides and isolates of
	 * right to left), and the line and paragraph separators and the
	 * interlinear annotation marks.
	 */
	return c == 0xad || c == 0x34f || c == 0x61c ||
	    c == 0x115f || c == 0x1160 || c == 0x17b4 || c == 0x17b5 ||
	    (c >= 0x180b && c <= 0x180f) || (c >= 0x200b && c <= 0x200f) ||
	    (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) ||
	    c == 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) || c == 0xfeff ||
	    c == 0xffa0 || (c >= 0xfff0 && c <= 0xfffb) ||
	    (c >= 0x1bca0 && c <= 0x1bca3) || (c >= 0x1d173 && c <= 0x1d17a) ||
	    (c >= 0xe0000 && c <= 0xe0fff) ? k : 0;
}

size_t
fs_control_escape(const char *p, size_t len, char e[10])
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)p;
	unsigned c = u[len - 1];
	size_t k, i, digits;

	if (len > 1) {
		/*
		 * UTF-8 (U+009B is CSI, U+200B a zero-width space): \u200b,
		 * or past the first plane \U000e0031.
		 */
		c = utf8_at(u, len, &k);
		digits = c > 0xffff ? 8 : 4;
		e[0] = '\\';
		e[1] = digits == 8 ? 'U' : 'u';
		for (i = 0; i < digits; i++)
			e[2 + i] = hex[c >> (4 * (digits - 1 - i)) & 0xf];
		return 2 + digits;
	}
	e[0] = '\\';
	e[1] = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : 'x';
	e[2] = hex[c >> 4];
	e[3] = hex[c & 0xf];
	return e[1] == 'x' ? 4 : 2;
}

/* p[0..n) on f, each control or invisible character as an escape. */
static void
put_escaped(FILE *f, const char *p, size_t n)
{
	size_t i, len, start = 0;
	char e[10];

	for (i = 0; i < n; i += len) {
		if ((len = fs_hidden_len(p + i, n - i)) == 0) {
			len = 1;
			continue;
		}
		fwrite(p + start, 1, i - start, f);
		fwrite(e, 1, fs_control_escape(p + i, len, e), f);
		start = i + len;
	}
	fwrite(p + start, 1, n - start, f);
}

void
fs_vwarnx(const char *fmt, va_list ap)
{
	char small[1024], *p = small;
	va_list again;
	int n;

	va_copy(again, ap);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	if (n >= (int)sizeof(small) && (p = malloc((size_t)n + 1)) != NULL)
		n = vsnprintf(p, (size_t)n + 1, fmt, again);
	else if (n >= (int)sizeof(small)) {
		p = small;		/* out of memory: what fits */
		n = (int)sizeof(small) - 1;
	}
	va_end(again);
	/*
	 * One line, whole, when threads say something at once; a file's
	 * name or an argument cannot break it or move the terminal.
	 */
	flockfile(stderr);
	fprintf(stderr, "%s: ", fs_tool);
	if (n > 0)
		put_escaped(stderr, p, (size_t)n);
	fputc('\n', stderr);
	funlockfile(stderr);
	if (p != small)
		free(p);
}

void
fs_warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fs_vwarnx(fmt, ap);
	va_end(ap);
}

#ifndef FS_DATADIR_DEFAULT
#define FS_DATADIR_DEFAULT "/usr/local/share/firstsec"
#endif

/* A file only firstsec's source tree has, beside its data/. */
#define FS_TREE_MARK "common/util.c"

static int
exists(const char *path)
{
	return access(path, R_OK) == 0;
}

const char *
fs_data_path(const char *name, struct fs_buf *buf)
{
	const char *env = getenv("FS_DATADIR");
	char exe[4096], *slash;
	ssize_t n;
	size_t root;
	int up, i;

	fs_buf_reset(buf);
	if (env != NULL && *env != '\0') {
		fs_buf_printf(buf, "%s/%s", env, name);
		return buf->p;
	}
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			fs_buf_printf(buf, "%s/../share/firstsec/%s", exe, name);
			if (exists(buf->p))
				return buf->p;
			/*
			 * The build tree: bin/, or build/VARIANT/bin/; a tree
			 * known by a file of its own (FS_TREE_MARK), not any
			 * data/ a few folders up (a program copied to ~/bin
			 * took ~/data/calendar.tsv for the calendar).
			 */
			for (up = 1; up <= 3; up++) {
				fs_buf_reset(buf);
				fs_buf_printf(buf, "%s/", exe);
				for (i = 0; i < up; i++)
					fs_buf_adds(buf, "../");
				root = buf->n;
				fs_buf_adds(buf, FS_TREE_MARK);
				if (!exists(buf->p))
					continue;
				buf->n = root;
				fs_buf_printf(buf, "data/%s", name);
				if (exists(buf->p))
					return buf->p;
			}
			fs_buf_reset(buf);
		}
	}
	fs_buf_printf(buf, "%s/%s", FS_DATADIR_DEFAULT, name);
	return buf->p;
}

int
fs_again(int e)
{
	return e == EAGAIN || e == EWOULDBLOCK;
}

int
fs_wait_fd(int fd, short events)
{
	struct pollfd pfd = { .fd = fd, .events = events };

	while (poll(&pfd, 1, -1) < 0)
		if (errno != EINTR)
			return -1;
	return 0;
}

const char *
fs_tmpdir(void)
{
	const char *dir = getenv("TMPDIR");

	return dir == NULL || *dir == '\0' ? "/tmp" : dir;
}

void
fs_tmp_fault(struct fs_buf *b, int nofile, const char *why)
{
	fs_buf_printf(b, "%s: %s: %s", fs_tmpdir(), nofile ?
	    "cannot make a temporary file" : "temporary file", why);
}

FILE *
fs_tmpfile(void)
{
	const char *dir = fs_tmpdir();
	struct fs_buf path = { 0 };
	FILE *f = NULL;
	int fd, saved;

	/* Unnamed where it can be: nothing is left, however the run ends. */
	if ((fd = open(dir, O_TMPFILE | O_RDWR | O_EXCL, 0600)) < 0) {
		fs_buf_printf(&path, "%s/firstsec.XXXXXX", dir);
		if ((fd = mkstemp(path.p)) >= 0)
			unlink(path.p);
	}
	if (fd >= 0) {
		if ((f = fdopen(fd, "w+")) == NULL) {
			saved = errno;
			close(fd);
			errno = saved;
		}
	}
	fs_buf_free(&path);
	return f;
}

/* "DIR/.BASE.XXXXXX" beside path, in tmp. */
static void
beside_name(const char *path, struct fs_buf *tmp)
{
	const char *slash = strrchr(path, '/');

	fs_buf_reset(tmp);
	if (slash == NULL)
		fs_buf_printf(tmp, "./.%s.XXXXXX", path);
	else
		fs_buf_printf(tmp, "%.*s/.%s.XXXXXX", (int)(slash - path),
		    path, slash + 1);
}

int
fs_beside(const char *path, struct fs_buf *tmp, int *token)
{
	const char *slash = strrchr(path, '/'), *base;
	sigset_t all, old;
	long most;
	int fd, e;

	fs_buf_reset(tmp);
	if (slash == NULL)
		fs_buf_adds(tmp, ".");
	else
		fs_buf_add(tmp, path, slash == path ? 1 :
		    (size_t)(slash - path));
	/*
	 * Unnamed only where /proc is there to name it later
	 * (fs_beside_name(): a file that could not be named would be lost
	 * with its rows), and where that name (".BASE.XXXXXX") is not too
	 * long: mkstemp(3) then says so at once, and the caller does without
	 * a copy.
	 */
	*token = -1;
	base = slash == NULL ? path : slash + 1;
	if ((most = pathconf(tmp->p, _PC_NAME_MAX)) < 0)
		most = NAME_MAX;
	if (strlen(base) + 8 <= (size_t)most &&
	    access("/proc/self/fd", X_OK) == 0 &&
	    (fd = open(tmp->p, O_TMPFILE | O_RDWR, 0600)) >= 0) {
		fs_buf_reset(tmp);
		return fd;
	}
	/* Made and registered with no stop between (fs_beside_name()). */
	beside_name(path, tmp);
	sigfillset(&all);
	(void)pthread_sigmask(SIG_BLOCK, &all, &old);
	if ((fd = mkstemp(tmp->p)) >= 0)
		*token = fs_unfinished(tmp->p);
	e = errno;
	(void)pthread_sigmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return fd;
}

int
fs_beside_name(int fd, const char *path, struct fs_buf *tmp, int *token)
{
	static const char letters[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	struct timespec ts;
	sigset_t all, old;
	char proc[64];
	uint64_t x;
	int i, k, rc = -1;

	if (tmp->n > 0)
		return 0;
	(void)snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	(void)clock_gettime(CLOCK_REALTIME, &ts);
	x = (uint64_t)ts.tv_nsec ^ (uint64_t)ts.tv_sec << 30 ^
	    (uint64_t)getpid() << 42;
	/*
	 * No stop between the name and its registration (a copy of every
	 * row left behind); a signal that comes meanwhile is taken after,
	 * and removes it.  The name is not registered before it is made:
	 * one that another file has (EEXIST) would be that file's.
	 */
	sigfillset(&all);
	(void)pthread_sigmask(SIG_BLOCK, &all, &old);
	for (i = 0; i < 100; i++) {
		beside_name(path, tmp);
		for (k = 0; k < 6; k++) {
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
			tmp->p[tmp->n - 6 + (size_t)k] =
			    letters[(x >> 33) % (sizeof(letters) - 1)];
		}
		if (linkat(AT_FDCWD, proc, AT_FDCWD, tmp->p,
		    AT_SYMLINK_FOLLOW) == 0) {
			*token = fs_unfinished(tmp->p);
			rc = 0;
			break;
		}
		if (errno != EEXIST)
			break;
	}
	k = errno;
	if (rc != 0)
		fs_buf_reset(tmp);
	(void)pthread_sigmask(SIG_SETMASK, &old, NULL);
	errno = k;
	return rc;
}

/*
 * The owner first: a change of owner clears the set-user-ID bit.  The
 * permissions of the file's group are not given to another group.
 */
int
fs_keep_owner(int fd, const struct stat *sb)
{
	mode_t mode = sb->st_mode & 07777;
	struct stat now;
	int rc = 0;

	if (fchown(fd, sb->st_uid, sb->st_gid) < 0)
		(void)fchown(fd, (uid_t)-1, sb->st_gid);
	if (fstat(fd, &now) < 0 || now.st_gid != sb->st_gid) {
		mode &= ~(mode_t)(S_ISGID | S_IRWXG);
		rc = -1;
	}
	(void)fchmod(fd, mode);
	return rc;
}

void
fs_sync_folder(const char *path)
{
	const char *slash = strrchr(path, '/');
	struct fs_buf dir = { 0 };
	int fd;

	if (slash == NULL)
		fs_buf_adds(&dir, ".");
	else
		fs_buf_add(&dir, path, slash == path ? 1 :
		    (size_t)(slash - path));
	if ((fd = open(dir.p, O_RDONLY | O_DIRECTORY)) >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	fs_buf_free(&dir);
}
