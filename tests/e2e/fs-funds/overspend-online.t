# Overspending in a ledger whose rows come in date order.  V01: 30.00 is
# held when 2026-03-02 begins; its out of 50.00 comes before its in of
# 20.00, so 20.00 is spent beyond what is held (line 3).  V02: the same
# rows, the in first: no deficit.  V03: 10.00 of a 25.00 out is covered,
# the deficit is 15.00 (line 9); the deficit after line 11 (the in of
# line 10 repaid 5.00 of it) is not another finding; the in of line 12
# repays the rest, and 2.00 of it is held.
$ fs-funds --as-of 2026-12-31 --findings funds.tsv | cut -f 5,7,8,9; fs-funds --as-of 2026-12-31 --balances funds.tsv | grep -v '^V0[12]'
<<< funds.tsv
date	village_id	category	flow	amount
2026-03-01	V01	collective	in	30.00
2026-03-02	V01	collective	out	50.00
2026-03-02	V01	collective	in	20.00
2026-03-01	V02	collective	in	30.00
2026-03-02	V02	collective	in	20.00
2026-03-02	V02	collective	out	50.00
2026-05-01	V03	project	in	10.00
2026-05-02	V03	project	out	25.00
2026-05-03	V03	project	in	5.00
2026-05-03	V03	project	out	1.00
2026-05-04	V03	project	in	13.00
>>> stdout
entity_id	period	detail	source
V01	2026-03-02	collective: out beyond the money held, a deficit of 20.00	funds.tsv:3
V03	2026-05-02	project: out beyond the money held, a deficit of 15.00	funds.tsv:9
village_id	category	in	out	balance	oldest_unspent
V03	project	28.00	26.00	2.00	2026-05-04
