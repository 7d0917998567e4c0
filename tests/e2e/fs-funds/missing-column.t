# A header without a column the tool needs: exit 2, the file and the column
# named; so for the roster and the household register.
$ fs-funds --as-of 2026-12-31 funds.tsv; fs-funds --as-of 2026-12-31 --roster roster.tsv ok.tsv; fs-funds --as-of 2026-12-31 --households hh.tsv ok.tsv; fs-funds --as-of 2026-12-31 nosuch.tsv; echo "exit $?"
<<< funds.tsv
date	village_id	category	flow
2026-01-05	V01	project	in
<<< ok.tsv
date	village_id	category	flow	amount
<<< roster.tsv
secretary_id	name	village_id	term_start	term_end
<<< hh.tsv
household_id	village_id
>>> stdout
exit 2
>>> stderr
fs-funds: funds.tsv: missing column 'amount'
fs-funds: roster.tsv: missing column 'sending_unit'
fs-funds: hh.tsv: missing column 'head_name'
fs-funds: nosuch.tsv: No such file or directory
