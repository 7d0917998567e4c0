# An unreadable ledger or villages file: exit 2.
$ fs-rectify --as-of 2026-10-12 nosuch.tsv; echo "exit $?"; fs-rectify --as-of 2026-10-12 --chart --villages nosuch.tsv r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
>>> stdout
exit 2
>>> stderr
fs-rectify: nosuch.tsv: No such file or directory
fs-rectify: nosuch.tsv: No such file or directory
>>> status 2
