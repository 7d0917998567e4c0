# A control character in a village's name is shown as a space in the
# chart, a C1 control of UTF-8 (here CSI, U+009B, which a terminal reads
# as ESC [) as well as ESC: the chart cannot move the terminal.
$ printf 'village_id\tname\nV1\tA\302\233[2JB\033C\n' > v.tsv; fs-rectify --as-of 2026-10-12 --chart --villages v.tsv r.tsv | sed -n 2p
<<< r.tsv
item_id	village_id	category	problem	opened
A1	V1	c	p	2026-01-05
>>> stdout
A [2JB C                         0.0%  0/1  0 overdue
