# A header that names a column twice is exit 2 (SPEC 1.1), also for a
# tool that needs no column by name and copies every one: fs-mask would
# not know which 'phone' to mask, or keep.  Nothing on stdout.
$ fs-mask t.tsv
<<< t.tsv
name	phone	phone
甲	13800138000	13900139000
>>> stderr
fs-mask: t.tsv: column 'phone' named twice
>>> status 2
