# --chart shows a --villages name without the spaces a spreadsheet left
# around it (' 东村 '), as fs-report does: one file, one name.
$ fs-rectify --as-of 2026-06-30 --chart --villages v.tsv r.tsv | sed -n 2p
<<< v.tsv
village_id	name	township	county
V01	 东村　	甲镇	县
<<< r.tsv
item_id	village_id	category	problem	opened
R1	V01	c	p	2026-01-01
>>> stdout
东村                          0.0%  0/1  0 overdue
