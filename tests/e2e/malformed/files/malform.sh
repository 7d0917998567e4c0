#!/bin/sh
# malform.sh TYPE - writes malformed variants of TYPE.tsv (a header, one
# valid row, then rows with bad values) into the current directory, for
# the cases of tests/e2e/malformed/.  Any tool that reads TYPE can be run
# on them; each file is a kind of damage:
#
#   TYPE-empty       no bytes at all            (no header: exit 2)
#   TYPE-blank       only empty lines           (no header: exit 2)
#   TYPE-garbage     binary garbage             (a bad header: exit 2)
#   TYPE-missing     the first column left out  (missing column: exit 2)
#   TYPE-dup         the first column twice     (named twice: exit 2)
#   TYPE-fewer       a row one field short      (line 3)
#   TYPE-more        a row one field too many   (line 3)
#   TYPE-nul         a row with a NUL byte      (line 3)
#   TYPE-utf8        a row with a byte 0xff     (line 3)
#   TYPE-gb18030     a row in GB18030           (line 3)
#   TYPE-huge        a row whose first field is 20 MB   (line 3)
#   TYPE-tail        valid rows, then garbage   (lines 3 and on)
#   TYPE-values      TYPE.tsv itself: impossible dates, bad amounts ...
#   TYPE-header      a header alone             (valid and empty: exit 0)
set -eu
t=$1
hdr=$(sed -n 1p "$t.tsv")
row=$(sed -n 2p "$t.tsv")
tab=$(printf '\t')

: > "$t-empty"
printf '\n\r\n\n' > "$t-blank"
cat garbage.bin > "$t-garbage"
printf '%s\n%s\n' "${hdr#*$tab}" "${row#*$tab}" > "$t-missing"
printf '%s\t%s\n%s\t%s\n' "$hdr" "${hdr%%$tab*}" "$row" "${row%%$tab*}" \
	> "$t-dup"
printf '%s\n%s\n%s\n' "$hdr" "$row" "${row%$tab*}" > "$t-fewer"
printf '%s\n%s\n%s\tmore\n' "$hdr" "$row" "$row" > "$t-more"
printf '%s\n%s\nX\000%s\n' "$hdr" "$row" "$row" > "$t-nul"
printf '%s\n%s\n\377%s\n' "$hdr" "$row" "$row" > "$t-utf8"
printf '%s\n%s\n\325\305\310\375%s\n' "$hdr" "$row" "$row" > "$t-gb18030"
{
	printf '%s\n%s\n' "$hdr" "$row"
	head -c 20000000 /dev/zero | tr '\0' x
	printf '%s\n' "$row"
} > "$t-huge"
{ printf '%s\n%s\n' "$hdr" "$row"; cat garbage.bin; } > "$t-tail"
cp "$t.tsv" "$t-values"
printf '%s\n' "$hdr" > "$t-header"
