# Without --rules, the installed rules file: cash gifts, shopping cards,
# cigarettes and liquor, red envelopes, cash; Chinese and English.
$ fs-audit conduct --findings --as-of 2026-04-01 c.tsv | cut -f 2,3,5,8,9
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	gift	yes	退回红包
2026-03-02	S2	gift	yes	returned a Red Envelope
2026-03-03	S3	gift	yes	超市购物卡两张
2026-03-04	S4	gift	yes	shopping cards
2026-03-05	S5	gift	yes	节日礼金
2026-03-06	S6	gift	yes	a cash gift
2026-03-07	S7	meal	yes	付现金
2026-03-08	S8	gift	yes	两条香烟
2026-03-09	S9	banquet		喝了茅台
2026-03-10	T1	gift	yes	烟酒若干
2026-03-11	T2	meal	yes	cashier receipt
>>> stdout
rule	severity	entity_id	detail	source
audit.keyword.red-envelope	violation	S1	column 'note' matches: '红包'	c.tsv:2
audit.keyword.red-envelope	violation	S2	column 'note' matches: 'Red Envelope'	c.tsv:3
audit.keyword.shopping-card	violation	S3	column 'note' matches: '购物卡'	c.tsv:4
audit.keyword.shopping-card	violation	S4	column 'note' matches: 'shopping cards'	c.tsv:5
audit.keyword.cash-gift	violation	S5	column 'note' matches: '礼金'	c.tsv:6
audit.keyword.cash-gift	violation	S6	column 'note' matches: 'cash gift'	c.tsv:7
audit.keyword.cash	warning	S7	column 'note' matches: '现金'	c.tsv:8
audit.keyword.tobacco-liquor	warning	S8	column 'note' matches: '香烟'	c.tsv:9
audit.forbidden	violation	S9	forbidden conduct: banquet (eating and drinking on public money)	c.tsv:10
audit.keyword.tobacco-liquor	warning	S9	column 'note' matches: '茅台'	c.tsv:10
audit.keyword.tobacco-liquor	warning	T1	column 'note' matches: '烟酒'	c.tsv:11
