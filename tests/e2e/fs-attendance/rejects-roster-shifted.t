# A roster row put aside for its count of fields (a name with a stray
# tab: 甲<TAB>乙 moves every field after it) cannot say where its key
# is: every field of it that is a valid id is taken, so S1, on that row,
# is left unjudged, not judged off the roster over the whole year (a
# recall for the months before the posting); S2, on no row of it, is.
# A header again, from
# rosters joined with cat, is no secretary's row.
$ fs-attendance --as-of 2026-09-04 --calendar none --roster ro.tsv --rejects rej.tsv --findings att.tsv | cut -f 2,5; cat ro.tsv r2.tsv > both.tsv; fs-attendance --as-of 2026-09-04 --calendar none --roster both.tsv --rejects rej2.tsv att.tsv | cut -f 1,13
<<< ro.tsv
name	secretary_id	sending_unit	village_id	term_start	term_end
甲	乙	S1	县财政局	V1	2026-09-01	2028-08-31
<<< r2.tsv
name	secretary_id	sending_unit	village_id	term_start	term_end
丙	S2	县财政局	V2	2026-09-01	2028-08-31
<<< att.tsv
secretary_id	date	status
S1	2026-09-01	in_village
S2	2026-09-01	in_village
>>> stdout
rule	entity_id
attendance.long-absence	S2
attendance.min-ratio	S2
attendance.unknown-secretary	S2
attendance.unrecorded	S2
secretary_id	status
S2	at_risk
>>> stderr
fs-attendance: the secretary of 1 roster row put aside in rej.tsv is left unjudged (mend it and run again)
fs-attendance: 1 invalid row written to rej.tsv
fs-attendance: the secretary of 1 roster row put aside in rej2.tsv is left unjudged (mend it and run again)
fs-attendance: 2 invalid rows written to rej2.tsv
