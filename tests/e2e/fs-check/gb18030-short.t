# A row saved in GB18030 whose only Chinese is two characters (在村,
# d4 da b4 e5: a valid UTF-8 pair, da b4, between two bad bytes) is
# said to look saved in GB18030, as a longer one is; before, half its
# bytes reading as UTF-8 hid the hint.
$ printf 'secretary_id\tdate\tstatus\nS1\t2026-01-05\t\324\332\264\345\n' > a.tsv; fs-check --type attendance a.tsv
>>> stderr
fs-check: a.tsv:2: invalid UTF-8 in the line (a file saved in GB18030? iconv -f GB18030 -t UTF-8 converts it)
>>> status 2
