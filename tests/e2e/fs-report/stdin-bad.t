# A bad row on standard input: <stdin>:LINE.
$ fs-report --as-of 2026-11-27
<<< -
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-x	x.y	warning	thing	T1		2026-02-30	d	
>>> stderr
fs-report: <stdin>:2: column 'period': no such day (got '2026-02-30')
>>> status 2
