# funds.unknown-household: with --households, a benefit whose household_id
# the register does not hold (entity household, period the row's date; two
# payments to one household on one day are one finding, from the first
# row).  Only household_id of the register matters, but its rows must be
# valid.  Without --households the rule does not run.
$ fs-funds --as-of 2026-06-30 --households hh.tsv --findings funds.tsv; echo "exit $?"; fs-funds --as-of 2026-06-30 funds.tsv; echo "exit $?"
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status
HH1	V01	张三	3	9000.00	poor
HH2	V01	李四	1	-200.00	lifted
<<< funds.tsv
date	village_id	category	flow	amount	household_id	notice_ref
2026-03-01	V01	benefit	out	300.00	HH1	N1
2026-03-01	V01	benefit	out	300.00	HH9	N1
2026-03-01	V01	benefit	out	50.00	HH9	N2
2026-03-02	V01	benefit	out	300.00	HH9	N3
2026-03-02	V02	benefit	out	300.00	HH2	N3
2026-03-02	V02	project	in	300.00	HH8	
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.unknown-household	violation	household	HH9	V01	2026-03-01	benefits of 350.00 in 2 payments to a household not in hh.tsv	funds.tsv:3
fs-funds	funds.unknown-household	violation	household	HH9	V01	2026-03-02	benefit of 300.00 paid to a household not in hh.tsv	funds.tsv:5
exit 1
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
exit 0
