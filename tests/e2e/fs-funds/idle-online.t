# funds.idle in ledgers whose rows come in date order: money held as lots,
# one per day (two ins of 2026-03-20 make one), spent oldest first.  With
# funds.idle_days 10 and as of 2026-03-31, money of 2026-03-20 (11 days)
# is idle and money of 2026-03-21 (exactly 10 days) is not.  V01: the out
# of 8.00 spends 5.00 of 2026-03-19 and 3.00 of 2026-03-20, leaving 7.00
# of it idle; V02's 1.00 of 2026-03-21 is not idle.  A day later V02's is,
# and V01's 7.00 of 2026-03-21 too.
$ fs-funds --as-of 2026-03-31 --policy p.tsv --findings funds.tsv | cut -f 5,7,8; fs-funds --as-of 2026-04-01 --policy p.tsv --findings funds.tsv | cut -f 5,7,8
<<< p.tsv
key	value
funds.idle_days	10
<<< funds.tsv
date	village_id	category	flow	amount
2026-03-19	V01	project	in	5.00
2026-03-20	V01	project	in	4.00
2026-03-20	V01	project	in	6.00
2026-03-21	V01	project	in	7.00
2026-03-21	V02	project	in	1.00
2026-03-22	V01	project	out	8.00
>>> stdout
entity_id	period	detail
V01	2026-03-20	project: 7.00 held unspent since 2026-03-20, 11 days (more than 10)
entity_id	period	detail
V01	2026-03-20	project: 14.00 held unspent since 2026-03-20, 12 days (more than 10)
V02	2026-03-21	project: 1.00 held unspent since 2026-03-21, 11 days (more than 10)
