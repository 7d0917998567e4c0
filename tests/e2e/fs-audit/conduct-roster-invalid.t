# The roster of --roster is read like any input: an invalid row stops
# the run, or goes to --rejects.
$ fs-audit conduct --rules none --roster r.tsv --findings --as-of 2026-04-01 c.tsv; echo "exit $?"; fs-audit conduct --rules none --roster r.tsv --rejects rj.tsv --findings --as-of 2026-04-01 c.tsv; echo "exit $?"; cat rj.tsv
<<< c.tsv
date	secretary_id	kind	settled
2026-03-01	S1	meal	no
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	张三	县农业局	V01	2024-03-01	2023-02-28
S1	张三	县农业局	V02	2026-03-01	2028-02-28
>>> stdout
exit 2
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.unpaid-meal	violation	secretary	S1	V02	2026-03-01	meal at a villager's or cadre's table not paid for (settled: no)	c.tsv:2
exit 3
source	reason	date	secretary_id	kind	settled
r.tsv:2	column 'term_end': term_end before term_start (got '2023-02-28')	S1	张三	县农业局	V01	2024-03-01	2023-02-28
>>> stderr
fs-audit: r.tsv:2: column 'term_end': term_end before term_start (got '2023-02-28')
fs-audit: 1 invalid row written to rj.tsv
