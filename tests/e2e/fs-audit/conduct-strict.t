# Warnings alone exit 0; --strict-warnings makes them exit 1.
$ fs-audit conduct --rules rules.tsv --as-of 2026-04-01 c.tsv; echo "exit $?"; fs-audit conduct --rules rules.tsv --strict-warnings --as-of 2026-04-01 c.tsv; echo "exit $?"
<<< rules.tsv
rule	pattern	severity
liquor	白酒	warning
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	meal	yes	一瓶白酒
>>> stdout
date	secretary_id	kind	settled	note	problems
2026-03-01	S1	meal	yes	一瓶白酒	audit.keyword.liquor
exit 0
date	secretary_id	kind	settled	note	problems
2026-03-01	S1	meal	yes	一瓶白酒	audit.keyword.liquor
exit 1
