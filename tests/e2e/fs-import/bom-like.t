# Only the three bytes EF BB BF at the start are a byte-order mark: a
# header whose first character merely begins with EF (ｱ, EF BD B1) is
# kept whole.
$ printf '\357\275\261,b\n1,2\n' > i.csv; fs-import i.csv; echo "exit $?"
>>> stdout
ｱ	b
1	2
exit 0
