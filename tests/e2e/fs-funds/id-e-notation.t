# A household code a spreadsheet turned into a number is written in E
# notation with its last digits lost: 410102199001011234 and
# 410102199001015678 both become 4.10102E+17, so that a payment to a
# household not in the register matched one that is.  An id in E
# notation (4.10102E+17, 1.2E+04, 1E+18, in lower case too) is refused,
# in the register and in the ledger, with the hint the ID-number column
# gives; an id that only looks like a number (9E9, 1.5, 2E+5a) is an id.
$ fs-funds --as-of 2026-06-30 --households hh.tsv --findings --rejects rej.tsv funds.tsv; echo "exit $?"; cut -f 1,2 rej.tsv; fs-check --type funds pay.tsv
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status
4.10102E+17	V01	张三	3	9000.00	poor
9E9	V01	李四	1	200.00	lifted
<<< funds.tsv
date	village_id	category	flow	amount	household_id	notice_ref
2026-01-05	V01	benefit	out	500	4.10102E+17	N1
2026-01-05	V01	benefit	out	500	9E9	N2
2026-01-05	V01	benefit	out	500	1.5	N3
<<< pay.tsv
date	village_id	category	flow	amount	household_id	notice_ref
2026-01-05	V1	benefit	out	500	4.10102E+17	N1
2026-01-05	V1	benefit	out	500	1.2E+04	N2
2026-01-05	V1	benefit	out	500	1E+18	N3
2026-01-05	V1	benefit	out	500	4.10102e+17	N4
2026-01-05	V1	benefit	out	500	1.5	N5
2026-01-05	V1	benefit	out	500	2E+5a	N6
2026-01-05	V1	benefit	out	500	9E9	N7
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.unknown-household	violation	household	1.5	V01	2026-01-05	benefit of 500.00 paid to a household not in hh.tsv	funds.tsv:4
exit 3
source	reason
hh.tsv:2	column 'household_id': id in E notation (a spreadsheet wrote it as a number and lost its last digits: format the column as text and type it again) (got '4.10102E+17')
funds.tsv:2	column 'household_id': id in E notation (a spreadsheet wrote it as a number and lost its last digits: format the column as text and type it again) (got '4.10102E+17')
>>> stderr
fs-funds: 2 invalid rows written to rej.tsv
fs-check: pay.tsv:2: column 'household_id': id in E notation (a spreadsheet wrote it as a number and lost its last digits: format the column as text and type it again) (got '4.10102E+17')
fs-check: pay.tsv:3: column 'household_id': id in E notation (a spreadsheet wrote it as a number and lost its last digits: format the column as text and type it again) (got '1.2E+04')
fs-check: pay.tsv:4: column 'household_id': id in E notation (a spreadsheet wrote it as a number and lost its last digits: format the column as text and type it again) (got '1E+18')
fs-check: pay.tsv:5: column 'household_id': id in E notation (a spreadsheet wrote it as a number and lost its last digits: format the column as text and type it again) (got '4.10102e+17')
>>> status 2
