# A reason in the rejects file is one line: a CR in it (here from the
# name of the file the earlier row is in) is written as a space, while
# the source column, a text field, escapes it.
$ f=$(printf 'a\rb.tsv'); { cat r.tsv; tail -n 1 r.tsv; } > "$f"; fs-rectify --as-of 2026-10-12 --rejects bad.tsv "$f" > /dev/null; echo "exit $?"; cut -f 1,2 bad.tsv | od -An -c | tr -s ' '
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V1	weak	p	2026-01-05	m	r	2026-06-30	2026-06-01	e	v
>>> stdout
exit 3
 s o u r c e \t r e a s o n \n a \
 r b . t s v : 3 \t t h e s a m
 e i t e m _ i d a s a b
 . t s v : 2 ( g o t ' A 1 '
 ) \n
>>> stderr
fs-rectify: 1 invalid row written to bad.tsv
