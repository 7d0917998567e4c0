# Each file read again keeps a descriptor open until the table is
# written, but none that would leave fewer than 16 below the limit of
# open files: past that, files are spooled, so that the spool's
# temporary file (s.tsv's rows, its columns in another order, outgrow a
# megabyte) and the rejects file can still be made.  Under `ulimit -n
# 16`, 12 files and s.tsv give the table and rejects they give without
# it (before, the temporary file could not be made: exit 2).
$ i=1; while [ $i -le 12 ]; do awk -v n=$((40 + i)) -v from=$((i * 1000)) -f decisions.awk > f$i.tsv; i=$((i + 1)); done; awk -v n=40000 -v from=100000 -f decisions.awk | awk -F '\t' -v OFS='\t' 'NF { print $2, $1, $3, $4, $5, $6, $7, $8, $9 }' > s.tsv; fs-audit decisions -j 1 --rejects r1.tsv --as-of 2026-12-31 f1.tsv f2.tsv f3.tsv f4.tsv f5.tsv f6.tsv f7.tsv f8.tsv f9.tsv f10.tsv f11.tsv f12.tsv s.tsv > t1.tsv; echo "exit $?"; (ulimit -n 16; fs-audit decisions -j 1 --rejects r2.tsv --as-of 2026-12-31 f1.tsv f2.tsv f3.tsv f4.tsv f5.tsv f6.tsv f7.tsv f8.tsv f9.tsv f10.tsv f11.tsv f12.tsv s.tsv > t2.tsv); echo "exit $?"; cmp t1.tsv t2.tsv && echo same; cmp r1.tsv r2.tsv && echo same; wc -l < t1.tsv
>>> stdout
exit 1
exit 1
same
same
208583
