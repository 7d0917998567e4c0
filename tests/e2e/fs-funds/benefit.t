# funds.benefit-untraced: a benefit paid out without household_id or
# without notice_ref (entity payment: ref, else household_id, else empty;
# period the row's date).  One finding per row.  Money in of the benefit
# category is not a payment; a payment after the as-of date is planned,
# not judged.
$ fs-funds --as-of 2026-06-30 --findings funds.tsv; echo "exit $?"
<<< funds.tsv
date	village_id	category	flow	amount	household_id	notice_ref	ref
2026-03-01	V01	benefit	out	300.00	HH1	N-2026-01	R1
2026-03-01	V01	benefit	out	300.00	HH2		R2
2026-03-01	V01	benefit	out	300.00		N-2026-01	
2026-03-02	V02	benefit	out	120.50	HH3		
2026-03-02	V02	benefit	out	120.50			
2026-03-02	V02	benefit	out	99.00			
2026-03-03	V02	benefit	in	1000.00			
2026-07-01	V02	benefit	out	120.50			
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.benefit-untraced	violation	payment		V01	2026-03-01	benefit of 300.00 paid out without household_id	funds.tsv:4
fs-funds	funds.benefit-untraced	violation	payment	R2	V01	2026-03-01	benefit of 300.00 paid out without notice_ref	funds.tsv:3
fs-funds	funds.benefit-untraced	violation	payment		V02	2026-03-02	benefit of 120.50 paid out without household_id and notice_ref	funds.tsv:6
fs-funds	funds.benefit-untraced	violation	payment		V02	2026-03-02	benefit of 99.00 paid out without household_id and notice_ref	funds.tsv:7
fs-funds	funds.benefit-untraced	violation	payment	HH3	V02	2026-03-02	benefit of 120.50 paid out without notice_ref	funds.tsv:5
exit 1
