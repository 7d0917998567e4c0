/*
 * nomap.so - for the end-to-end cases, preloaded (LD_PRELOAD): a file
 * cannot be mapped.  mmap(2) of a file fails with ENODEV, as it does on a
 * file system that cannot map files (FUSE in direct_io mode, for one), so
 * that the programs' reading without a mapping is what runs; anonymous
 * mappings go through.  Each mapping refused appends a line to the file
 * that NOMAP_LOG names, if set, so that a case can tell the library was
 * in the way.  Built without the sanitizers, whatever the programs are
 * built with: the cases that preload it set verify_asan_link_order=0.
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

typedef void *mmap_fn(void *, size_t, int, int, int, off_t);

static mmap_fn *next_mmap;

__attribute__((constructor)) static void
find_next(void)
{
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

static void *
nomap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	if (!(flags & MAP_ANONYMOUS)) {
		say_refused();
		errno = ENODEV;
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
