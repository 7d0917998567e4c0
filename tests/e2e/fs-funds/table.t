# Without a roster: every secretary_id on a row dated in the year, whatever
# the category, sorted by secretary_id; the window is the whole year.
# support_in counts support `in` only (an `out` of support is the village
# spending it); the subsidies are sums of `in` in the year.  Rows of other
# years and rows after the as-of date count nowhere.
$ fs-funds --as-of 2026-12-31 funds.tsv
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id	note
2026-03-01	V02	support	in	6000.00	S2	
2026-09-01	V02	support	in	4000	S2	
2026-10-01	V02	support	out	2500.00	S2	spent on the road
2026-01-20	V02	living_subsidy	in	1200.00	S2	
2026-01-20	V02	living_subsidy	in	1200.5	S2	
2026-01-20	V02	transport_subsidy	in	300.00	S2	
2026-01-20	V02	communication_subsidy	in	100.00	S2	
2025-12-31	V01	support	in	10000.00	S1	last year
2026-04-01	V01	support	in	3000.00	S1	
2026-04-01	V01	project	in	500.00	S10	a project row names S10
2027-01-01	V03	support	in	10000.00	S3	after the as-of date
2026-05-01	V01	medical_exam	in	800.00	S1	
2026-05-01	V01	accident_insurance	in	200.00	S1	
>>> stdout
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2026	3000.00	10000.00	0.00	0.00	0.00	short
S10	2026	0.00	10000.00	0.00	0.00	0.00	short
S2	2026	10000.00	10000.00	2400.50	300.00	100.00	ok
>>> status 1
