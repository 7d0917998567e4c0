# --append --findings to a reader that has gone (here `true`, done before
# the findings are written): the write fails, nothing is appended (exit
# 2) and no copy is left beside the ledger.  Before, SIGPIPE stopped the
# tool (exit 141) and left its copy behind.  A copy past `ulimit -f`
# is a write that fails too (SIGXFSZ is ignored): nothing appended, exit
# 2, no copy left.
$ fs-seal f.tsv > l.tsv; cp l.tsv before.tsv; { sleep 1; fs-seal --append --findings --as-of 2026-04-01 l.tsv n.tsv; echo "exit $?" >&2; } | true; cmp l.tsv before.tsv && ls -A | grep -c '^\.l\.tsv\.'; awk 'NR > 1 { for (i = 0; i < 100; i++) print }' n.tsv | cat n.tsv - > big.tsv; sh -c 'ulimit -f 4; fs-seal --append l.tsv big.tsv; echo "exit $?"' 2>/dev/null; cmp l.tsv before.tsv && ls -A | grep -c '^\.l\.tsv\.' || :
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
<<< n.tsv
date	village_id	amount	note
2026-01-03	V01	300.00	third
>>> stdout
0
exit 2
0
>>> stderr
fs-seal: <stdout>: Broken pipe
fs-seal: l.tsv: nothing appended
exit 2
