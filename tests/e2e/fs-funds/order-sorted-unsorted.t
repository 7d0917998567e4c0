# The same ledgers in date order (run as the rows come) and out of date
# order (read back as ledgers of days) give the same balances and the
# same findings; only the sources, line numbers, differ.  Within a day the
# rows keep their input order in both files.  V01 support: 100.00 of
# 2025-01-10 is spent by 2025-03-01 and 2026-01-05, 300.00 of 2025-11-01
# is partly spent and idle; V01 project overspends on 2026-01-05 (the out
# comes before the in of that day) and 2026-02-01 repays the deficit.
$ fs-funds --as-of 2026-12-31 --balances sorted.tsv >a; fs-funds --as-of 2026-12-31 --balances unsorted.tsv >b; cmp a b && cat a; for f in sorted unsorted; do fs-funds --as-of 2026-12-31 --findings $f.tsv | grep -e overspend -e idle | cut -f 2,7,8,9; done
<<< sorted.tsv
date	village_id	category	flow	amount	secretary_id
2025-01-10	V01	support	in	100.00	S1
2025-01-10	V01	project	in	40.00	
2025-03-01	V01	support	out	30.00	S1
2025-11-01	V01	support	in	300.00	S1
2026-01-05	V01	support	out	120.00	S1
2026-01-05	V01	project	out	50.00	
2026-01-05	V01	project	in	20.00	
2026-02-01	V01	project	in	200.00	
2026-02-01	V01	support	in	10.00	S1
<<< unsorted.tsv
date	village_id	category	flow	amount	secretary_id
2026-02-01	V01	project	in	200.00	
2026-02-01	V01	support	in	10.00	S1
2026-01-05	V01	support	out	120.00	S1
2026-01-05	V01	project	out	50.00	
2026-01-05	V01	project	in	20.00	
2025-11-01	V01	support	in	300.00	S1
2025-03-01	V01	support	out	30.00	S1
2025-01-10	V01	support	in	100.00	S1
2025-01-10	V01	project	in	40.00	
>>> stdout
village_id	category	in	out	balance	oldest_unspent
V01	project	260.00	50.00	210.00	2026-01-05
V01	support	410.00	150.00	260.00	2025-11-01
funds.idle	2025-11-01	support: 250.00 held unspent since 2025-11-01, 425 days (more than 365)	
funds.overspend	2026-01-05	project: out beyond the money held, a deficit of 10.00	sorted.tsv:7
funds.idle	2025-11-01	support: 250.00 held unspent since 2025-11-01, 425 days (more than 365)	
funds.overspend	2026-01-05	project: out beyond the money held, a deficit of 10.00	unsorted.tsv:5
