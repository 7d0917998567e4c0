# Every example's run.sh runs through without a missing file or program
# (its own tools may still say what is wrong with the example's records),
# also when named by a relative path from elsewhere, with no firstsec
# tool on PATH: each finds the tools of its own tree (here a copy of
# examples/ beside a link to the programs tested).
$ for f in "$FS_TOP"/examples/*/run.sh; do sh "$f" > /dev/null 2> err; grep -H 'No such file\|not found' err | sed "s,^err,${f#$FS_TOP/},"; done; mkdir t; cp -R "$FS_TOP/examples" t/examples; ln -s "$(dirname "$(command -v fs-check)")" t/bin; cd t; for f in examples/*/run.sh; do PATH=/usr/bin:/bin sh "$f" > /dev/null 2> ../err; grep -H 'No such file\|not found' ../err | sed "s,^\.\./err,$f,"; done; echo done
>>> stdout
done
