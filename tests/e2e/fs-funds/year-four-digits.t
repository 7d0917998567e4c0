# A year is written with four digits in the table (--year 0001), as it is
# in the findings' period.
$ fs-funds --year 0001 --as-of 0001-06-01 f.tsv | cut -f1-3; fs-funds --findings --year 0001 --as-of 0001-06-01 f.tsv | cut -f2,7
<<< f.tsv
date	village_id	category	flow	amount	secretary_id
0001-01-01	V1	support	in	5	S1
>>> stdout
secretary_id	year	support_in
S1	0001	5.00
rule	period
funds.subsidy-missing	0001
funds.subsidy-missing	0001
funds.subsidy-missing	0001
funds.support-behind	0001
