# A secretary's findings carry the village of the last posting that
# meets the year: one that starts on the year's last day meets it (V2),
# one that starts the day after does not (V1, the posting before).
$ fs-attendance --calendar none --as-of 2025-12-31 --year 2025 --roster dec31.tsv --findings a.tsv | cut -f 2,6 | sort -u; fs-attendance --calendar none --as-of 2025-12-31 --year 2025 --roster jan1.tsv --findings a.tsv | cut -f 2,6 | sort -u
<<< dec31.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	n	u	V1	2024-01-01	2025-12-30
S1	n	u	V2	2025-12-31	2027-12-31
<<< jan1.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	n	u	V1	2024-01-01	2025-12-31
S1	n	u	V2	2026-01-01	2027-12-31
<<< a.tsv
secretary_id	date	status
S1	2025-03-03	in_village
>>> stdout
attendance.long-absence	V2
attendance.min-ratio	V2
attendance.unrecorded	V2
rule	village_id
attendance.long-absence	V1
attendance.min-ratio	V1
attendance.unrecorded	V1
rule	village_id
