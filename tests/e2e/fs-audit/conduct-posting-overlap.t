# Postings that overlap (fs-roster's double posting): a conduct row on a
# day both cover is in the latest begun, whatever the roster's order
# (two postings cannot begin on the same day: that is a repeated key).
$ fs-audit conduct --rules none --roster roster.tsv --findings --as-of 2026-04-01 c.tsv | cut -f 2,5,6,7
<<< c.tsv
date	secretary_id	kind	settled
2026-01-08	S1	meal	no
2025-03-01	S1	gift	no
<<< roster.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	A	U	LATE	2025-06-01	2026-06-01	
S1	A	U	EARLY	2025-01-01	2027-01-01	
>>> stdout
rule	entity_id	village_id	period
audit.gift	S1	EARLY	2025-03-01
audit.unpaid-meal	S1	LATE	2026-01-08
