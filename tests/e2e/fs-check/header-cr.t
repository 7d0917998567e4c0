# A header with a CR inside it (lines ending in CR alone: Excel's "Tab
# delimited text" on a Mac) is an error, exit 2, with the likely cause,
# for every tool that reads TSV: the whole file read as its header, the
# tool found no rows and said nothing (exit 0), or named the wrong thing
# ("column 'x' named twice", "missing column 'status'").
$ sh run.sh
<<< run.sh
printf 'date\tsecretary_id\tkind\tamount\tsettled\tnote\r2026-03-02\tS01\tbanquet\t1200.00\tno\tdinner\r' > mac.tsv
printf 'village_id\tname\tnote\rV1\tx\t1\rV2\tx\t2\r' > twice.tsv
printf 'secretary_id\tdate\tstatus\rS01\t2026-01-05\tin_village\r' > att.tsv
fs-audit conduct --findings --as-of 2026-03-31 mac.tsv; echo "exit $?"
fs-check --type conduct mac.tsv; echo "exit $?"
fs-mask mac.tsv; echo "exit $?"
fs-export mac.tsv; echo "exit $?"
fs-seal mac.tsv; echo "exit $?"
fs-seal --verify mac.tsv; echo "exit $?"
fs-check --type villages twice.tsv; echo "exit $?"
fs-attendance --as-of 2026-03-31 att.tsv; echo "exit $?"
>>> stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 1
exit 2
exit 2
>>> stderr
fs-audit: mac.tsv: CR inside the header (lines ending in CR alone, a Mac "Tab delimited text" file? fs-import -d tab reads it, or tr '\r' '\n')
fs-check: mac.tsv: CR inside the header (lines ending in CR alone, a Mac "Tab delimited text" file? fs-import -d tab reads it, or tr '\r' '\n')
fs-mask: mac.tsv: CR inside the header (lines ending in CR alone, a Mac "Tab delimited text" file? fs-import -d tab reads it, or tr '\r' '\n')
fs-export: mac.tsv: CR inside the header (lines ending in CR alone, a Mac "Tab delimited text" file? fs-import -d tab reads it, or tr '\r' '\n')
fs-seal: mac.tsv: CR inside the header (lines ending in CR alone, a Mac "Tab delimited text" file? fs-import -d tab reads it, or tr '\r' '\n')
fs-seal: mac.tsv:1: the chain breaks here: CR inside the header (lines ending in CR alone, a Mac "Tab delimited text" file? fs-import -d tab reads it, or tr '\r' '\n')
fs-check: twice.tsv: CR inside the header (lines ending in CR alone, a Mac "Tab delimited text" file? fs-import -d tab reads it, or tr '\r' '\n')
fs-attendance: att.tsv: CR inside the header (lines ending in CR alone, a Mac "Tab delimited text" file? fs-import -d tab reads it, or tr '\r' '\n')
