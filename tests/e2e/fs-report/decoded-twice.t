# fs-report holds village ids decoded, as the findings stream has them,
# so two ids of a side file that differ as written but not once decoded
# ('A\1' and 'A\\1') are one village: the second row is invalid (exit 2,
# or kept with --rejects, exit 3), never a village silently lost or a
# progress row silently added to another.  With --by-category progress
# the key is the village and the category, both decoded.
$ sh run.sh
<<< run.sh
fs-report --as-of 2026-02-01 --villages vil.tsv f.findings; echo "exit $?"
fs-report --as-of 2026-02-01 --villages vil.tsv --rejects rej.tsv f.findings | sed -n '/^  village  /,/^$/p'; echo "exit $?"; cut -f 1,2 rej.tsv
fs-report --as-of 2026-02-01 --progress prog.tsv f.findings; echo "exit $?"
fs-report --as-of 2026-02-01 --progress cat.tsv --rejects rej.tsv f.findings | sed -n '/^  village  *total/,/^$/p'; echo "exit $?"; cut -f 1,2 rej.tsv
<<< vil.tsv
village_id	name	township	county
A\1	One	T	C
A\\1	Two	T	C
B1	Three	T	C
<<< prog.tsv
village_id	total	closed	open	overdue	percent_closed
A\\1	4	2	2	1	50.0
B1	1	1	0	0	100.0
A\1	4	4	0	0	100.0
<<< cat.tsv
village_id	category	total	closed	open	overdue	percent_closed
A\1	k\\1	4	2	2	1	50.0
A\1	k\1	2	2	0	0	100.0
A\1	k2	2	2	0	0	100.0
<<< f.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.uninsured	violation	secretary	S1	A\\1	2026	no insurance	ro.tsv:2
>>> stdout
exit 2
  village                                               violations  warnings
  C                                                              1         0
    T                                                            1         0
      A\1 One                                                    1         0
      B1 Three                                                   0         0

exit 0
source	reason
vil.tsv:3	the same village_id as vil.tsv:2 once its escapes are decoded (got 'A\\1')
exit 2
  village                                   total  closed  overdue  closed%
  A\1                                           6       4        1     66.7

exit 0
source	reason
cat.tsv:3	the same village_id and category as cat.tsv:2 once its escapes are decoded (got 'A\1')
>>> stderr
fs-report: vil.tsv:3: the same village_id as vil.tsv:2 once its escapes are decoded (got 'A\\1')
fs-report: 1 invalid row written to rej.tsv
fs-report: prog.tsv:4: the same village_id as prog.tsv:2 once its escapes are decoded (got 'A\1')
fs-report: 1 invalid row written to rej.tsv
