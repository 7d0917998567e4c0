# --findings with --roster: village_id from the posting whose service
# covers the row's date (service ends at 'left'), else the latest posting
# begun before it, else the first; empty for a secretary not in the roster.  Entity
# secretary, period the row's date, source FILE:LINE.
$ fs-audit conduct --rules none --roster roster.tsv --findings --as-of 2026-04-01 c.tsv
<<< c.tsv
date	secretary_id	kind	settled
2025-05-01	S1	meal	no
2026-03-01	S1	meal	no
2024-06-05	S2	gift	no
2024-05-01	S2	gift	no
2023-01-01	S2	gift	no
2026-03-01	S9	banquet	
2026-03-02	S1	meal	yes
<<< roster.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	张三	县农业局	V01	2024-03-01	2026-02-28	
S1	张三	县农业局	V02	2026-03-01	2028-02-28	
S2	李四	县农商银行	V03	2023-06-01	2025-05-31	2024-06-01
S2	李四	县农商银行	V04	2024-06-15	2026-06-14	
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.forbidden	violation	secretary	S9		2026-03-01	forbidden conduct: banquet (eating and drinking on public money)	c.tsv:7
fs-audit	audit.unpaid-meal	violation	secretary	S1	V01	2025-05-01	meal at a villager's or cadre's table not paid for (settled: no)	c.tsv:2
fs-audit	audit.unpaid-meal	violation	secretary	S1	V02	2026-03-01	meal at a villager's or cadre's table not paid for (settled: no)	c.tsv:3
fs-audit	audit.gift	violation	secretary	S2	V03	2023-01-01	gift not returned (settled: no)	c.tsv:6
fs-audit	audit.gift	violation	secretary	S2	V03	2024-05-01	gift not returned (settled: no)	c.tsv:5
fs-audit	audit.gift	violation	secretary	S2	V03	2024-06-05	gift not returned (settled: no)	c.tsv:4
>>> status 1
