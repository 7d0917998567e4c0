# funds.idle: support or project money still held (FIFO) that came in more
# than funds.idle_days (365) days before the as-of date.  In V01 the oldest
# money is exactly 365 days old: not idle.  In V02 it is 366 days old: idle,
# and FIFO spent the older part of it first (300.00 of 1000.00 left, plus
# 500.00 from the same old day in another row).  V03's project money is
# idle too; collective money is never idle.  One finding per village and
# category; the period is the oldest idle money's date.
$ fs-funds --as-of 2026-06-30 --findings funds.tsv | grep -e ^tool -e funds.idle; fs-funds --as-of 2026-07-01 --findings funds.tsv | grep funds.idle | cut -f 5,7,8
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
2025-06-30	V01	support	in	1000.00	S1
2025-06-29	V02	support	in	1000.00	S2
2025-06-29	V02	support	in	500.00	S2
2025-12-01	V02	support	in	2000.00	S2
2026-01-10	V02	support	out	700.00	S2
2025-01-01	V03	project	in	50.00	
2025-01-01	V03	collective	in	50.00	
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.idle	warning	village	V02	V02	2025-06-29	support: 800.00 held unspent since 2025-06-29, 366 days (more than 365)	
fs-funds	funds.idle	warning	village	V03	V03	2025-01-01	project: 50.00 held unspent since 2025-01-01, 545 days (more than 365)	
V01	2025-06-30	support: 1000.00 held unspent since 2025-06-30, 366 days (more than 365)
V02	2025-06-29	support: 800.00 held unspent since 2025-06-29, 367 days (more than 365)
V03	2025-01-01	project: 50.00 held unspent since 2025-01-01, 546 days (more than 365)
