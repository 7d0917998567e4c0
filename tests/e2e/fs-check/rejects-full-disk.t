# A rejects file that cannot be written is an error (exit 2): nothing on
# stdout, and no line says the rows were written there.
$ fs-check --type attendance --rejects /dev/full a.tsv; echo "exit $?"
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S1	2026-01-06	nowhere
>>> stdout
exit 2
>>> stderr
fs-check: /dev/full: No space left on device
