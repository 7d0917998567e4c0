# A keyword finding's detail quotes the text matched as a message quotes
# a value: a zero-width space and a right-to-left override in the note
# show as escapes, not raw in the finding and fs-report's page.
$ printf 'date\tsecretary_id\tkind\tnote\n2026-01-01\tS1\tmeal\t红\342\200\213包 and \342\200\256evil\n' > k.tsv; fs-audit conduct --as-of 2026-02-01 --rules rules.tsv --findings k.tsv | cut -f 8
<<< rules.tsv
rule	pattern	severity
rp	红.包.*	violation
>>> stdout
detail
column 'note' matches: '红\\u200b包 and \\u202eevil'
meal at a villager's or cadre's table not paid for (settled: missing)
