# A report sent into the file it reads (tool FILE >> FILE, or < FILE >>
# FILE) is refused, exit 2, as cat(1) refuses "input file is output file":
# before, fs-mask appended the masked rows to the register, and a big
# fs-households stopped half way with part of its table in its input.
$ cp h.tsv g.tsv; fs-mask g.tsv >> g.tsv; echo "exit $?"; fs-households --as-of 2026-11-30 < g.tsv >> g.tsv; echo "exit $?"; cmp h.tsv g.tsv && echo same
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V1	张三	2	20000.00	not_poor
>>> stdout
exit 2
exit 2
same
>>> stderr
fs-mask: g.tsv: it is also the standard output: the report would be written into the file it is read from; write it to another file
fs-households: <stdin>: it is also the standard output: the report would be written into the file it is read from; write it to another file
