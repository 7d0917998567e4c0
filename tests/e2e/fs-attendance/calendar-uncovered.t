# A year the calendar does not cover (the installed one knows 2025 and
# 2026) is said once on stderr, however many secretaries, and counted
# Monday to Friday (2027: 261 working days).  --year picks the year; the
# as-of date after it makes every window complete.
$ fs-attendance --as-of 2028-01-15 --year 2027 a.tsv
<<< a.tsv
secretary_id	date	status
S1	2027-01-04	in_village
S2	2027-01-04	in_village
S3	2027-01-04	in_village
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2027	261	261	1	174	0.0038	0	0	0	260	259	violation
S2	2027	261	261	1	174	0.0038	0	0	0	260	259	violation
S3	2027	261	261	1	174	0.0038	0	0	0	260	259	violation
>>> stderr
fs-attendance: the calendar has no entries for 2027; counting Monday to Friday
>>> status 1
