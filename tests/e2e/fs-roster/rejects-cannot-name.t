# A rejects file is written as an unnamed copy beside it, named just
# before its rename.  A copy that cannot be named (nomap.so's
# NOMAP_LINKAT_FAIL: linkat(2) fails, as in a full folder) is not kept:
# said, exit 2, no report, the rejects file as it was, no copy left.  On
# a file system without unnamed files (NOMAP_NO_TMPFILE) the copy is
# named from the start, and kept as ever.
$ lib=$(dirname "$(command -v fs-roster)")/nomap.so; export ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0" LD_PRELOAD="$lib"; echo old > rej.tsv; NOMAP_LINKAT_FAIL=1 fs-roster --as-of 2025-06-01 --rejects rej.tsv r.tsv; echo "exit $?"; cat rej.tsv; ls -A | grep -c '^\.rej'; NOMAP_NO_TMPFILE=1 fs-roster --as-of 2025-06-01 --rejects rej.tsv r.tsv > out.tsv; echo "exit $?"; ls -A | grep -c '^\.rej'; cat rej.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	A	U	V1	2024-01-01	2026-12-31
S2	B	U	V2	2024-13-01	2026-12-31
>>> stdout
exit 2
old
0
exit 3
0
source	reason	secretary_id	name	sending_unit	village_id	term_start	term_end
r.tsv:3	column 'term_start': no such day (got '2024-13-01')	S2	B	U	V2	2024-13-01	2026-12-31
>>> stderr
fs-roster: rej.tsv: cannot name its copy in its folder: No space left on device; not kept
fs-roster: 1 invalid row written to rej.tsv
