# On a file system without unnamed files (nomap.so's NOMAP_NO_TMPFILE:
# O_TMPFILE fails, as on NFS) the rejects file's copy is named from the
# start (mkstemp), and kept as ever: renamed over the file, no copy left.
$ lib=$(dirname "$(command -v fs-roster)")/nomap.so; echo old > rej.tsv; env ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0" NOMAP_NO_TMPFILE=1 LD_PRELOAD="$lib" fs-roster --as-of 2025-06-01 --rejects rej.tsv r.tsv > out.tsv; echo "exit $?"; ls -A | grep -c '^\.rej'; cat rej.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	A	U	V1	2024-01-01	2026-12-31
S2	B	U	V2	2024-13-01	2026-12-31
>>> stdout
exit 3
0
source	reason	secretary_id	name	sending_unit	village_id	term_start	term_end
r.tsv:3	column 'term_start': no such day (got '2024-13-01')	S2	B	U	V2	2024-13-01	2026-12-31
>>> stderr
fs-roster: 1 invalid row written to rej.tsv
>>> requires nomap
