# A key of a later file that repeats one of a file read in parts names
# the line it has in that file, whatever the threads: the first part's
# keys count their lines from the file's start too.
$ for j in 1 2 3; do fs-check -t households -j $j a.tsv b.tsv; done
<<< a.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V1	甲	2	100	poor
H2	V1	乙	2	100	poor

H3	V1	丙	2	100	poor
H4	V1	丁	2	100	poor
<<< b.tsv
household_id	village_id	head_name	members	annual_income	status
H9	V1	戊	2	100	poor
H2	V1	乙	2	100	poor
H4	V1	丁	2	100	poor
>>> stderr
fs-check: b.tsv:3: the same household_id as a.tsv:3 (got 'H2')
fs-check: b.tsv:4: the same household_id as a.tsv:6 (got 'H4')
fs-check: b.tsv:3: the same household_id as a.tsv:3 (got 'H2')
fs-check: b.tsv:4: the same household_id as a.tsv:6 (got 'H4')
fs-check: b.tsv:3: the same household_id as a.tsv:3 (got 'H2')
fs-check: b.tsv:4: the same household_id as a.tsv:6 (got 'H4')
>>> status 2
