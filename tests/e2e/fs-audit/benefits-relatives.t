# Cadres' relatives: declared (cadre_relative yes) or listed in --cadres
# by ID number alone, case-blind (x = X).  audit.relative-not-filed: a
# relative and filed not yes; audit.relative-undeclared: listed in
# --cadres but cadre_relative not yes.
$ fs-audit benefits --cadres cadres.tsv --as-of 2026-06-01 b.tsv; echo "exit $?"; fs-audit benefits --cadres cadres.tsv --findings --as-of 2026-06-01 b.tsv | cut -f 2,5,6,8
<<< b.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted	cadre_relative	filed
H1	V01	dibao	110101198001010010	2026-01-01	2026-01-07	2026-01-08	yes	yes
H2	V01	dibao	110101199002020020	2026-01-01	2026-01-07	2026-01-08	yes	no
H3	V01	dibao	440300197512310038	2026-01-01	2026-01-07	2026-01-08	yes	
H4	V02	coal	11010119870707100x	2026-01-01	2026-01-07	2026-01-08	no	yes
H5	V02	coal	11010119870707119X	2026-01-01	2026-01-07	2026-01-08		
H6	V02	coal	110101198505051238	2026-01-01	2026-01-07	2026-01-08	no	no
<<< cadres.tsv
cadre_id	village_id	relative_id_number
C01	V02	11010119870707100X
C02	V09	11010119870707119x
>>> stdout
household_id	village_id	program	id_number	notice_start	notice_end	granted	cadre_relative	filed	problems
H1	V01	dibao	110101198001010010	2026-01-01	2026-01-07	2026-01-08	yes	yes	
H2	V01	dibao	110101199002020020	2026-01-01	2026-01-07	2026-01-08	yes	no	audit.relative-not-filed
H3	V01	dibao	440300197512310038	2026-01-01	2026-01-07	2026-01-08	yes		audit.relative-not-filed
H4	V02	coal	11010119870707100x	2026-01-01	2026-01-07	2026-01-08	no	yes	audit.relative-undeclared
H5	V02	coal	11010119870707119X	2026-01-01	2026-01-07	2026-01-08			audit.relative-not-filed,audit.relative-undeclared
H6	V02	coal	110101198505051238	2026-01-01	2026-01-07	2026-01-08	no	no	
exit 1
rule	entity_id	village_id	detail
audit.relative-not-filed	H2	V01	declared relative of a village cadre, not filed (filed: no)
audit.relative-not-filed	H3	V01	declared relative of a village cadre, not filed (filed: missing)
audit.relative-undeclared	H4	V02	relative of cadre C01 (village V02) in cadres.tsv, not declared (cadre_relative: no)
audit.relative-not-filed	H5	V02	relative of cadre C02 (village V09) in cadres.tsv, not filed (filed: missing)
audit.relative-undeclared	H5	V02	relative of cadre C02 (village V09) in cadres.tsv, not declared (cadre_relative: missing)
