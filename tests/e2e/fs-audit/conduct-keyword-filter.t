# A keyword rule is not tried on a text without the literals it needs,
# but no match is lost so: a \c in a class takes the character after it
# ([\c]xyz[]] is one class, then ]: 'x]' matches), so the class is not
# read on to a later ] (the filter asked for 'xyz' and for 'zzzzz', and
# missed both rows); U+017F (long s) and U+212A (Kelvin sign), which
# PCRE2 takes for s and k under (?i), are tried on every rule.
$ fs-audit conduct --rules r.tsv --as-of 2026-04-01 --findings c.tsv | cut -f 2,8
<<< r.tsv
rule	pattern	severity
x	[\\c]xyz[]]	violation
cash	cash[\\c\\]?|]zzzzz	violation
kelvin	(?i)kelvin	warning
<<< c.tsv
date	secretary_id	kind	amount	settled	note
2026-03-01	S1	meal		yes	got x] today
2026-03-02	S1	gift		yes	paid in cash
2026-03-03	S1	meal		yes	Kelvin
>>> stdout
rule	detail
audit.keyword.cash	column 'note' matches: 'cash'
audit.keyword.kelvin	column 'note' matches: 'Kelvin'
audit.keyword.x	column 'note' matches: 'x]'
