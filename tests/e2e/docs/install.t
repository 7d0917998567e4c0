# make install puts programs, man pages, data and the daily job under
# PREFIX (one with a space in it too), and the installed programs find
# their data there: 248 working days in 2026 come from the installed
# official calendar (Monday to Friday would give 261).  The installed
# daily job runs the tools of its PREFIX with cron's PATH, which lacks
# them.  make uninstall takes every file away again.
$ make -s -C "$FS_TOP" install PREFIX="$PWD/in st" >/dev/null 2>&1; echo "make: $?"; ls "in st/share/firstsec"; ls "in st/share/man/man5"; "in st/bin/fs-check" --version; "in st/bin/fs-attendance" --as-of 2026-12-31 a.tsv | cut -f 1-3; PATH=/usr/bin:/bin sh "in st/share/firstsec/daily-report.sh" -d "$FS_TOP/examples/county" -o out -a 2026-11-27 > mail.txt; echo "daily-report: $?"; grep -c 'not installed' out/messages.txt; grep '^[0-9]* findings' mail.txt; make -s -C "$FS_TOP" uninstall PREFIX="$PWD/in st" >/dev/null 2>&1; echo "uninstall: $?"; find "in st" -type f | wc -l
<<< a.tsv
secretary_id	date	status
S1	2026-03-02	in_village
>>> stdout
make: 0
calendar.tsv
daily-report.sh
rules.tsv
firstsec.5
fs-findings.5
fs-check (firstsec) 0.1.0
secretary_id	year	working_days
S1	2026	248
daily-report: 1
0
69 findings: 50 violations, 19 warnings.
uninstall: 0
0
