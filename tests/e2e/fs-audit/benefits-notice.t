# audit.notice-short: notice_end − notice_start + 1 < audit.notice_days
# (7 days are enough, 6 are not; a policy may ask more).
# audit.granted-before-notice-end: granted on or before notice_end.
$ fs-audit benefits --as-of 2026-06-01 b.tsv; echo "exit $?"; fs-audit benefits --policy p.tsv --findings --as-of 2026-06-01 b.tsv | cut -f 2,5,7,8,9
<<< b.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted	amount
H1	V01	dibao	110101198001010010	2026-01-01	2026-01-07	2026-01-08	300.00
H2	V01	dibao	110101199002020020	2026-01-01	2026-01-06	2026-01-07	300.00
H3	V01	coal	440300197512310038	2026-01-01	2026-01-07	2026-01-07	120.00
H4	V01	coal	110101198001010053	2026-01-10	2026-01-01	2026-01-01	
<<< p.tsv
key	value
audit.notice_days	8
>>> stdout
household_id	village_id	program	id_number	notice_start	notice_end	granted	amount	problems
H1	V01	dibao	110101198001010010	2026-01-01	2026-01-07	2026-01-08	300.00	
H2	V01	dibao	110101199002020020	2026-01-01	2026-01-06	2026-01-07	300.00	audit.notice-short
H3	V01	coal	440300197512310038	2026-01-01	2026-01-07	2026-01-07	120.00	audit.granted-before-notice-end
H4	V01	coal	110101198001010053	2026-01-10	2026-01-01	2026-01-01		audit.notice-short,audit.granted-before-notice-end
exit 1
rule	entity_id	period	detail	source
audit.notice-short	H1	2026-01-08	public notice from 2026-01-01 to 2026-01-07: 7 days; at least 8 required	b.tsv:2
audit.notice-short	H2	2026-01-07	public notice from 2026-01-01 to 2026-01-06: 6 days; at least 8 required	b.tsv:3
audit.granted-before-notice-end	H3	2026-01-07	granted on 2026-01-07, not after the public notice ended on 2026-01-07	b.tsv:4
audit.notice-short	H3	2026-01-07	public notice from 2026-01-01 to 2026-01-07: 7 days; at least 8 required	b.tsv:4
audit.granted-before-notice-end	H4	2026-01-01	granted on 2026-01-01, not after the public notice ended on 2026-01-01	b.tsv:5
audit.notice-short	H4	2026-01-01	public notice ends on 2026-01-01, before it starts on 2026-01-10; at least 8 days required	b.tsv:5
