# A notice_ref that is a word for "none" (无, /, none) is no notice: the
# benefit is untraced (funds.benefit-untraced), as with an empty cell;
# N-2026-01 is a notice.
$ fs-funds --findings --as-of 2026-06-30 f.tsv; echo "exit $?"
<<< f.tsv
date	village_id	category	flow	amount	household_id	notice_ref
2026-01-05	V1	benefit	out	500.00	H01	无
2026-01-06	V1	benefit	out	500.00	H02	/
2026-01-07	V1	benefit	out	500.00	H03	none
2026-01-08	V1	benefit	out	500.00	H04	N-2026-01
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.benefit-untraced	violation	payment	H01	V1	2026-01-05	benefit of 500.00 paid out without notice_ref	f.tsv:2
fs-funds	funds.benefit-untraced	violation	payment	H02	V1	2026-01-06	benefit of 500.00 paid out without notice_ref	f.tsv:3
fs-funds	funds.benefit-untraced	violation	payment	H03	V1	2026-01-07	benefit of 500.00 paid out without notice_ref	f.tsv:4
exit 1
