# A cell of white space alone is a missing value: a benefit paid out with
# a notice_ref of a space, a no-break space or an escaped tab is untraced
# (funds.benefit-untraced), as one with an empty cell is; so is one whose
# household_id is an ideographic space.  A support row whose secretary_id
# is a space has none, and is refused so, the cell quoted as it was
# (got ' '; before, got '').
$ fs-funds --findings --as-of 2026-06-30 --rejects rej.tsv f.tsv; echo "exit $?"; cut -f 1,2 rej.tsv
<<< f.tsv
date	village_id	category	flow	amount	secretary_id	household_id	notice_ref	ref
2026-01-05	V1	benefit	out	500		H01	 	R1
2026-01-05	V1	benefit	out	500		H02	 	R2
2026-01-05	V1	benefit	out	500		H03	\t	R3
2026-01-05	V1	benefit	out	500		　	N4	R4
2026-01-05	V1	benefit	out	500				R5
2026-01-05	V1	benefit	out	500		H06	N6	R6
2026-01-05	V1	support	in	500	 			R7
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.benefit-untraced	violation	payment	R1	V1	2026-01-05	benefit of 500.00 paid out without notice_ref	f.tsv:2
fs-funds	funds.benefit-untraced	violation	payment	R2	V1	2026-01-05	benefit of 500.00 paid out without notice_ref	f.tsv:3
fs-funds	funds.benefit-untraced	violation	payment	R3	V1	2026-01-05	benefit of 500.00 paid out without notice_ref	f.tsv:4
fs-funds	funds.benefit-untraced	violation	payment	R4	V1	2026-01-05	benefit of 500.00 paid out without household_id	f.tsv:5
fs-funds	funds.benefit-untraced	violation	payment	R5	V1	2026-01-05	benefit of 500.00 paid out without household_id and notice_ref	f.tsv:6
exit 3
source	reason
f.tsv:8	column 'secretary_id': missing (the category is paid for a secretary) (got ' ')
>>> stderr
fs-funds: 1 invalid row written to rej.tsv
