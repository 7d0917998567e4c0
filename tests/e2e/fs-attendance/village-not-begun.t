# A secretary moving to V03 in September: as of June 30 the year's
# findings go to V01, where he serves, not to V03 (the latest posting
# that meets the year, not begun yet), in fs-attendance and in fs-funds;
# as of December 31, to V03.  A secretary known only from a check-in
# filled in ahead (S5, after the as-of date) is not judged absent for the
# year so far: only the record is a finding.
$ for d in 2026-06-30 2026-12-31; do fs-attendance --as-of $d --roster r.tsv --findings a.tsv | cut -f 2,5,6 | grep -v rule; fs-funds --as-of $d --roster r.tsv --findings f.tsv | cut -f 2,5,6 | grep -v rule; done; fs-attendance --as-of 2026-06-30 --findings s5.tsv | cut -f 2,5; fs-attendance --as-of 2026-06-30 s5.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S7	N	U	V01	2024-07-01	2026-08-31
S7	N	U	V03	2026-09-01	2028-08-31
<<< a.tsv
secretary_id	date	status
S7	2026-03-02	sending_unit
<<< f.tsv
date	village_id	category	flow	amount	secretary_id
<<< s5.tsv
secretary_id	date	status
S5	2026-07-01	in_village
>>> stdout
attendance.long-absence	S7	V01
attendance.min-ratio	S7	V01
attendance.sending-unit-work	S7	V01
attendance.unrecorded	S7	V01
funds.subsidy-missing	S7	V01
funds.subsidy-missing	S7	V01
funds.subsidy-missing	S7	V01
funds.support-behind	S7	V01
attendance.long-absence	S7	V03
attendance.min-ratio	S7	V03
attendance.sending-unit-work	S7	V03
attendance.unrecorded	S7	V03
funds.subsidy-missing	S7	V03
funds.subsidy-missing	S7	V03
funds.subsidy-missing	S7	V03
funds.support-short	S7	V03
rule	entity_id
attendance.future-record	S5
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
>>> status 1
