# A posting's service covers its last day: S1's meal on 2025-12-31, the
# last day of the V01 posting, is in V01, not in V02, the latest posting
# begun before it (which ended on 2025-06-30).  On 2025-06-30 both
# postings cover the day: the latest begun, V02.
$ fs-audit conduct --rules none --roster roster.tsv --findings --as-of 2026-04-01 c.tsv | cut -f 2,5,6,7
<<< c.tsv
date	secretary_id	kind	settled
2025-12-31	S1	meal	no
2025-06-30	S1	gift	no
<<< roster.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	A	U	V01	2025-01-01	2025-12-31	
S1	A	U	V02	2025-03-01	2025-06-30	
>>> stdout
rule	entity_id	village_id	period
audit.unpaid-meal	S1	V01	2025-12-31
audit.gift	S1	V02	2025-06-30
