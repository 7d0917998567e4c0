# A header that names a column twice is exit 2 (SPEC 1.1), also for a
# tool that needs no column by name: fs-export writes nothing rather than
# a spreadsheet whose two columns of one name say which amount is which
# by their order only.
$ fs-export t.tsv
<<< t.tsv
village_id	amount	amount
V01	-12.50	=1+2
>>> stderr
fs-export: t.tsv: column 'amount' named twice
>>> status 2
