# --jobs: rows read and parsed on other threads are judged in the order
# of the file, so a head of two households names both rows and the first
# repeated household_id stops the run at its line, with any number of
# threads; from a pipe, one thread reads.
$ for j in 1 4; do fs-households --jobs $j --findings h.tsv | cut -f 2,5,9; cat h.tsv | fs-households --jobs $j - | cut -f 1,10,11; fs-households --jobs $j bad.tsv 2>&1; echo "exit $?"; done
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number	helper_id	plan
H1	V1	甲	3	9000.00	poor	620521196503121018	K1	养殖
H2	V1	乙	2	8000.00	poor	620521197011051089	K1	种植
H3	V2	丙	4	9900.00	poor	620521196503121018	K2	务工
H4	V2	丁	1	3000.00	poor		K2	公益岗位
<<< bad.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V1	甲	3	9000.00	poor
H2	V1	乙	2	8000.00	poor
H1	V2	丙	4	9900.00	poor
>>> stdout
rule	entity_id	source
households.duplicate-person	H1	h.tsv:2
households.duplicate-person	H3	h.tsv:4
household_id	per_capita	problems
H1	3000.00	households.duplicate-person
H2	4000.00	
H3	2475.00	households.duplicate-person
H4	3000.00	
fs-households: bad.tsv:4: the same household_id as bad.tsv:2 (got 'H1')
exit 2
rule	entity_id	source
households.duplicate-person	H1	h.tsv:2
households.duplicate-person	H3	h.tsv:4
household_id	per_capita	problems
H1	3000.00	households.duplicate-person
H2	4000.00	
H3	2475.00	households.duplicate-person
H4	3000.00	
fs-households: bad.tsv:4: the same household_id as bad.tsv:2 (got 'H1')
exit 2
