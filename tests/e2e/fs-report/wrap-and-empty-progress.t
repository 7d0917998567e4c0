# fs-report's text wraps a detail without a space left at a line's end,
# here where the next word (of wide characters) does not fit; and a
# village with no rectification items (total 0) gets no bar and "-" in
# the HTML progress chart, and no division by zero.
$ fs-report --as-of 2026-01-01 f.tsv > out.txt; echo "exit $?"; grep -c ' $' out.txt; grep -A1 xxxx out.txt; printf 'tool\trule\tseverity\tentity\tentity_id\tvillage_id\tperiod\tdetail\tsource\n' > empty.fnd; fs-report --format html --progress prog.tsv empty.fnd > out.html; echo "exit $?"; grep -e '0/0' -e '<tr><td>v1' out.html
<<< f.tsv
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-x	r.a	violation	secretary	s1	v1		xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 张三丰张三丰	
<<< prog.tsv
village_id	total	closed	open	overdue	percent_closed
v1	0	0	0	0	-
>>> stdout
exit 1
0
      xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
      张三丰张三丰
exit 0
<text x="560" y="45">0/0 (-%)</text>
<tr><td>v1</td><td class="n">0</td><td class="n">0</td><td class="n">0</td><td class="n">-</td></tr>
