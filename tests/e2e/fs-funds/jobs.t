# --jobs: the rows are read and parsed on other threads but taken in the
# order of the file, so the FIFO, the first overspending and every line
# number are those of one thread; from a pipe, one thread reads.
$ for j in 1 4; do fs-funds --jobs $j --as-of 2026-12-31 --findings f.tsv; cat f.tsv | fs-funds --jobs $j --as-of 2026-12-31 --balances -; done
<<< f.tsv
date	village_id	category	flow	amount	secretary_id
2026-03-01	V01	project	in	100.00	
2026-03-01	V01	project	out	60.00	
2026-03-02	V01	project	out	50.00	
2026-03-02	V02	collective	in	10.00	
2026-03-03	V02	collective	out	4.00	
2026-03-03	V01	project	in	30.00	
2026-03-04	V02	collective	out	7.00	
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.overspend	violation	village	V01	V01	2026-03-02	project: out beyond the money held, a deficit of 10.00	f.tsv:4
fs-funds	funds.overspend	violation	village	V02	V02	2026-03-04	collective: out beyond the money held, a deficit of 1.00	f.tsv:8
village_id	category	in	out	balance	oldest_unspent
V01	project	130.00	110.00	20.00	2026-03-03
V02	collective	10.00	11.00	-1.00	
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.overspend	violation	village	V01	V01	2026-03-02	project: out beyond the money held, a deficit of 10.00	f.tsv:4
fs-funds	funds.overspend	violation	village	V02	V02	2026-03-04	collective: out beyond the money held, a deficit of 1.00	f.tsv:8
village_id	category	in	out	balance	oldest_unspent
V01	project	130.00	110.00	20.00	2026-03-03
V02	collective	10.00	11.00	-1.00	
>>> status 1
