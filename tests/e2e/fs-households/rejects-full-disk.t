# The table goes out as it is made, so the rejects file is written
# first: when it cannot be (a full disk), the run fails (exit 2) with
# nothing on stdout.
$ fs-households --as-of 2026-01-01 --rejects /dev/full hh.tsv > out.tsv; echo "exit $?"; wc -c < out.tsv
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status
h1	v1	A	2	5000.00	poor
h2	v1	B	0	5000.00	poor
>>> stdout
exit 2
0
>>> stderr
fs-households: /dev/full: No space left on device
