# Naming a column the input does not have is an error (exit 2), for --mask
# and for --drop; an empty name is a usage error.
$ fs-mask --mask nmae t.tsv; echo "exit $?"; fs-mask --drop phone,notes t.tsv; echo "exit $?"; fs-mask --drop 'name,' t.tsv 2>&1 | head -n 1
<<< t.tsv
name	note	phone
张三	秘密	13800138000
>>> stdout
exit 2
exit 2
fs-mask: --drop: an empty column name
>>> stderr
fs-mask: t.tsv: no column 'nmae' (--mask)
fs-mask: t.tsv: no column 'notes' (--drop)
