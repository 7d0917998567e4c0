# A roster's village_id with an escape in it (v\\1, a backslash once
# decoded) reaches the findings as every tool writes it, escaped once:
# fs-attendance's and fs-audit's findings say what fs-roster's say.
$ fs-attendance --calendar none --as-of 2026-02-01 --roster ro.tsv --findings at.tsv | cut -f 2,6; fs-audit conduct --rules none --roster ro.tsv --findings --as-of 2026-02-01 cd.tsv | cut -f 2,6; fs-roster --as-of 2026-02-01 --findings ro.tsv | cut -f 2,6
<<< ro.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id
S1	A	U	v\\1	2025-01-01	2027-12-31	m
<<< at.tsv
secretary_id	date	status
S1	2026-01-05	in_village
<<< cd.tsv
date	secretary_id	kind	amount	settled	note
2026-01-05	S1	meal	35.00	no	lunch
>>> stdout
rule	village_id
attendance.min-ratio	v\\1
attendance.unrecorded	v\\1
rule	village_id
audit.unpaid-meal	v\\1
rule	village_id
roster.medical-exam	v\\1
roster.uninsured	v\\1
