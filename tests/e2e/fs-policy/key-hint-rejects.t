# The hint is part of the reason: fs-check says it and writes it to the
# rejects file as fs-policy says it, and any tool reading the policy
# through $FS_POLICY says the same.
$ fs-check --type policy --rejects rj.tsv p.tsv; echo "exit $?"; cat rj.tsv; FS_POLICY=p.tsv fs-roster --as-of 2026-03-01 r.tsv; echo "exit $?"
<<< p.tsv
key	value
funds.min_support	20000
foo.bar	1
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
>>> stdout
file	type	rows	invalid
p.tsv	policy	2	2
exit 3
source	reason	key	value
p.tsv:2	column 'key': unknown key (did you mean 'funds.min_annual_support'?) (got 'funds.min_support')	funds.min_support	20000
p.tsv:3	column 'key': unknown key (got 'foo.bar')	foo.bar	1
exit 2
>>> stderr
fs-check: 2 invalid rows written to rj.tsv
fs-roster: p.tsv:2: column 'key': unknown key (did you mean 'funds.min_annual_support'?) (got 'funds.min_support')
fs-roster: (the policy file is named by FS_POLICY in the environment: mend it, or --policy FILE)
