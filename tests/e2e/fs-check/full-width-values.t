# Full-width forms an input method types: a yes/no of full-width digits
# or letters is said to be full-width characters, not letters alone; a
# date of half-width digits and full-width dashes or slashes is said to
# be full-width, with the date it stands for.
$ fs-check --type households h.tsv; fs-check --type attendance a.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	food_clothing	education
H1	V1	Zhang	3	9000.00	poor	１	yes
H2	V1	Zhang	3	9000.00	poor	yes	ｙｅｓ
<<< a.tsv
secretary_id	date	status
S1	2026－01－05	in_village
S1	2026／1／6	in_village
S1	2026．01．07	in_village
S1	2026－02－30	in_village
S1	２０２６-01-09	in_village
>>> stderr
fs-check: h.tsv:2: column 'food_clothing': not yes or no (full-width letters or digits: type them half-width) (got '１')
fs-check: h.tsv:3: column 'education': not yes or no (full-width letters or digits: type them half-width) (got 'ｙｅｓ')
fs-check: a.tsv:2: column 'date': not a date (full-width characters: write it 2026-01-05) (got '2026－01－05')
fs-check: a.tsv:3: column 'date': not a date (full-width characters: write it 2026-01-06) (got '2026／1／6')
fs-check: a.tsv:4: column 'date': not a date (full-width characters: write it 2026-01-07) (got '2026．01．07')
fs-check: a.tsv:5: column 'date': not a date (full-width characters: type them half-width) (got '2026－02－30')
fs-check: a.tsv:6: column 'date': not a date (full-width digits: type them half-width) (got '２０２６-01-09')
>>> status 2
