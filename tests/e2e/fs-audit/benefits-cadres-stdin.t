# Cadres read from standard input (--cadres -) are named <stdin> in a
# finding's detail, as messages name standard input (SPEC 1.1), not '-'.
$ printf 'cadre_id\tvillage_id\trelative_id_number\nC1\tV1\t539001199807022657\n' | fs-audit benefits --as-of 2026-11-30 --cadres - --findings b.tsv | cut -f 2,8
<<< b.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted
H1	V1	dibao	539001199807022657	2026-07-01	2026-07-10	2026-07-20
>>> stdout
rule	detail
audit.relative-not-filed	relative of cadre C1 (village V1) in <stdin>, not filed (filed: missing)
audit.relative-undeclared	relative of cadre C1 (village V1) in <stdin>, not declared (cadre_relative: missing)
