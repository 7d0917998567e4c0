# --rejects keeps every invalid row (of the register and of the ledger) and
# goes on, exit 3.  HH1, whose register row is rejected, is still on the
# register: the benefit paid to it is no unknown household's (its row is
# to be mended, not the household found).  The rejects file's header is
# the ledger's, the tool's own input, though the register is read first.
$ fs-funds --as-of 2026-12-31 --households hh.tsv --rejects bad.tsv --findings funds.tsv; echo "exit $?"; cat bad.tsv
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status
HH1	V01	张三	0	9000.00	poor
HH2	V01	李四	1	-200.00	lifted
<<< funds.tsv
date	village_id	category	flow	amount	household_id	notice_ref
2026-03-01	V01	benefit	out	300.00	HH1	N1
2026-03-01	V01	benefit	out	-5	HH2	N1
2026-02-30	V01	benefit	out	5.00	HH2	N1
2026-03-01	V01	benefit	out	5.00	HH2	N1
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
exit 3
source	reason	date	village_id	category	flow	amount	household_id	notice_ref
hh.tsv:2	column 'members': a household has at least 1 member (got '0')	HH1	V01	张三	0	9000.00	poor
funds.tsv:3	column 'amount': amount must be positive (flow says in or out) (got '-5')	2026-03-01	V01	benefit	out	-5	HH2	N1
funds.tsv:4	column 'date': no such day (got '2026-02-30')	2026-02-30	V01	benefit	out	5.00	HH2	N1
>>> stderr
fs-funds: 3 invalid rows written to bad.tsv
