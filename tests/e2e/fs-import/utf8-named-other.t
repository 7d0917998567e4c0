# A file in UTF-8 named as another encoding (the wrong file picked, or a
# township that sent UTF-8 this month) is refused before anything of it
# is written: read as GB18030 its names would come out garbled (赵大 as
# 璧靛ぇ) and pass every check after.  Its first 64 KB read as UTF-8 text,
# with at least 8 different characters that are not ASCII.  Named as
# UTF-8 by any spelling, it is read as usual.  Standard input is judged
# on its start too, whatever pieces it comes in, and a later file in its
# turn (nothing on stdout).  A character cut at the 64 KB mark is not
# held against the file.
$ sh run.sh
<<< run.sh
cp "$FS_TOP/examples/fs-import/households.csv" h.csv
for e in GB18030 GBK BIG5 LATIN1 UTF-16LE; do fs-import --from-encoding $e h.csv; echo "$e: exit $?"; done
for e in UTF-8 utf8 UTF8; do fs-import --from-encoding $e h.csv > $e.tsv; echo "$e: exit $?"; done
fs-import h.csv | cmp - UTF-8.tsv && cmp UTF-8.tsv utf8.tsv && cmp UTF-8.tsv UTF8.tsv && head -2 UTF-8.tsv
{ head -c 20 h.csv; sleep 1; tail -c +21 h.csv; } | fs-import --from-encoding GB18030; echo "exit $?"
iconv -f UTF-8 -t GB18030 h.csv > g.csv
fs-import --from-encoding GB18030 g.csv h.csv; echo "exit $?"
awk 'BEGIN { printf "name,note\n赵钱孙李周吴郑王,"; for (i = 0; i < 65534 - 35; i++) printf "x"; printf "冯\n" }' > cut.csv
od -A d -t x1 -j 65533 cut.csv | head -1
fs-import --from-encoding GB18030 cut.csv; echo "exit $?"
>>> stdout
GB18030: exit 2
GBK: exit 2
BIG5: exit 2
LATIN1: exit 2
UTF-16LE: exit 2
UTF-8: exit 0
utf8: exit 0
UTF8: exit 0
household_id	village_id	head_name	members	annual_income	status	plan
H001	V01	赵大	4	3800.00	poor	养殖：两头牛\n光伏：一块板
exit 2
exit 2
0065533 78 e5 86 af 0a
exit 2
>>> stderr
fs-import: h.csv: its text reads as UTF-8: the file is UTF-8, not GB18030 (leave out --from-encoding)
fs-import: h.csv: its text reads as UTF-8: the file is UTF-8, not GBK (leave out --from-encoding)
fs-import: h.csv: its text reads as UTF-8: the file is UTF-8, not BIG5 (leave out --from-encoding)
fs-import: h.csv: its text reads as UTF-8: the file is UTF-8, not LATIN1 (leave out --from-encoding)
fs-import: h.csv: its text reads as UTF-8: the file is UTF-8, not UTF-16LE (leave out --from-encoding)
fs-import: <stdin>: its text reads as UTF-8: the file is UTF-8, not GB18030 (leave out --from-encoding)
fs-import: h.csv: its text reads as UTF-8: the file is UTF-8, not GB18030 (leave out --from-encoding)
fs-import: cut.csv: its text reads as UTF-8: the file is UTF-8, not GB18030 (leave out --from-encoding)
>>> requires iconv
