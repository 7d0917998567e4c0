# Input order within a day runs across files, in the order they are named:
# an out in the first file before an in of the same day in the second is
# a deficit; the other way round it is not.  "-" is standard input.
$ fs-funds --as-of 2026-12-31 --findings out.tsv - | cut -f 2,7,9; fs-funds --as-of 2026-12-31 --findings - out.tsv < in.tsv; echo "exit $?"
<<< out.tsv
date	village_id	category	flow	amount
2026-05-01	V01	project	out	10.00
<<< in.tsv
date	village_id	category	flow	amount
2026-05-01	V01	project	in	10.00
<<< -
date	village_id	category	flow	amount
2026-05-01	V01	project	in	10.00
>>> stdout
rule	period	source
funds.overspend	2026-05-01	out.tsv:2
tool	rule	severity	entity	entity_id	village_id	period	detail	source
exit 0
