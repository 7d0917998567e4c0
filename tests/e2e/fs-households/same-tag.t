# HC0089344 and HC0089568 are as long and have the same tag (the top
# half of their hash; test_keys.c checks it), so the table of households
# compares their bytes.  a.tsv is read again for the table, so its
# household_ids are not kept: they are read back from the file where the
# tags match; b.tsv (its columns in another order) is spooled and its ids
# are kept.  Only the true repeats are rejected, with one thread or two,
# and the same as when a.tsv comes from a pipe (its ids kept).
$ printf 'household_id\tvillage_id\thead_name\tmembers\tannual_income\tstatus\nHC0089344\tV01\t张三\t2\t20000\tnot_poor\nHC0089568\tV01\t李四\t3\t30000\tnot_poor\nH3\tV01\t王五\t1\t10000\tnot_poor\nHC0089568\tV02\t赵六\t1\t10000\tnot_poor\nHC0089344x\tV02\t钱七\t1\t10000\tnot_poor\n' > a.tsv; printf 'status\thousehold_id\tvillage_id\thead_name\tmembers\tannual_income\nnot_poor\tHC0089344\tV03\t孙八\t1\t100\nnot_poor\tHC008934\tV03\t周九\t1\t100\nnot_poor\tHC0089568\tV03\t吴十\t1\t100\n' > b.tsv; for j in 1 2; do fs-households -j $j --as-of 2026-06-30 --rejects bad.$j a.tsv b.tsv > out.$j; echo "exit $?"; done; cat a.tsv | fs-households --as-of 2026-06-30 --rejects bad.p - b.tsv > out.p; cmp out.1 out.2 && cmp out.1 out.p && cmp bad.1 bad.2 && echo same; cut -f 1,2 bad.1; cut -f 1-6 out.1
>>> stdout
exit 3
exit 3
same
source	reason
a.tsv:5	the same household_id as a.tsv:3 (got 'HC0089568')
b.tsv:2	the same household_id as a.tsv:2 (got 'HC0089344')
b.tsv:4	the same household_id as a.tsv:3 (got 'HC0089568')
household_id	village_id	head_name	members	annual_income	status
HC0089344	V01	张三	2	20000	not_poor
HC0089568	V01	李四	3	30000	not_poor
H3	V01	王五	1	10000	not_poor
HC0089344x	V02	钱七	1	10000	not_poor
HC008934	V03	周九	1	100	not_poor
>>> stderr
fs-households: 3 invalid rows written to bad.1
fs-households: 3 invalid rows written to bad.2
fs-households: 3 invalid rows written to bad.p
