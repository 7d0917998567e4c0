# Amounts are int64 fen end to end: a sum that would pass the largest
# amount is an error (exit 2, FILE:LINE, nothing on stdout), even with
# --rejects, never a wrap.  So for a village's ledger, a secretary's
# support over villages, and benefits to an unknown household.
$ fs-funds --as-of 2026-12-31 village.tsv; fs-funds --as-of 2026-12-31 --rejects bad.tsv sec.tsv; echo "exit $?"; fs-funds --as-of 2026-12-31 --households hh.tsv hh-sum.tsv
<<< village.tsv
date	village_id	category	flow	amount
2026-01-01	V01	collective	out	92233720368547758.07
2026-01-02	V02	collective	out	92233720368547758.07
2026-01-03	V01	collective	out	0.01
<<< sec.tsv
date	village_id	category	flow	amount	secretary_id
2026-01-01	V01	support	in	92233720368547758.00	S1
2026-01-02	V02	support	in	0.07	S1
2026-01-03	V03	support	in	0.01	S1
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status
<<< hh-sum.tsv
date	village_id	category	flow	amount	household_id	notice_ref
2026-01-01	V01	benefit	out	92233720368547758.07	HH1	N1
2026-01-01	V02	benefit	out	1.00	HH1	N1
>>> stdout
exit 2
>>> stderr
fs-funds: village.tsv:4: column 'amount': sum too large: collective out of village V01 would pass 92233720368547758.07 (got '0.01')
fs-funds: sec.tsv:4: column 'amount': sum too large: support in to secretary S1 in 2026 would pass 92233720368547758.07 (got '0.01')
fs-funds: hh-sum.tsv:3: column 'amount': sum too large: benefits to household HH1 that day would pass 92233720368547758.07 (got '1.00')
>>> status 2
