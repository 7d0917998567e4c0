# A field of 20 MB (and a quoted one of 20 MB with newlines) goes through:
# no line or field is too long.
$ { echo 'id,note'; printf 'a,'; head -c 20000000 /dev/zero | tr '\0' x; printf '\nb,"'; head -c 20000000 /dev/zero | tr '\0' '\n'; echo '"'; } > big.csv; fs-import big.csv | wc -c
>>> stdout
60000014
