# A register saved by Excel on Windows: the BOM and the CRs are dropped,
# every other byte of the row is kept (here a space in a name).
$ printf '\357\273\277household_id\tvillage_id\thead_name\tmembers\tannual_income\tstatus\r\nH1\tV01\t张 三\t3\t20000.1\tnot_poor\r\n' | fs-households --as-of 2026-06-30
>>> stdout
household_id	village_id	head_name	members	annual_income	status	per_capita	problems
H1	V01	张 三	3	20000.1	not_poor	6666.70	
