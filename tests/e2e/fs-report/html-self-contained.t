# HTML is self-contained: a style element, inline SVG, no script, link,
# image, external URL or @import; the only URL is SVG's namespace.
$ fs-report --format html --as-of 2026-11-27 --villages villages.tsv --progress progress.tsv attendance.findings others.findings > r.html; grep -c '<script\|<link\|<img\|<iframe\|@import\|url(\|src=' r.html; grep -o 'https\?://[^"]*' r.html | sort | uniq -c; grep -c '<svg id="chart-' r.html; grep -c '<title>Compliance report as of 2026-11-27</title>' r.html
<<< attendance.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.min-ratio	violation	secretary	S05	V05	2026	in village 132 of 224 elapsed working days (0.5893); 166 required, the year can no longer reach it	
fs-attendance	attendance.sending-unit-work	violation	secretary	S05	V05	2026	86 working days on the sending unit's work	
fs-attendance	attendance.unrecorded	warning	secretary	S02	V02	2026	6 elapsed working days without a record	
<<< others.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.no-mentor	violation	secretary	S02	V02		active, and no mentor_id	roster.tsv:3
fs-funds	funds.idle	warning	village	V03	V03	2025-04-12	support 4000.00 idle since 2025-04-12 (594 days)	funds.tsv:40
fs-rectify	rectify.overdue	violation	item	R-V04-02	V04	2026-10-31	deadline 2026-10-31 passed 27 days ago; not closed	rectify.tsv:9
fs-households	households.helper-overload	warning	helper	H0901			6 poor or monitored households; at most 5	
fs-seal	seal.broken	violation	ledger	rectify.tsv			the chain breaks: the row was edited, deleted, inserted or moved	rectify.tsv:28
fs-audit	audit.gift	violation	secretary	S09	V99	2026-06-03	收下村民送的土鸡两只，价值约 200 元，未退回；按规定应当场退回或上交纪检部门登记处理	conduct.tsv:7
<<< villages.tsv
village_id	name	township	county
V01	石门村	东岭镇	青山县
V02	河口村	东岭镇	青山县
V03	柳树湾村	南河乡	青山县
V04	上坪村	南河乡	青山县
V05	Xinhua Village of the Upper Qingshui River Valley Reservoir Area	南河乡	青山县
<<< progress.tsv
village_id	total	closed	open	overdue	percent_closed
V01	2	2	0	0	100.0
V03	3	1	2	0	33.3
V04	2	1	1	1	50.0
>>> stdout
0
      2 http://www.w3.org/2000/svg
2
1
