/*
 * unit.h - the smallest test harness: CHECK counts, failures print where,
 * and unit_done() ends with "N passed, N failed".
 */
#ifndef FS_UNIT_H
#define FS_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_pass, unit_fail;

#define CHECK(cond) do {						\
	if (cond)							\
		unit_pass++;						\
	else {								\
		unit_fail++;						\
		printf("%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__,	\
		    #cond);						\
	}								\
} while (0)

#define CHECK_STR(got, want) do {					\
	const char *g_ = (got), *w_ = (want);				\
	if (g_ != NULL && strcmp(g_, w_) == 0)				\
		unit_pass++;						\
	else {								\
		unit_fail++;						\
		printf("%s:%d: got '%s', want '%s'\n", __FILE__,	\
		    __LINE__, g_ ? g_ : "(null)", w_);			\
	}								\
} while (0)

static int
unit_done(void)
{
	printf("%d passed, %d failed\n", unit_pass, unit_fail);
	return unit_fail != 0;
}

#endif
