# Excel's "Tab delimited text" on a Mac ends its lines in CR alone, which
# the TSV tools refuse (a CR inside the header); fs-import -d tab reads
# it, as the tools' message says, and so does tr.
$ printf 'date\tsecretary_id\tkind\tamount\tsettled\tnote\r2026-03-02\tS01\tbanquet\t1200.00\tno\t"dinner, 5 ""guests"""\r' > mac.txt; fs-import -d tab mac.txt | fs-audit conduct --findings --as-of 2026-03-31; echo "exit $?"; printf 'date\tsecretary_id\tkind\r2026-03-02\tS01\tmeal\r' | tr '\r' '\n' | fs-check --type conduct
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.forbidden	violation	secretary	S01		2026-03-02	forbidden conduct: banquet (eating and drinking on public money)	<stdin>:2
exit 1
file	type	rows	invalid
<stdin>	conduct	1	0
