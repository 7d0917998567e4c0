# A term that runs over a year's end (2027-07-01..2029-06-30) is cut into
# a window per year: 2027's is 07-01..12-31, 184 days, ceil(1000000 fen x
# 184 / 365) = 5041.10 required (5041.09 is short); 2028's the whole leap
# year, 10000.00; 2029's 01-01..06-30, 181 days, 4958.91.  The window is
# complete on its last day, 2027-12-31 (short); on 12-30 it is under way
# and the rows of the 31st are after the as-of date (behind: 183 days,
# 5013.70 due).
$ for a in 2027-12-30 2027-12-31; do fs-funds --roster r.tsv --year 2027 --as-of $a f.tsv | cut -f 1-4,8; done; for y in 2028 2029; do fs-funds --roster r.tsv --year $y --as-of 2030-01-01 f.tsv | cut -f 1-4,8; done; fs-funds --roster r.tsv --year 2027 --as-of 2027-12-30 --findings f.tsv | grep support-behind | cut -f 5,8
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	甲	县财政局	V01	2027-07-01	2029-06-30
S2	乙	县财政局	V02	2027-07-01	2029-06-30
<<< f.tsv
date	village_id	category	flow	amount	secretary_id
2027-12-31	V01	support	in	5041.10	S1
2027-12-31	V02	support	in	5041.09	S2
2028-01-01	V01	support	in	10000.00	S1
2028-12-31	V02	support	in	9999.99	S2
2029-06-30	V01	support	in	4958.91	S1
2029-06-30	V02	support	in	4958.90	S2
>>> stdout
secretary_id	year	support_in	support_required	status
S1	2027	0.00	5041.10	behind
S2	2027	0.00	5041.10	behind
secretary_id	year	support_in	support_required	status
S1	2027	5041.10	5041.10	ok
S2	2027	5041.09	5041.10	short
secretary_id	year	support_in	support_required	status
S1	2028	10000.00	10000.00	ok
S2	2028	9999.99	10000.00	short
secretary_id	year	support_in	support_required	status
S1	2029	4958.91	4958.91	ok
S2	2029	4958.90	4958.91	short
S1	support received 0.00; 5013.70 due by 2027-12-30 (183 of 184 days), 5041.10 for the window
S2	support received 0.00; 5013.70 due by 2027-12-30 (183 of 184 days), 5041.10 for the window
