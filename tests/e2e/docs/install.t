# make install puts programs, man pages and data under PREFIX, and the
# installed programs find their data there: 248 working days in 2026 come
# from the installed official calendar (Monday to Friday would give 261).
$ make -s -C "$FS_TOP" install PREFIX="$PWD/inst" >/dev/null 2>&1; echo "make: $?"; ls inst/share/firstsec | grep calendar; ls inst/share/man/man5; inst/bin/fs-check --version; inst/bin/fs-attendance --as-of 2026-12-31 a.tsv | cut -f 1-3
<<< a.tsv
secretary_id	date	status
S1	2026-03-02	in_village
>>> stdout
make: 0
calendar.tsv
firstsec.5
fs-findings.5
fs-check (firstsec) 0.1.0
secretary_id	year	working_days
S1	2026	248
