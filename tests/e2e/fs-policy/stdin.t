# The policy read from standard input (--policy -) names it as messages
# do: its values' origin is <stdin>, not '-'.
$ fs-policy --policy - < p.tsv | grep -v default
<<< p.tsv
key	value
audit.quorum	3/4
>>> stdout
key	value	origin
audit.quorum	3/4	<stdin>
