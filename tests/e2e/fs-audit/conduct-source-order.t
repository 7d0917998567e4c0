# Findings alike in village_id, entity_id, rule and period are ordered by
# source, bytewise as every other key (SPEC 1.5): c.tsv:10 and c.tsv:11
# before c.tsv:9, as sort(1) with LC_ALL=C puts them, not by line number.
$ fs-audit conduct --findings --rules none c.tsv | cut -f 2,5,7,9; fs-audit conduct --findings --rules none c.tsv | tail -n +2 | LC_ALL=C sort -c -t '	' -k 6,6 -k 5,5 -k 2,2 -k 7,7 -k 9,9 && echo sorted
<<< c.tsv
date	secretary_id	kind	settled
2026-03-02	S1	meal	yes
2026-03-02	S1	meal	yes
2026-03-02	S1	meal	yes
2026-03-02	S1	meal	yes
2026-03-02	S1	meal	yes
2026-03-02	S1	meal	yes
2026-03-02	S1	meal	yes
2026-03-02	S1	meal	no
2026-03-02	S1	meal	no
2026-03-02	S1	meal	no
>>> stdout
rule	entity_id	period	source
audit.unpaid-meal	S1	2026-03-02	c.tsv:10
audit.unpaid-meal	S1	2026-03-02	c.tsv:11
audit.unpaid-meal	S1	2026-03-02	c.tsv:9
sorted
