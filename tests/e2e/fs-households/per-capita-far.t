# A household of a file read again keeps its per_capita in 4 bytes; one
# that does not fit (from 21,474,836.48 yuan up, or below -21,474,836.48)
# is kept apart, with its row's length (a far row).  Both sides of each
# bound, in a.tsv read again and the same rows from a pipe: the same
# table.  household_id is the last column and some rows end in CRLF, and
# the two repeats (HC0089344 and HC0089568 share a tag: same-tag.t) are
# of rows read back from the file, the first a far row, the second not.
$ printf 'village_id\thead_name\tmembers\tannual_income\tstatus\thousehold_id\r\nV01\t张三\t1\t100000000.00\tnot_poor\tH1\r\nV01\t李四\t1\t-30000000.00\tnot_poor\tHC0089344\r\nV01\t王五\t2\t20000\tnot_poor\tH3\nV01\t赵六\t1\t21474836.47\tnot_poor\tHC0089568\r\nV01\t钱七\t1\t21474836.48\tnot_poor\tH5\nV01\t孙八\t1\t-21474836.48\tnot_poor\tH6\r\nV01\t周九\t1\t-21474836.49\tnot_poor\tH7\nV02\t吴十\t1\t1\tnot_poor\tHC0089344\nV02\t郑一\t1\t1\tnot_poor\tHC0089568\r\nV02\t冯二\t1\t1\tnot_poor\tHC008934\n' > a.tsv; fs-households --as-of 2026-06-30 --rejects bad.f a.tsv > out.f; echo "exit $?"; cat a.tsv | fs-households --as-of 2026-06-30 --rejects bad.p - > out.p; cmp out.f out.p && echo same; cut -f 4,6,7,8 out.f; cut -f 1,2 bad.f
>>> stdout
exit 3
same
annual_income	household_id	per_capita	problems
100000000.00	H1	100000000.00	
-30000000.00	HC0089344	-30000000.00	households.should-monitor
20000	H3	10000.00	
21474836.47	HC0089568	21474836.47	
21474836.48	H5	21474836.48	
-21474836.48	H6	-21474836.48	households.should-monitor
-21474836.49	H7	-21474836.49	households.should-monitor
1	HC008934	1.00	households.should-monitor
source	reason
a.tsv:9	the same household_id as a.tsv:3 (got 'HC0089344')
a.tsv:10	the same household_id as a.tsv:5 (got 'HC0089568')
>>> stderr
fs-households: 2 invalid rows written to bad.f
fs-households: 2 invalid rows written to bad.p
