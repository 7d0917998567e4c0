# A UTF-16 file whose first names hold no NUL byte before a record ends:
# 姓名 is U+59D3 U+540D, and 名's low byte is a CR, which ends the first
# record after the byte-order mark (名称 ends it at once: the mark
# alone).  Its header is refused with the UTF-16 hint, as when a NUL
# shows (utf16-unicode-text.t); before, the hint was GB18030, which then
# failed too.  A GB18030 file keeps its hint.
$ printf '姓名\t村\r\n赵大\t湘江\r\n' | iconv -f UTF-8 -t UTF-16LE | (printf '\377\376'; cat) > n16.txt; fs-import n16.txt; echo "exit $?"; fs-import --from-encoding UTF-16 -d tab n16.txt; printf '名称\t村\r\n' | iconv -f UTF-8 -t UTF-16LE | (printf '\377\376'; cat) > m16.txt; fs-import m16.txt; printf '姓名,村\r\n' | iconv -f UTF-8 -t GB18030 > gb.csv; fs-import gb.csv; echo "exit $?"
>>> stdout
exit 2
姓名	村
赵大	湘江
exit 2
>>> stderr
fs-import: n16.txt: invalid UTF-8 in the header (saved as UTF-16, Excel's "Unicode text"? try --from-encoding UTF-16)
fs-import: m16.txt: invalid UTF-8 in the header (saved as UTF-16, Excel's "Unicode text"? try --from-encoding UTF-16)
fs-import: gb.csv: invalid UTF-8 in the header (try --from-encoding GB18030)
>>> requires iconv
