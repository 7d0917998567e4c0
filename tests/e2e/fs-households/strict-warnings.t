# Warnings alone exit 0; --strict-warnings makes them fail (exit 1).
$ fs-households --as-of 2026-06-30 h.tsv > /dev/null; echo "exit $?"; fs-households --as-of 2026-06-30 --strict-warnings h.tsv > /dev/null; echo "exit $?"
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V01	张三	2	100	not_poor
>>> stdout
exit 0
exit 1
