# Formula protection stops at plain numbers only: '-12' is a number and
# stays, '-12.' is not (a dot with no digit after it) and gets its
# leading quote, as '=1' does.  A delimiter that is not ASCII (here the
# byte 0x80) is refused.
$ fs-export e.tsv | tr -d '\r'; fs-export -d "$(printf '\200')" e.tsv 2>&1 | head -n 1 | cut -c 1-60; echo "exit $?"
<<< e.tsv
x
-12.
-12
=1
>>> stdout
x
'-12.
-12
'=1
fs-export: --delimiter: not a single ASCII character other t
exit 0
