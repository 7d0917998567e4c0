# A header with the format's columns in its order and one more after
# them (the usual file a clerk adds a remark to): the rows are parsed
# from the reader's index, and the last format column ends at its own
# tab, not at the line's end; a bad value there is named alone.
$ fs-check --type households ok.tsv; fs-check --type households bad.tsv
<<< ok.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number	helper_id	plan	food_clothing	education	medical	housing	water	remark
H1	V01	Zhang San	3	1200.50	poor		C1	plan 1	yes	yes	no	yes	yes	note 1
H2	V01	Zhang San	3	1200.50	poor		C2	plan 2	yes	yes	no	yes	yes	note 2
H3	V01	Zhang San	3	1200.50	poor		C3	plan 3	yes	yes	no	yes	yes	note 3
H4	V01	Zhang San	3	1200.50	poor		C4	plan 4	yes	yes	no	yes	yes	note 4
H5	V01	Zhang San	3	1200.50	poor		C5	plan 5	yes	yes	no	yes	yes	note 5
H6	V01	Zhang San	3	1200.50	poor		C6	plan 6	yes	yes	no	yes	yes	note 6
<<< bad.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number	helper_id	plan	food_clothing	education	medical	housing	water	remark
H1	V01	Li Si	2	900	lifted				yes	no	yes	yes	no	x
H2	V01	Li Si	2	900	lifted				yes	no	yes	yes	no	x
H3	V01	Li Si	2	900	lifted				yes	no	yes	yes	no	x
H4	V01	Li Si	2	900	lifted				yes	no	yes	yes	no	x
H5	V01	Wang Wu	2	900	lifted				yes	no	yes	yes	maybe	x
>>> stdout
file	type	rows	invalid
ok.tsv	households	6	0
>>> stderr
fs-check: bad.tsv:6: column 'water': not yes or no (yes, no, y, n, 1, 0, true or false) (got 'maybe')
>>> status 2
