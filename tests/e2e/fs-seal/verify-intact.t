# --verify: an intact ledger is exit 0 and silent; with --findings, the
# findings header alone.
$ fs-seal --as-of 2026-04-01 f.tsv > s.tsv && fs-seal --verify --as-of 2026-04-01 s.tsv && fs-seal --verify --findings --as-of 2026-04-01 s.tsv
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-02	V01	200.00	second
2026-01-03	V01	300.00	third
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
