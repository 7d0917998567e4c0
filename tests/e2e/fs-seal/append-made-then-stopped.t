# On a file system without unnamed files (nomap.so's NOMAP_NO_TMPFILE),
# a stop signal that comes as soon as the named copy is made
# (NOMAP_MKSTEMP_TERM: SIGTERM right after mkstemp(3)) still removes it:
# the signals wait while it is made and registered.  Exit 143, the ledger
# as it was, no copy left; so too for a rejects file (fs-roster).
$ lib=$(dirname "$(command -v fs-seal)")/nomap.so; fs-seal l0 > led.tsv; cp led.tsv before; echo old > rej.tsv; export ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0"; env NOMAP_NO_TMPFILE=1 NOMAP_MKSTEMP_TERM=1 LD_PRELOAD="$lib" fs-seal --append led.tsv l1 & wait $! 2>/dev/null; echo "exit $?"; ls -A | grep -c '^\.led'; cmp led.tsv before && echo kept; env NOMAP_NO_TMPFILE=1 NOMAP_MKSTEMP_TERM=1 LD_PRELOAD="$lib" fs-roster --as-of 2025-06-01 --rejects rej.tsv r.tsv > out.tsv & wait $! 2>/dev/null; echo "exit $?"; ls -A | grep -c '^\.rej'; cat rej.tsv
<<< l0
id	amount
1	10.00
<<< l1
id	amount
2	20.00
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	A	U	V1	2024-01-01	2026-12-31
S2	B	U	V2	2024-13-01	2026-12-31
>>> stdout
exit 143
0
kept
exit 143
0
old
>>> requires nomap
