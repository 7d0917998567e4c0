# An unknown option, or --mask without its value: usage on stderr, exit 2.
$ fs-mask --unmask x t.tsv 2>&1 | head -n 2; fs-mask t.tsv --mask 2>&1 | head -n 1
<<< t.tsv
a
>>> stdout
fs-mask: unknown option '--unmask'
usage: fs-mask [--mask COL,...] [--drop COL,...] [options] [FILE...]
fs-mask: option '--mask' needs a value
