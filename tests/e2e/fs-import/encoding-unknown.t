# An encoding iconv does not know is a usage error.
$ fs-import --from-encoding NO-SUCH-CODE a.csv
<<< a.csv
a
1
>>> stderr
fs-import: --from-encoding: cannot convert from 'NO-SUCH-CODE' (see iconv -l)
>>> status 2
