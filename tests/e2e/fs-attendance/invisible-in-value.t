# A value with a character that shows as nothing (a zero-width space
# after the date, a byte order mark before the status, pasted from a web
# page) is said with that character as an escape: the clerk sees why
# '2026-01-05' is no date.
$ fs-attendance --as-of 2026-01-09 a.tsv; fs-attendance --as-of 2026-01-09 b.tsv; echo "exit $?"
<<< a.tsv
secretary_id	date	status
S1	2026-01-05​	in_village
<<< b.tsv
secretary_id	date	status
S1	2026-01-05	﻿in_village
>>> stdout
exit 2
>>> stderr
fs-attendance: a.tsv:2: column 'date': not a date (YYYY-MM-DD) (got '2026-01-05\u200b')
fs-attendance: b.tsv:2: column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (a space around it) (got '\ufeffin_village')
