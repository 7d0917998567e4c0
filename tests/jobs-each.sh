#!/bin/sh
# tests/jobs-each.sh JOBS 'COMMAND' [SET...] -- [OPTION...] - the run.sh
# of the jobs-random cases of fs-audit (tests/jobs-same.sh runs it with
# 1, 2, 3 and 7 threads, and again with --rejects).  COMMAND --jobs JOBS
# runs on f.tsv with each SET of options (a word list; "" for none),
# then the OPTIONs, table and --findings, alone and after g.tsv, named
# and through a pipe; it prints every output, message, exit status and
# rejects file, and "through a pipe: differs" where the pipe's (its
# <stdin> read as f.tsv) is not the named file's.  After g.tsv a pipe
# whose columns g.tsv lacks cannot be read ahead, an error of its own:
# not compared.
j=$1 cmd=$2
shift 2
sets=
while [ $# -gt 0 ] && [ "$1" != -- ]; do
	sets="$sets$1
"
	shift
done
[ $# -gt 0 ] && shift
more=$*
printf '%s' "$sets" | while IFS= read -r set; do
	for opt in "" "--findings"; do
		for first in "" g.tsv; do
			for how in file pipe; do
				: > rej.tsv
				if [ $how = file ]; then
					$cmd --jobs $j $set $opt $more $first f.tsv
				else
					cat f.tsv | $cmd --jobs $j $set $opt $more $first -
				fi > out.$how 2>&1
				echo "exit $?" >> out.$how
				cat rej.tsv >> out.$how
			done
			[ -n "$first" ] || sed 's/<stdin>/f.tsv/g' out.pipe |
			    cmp -s out.file - || echo "through a pipe: differs"
			cat out.file
		done
	done
done
