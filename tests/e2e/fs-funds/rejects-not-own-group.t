# A rejects file of the run's own user but of a group the user is not
# in (nobody, file of group daemon, mode 640): written in place, so that
# its group stays.  Before, a copy renamed over it took the user's own
# group (users) with the old mode: the rows, ID numbers and all, open to
# that group, and the file's own group shut out.  (As nobody, by
# setpriv; the test's folders made reachable to nobody, so that the copy
# is tried at all.)
$ chmod o+x ../.. .. .; mkdir -m 777 d; printf 'date\tvillage_id\tcategory\tflow\tamount\n2026-01-01\tV1\tproject\tin\t100\n2026-01-02\tV1\tproject\tin\tabc\n' > d/f.tsv; echo yesterday > d/rej.tsv; chown nobody:daemon d/rej.tsv; chmod 640 d/rej.tsv; cp "$(command -v fs-funds)" d/; cd d; setpriv --reuid=65534 --regid=100 --clear-groups realpath . > /dev/null || echo "nobody cannot reach this folder"; setpriv --reuid=65534 --regid=100 --clear-groups ./fs-funds --as-of 2026-02-01 --balances --rejects rej.tsv f.tsv > /dev/null; echo "exit $?"; cut -f 1 rej.tsv; stat -c '%U:%G %a' rej.tsv; ls -A | grep -c '^\.'
>>> stdout
exit 3
source
f.tsv:3
nobody:daemon 640
0
>>> stderr
fs-funds: 1 invalid row written to rej.tsv
>>> status 1
>>> requires root setpriv
