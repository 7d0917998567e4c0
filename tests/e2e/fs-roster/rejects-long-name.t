# A rejects file whose name leaves no room for its copy's (".NAME.XXXXXX",
# 8 bytes more: here 250 bytes of 255) is written in place, the rows
# kept, exit 3; before, its unnamed copy could not be named, and the run
# failed, exit 2.
$ n=$(printf '%0250d' 0 | tr 0 r); echo old > "$n"; fs-roster --as-of 2025-06-01 --rejects "$n" r.tsv > out.tsv 2>/dev/null; echo "exit $?"; ls -A | grep -c '^\.r'; cut -f 1,3 "$n"
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	A	U	V1	2024-01-01	2026-12-31
S2	B	U	V2	2024-13-01	2026-12-31
>>> stdout
exit 3
0
source	secretary_id
r.tsv:3	S2
