# A decision is taken in one village: a row of it that names another
# village is invalid, in fs-check as in fs-audit (the same message), in
# the same file or a later one; a row that repeats a stage as well is
# reported for that.
$ fs-check --type decisions d.tsv e.tsv; fs-audit decisions --as-of 2026-04-01 --rejects rj.tsv d.tsv e.tsv > /dev/null; cut -f 1,2 rj.tsv
<<< d.tsv
decision_id	village_id	stage	date
D1	V01	proposal	2026-03-01
D1	V02	consultation	2026-03-02
D1	V02	proposal	2026-03-03
D2	V02	proposal	2026-03-01
<<< e.tsv
decision_id	village_id	stage	date
D2	V01	review	2026-03-05
D1	V01	review	2026-03-05
>>> stdout
source	reason
d.tsv:3	column 'village_id': the decision is in village 'V01' at d.tsv:2 (got 'V02')
d.tsv:4	the same decision_id and stage as d.tsv:2 (got 'D1')
e.tsv:2	column 'village_id': the decision is in village 'V02' at d.tsv:5 (got 'V01')
>>> stderr
fs-check: d.tsv:3: column 'village_id': the decision is in village 'V01' at d.tsv:2 (got 'V02')
fs-check: d.tsv:4: the same decision_id and stage as d.tsv:2 (got 'D1')
fs-check: e.tsv:2: column 'village_id': the decision is in village 'V02' at d.tsv:5 (got 'V01')
fs-audit: 3 invalid rows written to rj.tsv
