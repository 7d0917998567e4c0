# A row with nothing to decode, quote or defuse is written from its line,
# its tabs made the delimiter, 16 bytes at a time and the last 16 again:
# a formula's first byte just after a tab (at the 16th byte, the 17th,
# and in the last bytes read twice) is still found, and so is a quote,
# a backslash or the delimiter anywhere in the line.
$ fs-export l.tsv | cat -v; fs-export -d ';' --raw l.tsv | cat -v; fs-export -d tab l.tsv | cat -v
<<< l.tsv
a	b	c
0123456789abcde	=1	x
0123456789abcd	@x	y
0123456789abcdef	+1+	z
abcdefghijklmnopqrstu	vw	-x
abcdefghijklmnopqrstu	vw	-1.5
abcdefghijklmnopqrstuvwxyz	ok	yes;no
abcdefghijklmnopqrstuvwxyz	ok	two,three
abcdefghijklmnopqrstuvwxyz	ok	say "hi"
abcdefghijklmnopqrstuvwxyz	ok	a\\b
x	y	=
=		
short	-	
>>> stdout
a,b,c^M
0123456789abcde,'=1,x^M
0123456789abcd,'@x,y^M
0123456789abcdef,'+1+,z^M
abcdefghijklmnopqrstu,vw,'-x^M
abcdefghijklmnopqrstu,vw,-1.5^M
abcdefghijklmnopqrstuvwxyz,ok,yes;no^M
abcdefghijklmnopqrstuvwxyz,ok,"two,three"^M
abcdefghijklmnopqrstuvwxyz,ok,"say ""hi"""^M
abcdefghijklmnopqrstuvwxyz,ok,a\b^M
x,y,'=^M
'=,,^M
short,'-,^M
a;b;c^M
0123456789abcde;=1;x^M
0123456789abcd;@x;y^M
0123456789abcdef;+1+;z^M
abcdefghijklmnopqrstu;vw;-x^M
abcdefghijklmnopqrstu;vw;-1.5^M
abcdefghijklmnopqrstuvwxyz;ok;"yes;no"^M
abcdefghijklmnopqrstuvwxyz;ok;two,three^M
abcdefghijklmnopqrstuvwxyz;ok;"say ""hi"""^M
abcdefghijklmnopqrstuvwxyz;ok;a\b^M
x;y;=^M
=;;^M
short;-;^M
a	b	c^M
0123456789abcde	'=1	x^M
0123456789abcd	'@x	y^M
0123456789abcdef	'+1+	z^M
abcdefghijklmnopqrstu	vw	'-x^M
abcdefghijklmnopqrstu	vw	-1.5^M
abcdefghijklmnopqrstuvwxyz	ok	yes;no^M
abcdefghijklmnopqrstuvwxyz	ok	two,three^M
abcdefghijklmnopqrstuvwxyz	ok	"say ""hi"""^M
abcdefghijklmnopqrstuvwxyz	ok	a\b^M
x	y	'=^M
'=		^M
short	'-	^M
