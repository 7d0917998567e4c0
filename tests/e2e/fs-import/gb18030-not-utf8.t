# Real GB18030 text is not taken for UTF-8 (utf8-named-other.t): the
# example register, and 2,000 random characters of U+4E00-U+9FA5 in 100
# rows, convert to what their UTF-8 copies give.  Some GB18030 characters
# are two bytes that read as UTF-8 too (陆 is C2 BD, ½); a file is
# refused only when all of its characters are such, at least 8 different
# ones: 7, or one such word on every row, are converted; 8 are refused,
# and iconv then converts the file.
$ sh run.sh
<<< run.sh
fs-import --from-encoding GB18030 "$FS_TOP/examples/fs-import/households-gb18030.csv" > a.tsv; echo "exit $?"
fs-import "$FS_TOP/examples/fs-import/households.csv" | cmp - a.tsv && echo same
python3 -c '
import random
random.seed(26)
print("id,text")
for i in range(100):
    print("%d,%s" % (i, "".join(chr(random.randint(0x4E00, 0x9FA5)) for _ in range(20))))
' > u.csv
iconv -f UTF-8 -t GB18030 u.csv > g.csv
fs-import --from-encoding GB18030 g.csv > b.tsv; echo "exit $?"
fs-import u.csv | cmp - b.tsv && echo same
printf 'name,note\n陆一,卢说\n钱毛,梅\n' | iconv -f UTF-8 -t GB18030 > seven.csv
LC_ALL=C grep -c '^' seven.csv; iconv -f UTF-8 -t UTF-8 seven.csv > /dev/null 2>&1 && echo "seven.csv reads as UTF-8"
fs-import --from-encoding GB18030 seven.csv; echo "exit $?"
awk 'BEGIN { print "name"; for (i = 0; i < 5000; i++) print "陆一" }' | iconv -f UTF-8 -t GB18030 > word.csv
fs-import --from-encoding GB18030 word.csv | uniq -c; echo "exit $?"
printf 'name,note\n陆一,卢说\n钱毛,梅路\n' | iconv -f UTF-8 -t GB18030 > eight.csv
fs-import --from-encoding GB18030 eight.csv; echo "exit $?"
iconv -f GB18030 -t UTF-8 eight.csv | fs-import; echo "exit $?"
>>> stdout
exit 0
same
exit 0
same
3
seven.csv reads as UTF-8
name	note
陆一	卢说
钱毛	梅
exit 0
      1 name
   5000 陆一
exit 0
exit 2
name	note
陆一	卢说
钱毛	梅路
exit 0
>>> stderr
fs-import: eight.csv: its text reads as UTF-8: the file is UTF-8, not GB18030 (leave out --from-encoding)
>>> requires python3 iconv
