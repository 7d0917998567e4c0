# A cell of white space alone is a missing value, as an empty one is: in
# a required column it is refused as missing, whatever its type, and the
# reason says what was in it; in an optional one it is missing, and the
# row is valid (a date, a count, a yes/no, an id, an ID number, an
# amount of white space).  White space: spaces, escaped tabs, newlines
# and returns, the no-break and ideographic spaces and the rest of
# Unicode's, the zero-width spaces.
$ fs-check --type households --rejects rej.tsv h.tsv; echo "exit $?"; cut -f 1,2 rej.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number	helper_id	plan	food_clothing
 	V1	Zhang	3	9000.00	poor		W1	p	yes
H2	\t	Zhang	3	9000.00	poor		W1	p	yes
H3	V1	 	3	9000.00	poor		W1	p	yes
H4	V1	Zhang	　	9000.00	poor		W1	p	yes
H5	V1	Zhang	3	 \n 	poor		W1	p	yes
H6	V1	Zhang	3	9000.00	\r		W1	p	yes
H7	V1	Zhang	3	9000.00	poor	 	 	​	﻿
H8	V1	Zhang	3	9000.00	poor	　 	\t\t	 	 　 
H9	V1	Zhang	3	9000.00	poor		W1	p	yes
>>> stdout
file	type	rows	invalid
h.tsv	households	9	6
exit 3
source	reason
h.tsv:2	column 'household_id': missing (only white space: a cell cleared with a space?) (got ' ')
h.tsv:3	column 'village_id': missing (only white space: a cell cleared with a space?) (got '\t')
h.tsv:4	column 'head_name': missing (only white space: a cell cleared with a space?) (got ' ')
h.tsv:5	column 'members': missing (only white space: a cell cleared with a space?) (got '　')
h.tsv:6	column 'annual_income': missing (only white space: a cell cleared with a space?) (got ' \n ')
h.tsv:7	column 'status': missing (only white space: a cell cleared with a space?) (got '\r')
>>> stderr
fs-check: 6 invalid rows written to rej.tsv
