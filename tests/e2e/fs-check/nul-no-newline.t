# A NUL makes the header invalid whatever follows: a file without any
# newline (/dev/zero, also as a policy or calendar) is refused at once,
# not read into memory for ever.
$ timeout 60 fs-check -t attendance /dev/zero; echo "exit $?"; timeout 60 fs-attendance --policy /dev/zero a.tsv; echo "exit $?"; timeout 60 fs-attendance --calendar /dev/zero a.tsv; echo "exit $?"
<<< a.tsv
secretary_id	date	status
>>> stdout
exit 2
exit 2
exit 2
>>> stderr
fs-check: /dev/zero: NUL byte in the header
fs-attendance: /dev/zero: NUL byte in the header
fs-attendance: /dev/zero: NUL byte in the header
>>> requires timeout
