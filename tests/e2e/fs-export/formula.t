# Formula injection: a field starting with = + - @ tab or CR gets a
# leading ' unless it is a plain number (-12.50, +86, -3, 0.6667 stay);
# --raw writes every field as it is.
$ { fs-export a.tsv; fs-export --raw a.tsv; } | cat -v
<<< a.tsv
name	amount	note
=HYPERLINK("http://x","y")	-12.50	+86
+1+2	-3	@SUM(A1)
-	0.6667	\tlead
-1-1	-.5	\rcr
>>> stdout
name,amount,note^M
"'=HYPERLINK(""http://x"",""y"")",-12.50,+86^M
'+1+2,-3,'@SUM(A1)^M
'-,0.6667,'	lead^M
'-1-1,'-.5,"'^Mcr"^M
name,amount,note^M
"=HYPERLINK(""http://x"",""y"")",-12.50,+86^M
+1+2,-3,@SUM(A1)^M
-,0.6667,	lead^M
-1-1,-.5,"^Mcr"^M
