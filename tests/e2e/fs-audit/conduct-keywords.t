# --rules FILE: PCRE2 patterns (UTF-8) against every text column: note
# and every column the format does not define, escapes decoded; not the
# typed columns.  One finding per row and rule (the first column that
# matches), with the rules file's severity; extra columns in the rules
# file are allowed.  The text matched is quoted as a message quotes a
# value: a decoded tab shows as \t (in the findings, \\t).
$ fs-audit conduct --rules rules.tsv --as-of 2026-04-01 c.tsv && echo; fs-audit conduct --rules rules.tsv --findings --as-of 2026-04-01 c.tsv
<<< rules.tsv
rule	pattern	severity	comment
envelope	红包|(?i)red envelope	violation	gifts of money
tab	a\tb	warning	a decoded tab in the pattern
digits	^\d{4}$	warning	anchored: the whole field
<<< c.tsv
date	secretary_id	kind	settled	note	witness
2026-03-01	S1	meal	yes	收了一个红包	RED ENVELOPE too
2026-03-02	S1	meal	yes	a\tb	
2026-03-03	S1	meal	yes	nothing	2026
2026-03-04	RED	meal	yes	fine	line\nred envelope
2026-03-05	S1	meal	yes	1234\n	
>>> stdout
date	secretary_id	kind	settled	note	witness	problems
2026-03-01	S1	meal	yes	收了一个红包	RED ENVELOPE too	audit.keyword.envelope
2026-03-02	S1	meal	yes	a\tb		audit.keyword.tab
2026-03-03	S1	meal	yes	nothing	2026	audit.keyword.digits
2026-03-04	RED	meal	yes	fine	line\nred envelope	audit.keyword.envelope
2026-03-05	S1	meal	yes	1234\n		audit.keyword.digits
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.keyword.envelope	violation	secretary	RED		2026-03-04	column 'witness' matches: 'red envelope'	c.tsv:5
fs-audit	audit.keyword.digits	warning	secretary	S1		2026-03-03	column 'witness' matches: '2026'	c.tsv:4
fs-audit	audit.keyword.digits	warning	secretary	S1		2026-03-05	column 'note' matches: '1234'	c.tsv:6
fs-audit	audit.keyword.envelope	violation	secretary	S1		2026-03-01	column 'note' matches: '红包'	c.tsv:2
fs-audit	audit.keyword.tab	warning	secretary	S1		2026-03-02	column 'note' matches: 'a\\tb'	c.tsv:3
>>> status 1
