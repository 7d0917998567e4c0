# audit.notice-short with a count of one: a notice of 1 day, and at
# least 1 day required (audit.notice_days 1 and 2).
$ fs-audit benefits --policy p1.tsv --findings --as-of 2026-06-01 b.tsv | cut -f 2,5,8; fs-audit benefits --policy p2.tsv --findings --as-of 2026-06-01 b.tsv | cut -f 2,5,8
<<< p1.tsv
key	value
audit.notice_days	1
<<< p2.tsv
key	value
audit.notice_days	2
<<< b.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted	amount
H1	V01	dibao	110101198001010010	2026-01-01	2026-01-01	2026-01-08	300.00
H2	V01	coal	110101198001010053	2026-01-10	2026-01-01	2026-01-11	
>>> stdout
rule	entity_id	detail
audit.notice-short	H2	public notice ends on 2026-01-01, before it starts on 2026-01-10; at least 1 day required
rule	entity_id	detail
audit.notice-short	H1	public notice from 2026-01-01 to 2026-01-01: 1 day; at least 2 required
audit.notice-short	H2	public notice ends on 2026-01-01, before it starts on 2026-01-10; at least 2 days required
