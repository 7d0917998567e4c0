# An amount in a policy is at most 92233720368.54 yuan (fs-policy(1)):
# that is taken, a fen more is an error naming the file, line and column.
$ fs-policy --policy top.tsv | grep poverty_line; echo "exit $?"; fs-policy --policy over.tsv; echo "exit $?"
<<< top.tsv
key	value
households.poverty_line	92233720368.54
<<< over.tsv
key	value
households.poverty_line	92233720368.55
>>> stdout
households.poverty_line	92233720368.54	top.tsv
exit 0
exit 2
>>> stderr
fs-policy: over.tsv:2: column 'value': amount too large for a policy for households.poverty_line (got '92233720368.55')
