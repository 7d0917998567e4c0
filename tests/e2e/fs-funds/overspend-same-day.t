# The row at fault within a day depends on what is held when the day
# begins, known only once every row is read (the file is not in date
# order: the ins of 2026-01-01 come last).  Each village spends 3.00 four
# times on 2026-01-02 (V04 gets 2.00 back in between).  V01 holds 5.00: the
# second out is at fault; V02 holds 10.00: the fourth; V03 holds nothing:
# the first; V04 holds 6.50: the out after the in (running sum -7.00).
$ fs-funds --as-of 2026-12-31 --findings funds.tsv
<<< funds.tsv
date	village_id	category	flow	amount	note
2026-01-02	V01	project	out	3.00	V01 1
2026-01-02	V02	project	out	3.00	V02 1
2026-01-02	V03	project	out	3.00	V03 1
2026-01-02	V04	project	out	3.00	V04 1
2026-01-02	V01	project	out	3.00	V01 2
2026-01-02	V02	project	out	3.00	V02 2
2026-01-02	V03	project	out	3.00	V03 2
2026-01-02	V04	project	out	3.00	V04 2
2026-01-02	V04	project	in	2.00	V04 in
2026-01-02	V01	project	out	3.00	V01 3
2026-01-02	V02	project	out	3.00	V02 3
2026-01-02	V03	project	out	3.00	V03 3
2026-01-02	V04	project	out	3.00	V04 3
2026-01-02	V01	project	out	3.00	V01 4
2026-01-02	V02	project	out	3.00	V02 4
2026-01-02	V03	project	out	3.00	V03 4
2026-01-02	V04	project	out	3.00	V04 4
2026-01-01	V01	project	in	5.00	
2026-01-01	V02	project	in	10.00	
2026-01-01	V04	project	in	6.50	
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.overspend	violation	village	V01	V01	2026-01-02	project: out beyond the money held, a deficit of 1.00	funds.tsv:6
fs-funds	funds.overspend	violation	village	V02	V02	2026-01-02	project: out beyond the money held, a deficit of 2.00	funds.tsv:16
fs-funds	funds.overspend	violation	village	V03	V03	2026-01-02	project: out beyond the money held, a deficit of 3.00	funds.tsv:4
fs-funds	funds.overspend	violation	village	V04	V04	2026-01-02	project: out beyond the money held, a deficit of 0.50	funds.tsv:14
>>> status 1
