# A secretary with a roster row put aside gets a finding's village only
# from a posting that holds the day: the 2026 posting (V2) is rejected
# for its insurance_until, so the gift of 2026-05-01 is in no village
# known, not in V1, whose posting ended in 2025 (fs-report would file
# it there); the gift of 2025-05-01 is in V1, whose posting holds it.
$ fs-audit conduct --as-of 2026-06-01 --roster ro.tsv --rejects rej.tsv --findings --rules none k.tsv | cut -f 2,5,6,7
<<< ro.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	insurance_until
S1	甲	县财政局	V1	2024-01-01	2025-12-31	
S1	甲	县财政局	V2	2026-01-01	2027-12-31	2026/12/31
<<< k.tsv
date	secretary_id	kind
2025-05-01	S1	gift
2026-05-01	S1	gift
>>> stdout
rule	entity_id	village_id	period
audit.gift	S1		2026-05-01
audit.gift	S1	V1	2025-05-01
>>> stderr
fs-audit: 1 invalid row written to rej.tsv
