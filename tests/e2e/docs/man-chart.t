# The charts fs-rectify(1) shows in its EXAMPLES, rendered as a reader
# sees them (mandoc, its overstrikes taken out), are what the tool draws
# from examples/fs-rectify/ (a chart's label column once changed width,
# and the page kept the old one).
$ e="$FS_TOP/examples/fs-rectify"; for v in '' ' --villages villages.tsv'; do cmd="fs-rectify --as-of 2026-10-12 --chart$v rectify.tsv"; mandoc -T utf8 -O width=200 "$FS_TOP/man/man1/fs-rectify.1" | sed "s/.\x08//g" | awk -v cmd="\$ $cmd" 'on && /^ *$/ { exit } on { print substr($0, ind + 1) } !on && substr($0, match($0, /[^ ]/)) == cmd { on = 1; ind = RSTART - 1 }' > shown; fs-rectify --as-of 2026-10-12 --chart ${v:+--villages "$e/villages.tsv"} "$e/rectify.tsv" > real; if [ -s shown ]; then diff shown real && echo "same: $cmd"; else echo "not shown: $cmd"; fi; done
>>> stdout
same: fs-rectify --as-of 2026-10-12 --chart rectify.tsv
not shown: fs-rectify --as-of 2026-10-12 --chart --villages villages.tsv rectify.tsv
>>> requires mandoc
