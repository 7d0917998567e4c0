# The installed rules on long notes made of their patterns' prefixes
# (100,000 of each): every rule finishes within PCRE2's limits, and a
# keyword after a run of near misses is still found.
$ awk 'BEGIN { OFS = "\t"; print "date", "secretary_id", "kind", "settled", "note"; n = split("严禁收受红包|现|一箱|条中华优秀|bottles of |gifts of |village |ban ", p, "|"); for (i = 1; i <= n; i++) { s = ""; for (j = 0; j < 100000; j++) s = s p[i]; print "2026-03-01", "L" i, "meal", "yes", s "；收到两条烟" } }' > c.tsv && fs-audit conduct --as-of 2026-04-01 c.tsv | cut -f 2,6
>>> stdout
secretary_id	problems
L1	audit.keyword.red-envelope,audit.keyword.tobacco-liquor
L2	audit.keyword.tobacco-liquor
L3	audit.keyword.tobacco-liquor
L4	audit.keyword.tobacco-liquor
L5	audit.keyword.tobacco-liquor
L6	audit.keyword.tobacco-liquor
L7	audit.keyword.tobacco-liquor
L8	audit.keyword.tobacco-liquor