# With --rejects, a village whose row of --villages is put aside is not
# said to be missing from the file: it is labelled "(its row in v.tsv is
# put aside)", a row to mend, not a mistyped village_id (V09 is one).
$ fs-report --as-of 2026-11-30 --villages v.tsv --rejects rj.tsv f.findings | grep -E 'V0[29]'
<<< v.tsv
village_id	name	county
V01	甲村	X县
V02	乙村	X县	extra
<<< f.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.idle	warning	village	V02	V02	2026-01-01	held	
fs-funds	funds.idle	warning	village	V09	V09	2026-01-01	held	
>>> stdout
    V02 (its row in v.tsv is put aside)                          0         1
    V09 (not in v.tsv)                                           0         1
V02 (its row in v.tsv is put aside): 0 violations, 1 warning
  warning    funds.idle  village V02  2026-01-01
V09 (not in v.tsv): 0 violations, 1 warning
  warning    funds.idle  village V09  2026-01-01
>>> stderr
fs-report: 1 invalid row written to rj.tsv
