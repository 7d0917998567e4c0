# A row whose one column kept is empty is written as an empty line, which
# a reader skips: that is said on stderr (the first, and how many), not
# left silent.  A value that ends the line in a CR of its own (x CR, then
# the file's CR LF) is written with that CR escaped (x\r), so that the
# output reads back as it was read, not as x; masking it again changes
# nothing.  So is a masked value's, when its CR is among the characters
# the mask keeps.
$ fs-mask --drop id_number d.tsv | od -c | sed 's/  */ /g'; printf 'name\tnote\nA\tx\r\r\n' > u.tsv; fs-mask u.tsv > m1; fs-mask m1 > m2; cmp m1 m2 && cat m1; printf 'a\tphone\nx\t1391234567\r\r\n' > p.tsv; fs-mask p.tsv > m3; fs-mask m3 > m4; cmp m3 m4 && cat m4
<<< d.tsv
remark	id_number
	110105194912310021
ok	110105194912310021
	110105194912310022
>>> stdout
0000000 r e m a r k \n \n o k \n \n
0000014
name	note
A	x\r
a	phone
x	139****567\r
>>> stderr
fs-mask: d.tsv:2: the row is written as an empty line (its one column kept is empty), which a reader skips (2 such rows in all)
