# A notice_ref that is a word for "none" (无, /, none) is no notice: the
# benefit is untraced (funds.benefit-untraced), as with an empty cell;
# N-2026-01 is a notice; " none " and "无\t" (white space around) are
# none too.
$ fs-funds --findings --as-of 2026-06-30 f.tsv; echo "exit $?"
<<< f.tsv
date	village_id	category	flow	amount	household_id	notice_ref
2026-01-05	V1	benefit	out	500.00	H01	无
2026-01-06	V1	benefit	out	500.00	H02	/
2026-01-07	V1	benefit	out	500.00	H03	none
2026-01-08	V1	benefit	out	500.00	H04	N-2026-01
2026-01-09	V1	benefit	out	500.00	H05	 none 
2026-01-10	V1	benefit	out	500.00	H06	无\t
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.benefit-untraced	violation	payment	H01	V1	2026-01-05	benefit of 500.00 paid out without notice_ref	f.tsv:2
fs-funds	funds.benefit-untraced	violation	payment	H02	V1	2026-01-06	benefit of 500.00 paid out without notice_ref	f.tsv:3
fs-funds	funds.benefit-untraced	violation	payment	H03	V1	2026-01-07	benefit of 500.00 paid out without notice_ref	f.tsv:4
fs-funds	funds.benefit-untraced	violation	payment	H05	V1	2026-01-09	benefit of 500.00 paid out without notice_ref	f.tsv:6
fs-funds	funds.benefit-untraced	violation	payment	H06	V1	2026-01-10	benefit of 500.00 paid out without notice_ref	f.tsv:7
exit 1
