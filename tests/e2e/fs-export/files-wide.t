# A later file's header is matched with the first's all at once (sorted;
# a match name by name would take minutes here, which the runner does not
# time): 100,000 columns, the second file's in the reverse order, come out
# in the first's order (fs-import the same).
$ awk 'BEGIN { for (i = 1; i <= 100000; i++) { h = h (i > 1 ? "\t" : "") "c" i; v = v (i > 1 ? "\t" : "") i } print h; print v }' > a.tsv; awk -F '\t' '{ s = $NF; for (i = NF - 1; i >= 1; i--) s = s "\t" $i; print s }' a.tsv > b.tsv; fs-export a.tsv b.tsv | tr -d '\r' | cut -d , -f 1-3,99999-; tr '\t' , < b.tsv > b.csv; tr '\t' , < a.tsv > a.csv; fs-import a.csv b.csv | cut -f 1-3,99999-
>>> stdout
c1,c2,c3,c99999,c100000
1,2,3,99999,100000
1,2,3,99999,100000
c1	c2	c3	c99999	c100000
1	2	3	99999	100000
1	2	3	99999	100000
