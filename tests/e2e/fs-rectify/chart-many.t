# Many villages: one line each, in village_id order; the figures columns
# are as wide as the widest figure.
$ awk 'BEGIN { OFS = "\t"; print "item_id", "village_id", "category", "problem", "opened", "measure", "responsible", "deadline", "closed", "evidence", "verified_by"; for (k = 1; k <= 30; k++) for (i = 1; i <= k; i++) print "I" k "-" i, sprintf("V%02d", k), "c", "p", "2026-01-05", "m", "r", (i % 5 == 0 ? "2026-10-01" : "2026-12-31"), (i <= k * (k % 3) / 2 ? "2026-06-01" : ""), "e", "v" }' > r.tsv && fs-rectify --as-of 2026-10-12 --chart r.tsv
>>> stdout
Rectification progress as of 2026-10-12 (█ = 5% closed)
V01                           0.0%      0/1   0 overdue
V02    ████████████████████ 100.0%      2/2   0 overdue
V03                           0.0%      0/3   0 overdue
V04    ██████████            50.0%      2/4   0 overdue
V05    ████████████████████ 100.0%      5/5   0 overdue
V06                           0.0%      0/6   1 overdue
V07    ████████▋             42.9%      3/7   1 overdue
V08    ████████████████████ 100.0%      8/8   0 overdue
V09                           0.0%      0/9   1 overdue
V10    ██████████            50.0%     5/10   1 overdue
V11    ████████████████████ 100.0%    11/11   0 overdue
V12                           0.0%     0/12   2 overdue
V13    █████████▎            46.2%     6/13   1 overdue
V14    ████████████████████ 100.0%    14/14   0 overdue
V15                           0.0%     0/15   3 overdue
V16    ██████████            50.0%     8/16   2 overdue
V17    ████████████████████ 100.0%    17/17   0 overdue
V18                           0.0%     0/18   3 overdue
V19    █████████▌            47.4%     9/19   2 overdue
V20    ████████████████████ 100.0%    20/20   0 overdue
V21                           0.0%     0/21   4 overdue
V22    ██████████            50.0%    11/22   2 overdue
V23    ████████████████████ 100.0%    23/23   0 overdue
V24                           0.0%     0/24   4 overdue
V25    █████████▋            48.0%    12/25   3 overdue
V26    ████████████████████ 100.0%    26/26   0 overdue
V27                           0.0%     0/27   5 overdue
V28    ██████████            50.0%    14/28   3 overdue
V29    ████████████████████ 100.0%    29/29   0 overdue
V30                           0.0%     0/30   6 overdue
total  █████████▋            48.4%  225/465  44 overdue
>>> status 1
