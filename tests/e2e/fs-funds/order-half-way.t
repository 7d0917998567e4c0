# A ledger whose rows come in date order is run as they come; when a row
# dated before its latest day arrives, its days are read back and it goes
# on as a ledger of days: the result is the one of the rows in date order.
# V01 project, rows 2-11 in date order: on 2026-01-02 four outs go deeper
# each time (running sums -3, -6, -9, -12 after 5.00 held): the second
# (line 4) is at fault.  Then 3.00 more comes in dated 2026-01-01 (line
# 15): 8.00 was held, and the third out (line 5, a record low between the
# day's first and last) is at fault.  V01 support: the late 30.00 of
# 2026-01-15 is spent first, so 30.00 of 2026-02-01 is still held.  V02:
# a late row of its latest day (line 17) keeps it in date order.
$ head -n 14 funds.tsv >prefix.tsv; for f in prefix funds; do fs-funds --as-of 2026-12-31 --balances $f.tsv; fs-funds --as-of 2026-12-31 --findings $f.tsv | grep -e overspend -e idle | cut -f 2,7,8,9; done
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
2026-01-01	V01	project	in	5.00	
2026-01-02	V01	project	out	3.00	
2026-01-02	V01	project	out	3.00	
2026-01-02	V01	project	out	3.00	
2026-01-02	V01	project	out	3.00	
2026-02-01	V01	support	in	100.00	S1
2026-02-10	V01	support	out	100.00	S1
2026-03-01	V01	support	in	40.00	S1
2026-03-01	V01	project	in	50.00	
2026-04-01	V01	project	out	10.00	
2026-04-01	V02	project	out	1.00	
2026-04-02	V02	project	in	1.00	
2026-04-02	V02	project	out	1.00	
2026-01-01	V01	project	in	3.00	
2026-01-15	V01	support	in	30.00	S1
2026-04-02	V02	project	in	0.50	
>>> stdout
village_id	category	in	out	balance	oldest_unspent
V01	project	55.00	22.00	33.00	2026-03-01
V01	support	140.00	100.00	40.00	2026-03-01
V02	project	1.00	2.00	-1.00	
funds.overspend	2026-01-02	project: out beyond the money held, a deficit of 1.00	prefix.tsv:4
funds.overspend	2026-04-01	project: out beyond the money held, a deficit of 1.00	prefix.tsv:12
village_id	category	in	out	balance	oldest_unspent
V01	project	58.00	22.00	36.00	2026-03-01
V01	support	170.00	100.00	70.00	2026-02-01
V02	project	1.50	2.00	-0.50	
funds.overspend	2026-01-02	project: out beyond the money held, a deficit of 1.00	funds.tsv:5
funds.overspend	2026-04-01	project: out beyond the money held, a deficit of 1.00	funds.tsv:12
