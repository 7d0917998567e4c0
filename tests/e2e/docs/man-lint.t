# Every man page is clean under mandoc's linter (skipped without mandoc).
$ for f in "$FS_TOP"/man/man*/*.[15]; do mandoc -Tlint -W warning "$f"; done; echo done
>>> stdout
done
>>> requires mandoc
