# The policy sets the yearly minimum (funds.min_annual_support) and the
# age of idle money (funds.idle_days: V01's money of 31 days is idle, V02's
# of 30 days is not); FS_POLICY names the file too.
$ fs-funds --as-of 2026-12-31 --policy county.tsv --findings funds.tsv | cut -f 2,5,7,8; FS_POLICY=county.tsv fs-funds --as-of 2026-12-31 funds.tsv
<<< county.tsv
key	value
funds.min_annual_support	20000.00
funds.idle_days	30
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
2026-11-30	V01	support	in	19999.99	S1
2026-12-01	V02	project	in	5.00	
2026-12-01	V01	living_subsidy	in	1.00	S1
2026-12-01	V01	transport_subsidy	in	1.00	S1
2026-12-01	V01	communication_subsidy	in	1.00	S1
2026-12-02	V01	support	out	19000.00	S1
>>> stdout
rule	entity_id	period	detail
funds.support-short	S1	2026	support received 19999.99 of 20000.00 required for 365 days in 2026
funds.idle	V01	2026-11-30	support: 999.99 held unspent since 2026-11-30, 31 days (more than 30)
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2026	19999.99	20000.00	1.00	1.00	1.00	short
>>> status 1
