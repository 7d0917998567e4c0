# 2028 is a leap year: 366 days, 260 working days Monday to Friday, and
# 2028-02-29 is a day like any other.
$ fs-attendance --calendar none --as-of 2028-12-31 --year 2028 a.tsv
<<< a.tsv
secretary_id	date	status
S1	2028-02-28	in_village
S1	2028-02-29	in_village
S1	2028-03-01	absent
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2028	260	260	2	174	0.0077	0	0	1	257	218	violation
>>> status 1
