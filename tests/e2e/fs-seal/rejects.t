# Sealing: an invalid row (field count, bad UTF-8) stops the run (exit 2,
# nothing on stdout); with --rejects it is kept there and not sealed.
$ fs-seal f.tsv; echo "exit $?"; fs-seal --rejects rj.tsv f.tsv | cut -f 1-4; cat rj.tsv
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-02	V01	200.00
2026-01-03	V01	300.00	third
>>> stdout
exit 2
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-03	V01	300.00	third
source	reason	date	village_id	amount	note
f.tsv:3	3 fields where the header has 4	2026-01-02	V01	200.00
>>> stderr
fs-seal: f.tsv:3: 3 fields where the header has 4
fs-seal: 1 invalid row written to rj.tsv
