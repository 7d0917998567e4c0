# Dates of the year 0000 in a day map (an id's first year is no year
# yet, not year 0): read, and a conflict reported, without a crash.
$ fs-check -t attendance y0.tsv; fs-attendance --calendar none --as-of 2026-05-01 y0.tsv
<<< y0.tsv
secretary_id	date	status	note
S01	0000-01-04	in_village	
S01	0000-01-04	leave	
S02	0000-01-05	in_village	
>>> stderr
fs-check: y0.tsv:3: conflicts with 'in_village' at y0.tsv:2 for the same secretary_id and date (got 'leave')
fs-attendance: y0.tsv:3: conflicts with 'in_village' at y0.tsv:2 for the same secretary_id and date (got 'leave')
>>> status 2
