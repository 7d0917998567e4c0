# A village_id with an escape in it is one village, whether it comes
# from the findings or from --villages: its findings are counted under
# its name.
$ fs-report --as-of 2026-02-01 --villages vil.tsv f.findings | sed -n '/^  village  /,/^$/p'
<<< vil.tsv
village_id	name	township	county
v\\1	Stone	T	C
<<< f.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.uninsured	violation	secretary	S1	v\\1	2026	no insurance	ro.tsv:2
>>> stdout
  village                                               violations  warnings
  C                                                              1         0
    T                                                            1         0
      v\1 Stone                                                  1         0

