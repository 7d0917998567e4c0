# A ledger whose seal column was renamed ('Seal', 'seal ' with a space)
# is not sealed over: a new seal column beside the old one would hide
# every edit made before.  Exit 2, nothing on stdout.
$ fs-seal f.tsv > s.tsv; sed '1s/seal$/seal /' s.tsv > space.tsv; sed '1s/seal$/Seal/' s.tsv > case.tsv; for f in space case; do fs-seal $f.tsv; echo "$f: exit $?"; done
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
>>> stdout
space: exit 2
case: exit 2
>>> stderr
fs-seal: space.tsv: column 'seal ' is 'seal' but for its case or spaces: the ledger is sealed? (mend the header, then see --verify and --append)
fs-seal: case.tsv: column 'Seal' is 'seal' but for its case or spaces: the ledger is sealed? (mend the header, then see --verify and --append)
