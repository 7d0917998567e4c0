# A rejects file of the header alone (no row rejected) is named once the
# report is out; when its copy cannot be named then (nomap.so's
# NOMAP_LINKAT_FAIL: linkat(2) fails with ENOSPC, as in a full folder),
# the header is written over the file in place: the run ends as it would
# (exit 1 here, for the roster's findings), yesterday's rows gone, no
# copy left.  Before, the report was out and the run then failed, exit 2,
# yesterday's rows left as today's.
$ lib=$(dirname "$(command -v fs-roster)")/nomap.so; printf 'source\treason\tsecretary_id\nr.tsv:9\tyesterday\tS9\n' > rej.tsv; env ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0" NOMAP_LINKAT_FAIL=1 LD_PRELOAD="$lib" fs-roster --as-of 2025-06-01 --rejects rej.tsv r.tsv > out.tsv; echo "exit $?"; wc -l < out.tsv; ls -A | grep -c '^\.rej'; cat rej.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	A	U	V1	2024-01-01	2026-12-31
>>> stdout
exit 1
2
0
source	reason	secretary_id	name	sending_unit	village_id	term_start	term_end
>>> requires tmpfile nomap
