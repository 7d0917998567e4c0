# What fs-seal writes reads back as the bytes it sealed.  A header whose
# first name starts with a byte-order mark of its own (a file saved with
# two, or one after an empty line) gets one more in front, since a reader
# drops the first; a row whose last field ends in a CR of its own (a
# CR CR LF line end, the seal column not last) gets one more before its
# LF, since a reader drops the CR before the LF.  Before, both sealed or
# appended without a word and the ledger then failed --verify.
$ fs-seal two.tsv > s.tsv; echo "seal: exit $?"; fs-seal --verify s.tsv && echo "s.tsv intact"; head -c 6 s.tsv | od -An -tx1; fs-seal --append after.tsv new.tsv; echo "append: exit $?"; fs-seal --verify after.tsv && echo "after.tsv intact"; fs-seal --verify m.tsv && echo "m.tsv intact"; fs-seal --append m.tsv cr.tsv; echo "append: exit $?"; fs-seal --verify m.tsv && echo "m.tsv intact"; fs-seal --append m.tsv cr.tsv; fs-seal --verify m.tsv && echo "m.tsv intact"; od -An -c m.tsv | grep -c '\\r  \\r  \\n'
<<< two.tsv
﻿﻿a	b
1	2
<<< after.tsv

﻿a	b	seal
<<< new.tsv

﻿a	b
3	4
<<< m.tsv
a	seal	b
<<< cr.tsv
a	b
3	4
>>> stdout
seal: exit 0
s.tsv intact
 ef bb bf ef bb bf
append: exit 0
after.tsv intact
m.tsv intact
append: exit 0
m.tsv intact
m.tsv intact
2
