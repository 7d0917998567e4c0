# A village the findings name but a villages file read from standard
# input (--villages -) does not is labelled "(not in <stdin>)", as
# messages name standard input, not "(not in -)".
$ printf 'village_id\tname\nV01\t甲村\n' | fs-report --as-of 2026-11-30 --villages - f.findings | grep 'not in'
<<< f.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.idle	warning	village	V99	V99	2026-01-01	held	
>>> stdout
    V99 (not in <stdin>)                                         0         1
V99 (not in <stdin>): 0 violations, 1 warning
