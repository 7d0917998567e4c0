# Columns whose name ends in id_number keep their first 6 and last 4
# characters; ending in phone, the first 3 and last 4; one '*' for each
# character between.  A value no longer than what would be kept is masked
# whole; an empty value stays empty.  Other columns are copied as read.
$ fs-mask t.tsv
<<< t.tsv
household_id	id_number	head_id_number	phone	mobile_phone	phone_note
H1	11010519491231002X	110105194912310021	13800138000	138 0013 8000	家里电话 13800138000
H2	12345678901	1234567890	12345678	1234567	x
H3	x12		1		
>>> stdout
household_id	id_number	head_id_number	phone	mobile_phone	phone_note
H1	110105********002X	110105********0021	138****8000	138******8000	家里电话 13800138000
H2	123456*8901	**********	123*5678	*******	x
H3	***		*		
