# --balances: one row per village and category (sorted by village_id, then
# category name), over every row up to the as-of date, whatever its year.
# balance = in - out; oldest_unspent: the date of the oldest money still
# held under FIFO, empty when none is held (spent, or a deficit).  A
# deficit is repaid first by later money in (V01 support: 2026-02-01 pays
# back 50.00, and only 150.00 of it is held).  Rows after the as-of date
# count nowhere.  Files are read in turn, each with its own header.  The
# rules still judge: the deficits are violations (exit 1).
$ fs-funds --as-of 2026-06-30 --balances a.tsv b.tsv
<<< a.tsv
date	village_id	category	flow	amount	secretary_id
2025-11-01	V01	support	in	100.00	S1
2026-01-05	V01	support	out	150.00	S1
2026-02-01	V01	support	in	200.00	S1
2026-01-05	V01	living_subsidy	in	300.00	S1
2026-07-01	V01	project	in	9999.00	
<<< b.tsv
amount	flow	category	village_id	date	household_id	notice_ref
80.00	in	collective	V02	2025-12-31		
20.00	out	collective	V02	2026-01-01		
70.00	out	collective	V02	2026-01-02		
100.00	in	collective	V02	2026-01-03		
300.00	out	benefit	V01	2026-03-01	HH1	N1
>>> stdout
village_id	category	in	out	balance	oldest_unspent
V01	benefit	0.00	300.00	-300.00	
V01	living_subsidy	300.00	0.00	300.00	2026-01-05
V01	support	300.00	150.00	150.00	2026-02-01
V02	collective	180.00	90.00	90.00	2026-01-03
>>> status 1
