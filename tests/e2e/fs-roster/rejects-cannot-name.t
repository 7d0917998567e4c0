# A rejects file is written as an unnamed copy beside it, named just
# before its rename.  A copy that cannot be named (nomap.so's
# NOMAP_LINKAT_FAIL: linkat(2) fails with ENOSPC, as in a full folder) is
# not kept: said, exit 2, no report, the rejects file as it was, no copy
# left (written in place, it could be cut short).  One that may not be
# named (NOMAP_LINKAT_FAIL=EPERM: a run as root without CAP_FOWNER, the
# copy given to the file's owner) is written over the file in place, as
# where the rename is refused: the rows kept, exit 3.
$ lib=$(dirname "$(command -v fs-roster)")/nomap.so; echo old > rej.tsv; env ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0" NOMAP_LINKAT_FAIL=1 LD_PRELOAD="$lib" fs-roster --as-of 2025-06-01 --rejects rej.tsv r.tsv; echo "exit $?"; ls -A | grep -c '^\.rej'; cat rej.tsv; env ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0" NOMAP_LINKAT_FAIL=EPERM LD_PRELOAD="$lib" fs-roster --as-of 2025-06-01 --rejects rej.tsv r.tsv > out.tsv; echo "exit $?"; ls -A | grep -c '^\.rej'; cat rej.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	A	U	V1	2024-01-01	2026-12-31
S2	B	U	V2	2024-13-01	2026-12-31
>>> stdout
exit 2
0
old
exit 3
0
source	reason	secretary_id	name	sending_unit	village_id	term_start	term_end
r.tsv:3	column 'term_start': no such day (got '2024-13-01')	S2	B	U	V2	2024-13-01	2026-12-31
>>> stderr
fs-roster: rej.tsv: cannot name its copy in its folder: No space left on device; not kept
fs-roster: 1 invalid row written to rej.tsv
>>> requires tmpfile nomap
