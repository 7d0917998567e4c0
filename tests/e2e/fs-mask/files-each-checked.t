# A column named to --mask or --drop must be in every input, not only in
# the table that joins them: month 2, saved with a space after each name,
# would otherwise put 李四 and the remark on the notice board as they
# are.  Nothing is written then: the output is held until the last
# input is read.
$ fs-mask --mask name --drop remark m1.tsv m2.tsv; echo "exit $?"; fs-mask --mask name --drop remark m1.tsv - < m2.tsv; echo "exit $?"; fs-mask --drop remark m1.tsv m3.tsv; echo "exit $?"; fs-mask --mask name --drop remark m1.tsv m1.tsv.2; echo "exit $?"
<<< m1.tsv
name	remark
张三	ok
<<< m2.tsv
name 	remark 
李四	secret
<<< m3.tsv
name	note
王五	x
<<< m1.tsv.2
remark	name	phone
二	赵六	13900139000
>>> stdout
exit 2
exit 2
exit 2
name	phone
张*	
赵*	139****9000
exit 0
>>> stderr
fs-mask: m2.tsv: no column 'name' (--mask) (the header has 'name' with a space or a byte-order mark around it)
fs-mask: <stdin>: no column 'name' (--mask) (the header has 'name' with a space or a byte-order mark around it)
fs-mask: m3.tsv: no column 'remark' (--drop)
