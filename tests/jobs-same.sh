#!/bin/sh
# tests/jobs-same.sh N - for the cases that hold --jobs against one thread
# (tests/e2e/*/jobs-random.t).  In the case's directory, gen.sh SEED
# writes a random file f.tsv and run.sh JOBS [--rejects rej.tsv] runs the
# tools on it, everything they say on stdout.  For seeds 0 .. N-1, run.sh
# with 2, 3 and 7 threads, with and without --rejects, must print what it
# prints with one.  The last line is "N same", or the first that differs.
n=$1 i=0
while [ "$i" -lt "$n" ]; do
	if ! sh ./gen.sh "$i" > f.tsv; then
		echo "gen.sh $i failed"
		exit 1
	fi
	for j in 1 2 3 7; do
		for rj in "" "--rejects rej.tsv"; do
			sh ./run.sh $j $rj > out 2>&1
			if [ "$j" = 1 ]; then
				cp out "one$rj"
			elif ! cmp -s out "one$rj"; then
				echo "file $i differs with --jobs $j $rj"
				exit 1
			fi
		done
	done
	i=$((i + 1))
done
echo "$n same"
