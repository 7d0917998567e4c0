# Excel's "Unicode text" is UTF-16 cut at tabs.  Read as UTF-8, or named
# as GB18030, it is refused with a hint that names the encoding and -d
# tab; named as UTF-16, its tabs are found without -d (tab-text.t), and
# the table is the one -d tab gives.  A tool given it straight says what
# converts it.
$ printf 'secretary_id\tdate\tstatus\r\nS01\t2026-01-05\tin_village\r\n' | iconv -f UTF-8 -t UTF-16LE | (printf '\377\376'; cat) > att16.txt; fs-import att16.txt; fs-import --from-encoding UTF-16 att16.txt; fs-import --from-encoding UTF-16 -d tab att16.txt | cksum; fs-import --from-encoding UTF-16 att16.txt | cksum; fs-import --from-encoding GB18030 att16.txt; fs-import -d , --from-encoding GB18030 att16.txt; printf 'a,b\r\n1,2\r\n' | iconv -f UTF-8 -t UTF-16LE > c16.csv; fs-import --from-encoding GB18030 c16.csv; fs-attendance --as-of 2026-03-31 att16.txt; echo "exit $?"
>>> stdout
secretary_id	date	status
S01	2026-01-05	in_village
1834260346 51
1834260346 51
exit 2
>>> stderr
fs-import: att16.txt: NUL byte in the header (saved as UTF-16, Excel's "Unicode text"? try --from-encoding UTF-16 -d tab)
fs-import: att16.txt:1: bytes that are not valid GB18030 (saved as UTF-16, Excel's "Unicode text"? try --from-encoding UTF-16 -d tab)
fs-import: att16.txt:1: bytes that are not valid GB18030 (saved as UTF-16, Excel's "Unicode text"? try --from-encoding UTF-16 -d tab)
fs-import: c16.csv: NUL byte in the header (saved as UTF-16, Excel's "Unicode text"? try --from-encoding UTF-16)
fs-attendance: att16.txt: NUL byte in the header (a file saved as UTF-16, Excel's "Unicode text"? fs-import --from-encoding UTF-16 -d tab converts it)
>>> requires iconv
