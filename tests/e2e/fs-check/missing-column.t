# A header without a required column names the file, the column and the tool.
$ fs-check --type funds funds.tsv
<<< funds.tsv
date	village_id	category	flow
2026-01-05	V01	support	in
>>> stderr
fs-check: funds.tsv: missing column 'amount'
>>> status 2
