# An id column holding a word written for "none" is refused: by the
# letter of SPEC 1.2 an id, it means nobody (a helper_id of 无 would
# hide households.no-helper).  The Chinese words, the English ones in any
# case, and dashes, slashes, question marks or an ellipsis alone, as
# firstsec(5) lists them.  Ids that only begin as one, or hold one among
# other characters (N1, NO, nonE1, T1, 无锡, A-1, -A, 空军), are ids.
$ fs-check --type villages --rejects rej.tsv v.tsv; echo "exit $?"; cut -f 1,2 rej.tsv
<<< v.tsv
village_id	name
无	v
暂无	v
待定	v
没有	v
空	v
不详	v
未知	v
待补充	v
/	v
-	v
—	v
——	v
－	v
／	v
？	v
…	v
N/A	v
n/a	v
NA	v
na	v
none	v
None	v
NULL	v
null	v
nil	v
NaN	v
TBD	v
n.a.	v
--	v
?	v
*	v
N1	v
NO	v
nonE1	v
T1	v
无锡	v
A-1	v
-A	v
空军	v
NAN1	v
>>> stdout
file	type	rows	invalid
v.tsv	villages	40	31
exit 3
source	reason
v.tsv:2	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '无')
v.tsv:3	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '暂无')
v.tsv:4	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '待定')
v.tsv:5	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '没有')
v.tsv:6	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '空')
v.tsv:7	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '不详')
v.tsv:8	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '未知')
v.tsv:9	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '待补充')
v.tsv:10	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '/')
v.tsv:11	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '-')
v.tsv:12	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '—')
v.tsv:13	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '——')
v.tsv:14	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '－')
v.tsv:15	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '／')
v.tsv:16	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '？')
v.tsv:17	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '…')
v.tsv:18	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'N/A')
v.tsv:19	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'n/a')
v.tsv:20	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'NA')
v.tsv:21	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'na')
v.tsv:22	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'none')
v.tsv:23	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'None')
v.tsv:24	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'NULL')
v.tsv:25	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'null')
v.tsv:26	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'nil')
v.tsv:27	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'NaN')
v.tsv:28	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'TBD')
v.tsv:29	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got 'n.a.')
v.tsv:30	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '--')
v.tsv:31	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '?')
v.tsv:32	column 'village_id': not an id (a word for 'none'? leave the cell empty) (got '*')
>>> stderr
fs-check: 31 invalid rows written to rej.tsv
