# FS_DATADIR names the folder of the installed rules file.  Installed
# rules that cannot be read, or hold a bad row, are said with a second
# line saying they are the installed ones, and the way around them (as
# the installed calendar is); rules named by --rules are not.
$ mkdir d e && printf 'rule\tpattern\tseverity\nhello\thello\twarning\n' > d/rules.tsv && printf 'rule\tpattern\tseverity\nx\t(\twarning\n' > e/rules.tsv && FS_DATADIR=d fs-audit conduct --as-of 2026-04-01 c.tsv; FS_DATADIR=nowhere fs-audit conduct --as-of 2026-04-01 c.tsv; FS_DATADIR=e fs-audit conduct --as-of 2026-04-01 c.tsv; fs-audit conduct --rules e/rules.tsv --as-of 2026-04-01 c.tsv
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	gift	yes	hello 红包
>>> stdout
date	secretary_id	kind	settled	note	problems
2026-03-01	S1	gift	yes	hello 红包	audit.keyword.hello
>>> stderr
fs-audit: nowhere/rules.tsv: No such file or directory
fs-audit: (the installed rules: --rules FILE gives others, --rules none looks for no keywords)
fs-audit: e/rules.tsv:2: column 'pattern': missing closing parenthesis at offset 1 (got '(')
fs-audit: (the installed rules: --rules FILE gives others, --rules none looks for no keywords)
fs-audit: e/rules.tsv:2: column 'pattern': missing closing parenthesis at offset 1 (got '(')
>>> status 2
