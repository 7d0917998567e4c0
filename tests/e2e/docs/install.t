# make install puts programs, man pages and data under PREFIX, and the
# installed programs find their data there.
$ make -s -C "$FS_TOP" install PREFIX="$PWD/inst" >/dev/null 2>&1; echo "make: $?"; ls inst/share/firstsec | grep calendar; ls inst/share/man/man5; inst/bin/fs-check --version; FS_DATADIR=/nonexistent inst/bin/fs-policy | head -1
>>> stdout
make: 0
calendar.tsv
firstsec.5
fs-findings.5
fs-check (firstsec) 0.1.0
key	value	origin
