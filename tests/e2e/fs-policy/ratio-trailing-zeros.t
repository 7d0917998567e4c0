# A decimal ratio is held exactly as a fraction of 64-bit integers, so
# one with more than 18 decimals is refused as too precise; but trailing
# zeros add nothing: 0.50000000000000000000 is 1/2, and
# 1.0000000000000000000 is 1 (refused before).
$ fs-policy --policy pol.tsv | grep -E '^(attendance.min_ratio|audit.quorum)'
<<< pol.tsv
key	value
attendance.min_ratio	0.50000000000000000000
audit.quorum	1.0000000000000000000
>>> stdout
attendance.min_ratio	1/2	pol.tsv
audit.quorum	1/1	pol.tsv
