# A pattern that repeats a group, (\w|\s)*红包, wants stack in
# proportion to the text: PCRE2's JIT stack of 32 KB ran out on a note
# of about 3000 bytes, and that valid row stopped the run (exit 2) as if
# the pattern were bad.  The JIT's stack grows to 64 MB: a note of
# 200,000 bytes is judged like a short one.
$ { printf 'date\tsecretary_id\tkind\tnote\n2026-01-05\tS01\tgift\t'; head -c 200000 /dev/zero | tr '\0' a; printf ' 红包\n2026-01-06\tS01\tgift\t'; head -c 3000 /dev/zero | tr '\0' b; printf '\n'; } > c.tsv; fs-audit conduct --as-of 2026-11-30 --rules rules.tsv --findings c.tsv > out; echo "exit $?"; cut -f 2,5,7,9 out
<<< rules.tsv
rule	pattern	severity
red	(\w|\s)*红包	warning
>>> stdout
exit 1
rule	entity_id	period	source
audit.gift	S01	2026-01-05	c.tsv:2
audit.gift	S01	2026-01-06	c.tsv:3
audit.keyword.red	S01	2026-01-05	c.tsv:2
