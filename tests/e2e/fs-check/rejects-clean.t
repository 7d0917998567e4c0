# --rejects on a clean file: a rejects file with its header only, exit 0.
$ fs-check --type roster --rejects bad.tsv r.tsv >/dev/null; echo "exit $?"; cat bad.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	李明	县农业农村局	V01	2025-03-01	2027-02-28
>>> stdout
exit 0
source	reason	secretary_id	name	sending_unit	village_id	term_start	term_end
