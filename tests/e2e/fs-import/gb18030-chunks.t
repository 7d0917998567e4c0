# GB18030 files of 2.5 MB, read 1 MB at a time: a character cut at a
# block's end is completed by the next block.  The headers' lengths put a
# 2-byte character (first file) and a 4-byte one (second file) across the
# 1 MB and 2 MB marks.  The results are the UTF-8 files'.
$ for h in serial_number,person household_id,head_of_house; do awk -v h="$h" 'BEGIN { print h; for (i = 0; i < 80000; i++) printf "%d,张三李四𠀀王五赵六%d\n", i, i }' > u.csv; iconv -f UTF-8 -t GB18030 u.csv > g.csv; fs-import u.csv > a.tsv; fs-import --from-encoding GB18030 g.csv > b.tsv; cmp a.tsv b.tsv && wc -l < b.tsv; done
>>> stdout
80001
80001
