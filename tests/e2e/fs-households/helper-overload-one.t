# With households.max_per_helper 0 one household is already too many,
# and the detail says "household", not "households" (the helper of two
# villages has no village_id, and so comes first).
$ fs-households --as-of 2026-06-30 --policy p.tsv --findings h.tsv | cut -f 2,5,8; echo "exit $?"
<<< p.tsv
key	value
households.max_per_helper	0
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan
A	V01	n	1	1.00	poor	K1	p
B	V01	n	1	1.00	poor	K2	p
C	V02	n	1	1.00	monitored	K2	p
>>> stdout
rule	entity_id	detail
households.helper-overload	K2	linked to 2 poor or monitored households in more than one village, more than 0
households.helper-overload	K1	linked to 1 poor or monitored household, more than 0
exit 0
