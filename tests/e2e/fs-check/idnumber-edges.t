# A resident ID number is 17 digits and a check digit: a ':' (the byte
# after '9') among the first 17 is not a digit, in the last of them
# (position 17) as in the first eight.
$ fs-check -t roster --rejects rj.tsv ro.tsv; echo "exit $?"; cut -f 1,2 rj.tsv
<<< ro.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	id_number
s1	A	U	v1	2024-01-01	2026-12-31	11010519491231002X
s2	A	U	v2	2024-01-01	2026-12-31	1101051949123100:5
s3	A	U	v3	2024-01-01	2026-12-31	11010:194912310021
>>> stdout
file	type	rows	invalid
ro.tsv	roster	3	2
exit 3
source	reason
ro.tsv:3	column 'id_number': not a resident ID number (17 digits and a check digit) (got '110105********00:5')
ro.tsv:4	column 'id_number': not a resident ID number (17 digits and a check digit) (got '11010:********0021')
>>> stderr
fs-check: 2 invalid rows written to rj.tsv
