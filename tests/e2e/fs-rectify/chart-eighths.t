# The bar in eighths of a block: k of 160 items closed draws k eighths
# (E0 empty, E1-E7 one eighth to seven, E8 19 blocks and seven eighths,
# E9 full); 1 of 1000 still shows an eighth and 999 of 1000 is not full.
$ awk 'BEGIN { OFS = "\t"; print "item_id", "village_id", "category", "problem", "opened", "measure", "responsible", "deadline", "closed", "evidence", "verified_by"; for (k = 0; k <= 9; k++) for (i = 1; i <= 160; i++) print "E" k "-" i, "E" k, "c", "p", "2026-01-05", "m", "r", "2026-12-31", (i <= (k == 9 ? 160 : k == 8 ? 159 : k) ? "2026-06-01" : ""), "e", "v"; for (i = 1; i <= 1000; i++) print "F1-" i, "F1", "c", "p", "2026-01-05", "m", "r", "2026-12-31", (i <= 1 ? "2026-06-01" : ""), "e", "v"; for (i = 1; i <= 1000; i++) print "F2-" i, "F2", "c", "p", "2026-01-05", "m", "r", "2026-12-31", (i <= 999 ? "2026-06-01" : ""), "e", "v" }' > r.tsv && fs-rectify --as-of 2026-10-12 --chart r.tsv
>>> stdout
Rectification progress as of 2026-10-12 (█ = 5% closed)
E0                            0.0%      0/160  0 overdue
E1     ▏                      0.6%      1/160  0 overdue
E2     ▎                      1.3%      2/160  0 overdue
E3     ▍                      1.9%      3/160  0 overdue
E4     ▌                      2.5%      4/160  0 overdue
E5     ▋                      3.1%      5/160  0 overdue
E6     ▊                      3.8%      6/160  0 overdue
E7     ▉                      4.4%      7/160  0 overdue
E8     ███████████████████▉  99.4%    159/160  0 overdue
E9     ████████████████████ 100.0%    160/160  0 overdue
F1     ▏                      0.1%     1/1000  0 overdue
F2     ███████████████████▉  99.9%   999/1000  0 overdue
total  ███████▌              37.4%  1347/3600  0 overdue
