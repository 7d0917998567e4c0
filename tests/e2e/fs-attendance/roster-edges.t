# A 'left' date after term_end does not lengthen the service: s1 served
# 2024-01-01..06-30 (130 weekdays), not to the end of 2024.  A finding's
# village is that of the latest posting begun that touches the year,
# even by its last day alone: t1's V1 posting (begun 2023) ends on
# 2025-01-01, so 2025's findings are V1's, not V2's (begun 2022).
$ fs-attendance --as-of 2025-01-10 --year 2024 --roster r1.tsv --calendar none a1.tsv | cut -f 1-4; fs-attendance --as-of 2025-06-01 --roster r5.tsv --calendar none --findings a5.tsv | cut -f 2,5,6
<<< r1.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
s1	A	U	v1	2024-01-01	2024-06-30	2024-12-31
<<< a1.tsv
secretary_id	date	status
s1	2024-01-02	in_village
<<< r5.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
t1	A	U	V2	2022-01-01	2026-12-31
t1	A	U	V1	2023-01-01	2025-01-01
<<< a5.tsv
secretary_id	date	status
t1	2025-01-06	absent
>>> stdout
secretary_id	year	working_days	elapsed_days
s1	2024	130	130
rule	entity_id	village_id
attendance.long-absence	t1	V1
attendance.min-ratio	t1	V1
attendance.unrecorded	t1	V1
