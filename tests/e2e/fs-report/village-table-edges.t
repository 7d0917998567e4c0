# fs-report's village table: villages of the --villages file come before
# those only the findings name (V9 before V0); a village with no
# township, after one with, gets a "(no township)" heading of its own;
# and the row of findings without a village counts violations and
# warnings in their own columns, in text, markdown and HTML alike.
$ fs-report --as-of 2026-01-01 --villages rv.tsv f.findings | grep -e 'V9 Nine' -e 'V0 (not'; fs-report --as-of 2026-01-01 --villages tv.tsv e.findings | sed -n '/One/,/Two/p'; fs-report --as-of 2026-01-01 nv.findings | grep 'no village'; fs-report --format markdown --as-of 2026-01-01 nv.findings | grep 'no village'; fs-report --format html --as-of 2026-01-01 nv.findings | grep -o '(no village)</a></td><td class="n">[0-9]*</td><td class="n">[0-9]*</td></tr>'
<<< rv.tsv
village_id	name
V9	Nine
<<< f.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-x	r.a	violation	village	V0	V0		d	s
<<< tv.tsv
village_id	name	county	township
V1	One	C	T
V2	Two	C	
<<< e.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
<<< nv.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-x	r.a	violation	secretary	S1			d	s
>>> stdout
    V9 Nine                                                      0         0
    V0 (not in rv.tsv)                                           1         0
V0 (not in rv.tsv): 1 violation, 0 warnings
      V1 One                                                     0         0
    (no township)                                                0         0
      V2 Two                                                     0         0
  (no village)                                                   1         0
|  |  | (no village) | 1 | 0 |
(no village)</a></td><td class="n">1</td><td class="n">0</td></tr>
