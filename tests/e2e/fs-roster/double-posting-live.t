# A secretary's posting is compared with the earlier ones still served on
# its first day, which are the only ones it can overlap: a long posting
# (V1, the whole year) overlaps each later one; V2 ends before V3 and V4
# begin and meets neither; V3 and V4 overlap each other.  Four pairs.
$ fs-roster --as-of 2026-03-01 --findings r.tsv | grep double-posting | cut -f 7,8
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	甲	县财政局	V1	2026-01-01	2026-12-31
S1	甲	县财政局	V2	2026-01-10	2026-01-20
S1	甲	县财政局	V3	2026-02-01	2026-02-05
S1	甲	县财政局	V4	2026-02-03	2026-02-10
>>> stdout
2026-01-10	posted to V1 (2026-01-01 to 2026-12-31) and to V2 (2026-01-10 to 2026-01-20) at once from 2026-01-10
2026-02-01	posted to V1 (2026-01-01 to 2026-12-31) and to V3 (2026-02-01 to 2026-02-05) at once from 2026-02-01
2026-02-03	posted to V1 (2026-01-01 to 2026-12-31) and to V4 (2026-02-03 to 2026-02-10) at once from 2026-02-03
2026-02-03	posted to V3 (2026-02-01 to 2026-02-05) and to V4 (2026-02-03 to 2026-02-10) at once from 2026-02-03
