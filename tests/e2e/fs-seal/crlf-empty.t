# SPEC 1.1: a CR before LF, a byte-order mark and empty lines are no
# part of any line, so they do not change a seal: a CRLF copy with a BOM
# and empty lines verifies, and sealing it gives the same seals.  Line numbers stay physical.
$ fs-seal f.tsv > s.tsv; { printf '\357\273\277'; awk 'NR == 2 { printf "\r\n\n" } { printf "%s\r\n", $0 }' s.tsv; printf '\n\r\n'; } > crlf.tsv; fs-seal --verify --as-of 2026-04-01 crlf.tsv && echo intact; { printf '\357\273\277'; awk 'NR == 3 { print "" } { printf "%s\r\n", $0 }' f.tsv; } | fs-seal | cmp - s.tsv && echo same; sed '5s/second/secnod/' crlf.tsv > e.tsv; fs-seal --verify e.tsv
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-02	V01	200.00	second
>>> stdout
intact
same
>>> stderr
fs-seal: e.tsv:5: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
>>> status 1
