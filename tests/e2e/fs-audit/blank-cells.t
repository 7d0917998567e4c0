# A cell of white space alone is a missing value, as an empty one is: a
# meal whose settled is a space is not settled (audit.unpaid-meal), a
# resolution whose vote figures are spaces has none (audit.no-vote-record),
# a relative's benefit whose filed is a no-break space is not filed
# (audit.relative-not-filed).
$ fs-audit conduct --findings --as-of 2026-06-30 c.tsv; fs-audit decisions --findings --as-of 2026-06-30 d.tsv; fs-audit benefits --findings --as-of 2026-06-30 b.tsv
<<< c.tsv
date	secretary_id	kind	amount	settled	note
2026-03-01	S1	meal	20.00	 	
2026-03-02	S1	meal	 	yes	
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
D1	V1	proposal	2026-03-01			
D1	V1	consultation	2026-03-02			
D1	V1	review	2026-03-03			
D1	V1	resolution	2026-03-04	 	　	\t
D1	V1	announce_resolution	2026-03-05			
D1	V1	announce_result	2026-03-06			
<<< b.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted	amount	cadre_relative	filed
H1	V1	dibao	110101199001011237	2026-03-01	2026-03-07	2026-03-09	100.00	yes	 
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.unpaid-meal	violation	secretary	S1		2026-03-01	meal at a villager's or cadre's table not paid for (settled: missing, amount 20.00)	c.tsv:2
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.no-vote-record	warning	decision	D1	V1	2026-03-04	resolution without eligible, attendees, votes_for	d.tsv:5
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.relative-not-filed	violation	benefit	H1	V1	2026-03-09	declared relative of a village cadre, not filed (filed: missing)	b.tsv:2
>>> status 1
