# Every tool has a man page, an example (examples/TOOL/run.sh), answers
# --help and --version, and every rule
# name its source reports (a quoted "area.rule-name" string) is listed in
# its man page.
$ cd "$FS_TOP"; for c in cmd/fs-*.c; do t=$(basename "$c" .c); [ -f "man/man1/$t.1" ] || echo "$t: no man page"; [ -f "examples/$t/run.sh" ] || echo "$t: no example"; "$t" --help | head -n 1 | grep -q "^usage: $t" || echo "$t: --help"; "$t" --version | grep -qx "$t (firstsec) [0-9.]*" || echo "$t: --version"; grep -o '"[a-z]*\.[a-z][a-z-]*"' "$c" | tr -d '"' | grep -v '\.\(tsv\|h\|c\)$' | grep -v '^[a-z]*\.[a-z]*_' | sort -u | while read -r rule; do grep -q -- "$rule" "man/man1/$t.1" || echo "$t: rule $rule not in its man page"; done; done; echo checked
>>> stdout
checked
