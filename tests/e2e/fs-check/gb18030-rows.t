# Rows saved in GB18030 under a header of English names: each says the
# file looks saved in GB18030, which iconv converts.  A row whose bytes
# are not GB18030 either (a lone 0x80, 0xff after 300 bytes), or hold a
# NUL, or whose text is UTF-8 but for one character cut (GB18030 could
# read those bytes too: iconv would garble the file), does not.
$ { printf 'secretary_id\tname\tsending_unit\tvillage_id\tterm_start\tterm_end\n'; printf 'S1\t张三\t县财政局\tV1\t2025-01-01\t2027-01-01\n' | iconv -f UTF-8 -t GB18030; printf 'S2\tn\200\tx\tV2\t2025-01-01\t2027-01-01\n'; printf 'S3\t\326\320\000\tx\tV3\t2025-01-01\t2027-01-01\n'; printf 'S4\t%s\377\tx\tV4\t2025-01-01\t2027-01-01\n' "$(printf '%0300d' 0)"; printf 'S5\t河口\346\235\t东岭\tV5\t2025-01-01\t2027-01-01\n'; } > r.tsv; fs-check --type roster --rejects rej.tsv r.tsv; cut -f 1,2 rej.tsv
>>> stdout
file	type	rows	invalid
r.tsv	roster	5	5
source	reason
r.tsv:2	invalid UTF-8 in the line (a file saved in GB18030? iconv -f GB18030 -t UTF-8 converts it)
r.tsv:3	invalid UTF-8 in the line
r.tsv:4	invalid UTF-8 in the line
r.tsv:5	invalid UTF-8 in the line
r.tsv:6	invalid UTF-8 in the line
>>> stderr
fs-check: 5 invalid rows written to rej.tsv
