# Messages and rejects reasons go to cron's mail and to logs: the value
# of an ID number's column is quoted as fs-mask would post it (first 6
# and last 4 characters), what shows what is wrong kept (the space, the
# dash, a full-width digit's place); a value too short to be a number is
# quoted as it is.  The rejects file keeps the line's bytes whole (SPEC
# 1.3): the clerk mends the row from it.  Other columns are quoted whole.
$ fs-check -t households --rejects rj.tsv h.tsv; echo "exit $?"; cut -f 1,2 rj.tsv; cut -f 9 rj.tsv; fs-check -t households h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number
H1	V01	张三	2	20000	not_poor	622123 19800305 1239
H2	V01	李四	2	20000	not_poor	622123-19800305-123X
H3	V01	王五	2	20000	not_poor	62212319800305１２３8
H4	V01	赵六	2	20000	not_poor	6221231980
H5	V01	钱七	2	20000	not_poor	622123198002301231
>>> stdout
file	type	rows	invalid
h.tsv	households	5	5
exit 3
source	reason
h.tsv:2	column 'head_id_number': not a resident ID number (spaces in it) (got '622123 ******** 1239')
h.tsv:3	column 'head_id_number': not a resident ID number (dashes in it: 17 digits and a check digit alone) (got '622123-********-123X')
h.tsv:4	column 'head_id_number': not a resident ID number (full-width digits: type them half-width) (got '622123********１２３8')
h.tsv:5	column 'head_id_number': not a resident ID number (18 characters) (got '6221231980')
h.tsv:6	column 'head_id_number': resident ID number with an impossible birth date (got '622123********1231')
head_id_number
622123 19800305 1239
622123-19800305-123X
62212319800305１２３8
6221231980
622123198002301231
>>> stderr
fs-check: 5 invalid rows written to rj.tsv
fs-check: h.tsv:2: column 'head_id_number': not a resident ID number (spaces in it) (got '622123 ******** 1239')
fs-check: h.tsv:3: column 'head_id_number': not a resident ID number (dashes in it: 17 digits and a check digit alone) (got '622123-********-123X')
fs-check: h.tsv:4: column 'head_id_number': not a resident ID number (full-width digits: type them half-width) (got '622123********１２３8')
fs-check: h.tsv:5: column 'head_id_number': not a resident ID number (18 characters) (got '6221231980')
fs-check: h.tsv:6: column 'head_id_number': resident ID number with an impossible birth date (got '622123********1231')
>>> status 2
