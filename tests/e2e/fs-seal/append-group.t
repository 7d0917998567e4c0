# A ledger of a group the appending user is not in (nobody, the ledger
# nobody's, of group daemon, mode 640): the new ledger, a copy renamed
# over it, cannot keep that group; it is left in the user's own group
# with no group permission, and the append says so.  Before, it took
# the user's group (users) with the old mode: the ledger open to that
# group without a word.  Nothing to append (NEW without rows): the
# ledger is not replaced, and nothing is said.  (As nobody, by setpriv;
# the test's folders made reachable to nobody, so that the copy is made
# at all.)
$ chmod o+x ../.. .. .; mkdir -m 777 d; printf 'date\titem\tamount\n2026-11-01\tseed\t10.00\n' | fs-seal > d/led.tsv; printf 'date\titem\tamount\n2026-11-03\tcement\t30.00\n' > d/new.tsv; chown nobody:daemon d/led.tsv; chmod 640 d/led.tsv; cp "$(command -v fs-seal)" d/; cd d; setpriv --reuid=65534 --regid=100 --clear-groups realpath . > /dev/null || echo "nobody cannot reach this folder"; setpriv --reuid=65534 --regid=100 --clear-groups ./fs-seal --append led.tsv new.tsv; echo "exit $?"; stat -c '%U:%G %a' led.tsv; wc -l < led.tsv; printf 'date\titem\tamount\n' > none.tsv; chown nobody:daemon led.tsv; chmod 640 led.tsv; setpriv --reuid=65534 --regid=100 --clear-groups ./fs-seal --append led.tsv none.tsv; echo "exit $?"; stat -c '%U:%G %a' led.tsv
>>> stdout
exit 0
nobody:users 600
3
exit 0
nobody:daemon 640
>>> stderr
fs-seal: led.tsv: its group could not be kept (this user is not in it): the ledger is now in this user's group, with no group permission
>>> requires root setpriv
