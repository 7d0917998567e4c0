# audit.notice-short counts calendar days (notice_end - notice_start + 1
# < audit.notice_days, 7) across a year's end and the end of February:
# 2025-12-26..2026-01-01 is 7 days, a day later 6; 2028-02-23..29 is 7 in
# a leap year, 02-24..29 6; 2027-02-23..03-01 is 7 where February has 28
# days, 02-24..03-01 6; 2028-02-24..03-01 is 7 over the 29th.  Granted on
# notice_end is audit.granted-before-notice-end, the day after is not,
# also when that day is the first of a year or of March.
$ fs-audit benefits --as-of 2028-12-31 --findings b.tsv | cut -f 2,5,7,8,9
<<< b.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted
H1	V01	p1	110101198001010010	2025-12-26	2026-01-01	2026-01-02
H2	V01	p2	110101198001010010	2025-12-27	2026-01-01	2026-01-02
H3	V01	p3	110101198001010010	2028-02-23	2028-02-29	2028-03-01
H4	V01	p4	110101198001010010	2028-02-24	2028-02-29	2028-03-01
H5	V01	p5	110101198001010010	2027-02-23	2027-03-01	2027-03-02
H6	V01	p6	110101198001010010	2027-02-24	2027-03-01	2027-03-02
H7	V01	p7	110101198001010010	2028-02-24	2028-03-01	2028-03-01
H8	V01	p8	110101198001010010	2026-12-25	2026-12-31	2027-01-01
>>> stdout
rule	entity_id	period	detail	source
audit.notice-short	H2	2026-01-02	public notice from 2025-12-27 to 2026-01-01: 6 days; at least 7 required	b.tsv:3
audit.notice-short	H4	2028-03-01	public notice from 2028-02-24 to 2028-02-29: 6 days; at least 7 required	b.tsv:5
audit.notice-short	H6	2027-03-02	public notice from 2027-02-24 to 2027-03-01: 6 days; at least 7 required	b.tsv:7
audit.granted-before-notice-end	H7	2028-03-01	granted on 2028-03-01, not after the public notice ended on 2028-03-01	b.tsv:8
