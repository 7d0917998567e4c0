# Every category paid for a secretary needs a secretary_id, accident
# insurance (the last of them) too.
$ fs-check -t funds f.tsv; echo "exit $?"
<<< f.tsv
date	village_id	category	flow	amount	secretary_id
2024-01-15	v1	accident_insurance	out	100.00	s1
2024-01-15	v1	accident_insurance	out	100.00	
>>> stdout
exit 2
>>> stderr
fs-check: f.tsv:3: column 'secretary_id': missing (the category is paid for a secretary) (got '')
