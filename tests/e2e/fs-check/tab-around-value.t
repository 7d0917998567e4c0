# A Chinese system's export puts a tab (escaped, \t) before a long number
# to keep it text: an ID number, an amount, a count or a date with a tab
# before or after it is refused, and the reason says so, as it does for a
# space.  An escaped backslash and a t (\\t) is no tab.
$ fs-check --type households h.tsv; fs-check --type attendance a.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number	food_clothing
H1	V1	Zhang	3	9000.00	poor	\t110101199001011237	yes
H2	V1	Zhang	3	\t9000.00	poor	110101199001011237	yes
H3	V1	Zhang	3\t	9000.00	poor	110101199001011237	yes
H4	V1	Zhang	3	9000.00	poor	110101199001011237	\tyes
H5	V1	Zhang	3	9000.00	poor	\t11010119900101123	yes
<<< a.tsv
secretary_id	date	status
S1	\t2026-01-05	in_village
S1	2026-01-06\t	in_village
S1	2026-01-07\\t	in_village
S1	2026-01-08\\\t	in_village
>>> stderr
fs-check: h.tsv:2: column 'head_id_number': not a resident ID number (a tab around it) (got '\t11010*********1237')
fs-check: h.tsv:3: column 'annual_income': not an amount (yuan, like 1234.50; a tab around it) (got '\t9000.00')
fs-check: h.tsv:4: column 'members': not a count (digits; a tab around it) (got '3\t')
fs-check: h.tsv:5: column 'food_clothing': not yes or no (a tab around it) (got '\tyes')
fs-check: h.tsv:6: column 'head_id_number': not a resident ID number (a tab around it) (got '\t11010********1123')
fs-check: a.tsv:2: column 'date': not a date (YYYY-MM-DD; a tab around it) (got '\t2026-01-05')
fs-check: a.tsv:3: column 'date': not a date (YYYY-MM-DD; a tab around it) (got '2026-01-06\t')
fs-check: a.tsv:4: column 'date': not a date (YYYY-MM-DD) (got '2026-01-07\\t')
fs-check: a.tsv:5: column 'date': not a date (YYYY-MM-DD; a tab around it) (got '2026-01-08\\\t')
>>> status 2
