/*
 * fuzz.h - what the libFuzzer targets share: the input as a file the
 * toolkit's readers can open, and a check that stops the run loudly.
 */
#ifndef FS_FUZZ_H
#define FS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A property that must hold: when it does not, the fuzzer keeps the input. */
#define FUZZ_ASSERT(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: FUZZ_ASSERT(%s) failed\n",	\
		    __FILE__, __LINE__, #cond);				\
		abort();						\
	}								\
} while (0)

/*
 * Puts the bytes into an anonymous memory file and gives a path that
 * opens it from the start ("/dev/fd/N"); the descriptor goes to *fd, for
 * fuzz_close().
 */
static inline const char *
fuzz_file(const uint8_t *data, size_t size, int *fd)
{
	static char path[32];
	size_t off = 0;
	ssize_t w;

	if ((*fd = memfd_create("fuzz", 0)) < 0)
		abort();
	while (off < size) {
		if ((w = write(*fd, data + off, size - off)) <= 0)
			abort();
		off += (size_t)w;
	}
	snprintf(path, sizeof(path), "/dev/fd/%d", *fd);
	return path;
}

static inline void
fuzz_close(int fd)
{
	close(fd);
}

/* A small deterministic generator, for chunk sizes and the like. */
static inline uint32_t
fuzz_rand(uint32_t *state)
{
	*state = *state * 1103515245u + 12345u;
	return *state >> 16;
}

#endif
