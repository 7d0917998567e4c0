# Warnings alone exit 0, and 1 with --strict-warnings; the policy sets
# roster.min_term_months (here 23, so a 23-month term passes).
$ fs-roster --as-of 2024-01-01 r.tsv >/dev/null; echo "exit $?"; fs-roster --as-of 2024-01-01 --strict-warnings r.tsv >/dev/null; echo "exit $?"; fs-roster --as-of 2024-01-01 --policy p.tsv --strict-warnings r.tsv > out; echo "exit $?"; cut -f 1,8- out
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id
S2	乙	县财政局	V02	2024-03-01	2026-02-27	M1
<<< p.tsv
key	value
roster.min_term_months	23
>>> stdout
exit 0
exit 1
exit 0
secretary_id	status	term_months	problems
S2	not_started	23	
