# A bad ID number is an invalid row (exit 2, nothing on stdout); so is a
# bad row of --cadres.  With --rejects both are kept and the rest judged.
$ fs-audit benefits --as-of 2026-06-01 b.tsv; echo "exit $?"; fs-audit benefits --cadres c.tsv --rejects rj.tsv --as-of 2026-06-01 b.tsv; echo "exit $?"; cut -f 1,2 rj.tsv
<<< b.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted
H1	V01	dibao	110101198001010011	2026-01-01	2026-01-07	2026-01-08
H2	V01	dibao	110101199002020020	2026-01-01	2026-01-07	2026-01-08
<<< c.tsv
cadre_id	village_id	relative_id_number
C01	V02	1101011987070710
>>> stdout
exit 2
household_id	village_id	program	id_number	notice_start	notice_end	granted	problems
H2	V01	dibao	110101199002020020	2026-01-01	2026-01-07	2026-01-08	
exit 3
source	reason
c.tsv:2	column 'relative_id_number': not a resident ID number (18 characters) (got '110101******0710')
b.tsv:2	column 'id_number': resident ID number with a wrong check digit (got '110101********0011')
>>> stderr
fs-audit: b.tsv:2: column 'id_number': resident ID number with a wrong check digit (got '110101********0011')
fs-audit: 2 invalid rows written to rj.tsv
