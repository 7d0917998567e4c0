# Every example's run.sh runs through without a missing file or program
# (its own tools may still say what is wrong with the example's records).
$ for f in "$FS_TOP"/examples/*/run.sh; do sh "$f" > /dev/null 2> err; grep -H 'No such file\|not found' err | sed "s,^err,${f#$FS_TOP/},"; done; echo done
>>> stdout
done
