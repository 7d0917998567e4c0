# A program id with a backslash ('di\\bao', the text di\bao) is named in
# the duplicate's detail as its text, which the stream writes with its
# escape once: 'di\\bao', not 'di\\\\bao'.
$ fs-audit benefits --as-of 2026-12-31 --findings b.tsv | cut -f 2,8
<<< b.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted	amount	cadre_relative	filed
H1	V1	di\\bao	539001197304235264	2026-02-02	2026-02-10	2026-02-16	640.00	no	
H1	V1	di\\bao	539001197304235264	2026-03-02	2026-03-10	2026-03-16	640.00	no	
>>> stdout
rule	detail
audit.duplicate-benefit	program di\\bao granted to the same id_number more than once in 2026: also at b.tsv:3, granted 2026-03-16
audit.duplicate-benefit	program di\\bao granted to the same id_number more than once in 2026: also at b.tsv:2, granted 2026-02-16
