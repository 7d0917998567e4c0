# FS_POLICY names the file when --policy is not given; --policy wins.
$ FS_POLICY=a.tsv fs-policy | grep rectify; FS_POLICY=a.tsv fs-policy --policy b.tsv | grep rectify
<<< a.tsv
key	value
rectify.due_soon_days	7
<<< b.tsv
key	value
rectify.due_soon_days	21
>>> stdout
rectify.due_soon_days	7	a.tsv
rectify.due_soon_days	21	b.tsv
