/*
 * nomap.so - for the end-to-end cases, preloaded (LD_PRELOAD): a file
 * cannot be mapped.  mmap(2) of a file fails with ENODEV, as it does on a
 * file system that cannot map files (FUSE in direct_io mode, for one), so
 * that the programs' reading without a mapping is what runs; anonymous
 * mappings go through.  Each mapping refused appends a line to the file
 * that NOMAP_LOG names, if set, so that a case can tell the library was
 * in the way.  Built without the sanitizers, whatever the programs are
 * built with: the cases that preload it set verify_asan_link_order=0.
 *
 * It also changes a file while it is read, as another program could:
 * with NOMAP_CHANGE=NAME, at the first read(2) of the file whose path
 * ends in /NAME, the file is cut to NOMAP_CUT bytes, if set, and
 * NOMAP_ADD and a newline are appended to it, if set.
 *
 * And a disk can fail: with NOMAP_EIO=NAME, read(2) of the file whose
 * path ends in /NAME gives its bytes before offset NOMAP_EIO_AFTER (0
 * when not set), and fails with EIO from there on: a bad place on the
 * disk, met again by a second reading (a descriptor with no offset, a
 * pipe, gives that many bytes in all); pread(2) likewise, by its offset
 * (the readers of a file's parts).
 *
 * And a file can change while a report is written: with
 * NOMAP_WRITE_CUT=PATH, the first write(2) to standard output cuts PATH
 * to 0 bytes once it is done.  And a run can be killed while it writes
 * its report: with NOMAP_WRITE_TERM set, the first write(2) to standard
 * output is followed by SIGTERM to the process; with NOMAP_WRITE_TERM=2,
 * the second is both preceded and followed by one (two stops close
 * together, as Ctrl-C twice); with NOMAP_WRITE_TERM=3, the second is
 * made 0.2 s after SIGTERM to the main thread (a stop while another
 * thread writes the report, as fs_out_behind()'s does).
 *
 * And memory can run out: with NOMAP_ANON_FAIL=N, an anonymous mapping
 * of N bytes or more fails with ENOMEM (the sanitizers' own allocator
 * does not map through here); with NOMAP_EXIT_TERM set, exit(2) is
 * preceded by SIGTERM to the process.
 *
 * And a file system can lack unnamed files: with NOMAP_NO_TMPFILE set,
 * open(2) with O_TMPFILE fails with EOPNOTSUPP (as on NFS); and a file
 * cannot be named: with NOMAP_LINKAT_FAIL set, linkat(2) fails with
 * ENOSPC (with NOMAP_LINKAT_FAIL=EPERM, EPERM: a root run without
 * CAP_FOWNER, the file another user's); and a stop can come as soon as it is named: with
 * NOMAP_LINKAT_TERM set, a linkat(2) that worked raises SIGTERM, and
 * with NOMAP_MKSTEMP_TERM set, an mkstemp(3) that worked.
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

typedef void *mmap_fn(void *, size_t, int, int, int, off_t);

static mmap_fn *next_mmap;

__attribute__((constructor)) static void
find_next(void)
{
	int fd;

	/*
	 * NOMAP_PROBE_TMPFILE (for tests/run.sh, preloaded into false(1)):
	 * exit 0 when the current folder's file system makes unnamed files
	 * (O_TMPFILE), else 1.
	 */
	if (getenv("NOMAP_PROBE_TMPFILE") != NULL) {
		fd = (int)syscall(SYS_openat, AT_FDCWD, ".",
		    O_TMPFILE | O_RDWR, 0600);
		_exit(fd >= 0 ? 0 : 1);
	}
	next_mmap = (mmap_fn *)dlsym(RTLD_NEXT, "mmap");
}

static void
say_refused(void)
{
	static const char line[] = "mapping refused\n";
	const char *log = getenv("NOMAP_LOG");
	int fd;

	if (log == NULL || (fd = open(log, O_WRONLY | O_CREAT | O_APPEND,
	    0644)) < 0)
		return;
	if (write(fd, line, sizeof(line) - 1) < 0)
		errno = 0;
	close(fd);
}

