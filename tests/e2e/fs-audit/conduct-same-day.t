# A conduct rule gives one finding per row at fault: two unpaid meals of
# one secretary on one day are two findings, each with its own source,
# and a settled one beside them none.
$ fs-audit conduct --findings --rules none c.tsv | cut -f2,5,7,9
<<< c.tsv
date	secretary_id	kind	settled
2026-03-02	S1	meal	no
2026-03-02	S1	meal	yes
2026-03-02	S1	meal	no
>>> stdout
rule	entity_id	period	source
audit.unpaid-meal	S1	2026-03-02	c.tsv:2
audit.unpaid-meal	S1	2026-03-02	c.tsv:4
