# A header that is not UTF-8 says the likely cause when it shows: a file
# saved as UTF-16 (Excel's "Unicode text", with or without its mark),
# which fs-import converts (-d tab: its names are cut at tabs), or in
# GB18030; other bytes are said as before.
$ sh run.sh
<<< run.sh
printf 'date\ttype\n' | iconv -f UTF-8 -t UTF-16LE > u16.tsv
printf 'date\ttype\n' | iconv -f UTF-8 -t UTF-16 > u16bom.tsv
printf '日期\t类型\n' | iconv -f UTF-8 -t GB18030 > gb.tsv
printf 'd\377\376\tx\n' > bin.tsv
for f in u16 u16bom gb bin; do fs-check -t calendar $f.tsv; done
>>> stderr
fs-check: u16.tsv: NUL byte in the header (a file saved as UTF-16, Excel's "Unicode text"? fs-import --from-encoding UTF-16 -d tab converts it)
fs-check: u16bom.tsv: NUL byte in the header (a file saved as UTF-16, Excel's "Unicode text"? fs-import --from-encoding UTF-16 -d tab converts it)
fs-check: gb.tsv: invalid UTF-8 in the header (a file saved in GB18030? iconv -f GB18030 -t UTF-8 converts it)
fs-check: bin.tsv: invalid UTF-8 in the header
>>> status 2
>>> requires iconv
