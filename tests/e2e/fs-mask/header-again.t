# Files joined with cat: a row that is the header again is an invalid row
# in fs-mask and fs-export, as in the tools that read values, not a row
# of column names in the notice or the spreadsheet; with --rejects it is
# kept aside and the rest goes on.
$ cat a.tsv a.tsv | fs-mask; echo "exit $?"; cat a.tsv a.tsv | fs-export; echo "exit $?"; cat a.tsv a.tsv | fs-export --rejects rej.tsv > out.csv; echo "exit $?"; tr -d "\r" < out.csv; cut -f 1,2 rej.tsv; fs-mask a.tsv a2.tsv; echo "exit $?"
<<< a.tsv
name	phone
张三	13900139000
<<< a2.tsv
name	phone
李四	13700137000
>>> stdout
exit 2
exit 2
exit 3
name,phone
张三,13900139000
张三,13900139000
source	reason
<stdin>:3	the header again (files joined with cat? give the tool each file by name)
name	phone
张三	139****9000
李四	137****7000
exit 0
>>> stderr
fs-mask: <stdin>:3: the header again (files joined with cat? give the tool each file by name)
fs-export: <stdin>:3: the header again (files joined with cat? give the tool each file by name)
fs-export: 1 invalid row written to rej.tsv
