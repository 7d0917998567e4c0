# A keyword pattern is tried on the text columns that are not empty: an
# empty note (or other text column) is a value not given, so a pattern
# that matches the empty string finds nothing there, and one that
# matches anything finds the first column in header order that has text
# (village_id here, which the conduct format does not define).
$ fs-audit conduct --rules r.tsv --findings --as-of 2026-02-01 c.tsv | cut -f 2,8,9
<<< r.tsv
rule	pattern	severity
empty	^$	warning
any	.	warning
<<< c.tsv
date	secretary_id	kind	settled	note	village_id
2026-01-01	S1	meal	yes		
2026-01-02	S1	meal	yes		V1
2026-01-03	S1	meal	yes	饭钱已付	
>>> stdout
rule	detail	source
audit.keyword.any	column 'village_id' matches: 'V'	c.tsv:3
audit.keyword.any	column 'note' matches: '饭'	c.tsv:4
