# A header of any width is checked for names given twice, and the name
# reported is the first that repeats one before it (here 'c3', though
# 'c1' sorts first and is also given twice): 100,000 columns, the
# duplicates at the end.
$ awk 'BEGIN { for (i = 0; i < 100000; i++) printf "c%d,", i; print "c3,c1" }' >dup.csv; fs-import dup.csv; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "%sc%d", i ? "," : "", i; print "" }' >wide.csv; fs-import wide.csv | tr '\t' '\n' | sed -n '1p;$p;$='
>>> stdout
c0
c99999
100000
>>> stderr
fs-import: dup.csv: column 'c3' named twice
