# A villages file's header given again (two lists joined with cat)
# passes as a row, its names being an id and a text: it is held against
# every row of such a file, and said for what it is, read by one thread
# or several, and by fs-report --villages.  Before, 'village_id' was
# taken for a village of that name.
$ cat v.tsv v.tsv > both.tsv; fs-check -t villages both.tsv; echo "exit $?"; awk 'BEGIN { print "village_id\tname"; for (i = 1; i <= 300000; i++) { print "V" i "\t村名村名"; if (i == 250000) print "village_id\tname" } }' > big.tsv; for j in 1 2; do fs-check -t villages -j $j --rejects rj.tsv big.tsv; echo "exit $?"; cut -f 1 rj.tsv; done; fs-report --villages both.tsv f.tsv; echo "exit $?"
<<< v.tsv
village_id	name
V01	东村
<<< f.tsv
tool	rule	severity	entity	entity_id	village_id	period	detail	source
>>> stdout
exit 2
file	type	rows	invalid
big.tsv	villages	300001	1
exit 3
source
big.tsv:250002
file	type	rows	invalid
big.tsv	villages	300001	1
exit 3
source
big.tsv:250002
exit 2
>>> stderr
fs-check: both.tsv:3: the header again (files joined with cat? give the tool each file by name)
fs-check: both.tsv:4: the same village_id as both.tsv:2 (got 'V01')
fs-check: 1 invalid row written to rj.tsv
fs-check: 1 invalid row written to rj.tsv
fs-report: both.tsv:3: the header again (files joined with cat? give the tool each file by name)
