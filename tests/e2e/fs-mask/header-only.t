# A header alone gives the header alone (the dropped columns left out).
$ fs-mask --drop b t.tsv
<<< t.tsv
a	b	c_id_number
>>> stdout
a	c_id_number
