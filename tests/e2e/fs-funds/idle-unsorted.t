# funds.idle and --balances on a ledger whose rows are not in date order
# (each village's rows are put in order before the FIFO): the same
# bounds as idle.t.  V01's oldest money is exactly 365 days old on
# 2026-06-30: not idle; a day later it is.  V02: 366 days, idle, FIFO
# spending the older part first.  V04: the older in (2025-01-01, listed
# second) is spent whole by an out of the same amount, so the oldest
# unspent money is 2025-12-01's and none of it is idle.
$ fs-funds --as-of 2026-06-30 --findings funds.tsv | grep -e ^tool -e funds.idle; fs-funds --as-of 2026-07-01 --findings funds.tsv | grep funds.idle | cut -f 5,7,8; fs-funds --as-of 2026-06-30 --balances funds.tsv
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
2026-01-10	V02	support	out	700.00	S2
2025-12-01	V02	support	in	2000.00	S2
2025-06-29	V02	support	in	1000.00	S2
2025-06-29	V02	support	in	500.00	S2
2025-12-01	V01	support	in	10.00	S1
2025-06-30	V01	support	in	1000.00	S1
2025-12-01	V04	project	in	10.00	
2025-01-01	V04	project	in	100.00	
2026-01-05	V04	project	out	100.00	
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.idle	warning	village	V02	V02	2025-06-29	support: 800.00 held unspent since 2025-06-29, 366 days (more than 365)	
V01	2025-06-30	support: 1000.00 held unspent since 2025-06-30, 366 days (more than 365)
V02	2025-06-29	support: 800.00 held unspent since 2025-06-29, 367 days (more than 365)
village_id	category	in	out	balance	oldest_unspent
V01	support	1010.00	0.00	1010.00	2025-06-30
V02	support	3500.00	700.00	2800.00	2025-06-29
V04	project	110.00	100.00	10.00	2025-12-01
