# Edges of --verify and --append: a ledger of the seal column alone
# verifies (each seal the hash of an empty row after the one before);
# the seal column may stand between others; a seal one character too
# long, or with only its last hex digit changed, breaks the chain; a
# later file whose header differs is refused (exit 2), the ledger left
# as it was; and a file that cannot be read wins over a broken chain
# (2 over 1).
$ printf 'seal\n38acb15d02d5ac0f2a2789602e9df950c380d2799b4bdb59394e4eeabdd3a662\n' > only.tsv; fs-seal --verify only.tsv; echo "exit $?"; fs-seal plain.tsv > sealed.tsv; awk -F '\t' 'BEGIN { OFS = "\t" } { print $1, $3, $2 }' sealed.tsv > mid.tsv; fs-seal --verify mid.tsv; echo "exit $?"; sed '2s/$/0/' sealed.tsv > long.tsv; fs-seal --verify long.tsv; echo "exit $?"; sed '2s/b$/c/' sealed.tsv > last.tsv; fs-seal --verify last.tsv; echo "exit $?"; cp sealed.tsv led.tsv; fs-seal --append led.tsv new3.tsv; echo "exit $?"; cmp led.tsv sealed.tsv && echo unchanged; fs-seal --verify missing.tsv long.tsv; echo "exit $?"
<<< plain.tsv
a	b
1	2
3	4
<<< new3.tsv
a	b	c
5	6	7
>>> stdout
exit 0
exit 0
exit 1
exit 1
exit 2
unchanged
exit 2
>>> stderr
fs-seal: long.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: last.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: new3.tsv: column 'c' is not led.tsv's (its rows must have the ledger's columns)
fs-seal: led.tsv: nothing appended
fs-seal: missing.tsv: No such file or directory
fs-seal: long.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: of the 2 named, 0 intact, 1 broken, 1 not verified
