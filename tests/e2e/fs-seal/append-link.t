# --append through a symbolic link appends to the file it names, which
# stays where it is; the link stays a link.
$ mkdir d; fs-seal f.tsv > d/real.tsv; ln -s d/real.tsv link.tsv; fs-seal --append --as-of 2026-04-01 link.tsv new.tsv; echo "exit $?"; test -L link.tsv && echo "still a link"; ls -a d | grep -c '^\.real\.tsv\.'; fs-seal --verify d/real.tsv && cut -f 1-4 d/real.tsv
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
<<< new.tsv
date	village_id	amount	note
2026-01-02	V01	200.00	second
>>> stdout
exit 0
still a link
0
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-02	V01	200.00	second
