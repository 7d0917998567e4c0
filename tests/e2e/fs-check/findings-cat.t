# A findings stream joined with cat repeats its header; fs-check reads it
# as fs-report does: the header again is skipped, not counted as a row,
# and not an invalid one.
$ cat a.findings a.findings | fs-check -t findings; echo "exit $?"
<<< a.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.no-mentor	violation	secretary	S1	V1		serving in V1 with no mentor_id	roster.tsv:2
>>> stdout
file	type	rows	invalid
<stdin>	findings	2	0
exit 0
