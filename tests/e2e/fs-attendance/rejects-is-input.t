# --rejects naming the calendar or the policy the run reads is refused,
# exit 2, and the file is left as it was.
$ cp cal0 cal.tsv; cp pol0 pol.tsv; fs-attendance --as-of 2026-02-01 --calendar cal.tsv --rejects cal.tsv a.tsv; echo "exit $?"; fs-attendance --as-of 2026-02-01 --policy pol.tsv --rejects pol.tsv a.tsv; echo "exit $?"; cmp cal.tsv cal0 && cmp pol.tsv pol0 && echo kept
<<< cal0
date	type	note
2026-01-01	holiday	元旦
<<< pol0
key	value
attendance.min_ratio	2/3
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	nowhere
>>> stdout
exit 2
exit 2
kept
>>> stderr
fs-attendance: cal.tsv: the rejects file is also read by this run; it is left as it was
fs-attendance: pol.tsv: the rejects file is also read by this run; it is left as it was
