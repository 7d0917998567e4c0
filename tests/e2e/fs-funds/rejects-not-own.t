# A rejects file of another user's, writable by all: a run that is not
# root writes it in place, so its owner stays (a copy renamed over it
# would be the run's user's); in a sticky folder (/tmp) the rename is
# refused anyway.  Before, the rename's refusal came after the report:
# the report out, the rows "not kept", exit 2.  (As nobody, by setpriv.)
$ mkdir -m 1777 d; printf 'date\tvillage_id\tcategory\tflow\tamount\n2026-01-01\tV1\tproject\tin\t100\n2026-01-02\tV1\tproject\tin\tabc\n' > d/f.tsv; echo yesterday > d/rej.tsv; chown daemon:daemon d/rej.tsv; chmod 666 d/rej.tsv; cp "$(command -v fs-funds)" d/; cd d; setpriv --reuid=65534 --regid=65534 --clear-groups ./fs-funds --as-of 2026-02-01 --balances --rejects rej.tsv f.tsv; echo "exit $?"; cut -f 1 rej.tsv; stat -c %U rej.tsv; ls -A | grep -c '^\.'
>>> stdout
village_id	category	in	out	balance	oldest_unspent
V1	project	100.00	0.00	100.00	2026-01-01
exit 3
source
f.tsv:3
daemon
0
>>> stderr
fs-funds: 1 invalid row written to rej.tsv
>>> status 1
>>> requires root setpriv
