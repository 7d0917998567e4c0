# A tool that cannot write into OUTPUT (a full disk: here a wrapper
# fs-funds that says so) is said as a failure writing into OUTPUT, not
# "on the files in DATA".  A run stopped by a signal (here a wrapper
# fs-households that kills the script) leaves nothing of the run but
# messages.txt and sealed/, as a failure does, and exits 143; before, the
# findings made so far and a hidden copy could stay.
$ sh run.sh 2>&1 | sed "s#$PWD#DIR#g"
<<< run.sh
cp -R "$FS_TOP/examples/county" c
mkdir w1 w2
printf '#!/bin/sh\necho "fs-funds: <stdout>: No space left on device" >&2\nexit 2\n' > w1/fs-funds
printf '#!/bin/sh\nkill -TERM $PPID\nexit 0\n' > w2/fs-households
chmod +x w1/fs-funds w2/fs-households
PATH=$PWD/w1:$PATH sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > /dev/null 2> e; echo "exit $?"; tail -n 1 e
PATH=$PWD/w2:$PATH sh "$FS_TOP/examples/daily-report.sh" -d c -o out2 -a 2026-11-27 > /dev/null 2> e; echo "exit $?"; tail -n 1 e
ls -A out2 | tr '\n' ' '; echo
ls -A out2/sealed | grep -c '^\.'
>>> stdout
exit 2
daily-report: fs-funds failed (exit 2) writing into DIR/out; no report made
exit 143
daily-report: stopped by a signal; no report made
.lock messages.txt sealed 
0
