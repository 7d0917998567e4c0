# fs-check says every column at fault in a row, in one reason, so that a
# clerk mends a spreadsheet in one round (a row with one fault reads as
# before); with --rejects the reason column holds them all, and with two
# threads, on a file cut in parts, the same.  The other tools stop at the
# first, as they stop at the first invalid row.
$ sh run.sh
<<< run.sh
h='household_id	village_id	head_name	members	annual_income	status	head_id_number	helper_id	plan	food_clothing	education	medical	housing	water'
ok='V1	n	5	100.00	poor	539001197304235264	H1	p	yes	yes	yes	yes	yes'
bad='V1	n	5.0	1,200.00	poor	5.39001E+17	H1	p	是	yes	yes	yes	yes'
one='V1	n	5	100.00	poor	539001197304235264	H1	p	yes	yes	是	yes	yes'
{ echo "$h"; echo "H1	$ok"; echo "H2	$bad"; echo "H3	$one"; } > a.tsv
fs-check -t households a.tsv
fs-check -t households --rejects rej.tsv a.tsv > /dev/null 2>&1; cut -f 1,2 rej.tsv
{ echo "$h"; i=0; while [ $i -lt 60000 ]; do echo "K$i	$ok"; i=$((i + 1)); done; echo "H2	$bad"; } > big.tsv
fs-check -j 2 -t households big.tsv
fs-households --as-of 2026-06-30 a.tsv
>>> stdout
source	reason
a.tsv:3	column 'members': not a count (a whole number, like 5) (got '5.0'); column 'annual_income': not an amount (yuan, like 1234.50, no thousands separators) (got '1,200.00'); column 'head_id_number': not a resident ID number (a spreadsheet wrote it as a number and lost its last digits: format the column as text and type it again) (got '5.3900*E+17'); column 'food_clothing': not yes or no (yes, no, y, n, 1, 0, true or false) (got '是')
a.tsv:4	column 'medical': not yes or no (yes, no, y, n, 1, 0, true or false) (got '是')
>>> stderr
fs-check: a.tsv:3: column 'members': not a count (a whole number, like 5) (got '5.0'); column 'annual_income': not an amount (yuan, like 1234.50, no thousands separators) (got '1,200.00'); column 'head_id_number': not a resident ID number (a spreadsheet wrote it as a number and lost its last digits: format the column as text and type it again) (got '5.3900*E+17'); column 'food_clothing': not yes or no (yes, no, y, n, 1, 0, true or false) (got '是')
fs-check: a.tsv:4: column 'medical': not yes or no (yes, no, y, n, 1, 0, true or false) (got '是')
fs-check: big.tsv:60002: column 'members': not a count (a whole number, like 5) (got '5.0'); column 'annual_income': not an amount (yuan, like 1234.50, no thousands separators) (got '1,200.00'); column 'head_id_number': not a resident ID number (a spreadsheet wrote it as a number and lost its last digits: format the column as text and type it again) (got '5.3900*E+17'); column 'food_clothing': not yes or no (yes, no, y, n, 1, 0, true or false) (got '是')
fs-households: a.tsv:3: column 'members': not a count (a whole number, like 5) (got '5.0')
>>> status 2
