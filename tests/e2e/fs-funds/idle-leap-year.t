# funds.idle counts the days money is held, not years: more than
# funds.idle_days (365) days.  Over a 29 February, money of 2027-03-01 is
# 366 days old on 2028-03-01 (idle) and money of 2027-03-02 365 (not);
# money of 2028-02-29 is 365 days old on 2029-02-28 (not idle) and 366 on
# 2029-03-01.
$ for d in 2028-03-01 2029-02-28 2029-03-01; do echo "as of $d"; fs-funds --as-of $d --findings f.tsv | grep funds.idle | cut -f 5,7,8; done
<<< f.tsv
date	village_id	category	flow	amount	secretary_id
2027-03-01	V01	project	in	100.00	
2027-03-02	V02	project	in	100.00	
2028-02-29	V03	support	in	100.00	S3
>>> stdout
as of 2028-03-01
V01	2027-03-01	project: 100.00 held unspent since 2027-03-01, 366 days (more than 365)
as of 2029-02-28
V01	2027-03-01	project: 100.00 held unspent since 2027-03-01, 730 days (more than 365)
V02	2027-03-02	project: 100.00 held unspent since 2027-03-02, 729 days (more than 365)
as of 2029-03-01
V01	2027-03-01	project: 100.00 held unspent since 2027-03-01, 731 days (more than 365)
V02	2027-03-02	project: 100.00 held unspent since 2027-03-02, 730 days (more than 365)
V03	2028-02-29	support: 100.00 held unspent since 2028-02-29, 366 days (more than 365)
