# A conflicting attendance row names the earlier row's line, for the
# first 100 conflicts of a run; past them (each found reads the file
# again up to it) the message says "on an earlier row".
$ awk 'BEGIN { print "secretary_id\tdate\tstatus"; for (s = 1; s <= 101; s++) print "S" s "\t2026-01-05\tin_village"; for (s = 1; s <= 101; s++) print "S" s "\t2026-01-05\tabsent" }' > c.tsv; fs-check --type attendance --rejects rj.tsv c.tsv > /dev/null; echo "exit $?"; cut -f 1,2 rj.tsv | sed -n '2p;101,102p'
>>> stdout
exit 3
c.tsv:103	conflicts with 'in_village' at c.tsv:2 for the same secretary_id and date (got 'absent')
c.tsv:202	conflicts with 'in_village' at c.tsv:101 for the same secretary_id and date (got 'absent')
c.tsv:203	conflicts with 'in_village' on an earlier row for the same secretary_id and date (got 'absent')
>>> stderr
fs-check: 101 invalid rows written to rj.tsv
