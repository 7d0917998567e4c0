# An optional column written another way (a spreadsheet's space after
# it, another case) is refused as a required one is: taken for absent,
# every household would break the rule that needs it (no helper, no
# plan) and fs-check would call the file clean.  A column nothing reads
# but a person (a note) so written is an extra column of the file's own,
# as before: 'Note' in attendance is taken; the roster's 'ID_Number' is
# refused (its values are checked).
$ fs-check -t households h.tsv; echo "exit $?"; fs-households h2.tsv; echo "exit $?"; fs-roster --as-of 2026-06-30 r.tsv; echo "exit $?"; fs-check -t attendance a.tsv; echo "exit $?"; fs-check -t roster ro.tsv; echo "exit $?"
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id 	plan
H1	V1	n	2	1000.00	poor	K1	养殖
<<< h2.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	Plan
H1	V1	n	2	1000.00	poor	K1	养殖
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	Mentor_ID
S1	A	U	V1	2025-01-01	2027-12-31	M1
<<< a.tsv
secretary_id	date	status	Note
S1	2026-03-02	in_village	called in sick
<<< ro.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	ID_Number
S1	A	U	V1	2025-01-01	2027-12-31	110105194912310021
>>> stdout
exit 2
exit 2
exit 2
file	type	rows	invalid
a.tsv	attendance	1	0
exit 0
exit 2
>>> stderr
fs-check: h.tsv: missing column 'helper_id' (the header has 'helper_id' with a space or a byte-order mark around it)
fs-households: h2.tsv: missing column 'plan' (the header has 'Plan': names are matched as written)
fs-roster: r.tsv: missing column 'mentor_id' (the header has 'Mentor_ID': names are matched as written)
fs-check: ro.tsv: missing column 'id_number' (the header has 'ID_Number': names are matched as written)
