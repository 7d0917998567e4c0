# Repeated household_ids among many (the table of ids grows several
# times): the repeat is found across files, far from the first row, with
# ids of every length and ids that differ in one byte only; --rejects
# names the first row's file and line, and the other rows are judged.
$ awk 'BEGIN { OFS = "\t"; print "household_id", "village_id", "head_name", "members", "annual_income", "status"; for (i = 1; i <= 5000; i++) print "H" i, "V01", "张三", 2, 20000, "not_poor"; print "X", "V01", "张三", 2, 20000, "not_poor"; print "H4999x", "V01", "张三", 2, 20000, "not_poor"; print sprintf("%064d", 7), "V01", "张三", 2, 20000, "not_poor" }' >a.tsv; awk 'BEGIN { OFS = "\t"; print "status", "household_id", "village_id", "head_name", "members", "annual_income"; print "poor", "H1", "V02", "李四", 1, 100; print "poor", "H5001", "V02", "李四", 1, 100; print "poor", "H4999", "V02", "李四", 1, 100; print "poor", "X", "V02", "李四", 1, 100; print "poor", sprintf("%064d", 7), "V02", "李四", 1, 100; print "poor", sprintf("%064d", 8), "V02", "李四", 1, 100; print "poor", "H10", "V02", "李四", 1, 100 }' >b.tsv; fs-households --as-of 2026-06-30 --rejects bad.tsv a.tsv b.tsv >out.tsv; echo "exit $?"; cut -f 1,2 bad.tsv; wc -l <out.tsv; tail -n 2 out.tsv
>>> stdout
exit 3
source	reason
b.tsv:2	the same household_id as a.tsv:2 (got 'H1')
b.tsv:4	the same household_id as a.tsv:5000 (got 'H4999')
b.tsv:5	the same household_id as a.tsv:5002 (got 'X')
b.tsv:6	the same household_id as a.tsv:5004 (got '000000000000000000000000000000000000000000000000000000000000...')
b.tsv:8	the same household_id as a.tsv:11 (got 'H10')
5006
H5001	V02	李四	1	100	poor	100.00	households.no-helper,households.no-plan
0000000000000000000000000000000000000000000000000000000000000008	V02	李四	1	100	poor	100.00	households.no-helper,households.no-plan
>>> stderr
fs-households: 5 invalid rows written to bad.tsv
