# A choice column's value that is one of its words as a spreadsheet or a
# clerk changed it says how: in another case (the words are lower case),
# with a space around it.  Any other value gets the list alone.
$ fs-check --type attendance a.tsv
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	In_Village
S1	2026-01-06	in_village 
S1	2026-01-07	work
S1	2026-01-08	in_village
>>> stderr
fs-check: a.tsv:2: column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (in lower case: in_village) (got 'In_Village')
fs-check: a.tsv:3: column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (a space around it) (got 'in_village ')
fs-check: a.tsv:4: column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (got 'work')
>>> status 2
