# A header that ends in a CR of its own (a CR CR LF line end: a file
# saved twice on Windows) is refused when sealing: the seal column would
# follow the CR, and --verify refuses a CR inside a header.  Before, the
# ledger was sealed and then failed its own --verify and --append.
# With the CR taken off, the same file seals and verifies; a row ending
# so keeps its CR (read-back.t).
$ printf 'a\tb\r\r\nx\ty\r\r\n' > c.tsv; fs-seal c.tsv; echo "exit $?"; sed '1s/\r*$//' c.tsv | fs-seal > s.tsv; fs-seal --verify s.tsv && echo "s.tsv intact"
>>> stdout
exit 2
s.tsv intact
>>> stderr
fs-seal: c.tsv: the header ends in a CR of its own (the file saved twice on Windows?): the seal column would follow it; remove it (sed '1s/\r*$//') and seal again
