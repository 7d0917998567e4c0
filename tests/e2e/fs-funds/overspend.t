# funds.overspend: money out of support, project or collective beyond what
# the village holds.  Rows are taken in date order, input order within a
# day.  V01: an out before the in of the same day is a deficit (line 2);
# V02: the in comes first on that day, no deficit.  V03's project: in file
# order line 8 would spend more than is held, but line 9's money came in
# earlier in date, so the first deficit is on 2026-06-01 (line 10); the in
# of 2026-07-01 repays it first, and 2026-08-01 overspends again: still
# one finding per village and category.  Benefit money out is not judged.
$ fs-funds --as-of 2026-12-31 --findings funds.tsv | grep -e ^tool -e overspend; fs-funds --as-of 2026-12-31 --balances funds.tsv
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
2026-03-01	V01	collective	out	100.00	
2026-03-01	V01	collective	in	100.00	
2026-03-01	V02	collective	in	100.00	
2026-03-01	V02	collective	out	100.00	
2026-05-01	V03	project	in	100.00	
2026-05-02	V03	project	out	80.00	
2026-05-02	V03	project	out	30.00	
2026-04-01	V03	project	in	10.00	
2026-06-01	V03	project	out	500.00	
2026-06-01	V03	benefit	out	500.00	
2026-07-01	V03	project	in	1000.00	
2026-08-01	V03	project	out	600.00	
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.overspend	violation	village	V01	V01	2026-03-01	collective: out beyond the money held, a deficit of 100.00	funds.tsv:2
fs-funds	funds.overspend	violation	village	V03	V03	2026-06-01	project: out beyond the money held, a deficit of 500.00	funds.tsv:10
village_id	category	in	out	balance	oldest_unspent
V01	collective	100.00	100.00	0.00	
V02	collective	100.00	100.00	0.00	
V03	benefit	0.00	500.00	-500.00	
V03	project	1110.00	1210.00	-100.00	
>>> status 1
