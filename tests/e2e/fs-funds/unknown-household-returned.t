# funds.unknown-household on benefit rows of flow in (money a household
# returns): counted apart from what was paid to it, and said so, on one
# thread and in parts.
$ fs-funds --as-of 2026-06-30 --households hh.tsv --findings funds.tsv; echo "exit $?"; fs-funds --as-of 2026-06-30 --households hh.tsv --findings --jobs 3 funds.tsv | cmp - out.tsv; echo "jobs 3: $?"
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status
HH1	V01	张三	3	9000.00	poor
<<< funds.tsv
date	village_id	category	flow	amount	household_id	notice_ref
2026-03-01	V01	benefit	out	300.00	HH9	N1
2026-03-01	V01	benefit	in	50.00	HH9	
2026-03-02	V01	benefit	in	20.00	HH7	
2026-03-03	V01	benefit	in	20.00	HH7	
2026-03-03	V01	benefit	in	20.00	HH7	
2026-03-04	V01	benefit	out	10.00	HH6	N1
2026-03-04	V01	benefit	out	10.00	HH6	N1
2026-03-04	V01	benefit	in	5.00	HH6	
2026-03-04	V01	benefit	in	5.00	HH6	
2026-03-04	V01	benefit	in	5.00	HH1	
<<< out.tsv
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.unknown-household	violation	household	HH6	V01	2026-03-04	benefits of 20.00 in 2 payments to a household not in hh.tsv, and 10.00 in 2 returns by it	funds.tsv:7
fs-funds	funds.unknown-household	violation	household	HH7	V01	2026-03-02	benefit of 20.00 returned by a household not in hh.tsv	funds.tsv:4
fs-funds	funds.unknown-household	violation	household	HH7	V01	2026-03-03	benefits of 40.00 in 2 returns by a household not in hh.tsv	funds.tsv:5
fs-funds	funds.unknown-household	violation	household	HH9	V01	2026-03-01	benefit of 300.00 paid to a household not in hh.tsv, and 50.00 returned by it	funds.tsv:2
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.unknown-household	violation	household	HH6	V01	2026-03-04	benefits of 20.00 in 2 payments to a household not in hh.tsv, and 10.00 in 2 returns by it	funds.tsv:7
fs-funds	funds.unknown-household	violation	household	HH7	V01	2026-03-02	benefit of 20.00 returned by a household not in hh.tsv	funds.tsv:4
fs-funds	funds.unknown-household	violation	household	HH7	V01	2026-03-03	benefits of 40.00 in 2 returns by a household not in hh.tsv	funds.tsv:5
fs-funds	funds.unknown-household	violation	household	HH9	V01	2026-03-01	benefit of 300.00 paid to a household not in hh.tsv, and 50.00 returned by it	funds.tsv:2
exit 1
jobs 3: 0
