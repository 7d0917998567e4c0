# A tool cron's PATH does not reach is skipped, and what was not checked
# opens the mail, under NOT CHECKED, before the report (before, it came
# after the whole report, under the tools' messages).
$ mkdir bin; for t in fs-report fs-export fs-roster fs-seal; do ln -s "$(command -v $t)" bin/$t; done; cp -R "$FS_TOP/examples/county" c; PATH="$PWD/bin:/usr/bin:/bin" sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > mail.txt; echo "exit $?"; sed -n '1,9p' mail.txt
>>> stdout
exit 1
NOT CHECKED
-----------

daily-report: fs-attendance is not installed: attendance not checked
daily-report: fs-households is not installed: the household register not checked
daily-report: fs-funds is not installed: the funds not checked
daily-report: fs-rectify is not installed: the rectification ledger not checked
daily-report: fs-audit is not installed: conduct, decisions and benefits not checked

