/*
 * behind.c - a thread that writes a buffer while its caller fills
 * another (behind.h).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "behind.h"
#include "util.h"

struct fs_behind {
	pthread_t th;
	pthread_mutex_t mu;
	pthread_cond_t cv;	/* a block handed over, written, or quit */
	fs_behind_fn *fn;
	void *arg;
	char *block;		/* to be written; NULL: none */
	size_t n, blockcap;
	char *spare;		/* written, for the caller to fill */
	size_t sparecap;
	int quit;
	int err;		/* errno of the first failed write */
};

static void *
writer(void *arg)
{
	struct fs_behind *b = arg;
	char *p;
	size_t n;
	int err;

	pthread_mutex_lock(&b->mu);
	for (;;) {
		while (b->block == NULL && !b->quit)
			pthread_cond_wait(&b->cv, &b->mu);
		if (b->block == NULL)
			break;
		p = b->block;
		n = b->n;
		err = b->err;
		pthread_mutex_unlock(&b->mu);
		if (err == 0)
			err = b->fn(b->arg, p, n);
		pthread_mutex_lock(&b->mu);
		if (err != 0)
			b->err = err;
		b->spare = p;
		b->sparecap = b->blockcap;
		b->block = NULL;
		pthread_cond_broadcast(&b->cv);
	}
	pthread_mutex_unlock(&b->mu);
	return NULL;
}

struct fs_behind *
fs_behind_start(fs_behind_fn *fn, void *arg, size_t cap)
{
	struct fs_behind *b = fs_xmalloc(sizeof(*b));

	memset(b, 0, sizeof(*b));
	b->fn = fn;
	b->arg = arg;
	b->sparecap = cap;
	b->spare = fs_xmalloc(cap);
	pthread_mutex_init(&b->mu, NULL);
	pthread_cond_init(&b->cv, NULL);
	if (pthread_create(&b->th, NULL, writer, b) != 0) {
		pthread_mutex_destroy(&b->mu);
		pthread_cond_destroy(&b->cv);
		free(b->spare);
		free(b);
		return NULL;
	}
	return b;
}

char *
fs_behind_hand(struct fs_behind *b, char *buf, size_t n, size_t cap,
    size_t *spare_cap, int *err)
{
	char *p = NULL;

	pthread_mutex_lock(&b->mu);
	while (b->block != NULL)
		pthread_cond_wait(&b->cv, &b->mu);
	if (b->err != 0)
		*err = b->err;
	else {
		p = b->spare;
		*spare_cap = b->sparecap;
		b->spare = NULL;
		b->block = buf;
		b->n = n;
		b->blockcap = cap;
		pthread_cond_broadcast(&b->cv);
	}
	pthread_mutex_unlock(&b->mu);
	return p;
}

int
fs_behind_stop(struct fs_behind *b)
{
	int err;

	pthread_mutex_lock(&b->mu);
	b->quit = 1;
	pthread_cond_broadcast(&b->cv);
	pthread_mutex_unlock(&b->mu);
	pthread_join(b->th, NULL);
	err = b->err;
	pthread_mutex_destroy(&b->mu);
	pthread_cond_destroy(&b->cv);
	free(b->spare);
	free(b);
	return err;
}
