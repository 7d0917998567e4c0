# --rejects naming the file fs-import reads, by name or as standard
# input, is refused (exit 2) and the file is left as it was.
$ cp in0 in.csv; fs-import --rejects in.csv in.csv; echo "exit $?"; fs-import --rejects in.csv < in.csv; echo "exit $?"; cmp in.csv in0 && echo kept
<<< in0
a,b
1,2
3
>>> stdout
exit 2
exit 2
kept
>>> stderr
fs-import: in.csv: the rejects file is also read by this run; it is left as it was
fs-import: in.csv: the rejects file is also read by this run; it is left as it was
