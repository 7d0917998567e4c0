# A day's conflicting status in a named pipe: the earlier line cannot be
# looked for again (opened again, the pipe would wait for a writer), so
# the message says "an earlier row", and nothing hangs (nor the case,
# when a broken build never opens the pipe: the writer is killed).
$ mkfifo p; printf 'secretary_id\tdate\tstatus\nS1\t2024-12-31\tin_village\nS1\t2024-12-31\tleave\n' > p & timeout 20 fs-check --type attendance p; echo "exit $?"; kill $! 2>/dev/null; wait
>>> stdout
exit 2
>>> stderr
fs-check: p:3: conflicts with 'in_village' on an earlier row for the same secretary_id and date (got 'leave')
