# --chart --by-category with a long village name and categories narrower
# than the smallest label: every line still fits 80 columns.
$ fs-rectify --as-of 2025-06-01 --chart --by-category --villages vn.tsv r.tsv | wc -L; fs-rectify --as-of 2025-06-01 --chart --by-category --villages vn.tsv r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened
i1	v1	other	p	2025-01-01
i2	v2	c	p	2025-01-01
<<< vn.tsv
village_id	name
v1	石门村石门村石门村石门村石门村石门村
>>> stdout
80
Rectification progress as of 2025-06-01 by category (█ = 5% closed)
石门村石门村石门村石门村石…   other                         0.0%  0/1  0 overdue
v2                            c                             0.0%  0/1  0 overdue
total                                                       0.0%  0/2  0 overdue
>>> status 1
