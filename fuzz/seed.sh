#!/bin/sh
# fuzz/seed.sh DIR - seed corpora for the fuzz targets, made from the
# inputs of the end-to-end tests (tests/e2e/*/*.t and their files/):
#
#   DIR/fuzz_tsv/        every input file as it is
#   DIR/fuzz_run/        every input file behind each format byte (0..13,
#                        with 0x40 for every other file)
#   DIR/fuzz_csv/        the fs-import cases' inputs behind option bytes
#   DIR/fuzz_value/      every field of every input file, one per seed
#   DIR/fuzz_roundtrip/  every input file as a table (fields split by 0xff)
#   DIR/fuzz_kwfilter/   the patterns of every rules file (data/rules.tsv,
#                        the cases'), a NUL, the conduct cases' inputs
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
out=$1
export LC_ALL=C
rm -rf "$out"
mkdir -p "$out/files" "$out/fuzz_tsv" "$out/fuzz_run" "$out/fuzz_csv" \
	"$out/fuzz_value" "$out/fuzz_roundtrip" "$out/fuzz_kwfilter"

# The inline inputs (<<< NAME ... up to the next <<< or >>>) of every case.
for t in "$top"/tests/e2e/*/*.t; do
	tool=$(basename "$(dirname "$t")")
	awk -v d="$out/files" -v p="$tool-$(basename "$t" .t)" '
	/^<<< / { f = d "/" p "-" substr($0, 5); gsub(/[^A-Za-z0-9._\/-]/, "_", f); printf "" > f; next }
	/^>>> / || /^\$ / { f = ""; next }
	f != "" { print > f }
	' "$t"
done
for d in "$top"/tests/e2e/*/files; do
	[ -d "$d" ] || continue
	for f in "$d"/*; do
		[ -f "$f" ] && cp "$f" "$out/files/$(basename "$(dirname "$d")")-$(basename "$f")"
	done
done

byte() {
	printf "\\$(printf %03o "$1")"
}

n=0
for f in "$out"/files/*; do
	n=$((n + 1))
	b=$(basename "$f")
	cp "$f" "$out/fuzz_tsv/$b"
	case "$b" in
	*.csv)
		for o in 0 1 2 4; do
			{ byte $o; cat "$f"; } > "$out/fuzz_csv/$b.$o"
		done
		continue ;;
	esac
	# Every other file with bit 0x40 set too (k + 70: the same format):
	# rows parsed from the index.
	k=0
	while [ $k -lt 14 ]; do
		{ byte $((k + n % 2 * 70)); cat "$f"; } > "$out/fuzz_run/$b.$k"
		k=$((k + 1))
	done
	cols=$(head -n 1 "$f" | awk -F '\t' '{ print NF }')
	[ "${cols:-0}" -ge 1 ] && [ "$cols" -le 8 ] &&
		{ byte $((cols - 1)); tr '\t\n' '\377\377' < "$f"; } \
			> "$out/fuzz_roundtrip/$b"
	tr '\t' '\n' < "$f" >> "$out/fields"
done
# Each rules file's patterns (8 at most a seed), then a NUL and every
# conduct case's input; and the installed rules before each such input.
k=0
pats() {
	awk -F '\t' 'NR > 1 && NR <= 9 { print $2 }' "$1"
}
for r in "$top/data/rules.tsv" "$top/bench/conduct-rules.tsv" \
    "$out"/files/fs-audit-*rules*; do
	[ -f "$r" ] || continue
	k=$((k + 1))
	{ pats "$r"; byte 0; cat "$out"/files/fs-audit-conduct-*; } \
		> "$out/fuzz_kwfilter/r$k"
done
for f in "$out"/files/fs-audit-conduct-*; do
	k=$((k + 1))
	{ pats "$top/data/rules.tsv"; byte 0; cat "$f"; } \
		> "$out/fuzz_kwfilter/t$k"
done
sort -u "$out/fields" | awk -v d="$out/fuzz_value" \
	'length($0) <= 64 { f = d "/v" NR; printf "%s", $0 > f; close(f) }'
rm -f "$out/fields"
rm -rf "$out/files"
