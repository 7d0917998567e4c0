# A side file's village_id is matched with the findings' ids decoded, as
# the stream has them: 'A\\1' of --villages and --progress is the village
# 'A\\1' of the findings (the text A\1), and with --by-category progress
# the key is the village and the category, both decoded.  'A\1', a lone
# backslash, is refused (one id, one spelling; firstsec(5)), so an id is
# never one village under two spellings.
$ sh run.sh
<<< run.sh
fs-report --as-of 2026-02-01 --villages vil.tsv f.findings | sed -n '/^  village  /,/^$/p'; echo "exit $?"
fs-report --as-of 2026-02-01 --villages bad.tsv f.findings; echo "exit $?"
fs-report --as-of 2026-02-01 --progress cat.tsv f.findings | sed -n '/^  village  *total/,/^$/p'
<<< vil.tsv
village_id	name	township	county
A\\1	One	T	C
B1	Three	T	C
<<< bad.tsv
village_id	name	township	county
A\1	One	T	C
<<< cat.tsv
village_id	category	total	closed	open	overdue	percent_closed
A\\1	k\\1	4	2	2	1	50.0
A\\1	k2	2	2	0	0	100.0
<<< f.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.uninsured	violation	secretary	S1	A\\1	2026	no insurance	ro.tsv:2
>>> stdout
  village                                               violations  warnings
  C                                                              1         0
    T                                                            1         0
      A\1 One                                                    1         0
      B1 Three                                                   0         0

exit 0
exit 2
  village                                   total  closed  overdue  closed%
  A\1                                           6       4        1     66.7

>>> stderr
fs-report: bad.tsv:2: column 'village_id': id with a lone backslash (in TSV a backslash is written twice: one id, one spelling) (got 'A\1')
