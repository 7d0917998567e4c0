# An invalid row stops the run: FILE:LINE, the column and the value on
# stderr, exit 2, nothing on stdout.
$ fs-rectify --as-of 2026-10-12 r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
A2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-31			
>>> stderr
fs-rectify: r.tsv:3: column 'deadline': no such day (got '2026-09-31')
>>> status 2