/* NOMAP_ANON_FAIL=N: an anonymous mapping of N bytes or more, refused. */
static int
anon_fails(size_t len, int flags)
{
	const char *most = getenv("NOMAP_ANON_FAIL");

	return most != NULL && !(flags & MAP_FIXED) &&
	    len >= strtoull(most, NULL, 10);
}

static void *
nomap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	if (!(flags & MAP_ANONYMOUS)) {
		say_refused();
		errno = ENODEV;
		return MAP_FAILED;
	}
	if (anon_fails(len, flags)) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	if (next_mmap == NULL)
		find_next();
	return next_mmap(addr, len, prot, flags, fd, off);
}

void *
mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	return nomap(addr, len, prot, flags, fd, off);
}

void *
mmap64(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	return nomap(addr, len, prot, flags, fd, off);
}

typedef ssize_t read_fn(int, void *, size_t);

/* Is fd open on a file whose path ends in /name?  Its path in path. */
static int
is_named(int fd, const char *name, char *path, size_t size)
{
	char link[64];
	ssize_t n;
	size_t k;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	if ((n = readlink(link, path, size - 1)) <= 0)
		return 0;
	path[n] = '\0';
	k = strlen(name);
	return (size_t)n > k && path[n - k - 1] == '/' &&
	    strcmp(path + n - k, name) == 0;
}

/* NOMAP_CHANGE's file, the first time it is read through fd. */
static void
change(int fd)
{
	static int done;
	const char *name = getenv("NOMAP_CHANGE"), *cut, *add;
	char path[4096];
	int afd;

	if (done || name == NULL || !is_named(fd, name, path, sizeof(path)))
		return;
	done = 1;
	if ((cut = getenv("NOMAP_CUT")) != NULL &&
	    truncate(path, (off_t)atoll(cut)) != 0)
		abort();
	if ((add = getenv("NOMAP_ADD")) != NULL) {
		if ((afd = open(path, O_WRONLY | O_APPEND)) < 0 ||
		    write(afd, add, strlen(add)) < 0 || write(afd, "\n", 1) < 0)
			abort();
		close(afd);
	}
}

typedef ssize_t write_fn(int, const void *, size_t);

ssize_t
write(int fd, const void *buf, size_t n)
{
	static write_fn *next_write;
	static int cut, nout;
	const char *path = getenv("NOMAP_WRITE_CUT");
	const char *term = getenv("NOMAP_WRITE_TERM");
	ssize_t w;

	if (next_write == NULL)
		next_write = (write_fn *)dlsym(RTLD_NEXT, "write");
	if (fd == STDOUT_FILENO && term != NULL && strcmp(term, "3") == 0) {
		struct timespec pause_ms = { 0, 200000000 };

		if (++nout == 2) {
			syscall(SYS_tgkill, getpid(), getpid(), SIGTERM);
			nanosleep(&pause_ms, NULL);
		}
		return next_write(fd, buf, n);
	}
	if (fd == STDOUT_FILENO && term != NULL && strcmp(term, "2") == 0) {
		if (++nout != 2)
			return next_write(fd, buf, n);
		kill(getpid(), SIGTERM);
		w = next_write(fd, buf, n);
		kill(getpid(), SIGTERM);
		return w;
	}
	w = next_write(fd, buf, n);
	if (fd == STDOUT_FILENO && path != NULL && !cut) {
		cut = 1;
		if (truncate(path, 0) != 0)
			abort();
	}
	if (fd == STDOUT_FILENO && w > 0 && getenv("NOMAP_WRITE_TERM") != NULL)
		kill(getpid(), SIGTERM);
	return w;
}

ssize_t
read(int fd, void *buf, size_t n)
{
	static read_fn *next_read;
	static long long served;
	const char *name = getenv("NOMAP_EIO"), *after;
	char path[4096];
	long long most, at;
	ssize_t got;

	if (next_read == NULL)
		next_read = (read_fn *)dlsym(RTLD_NEXT, "read");
	change(fd);
	if (name == NULL || !is_named(fd, name, path, sizeof(path)))
		return next_read(fd, buf, n);
	most = (after = getenv("NOMAP_EIO_AFTER")) != NULL ? atoll(after) : 0;
	if ((at = (long long)lseek(fd, 0, SEEK_CUR)) < 0)
		at = served;
	if (at >= most) {
		errno = EIO;
		return -1;
	}
	if ((long long)n > most - at)
		n = (size_t)(most - at);
	if ((got = next_read(fd, buf, n)) > 0)
		served += got;
	return got;
}

