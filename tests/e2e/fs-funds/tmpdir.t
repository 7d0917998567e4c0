# A day with three or more outs that each go deeper needs a temporary file
# (in $TMPDIR); when it cannot be made, the run stops (exit 2).  A day with
# two such outs does not need one.
$ TMPDIR=/nonexistent fs-funds --as-of 2026-12-31 --findings two.tsv | cut -f 2,9; TMPDIR=/nonexistent fs-funds --as-of 2026-12-31 --findings three.tsv
<<< two.tsv
date	village_id	category	flow	amount
2026-01-02	V01	project	out	3.00
2026-01-02	V01	project	out	3.00
<<< three.tsv
date	village_id	category	flow	amount
2026-01-02	V01	project	out	3.00
2026-01-02	V01	project	out	3.00
2026-01-02	V01	project	out	3.00
>>> stdout
rule	source
funds.overspend	two.tsv:2
>>> stderr
fs-funds: /nonexistent: cannot make a temporary file: No such file or directory
>>> status 2
