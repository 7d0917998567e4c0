# What a spreadsheet leaves in a value is refused, and the reason says how
# to mend it: an id in full-width letters (an input method's full-width
# mode: another secretary than S01, were it taken), an error value where
# a formula failed (#N/A, #DIV/0!), a count of 5.0 or in full-width, the
# amounts of a number, currency or accounting format (13,831.13,
# ¥13831.13, (100.00) for a negative, - for zero, E notation, a third
# decimal, a space after it), an ID number saved as a number (E notation,
# or its last three digits 000), 是 for yes.  The last row is valid.
$ fs-check --type households --rejects rej.tsv h.tsv; echo "exit $?"; cut -f 1,2 rej.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number	helper_id	plan	food_clothing	education	medical	housing	water
Ｖ０１-H1	V01	赵强	5	13831.13	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H2	V01	赵强	5	13831.13	poor	539001197304235264	#N/A	技能培训	yes	yes	yes	yes	yes
V01-H3	V01	赵强	5.0	13831.13	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H4	V01	赵强	５	13831.13	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H5	V01	赵强	5	13,831.13	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H6	V01	赵强	5	¥13831.13	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H7	V01	赵强	5	(100.00)	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H8	V01	赵强	5	-	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H9	V01	赵强	5	1.38E+04	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H10	V01	赵强	5	13831.135	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H11	V01	赵强	5	13831.13 	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H12	V01	赵强	5	13831.13	poor	5.39001E+17	H0101	技能培训	yes	yes	yes	yes	yes
V01-H13	V01	赵强	5	13831.13	poor	539001197304235000	H0101	技能培训	yes	yes	yes	yes	yes
V01-H14	V01	赵强	5	13831.13	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	是
V01-H15	V01	赵强	5	#DIV/0!	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H16	V01	赵强	5	13831.13	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
>>> stdout
file	type	rows	invalid
h.tsv	households	16	15
exit 3
source	reason
h.tsv:2	column 'household_id': id in full-width letters or digits (type it half-width) (got 'Ｖ０１-H1')
h.tsv:3	column 'helper_id': a spreadsheet's error value (a formula failed: put the id itself) (got '#N/A')
h.tsv:4	column 'members': not a count (a whole number, like 5) (got '5.0')
h.tsv:5	column 'members': not a count (full-width digits: type them half-width) (got '５')
h.tsv:6	column 'annual_income': not an amount (yuan, like 1234.50, no thousands separators) (got '13,831.13')
h.tsv:7	column 'annual_income': not an amount (yuan, like 1234.50, without ¥ or 元) (got '¥13831.13')
h.tsv:8	column 'annual_income': not an amount (a negative in brackets? write -100.00) (got '(100.00)')
h.tsv:9	column 'annual_income': not an amount (an accounting format's zero? write 0) (got '-')
h.tsv:10	column 'annual_income': not an amount (E notation: format the column as a number with two decimals) (got '1.38E+04')
h.tsv:11	column 'annual_income': not an amount (at most two decimals, to the fen) (got '13831.135')
h.tsv:12	column 'annual_income': not an amount (yuan, like 1234.50; a space around it) (got '13831.13 ')
h.tsv:13	column 'head_id_number': not a resident ID number (a spreadsheet wrote it as a number and lost its last digits: format the column as text and type it again) (got '5.3900*E+17')
h.tsv:14	column 'head_id_number': resident ID number with a wrong check digit (ending in 000: a spreadsheet kept 15 digits of it? format the column as text and type it again) (got '539001********5000')
h.tsv:15	column 'water': not yes or no (yes, no, y, n, 1, 0, true or false) (got '是')
h.tsv:16	column 'annual_income': a spreadsheet's error value (a formula failed: put the value itself) (got '#DIV/0!')
>>> stderr
fs-check: 15 invalid rows written to rej.tsv
