# --verify --findings: one finding, rule seal.broken, violation, entity
# ledger, entity_id the file name as given, period empty, source
# FILE:LINE; exit 1.  Several files: each is verified.
$ fs-seal f.tsv > s.tsv; mkdir d; sed '3s/first/frist/' s.tsv > d/e.tsv; fs-seal --verify --findings --as-of 2026-04-01 s.tsv d/e.tsv
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	zero
2026-01-02	V01	200.00	first
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-seal	seal.broken	violation	ledger	d/e.tsv			the chain breaks at line 3: seal does not match (a row edited, inserted, deleted or moved)	d/e.tsv:3
>>> stderr
fs-seal: d/e.tsv:3: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
fs-seal: of the 2 named, 1 intact, 1 broken, 0 not verified
>>> status 1
