# A secretary's examination is the latest had by the as-of date, on any
# posting: one booked on the next posting (2026-12-01) does not hide
# the one had on 2026-06-01, which is due again on 2027-06-01.  When
# every examination is after the as-of date, the latest is named.
# Before, the booked one stood for both postings and S1 was warned on
# 2026-10-12.
$ for d in 2026-05-12 2026-10-12 2027-07-12; do fs-roster --as-of $d --findings r.tsv | cut -f 2,5,6,8 | sed 1d; echo "$d exit $?"; done
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until
S1	N	U	V1	2025-01-01	2026-12-31	M	2026-06-01	2028-12-31
S1	N	U	V2	2027-01-01	2028-12-31	M	2026-12-01	2028-12-31
S2	N	U	V3	2025-01-01	2026-12-31	M	2025-06-01	2028-12-31
S2	N	U	V4	2027-01-01	2028-12-31	M	2026-12-01	2028-12-31
>>> stdout
roster.medical-exam	S1	V1	last_medical_exam 2026-12-01 is after the as-of date: no examination on record by then
2026-05-12 exit 0
roster.medical-exam	S2	V3	last medical examination 2025-06-01; the next was due by 2026-06-01 (every 12 months)
2026-10-12 exit 0
2027-07-12 exit 0
