# The same cells of white space alone as in blank-cells, in a file whose
# columns are in another order (parsed by the binding's plan, not by the
# format's own unrolled parse): the same reasons, the same rows valid.
$ fs-check --type households --rejects rej.tsv h.tsv; echo "exit $?"; cut -f 1,2 rej.tsv
<<< h.tsv
food_clothing	plan	helper_id	head_id_number	status	annual_income	members	head_name	village_id	household_id
yes	p	W1		poor	9000.00	3	Zhang	V1	 
yes	p	W1		poor	9000.00	3	Zhang	\t	H2
yes	p	W1		poor	9000.00	3	 	V1	H3
yes	p	W1		poor	9000.00	　	Zhang	V1	H4
yes	p	W1		poor	 \n 	3	Zhang	V1	H5
yes	p	W1		\r	9000.00	3	Zhang	V1	H6
﻿	​	 	 	poor	9000.00	3	Zhang	V1	H7
 　 	 	\t\t	　 	poor	9000.00	3	Zhang	V1	H8
yes	p	W1		poor	9000.00	3	Zhang	V1	H9
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
