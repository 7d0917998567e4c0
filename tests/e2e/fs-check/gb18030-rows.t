# Rows saved in GB18030 under a header of English names: each says the
# file looks saved in GB18030, which iconv converts.  A row whose bytes
# are not GB18030 either (a lone 0x80), or hold a NUL, does not.
$ { printf 'secretary_id\tname\tsending_unit\tvillage_id\tterm_start\tterm_end\n'; printf 'S1\t张三\t县财政局\tV1\t2025-01-01\t2027-01-01\n' | iconv -f UTF-8 -t GB18030; printf 'S2\tn\200\tx\tV2\t2025-01-01\t2027-01-01\n'; printf 'S3\t\326\320\000\tx\tV3\t2025-01-01\t2027-01-01\n'; } > r.tsv; fs-check --type roster --rejects rej.tsv r.tsv; cut -f 1,2 rej.tsv
>>> stdout
file	type	rows	invalid
r.tsv	roster	3	3
source	reason
r.tsv:2	invalid UTF-8 in the line (a file saved in GB18030? iconv -f GB18030 -t UTF-8 converts it)
r.tsv:3	invalid UTF-8 in the line
r.tsv:4	invalid UTF-8 in the line
>>> stderr
fs-check: 3 invalid rows written to rej.tsv
