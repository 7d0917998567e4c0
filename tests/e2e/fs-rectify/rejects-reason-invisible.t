# A reason in the rejects file is one line for a person: a file's name
# in it with a right-to-left override (a<U+202E>b.tsv) shows it as an
# escape, as standard error does, and cannot turn the line around.
$ f=$(printf 'a\342\200\256b.tsv'); printf 'item_id\tvillage_id\tcategory\tproblem\topened\nR1\tV1\tc\tp\t2026-01-01\nR1\tV1\tc\tp\t2026-01-01\n' > "$f"; fs-rectify --as-of 2026-02-01 --rejects rej.tsv "$f" > /dev/null; cut -f 2 rej.tsv
>>> stdout
reason
the same item_id as a\u202eb.tsv:2 (got 'R1')
>>> stderr
fs-rectify: 1 invalid row written to rej.tsv
