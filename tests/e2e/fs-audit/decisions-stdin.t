# Standard input, and a header-only file: an empty table.
$ fs-audit decisions --as-of 2026-03-01 && fs-audit decisions --findings --as-of 2026-03-01 h.tsv
<<< h.tsv
decision_id	village_id	stage	date
<<< -
decision_id	village_id	stage	date
>>> stdout
decision_id	village_id	stage	date	problems
tool	rule	severity	entity	entity_id	village_id	period	detail	source
