#!/usr/bin/env bash
# bench/same.sh OLD_BIN NEW_BIN - do two builds give the same bytes?
#
# A speed change must not change behaviour.  This runs the tools of both
# builds on generated data, clean and damaged (bad dates and words, bad
# UTF-8, NUL bytes, wrong field counts, CRLF and empty lines, repeated and
# conflicting rows), with and without --rejects and --findings, and
# compares stdout, stderr, exit status and the rejects file.
#
#   git worktree add /tmp/old main && make -C /tmp/old
#   bench/same.sh /tmp/old/bin bin
#
# Ends with "N same, N different"; exit 1 when any differ.
set -uo pipefail
export LC_ALL=C

[[ $# -eq 2 ]] || { echo "usage: bench/same.sh OLD_BIN NEW_BIN" >&2; exit 2; }
old=$(cd "$1" && pwd) new=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
gen=$here/gen
if [[ ! -x $gen || $here/gen.c -nt $gen ]]; then
	cc -std=c11 -O2 -Wall -Wextra -Werror -o "$gen" "$here/gen.c" || exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2

"$gen" attendance 300000 1 >att.tsv
"$gen" households 100000 1 >hh.tsv
"$gen" funds 200000 1 >funds.tsv
"$gen" roster 1000 1 >roster.tsv

# damage FILE: every kind of bad row, at fixed places
damage() {
	awk 'BEGIN { srand(5) }
	NR == 1 { print; next }
	{
		x = rand()
		if (x < 0.002) { sub(/-0/, "-1"); print }		# odd dates
		else if (x < 0.004) print $0 "\t"			# field count
		else if (x < 0.005) print substr($0, 1, 5) "\000" substr($0, 6)
		else if (x < 0.006) print substr($0, 1, 8) "\377" substr($0, 9)
		else if (x < 0.008) print $0 "\r"
		else if (x < 0.009) print ""
		else if (x < 0.012) { print; n = split($0, f, "\t"); f[3] = f[3] == "absent" ? "leave" : "absent"
			s = f[1]; for (i = 2; i <= n; i++) s = s "\t" f[i]; print s }	# a conflict
		else if (x < 0.014) { print; print }			# a repeat
		else if (x < 0.015) { sub(/in_village|poor|benefit/, "xx"); print }
		else if (x < 0.016) { sub(/\tyes/, "\tmaybe"); print }
		else print
	}' "$1"
}
damage att.tsv >attbad.tsv
damage hh.tsv >hhbad.tsv
damage funds.tsv >fundsbad.tsv

same=0 diff=0
run() { # name command (with @ for the build's bin/)
	local name=$1 side bin x
	shift
	for side in old new; do
		[[ $side == old ]] && bin=$old || bin=$new
		rm -f rej.tsv
		sh -c "${*//@/$bin/}" >"$name.$side.out" 2>"$name.$side.err"
		echo $? >"$name.$side.rc"
		[[ -e rej.tsv ]] && mv rej.tsv "$name.$side.rej"
	done
	for x in out err rc rej; do
		[[ -e $name.old.$x || -e $name.new.$x ]] || continue
		if cmp -s "$name.old.$x" "$name.new.$x"; then
			same=$((same + 1))
		else
			diff=$((diff + 1))
			echo "different: $name ($x): $*"
		fi
	done
}
for t in attendance households funds roster; do
	case $t in
	attendance) f=att ;; households) f=hh ;; *) f=$t ;;
	esac
	run "check-$t" "@fs-check --type $t $f.tsv"
	[[ $t == roster ]] && continue
	run "check-$t-bad" "@fs-check --type $t ${f}bad.tsv"
	run "check-$t-rejects" "@fs-check --type $t --rejects rej.tsv ${f}bad.tsv"
	run "check-$t-stdin" "cat ${f}bad.tsv | @fs-check --type $t"
done
for opts in "" "--findings" "--rejects rej.tsv" "--findings --rejects rej.tsv"; do
	run "households $opts" "@fs-households --as-of 2026-12-31 $opts hh.tsv"
	run "households-bad $opts" "@fs-households --as-of 2026-12-31 $opts hhbad.tsv"
	run "attendance $opts" "@fs-attendance --calendar none --as-of 2026-12-31 --year 2026 --roster roster.tsv $opts att.tsv"
	run "attendance-bad $opts" "@fs-attendance --calendar none --as-of 2026-12-31 --year 2026 $opts attbad.tsv"
	run "funds $opts" "@fs-funds --as-of 2026-12-31 --year 2026 $opts funds.tsv"
	run "funds-bad $opts" "@fs-funds --as-of 2026-12-31 --year 2026 $opts fundsbad.tsv"
done
run mask "@fs-mask --mask head_name hhbad.tsv"
for opts in "" "--mask head_name" "--drop plan,head_id_number" "--mask plan --drop members"; do
	run "mask $opts" "@fs-mask $opts hh.tsv"
	run "mask-rejects $opts" "@fs-mask --rejects rej.tsv $opts hhbad.tsv"
done
for f in att funds; do
	run "mask-$f" "@fs-mask --rejects rej.tsv ${f}bad.tsv"
	run "mask-$f-stdin" "cat ${f}bad.tsv | @fs-mask --rejects rej.tsv"
done
for opts in "" "--raw" "-d tab" "-d ';' --bom" "--to-encoding GB18030" "--to-encoding GBK" "--to-encoding UTF-16"; do
	for f in att hh funds; do
		run "export-$f $opts" "@fs-export $opts ${f}.tsv"
		run "export-$f-rejects $opts" "@fs-export --rejects rej.tsv $opts ${f}bad.tsv"
	done
	run "export-stdin $opts" "cat hhbad.tsv | @fs-export --rejects rej.tsv $opts"
done

echo "$same same, $diff different"
[[ $diff -eq 0 ]]
