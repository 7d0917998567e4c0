# With no -d, a file whose first line (not empty) has a tab and no comma
# is read as cut at tabs: Excel's "Text (Tab delimited)" and "Unicode
# text" (UTF-16, with --from-encoding UTF-16), which a clerk hands over as
# they are.  Each file is looked at for itself (a CSV and a tab-separated
# file make one table); a first line with a comma, or -d given, is read
# as before.
$ fs-import tab.txt; fs-import a.csv tab.txt; fs-import both.csv; fs-import -d , tab.txt; printf '\r\n\r\nsecretary_id\tdate\r\nS01\t2026-01-05' | fs-import; printf 'x\ty' | fs-import; printf 'name\n"a,b"\n' | fs-import
<<< tab.txt
secretary_id	date	status
S02	2026-01-05	in_village
<<< a.csv
secretary_id,date,status
S01,2026-01-05,leave
<<< both.csv
a	b,c
1	2,3
>>> stdout
secretary_id	date	status
S02	2026-01-05	in_village
secretary_id	date	status
S01	2026-01-05	leave
S02	2026-01-05	in_village
a\tb	c
1\t2	3
secretary_id\tdate\tstatus
S02\t2026-01-05\tin_village


secretary_id	date
S01	2026-01-05
x	y
name
a,b
