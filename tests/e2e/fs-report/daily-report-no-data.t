# A data folder that is not there stops the run before any folder is
# made; the installed copy has no examples beside it, so without -d it
# says to give one.
$ mkdir -p share/firstsec; cp "$FS_TOP/examples/daily-report.sh" share/firstsec/; sh share/firstsec/daily-report.sh -o out -a 2026-11-27 2>&1 | sed "s|$PWD|DIR|"; sh "$FS_TOP/examples/daily-report.sh" -d nosuch -o out -a 2026-11-27; echo "exit $?"; [ -e out ] || echo "no folder out"
>>> stdout
daily-report: no -d DATA, and no examples beside this script (DIR/share/firstsec/county): give -d, the folder of the county's files; no report made
exit 2
no folder out
>>> stderr
daily-report: -d nosuch: no such folder; no report made
