# With --rejects, a cadres row put aside still says its relative is a
# cadre's: a benefit to them is judged as a relative's (undeclared, not
# filed), the cadre not named, not passed over; so for a row of the
# wrong count of fields (every field of it that is a valid id is taken)
# and for one rejected for another column.  A relative on no row is not.
$ fs-audit benefits --as-of 2026-11-30 --cadres c.tsv --rejects rj.tsv --findings b.tsv | cut -f 2,5,8; cut -f 1 rj.tsv
<<< b.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted
H1	V1	dibao	539001199807022657	2026-07-01	2026-07-10	2026-07-20
H2	V1	dibao	110101198001010010	2026-07-01	2026-07-10	2026-07-20
H3	V1	dibao	110101199002020020	2026-07-01	2026-07-10	2026-07-20
<<< c.tsv
cadre_id	village_id	relative_id_number
C1	V1	539001199807022657	x
C2	V 2	110101198001010010
>>> stdout
rule	entity_id	detail
audit.relative-not-filed	H1	relative of a cadre on a row of c.tsv put aside, not filed (filed: missing)
audit.relative-undeclared	H1	relative of a cadre on a row of c.tsv put aside, not declared (cadre_relative: missing)
audit.relative-not-filed	H2	relative of a cadre on a row of c.tsv put aside, not filed (filed: missing)
audit.relative-undeclared	H2	relative of a cadre on a row of c.tsv put aside, not declared (cadre_relative: missing)
source
c.tsv:2
c.tsv:3
>>> stderr
fs-audit: 2 invalid rows written to rj.tsv
