# A word written for "none" in an id column is no id: a mentor_id of 无
# would be a mentor named 无, and hide roster.no-mentor.  It is refused,
# with a hint; so are 暂无, N/A, a dash and the other words firstsec(5)
# lists.  An id that only begins as one (N1, none2, 无锡) is an id.
$ fs-roster --findings --as-of 2026-06-30 ro.tsv; echo "exit $?"; fs-roster --findings --as-of 2026-06-30 --rejects rej.tsv ro.tsv; echo "exit $?"; cut -f 1,2 rej.tsv
<<< ro.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until
S01	Zhang	County	V1	2025-03-01	2027-02-28	无	2026-01-05	2027-01-01
S02	Li	County	V2	2025-03-01	2027-02-28	暂无	2026-01-05	2027-01-01
S03	Wang	County	V3	2025-03-01	2027-02-28	N/A	2026-01-05	2027-01-01
S04	Zhao	County	V4	2025-03-01	2027-02-28	-	2026-01-05	2027-01-01
S05	Sun	County	V5	2025-03-01	2027-02-28	——	2026-01-05	2027-01-01
S06	Qian	County	V6	2025-03-01	2027-02-28	N1	2026-01-05	2027-01-01
S07	Zhou	County	V7	2025-03-01	2027-02-28	none2	2026-01-05	2027-01-01
S08	Wu	County	V8	2025-03-01	2027-02-28	无锡	2026-01-05	2027-01-01
>>> stdout
exit 2
tool	rule	severity	entity	entity_id	village_id	period	detail	source
exit 3
source	reason
ro.tsv:2	column 'mentor_id': not an id (a word for 'none'? leave the cell empty) (got '无')
ro.tsv:3	column 'mentor_id': not an id (a word for 'none'? leave the cell empty) (got '暂无')
ro.tsv:4	column 'mentor_id': not an id (a word for 'none'? leave the cell empty) (got 'N/A')
ro.tsv:5	column 'mentor_id': not an id (a word for 'none'? leave the cell empty) (got '-')
ro.tsv:6	column 'mentor_id': not an id (a word for 'none'? leave the cell empty) (got '——')
>>> stderr
fs-roster: ro.tsv:2: column 'mentor_id': not an id (a word for 'none'? leave the cell empty) (got '无')
fs-roster: 5 invalid rows written to rej.tsv
