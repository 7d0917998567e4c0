# A county's own pattern with \S, \W or \D takes a Chinese character, a
# dash or any other character past ASCII too: before, PCRE2's JIT (10.42,
# with PCRE2_MATCH_INVALID_UTF) took none, and 收受\S{0,6}红包 missed
# 收受了红包 without a word (exit 0).  \d still knows ASCII digits alone.
$ fs-audit conduct --as-of 2026-04-01 --rules rules.tsv --findings c.tsv > f; echo "exit $?"; cut -f 2,9 f
<<< rules.tsv
rule	pattern	severity
gift	收受\S{0,6}红包	violation
env	red\W{1,3}envelope	violation
num	第\D号	violation
digit	第\d号	violation
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	meal	yes	收受了红包
2026-03-02	S1	meal	yes	red—envelope
2026-03-03	S1	meal	yes	第三号
2026-03-04	S1	meal	yes	第３号
>>> stdout
exit 1
rule	source
audit.keyword.env	c.tsv:3
audit.keyword.gift	c.tsv:2
audit.keyword.num	c.tsv:4
audit.keyword.num	c.tsv:5