typedef ssize_t pread_fn(int, void *, size_t, off_t);

/* NOMAP_EIO for the readers of a file's parts (--jobs), by offset. */
static ssize_t
pread_eio(const char *sym, int fd, void *buf, size_t n, off_t off)
{
	pread_fn *next = (pread_fn *)dlsym(RTLD_NEXT, sym);
	const char *name = getenv("NOMAP_EIO"), *after;
	char path[4096];
	long long most;

	if (name == NULL || !is_named(fd, name, path, sizeof(path)))
		return next(fd, buf, n, off);
	most = (after = getenv("NOMAP_EIO_AFTER")) != NULL ? atoll(after) : 0;
	if ((long long)off >= most) {
		errno = EIO;
		return -1;
	}
	if ((long long)n > most - (long long)off)
		n = (size_t)(most - (long long)off);
	return next(fd, buf, n, off);
}

ssize_t
pread(int fd, void *buf, size_t n, off_t off)
{
	return pread_eio("pread", fd, buf, n, off);
}

ssize_t
pread64(int fd, void *buf, size_t n, off_t off)
{
	return pread_eio("pread64", fd, buf, n, off);
}

typedef void exit_fn(int);

/*
 * NOMAP_EXIT_TERM: exit(2) is preceded by SIGTERM to the process (a stop
 * signal while a run out of memory ends).
 */
_Noreturn void
exit(int status)
{
	exit_fn *next_exit = (exit_fn *)dlsym(RTLD_NEXT, "exit");

	if (status == 2 && getenv("NOMAP_EXIT_TERM") != NULL)
		kill(getpid(), SIGTERM);
	next_exit(status);
	for (;;)
		pause();
}

typedef int open_fn(const char *, int, ...);

/* NOMAP_NO_TMPFILE: an unnamed file cannot be made. */
int
open(const char *path, int flags, ...)
{
	open_fn *next_open = (open_fn *)dlsym(RTLD_NEXT, "open");
	mode_t mode = 0;
	va_list ap;

	if ((flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE) {
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	if ((flags & O_TMPFILE) == O_TMPFILE &&
	    getenv("NOMAP_NO_TMPFILE") != NULL) {
		errno = EOPNOTSUPP;
		return -1;
	}
	return next_open(path, flags, mode);
}

typedef int linkat_fn(int, const char *, int, const char *, int);

/*
 * NOMAP_LINKAT_FAIL: no file can be given a name (a full folder);
 * NOMAP_LINKAT_TERM: a stop signal right after a name is given.
 */
int
linkat(int fromfd, const char *from, int tofd, const char *to, int flags)
{
	linkat_fn *next_linkat = (linkat_fn *)dlsym(RTLD_NEXT, "linkat");
	const char *fail = getenv("NOMAP_LINKAT_FAIL");
	int rc;

	if (fail != NULL) {
		errno = strcmp(fail, "EPERM") == 0 ? EPERM : ENOSPC;
		return -1;
	}
	rc = next_linkat(fromfd, from, tofd, to, flags);
	if (rc == 0 && getenv("NOMAP_LINKAT_TERM") != NULL)
		raise(SIGTERM);
	return rc;
}

typedef int mkstemp_fn(char *);

/* NOMAP_MKSTEMP_TERM: a stop signal right after a file is made. */
int
mkstemp(char *template)
{
	mkstemp_fn *next_mkstemp = (mkstemp_fn *)dlsym(RTLD_NEXT, "mkstemp");
	int fd = next_mkstemp(template);

	if (fd >= 0 && getenv("NOMAP_MKSTEMP_TERM") != NULL)
		raise(SIGTERM);
	return fd;
}
