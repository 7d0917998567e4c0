# --mask keeps the first character, counted in UTF-8 characters, not
# bytes: 张三丰 -> 张**; a one-character value is masked whole.  Several
# --mask options and comma lists add up; --mask on an id_number column
# masks it the --mask way.
$ fs-mask --mask head_name --mask village,id_number t.tsv
<<< t.tsv
head_name	village	id_number	note
张三丰	石门村	11010519491231002X	不变
欧阳春花	Shimen	110105194912310021	
李	石	1	
Ａbc	é	ab	
>>> stdout
head_name	village	id_number	note
张**	石**	1*****************	不变
欧***	S*****	1*****************	
*	*	*	
Ａ**	*	a*	
