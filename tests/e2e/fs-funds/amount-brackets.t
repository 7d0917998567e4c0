# A ledger's negative in brackets, (640.00), is no funds amount, and the
# reason says what a funds row wants instead (a positive amount, the flow
# saying in or out), not the -640.00 it would refuse next; so whatever
# the columns' order.  Another file's amount column is told to write the
# number itself with a minus (-100.00), or, when what is in the brackets
# is no amount either (1,200.00; 1.234, three decimals), with a minus;
# a long one is said whole.
$ fs-funds --as-of 2026-12-31 a.tsv; fs-check --type funds b.tsv; fs-check --type households --rejects rej.tsv h.tsv; cut -f 2 rej.tsv
<<< a.tsv
date	village_id	category	flow	amount	secretary_id
2026-01-05	V01	project	out	(640.00)	
<<< b.tsv
amount	flow	category	village_id	date
(64)	out	project	V01	2026-01-05
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number	helper_id	plan	food_clothing	education	medical	housing	water
V01-H1	V01	赵强	5	(100.00)	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H2	V01	赵强	5	(1,200.00)	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H3	V01	赵强	5	(1.234)	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
V01-H4	V01	赵强	5	(12345678901234.00)	poor	539001197304235264	H0101	技能培训	yes	yes	yes	yes	yes
>>> stdout
file	type	rows	invalid
h.tsv	households	4	4
reason
column 'annual_income': not an amount (a negative in brackets? write -100.00) (got '(100.00)')
column 'annual_income': not an amount (a negative in brackets? write it with a minus) (got '(1,200.00)')
column 'annual_income': not an amount (a negative in brackets? write it with a minus) (got '(1.234)')
column 'annual_income': not an amount (a negative in brackets? write -12345678901234.00) (got '(12345678901234.00)')
>>> stderr
fs-funds: a.tsv:2: column 'amount': not an amount (a negative in brackets? the amount is positive, the flow says in or out) (got '(640.00)')
fs-check: b.tsv:2: column 'amount': not an amount (a negative in brackets? the amount is positive, the flow says in or out) (got '(64)')
fs-check: 4 invalid rows written to rej.tsv
