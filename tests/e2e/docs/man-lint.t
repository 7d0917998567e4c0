# Every man page is clean under mandoc's linter (skipped without mandoc).
$ if command -v mandoc >/dev/null; then for f in "$FS_TOP"/man/man*/*.[15]; do mandoc -Tlint -W warning "$f"; done; fi; echo done
>>> stdout
done
