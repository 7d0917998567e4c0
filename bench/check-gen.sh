#!/usr/bin/env bash
# check-gen.sh - check that bench/gen writes what it promises.
#
#   bench/check-gen.sh          generate small samples in a temp dir and check them
#   bench/check-gen.sh DIR      check the largest DIR/attendance-*.tsv, funds-*.tsv,
#                               households-*.tsv, roster-*.tsv (e.g. bench/data)
#
# Checks, with an awk independent of gen.c: every row has the header's field
# count; dates are real calendar dates; enums, ids and amounts have their
# form; (secretary_id, date) pairs, household ids and head ID numbers are
# unique; every head_id_number has a valid birth date and ISO 7064 MOD 11-2
# check digit; the roster lists exactly the attendance secretaries; the same
# seed gives the same bytes.  Ends with "N passed, N failed".
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
AWK=${AWK:-awk}
gen=$here/gen
if [[ ! -x $gen || $here/gen.c -nt $gen ]]; then
	cc -std=c11 -O2 -Wall -Wextra -Werror -o "$gen" "$here/gen.c"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [[ $# -ge 1 ]]; then
	dir=$1
	pick() { ls -S "$dir"/"$1"-*.tsv 2>/dev/null | head -n 1; }  # the largest
	att=$(pick attendance) fun=$(pick funds) hh=$(pick households) ros=$(pick roster)
	for f in att fun hh ros; do
		[[ -n ${!f} ]] || { echo "check-gen: no $f file in $dir" >&2; exit 2; }
	done
else
	# 400500 rows / 1000 secretaries: 401 days back from 2026-12-31, the
	# first of them partial - exercises the multi-year path
	"$gen" attendance 400500 7 >"$tmp/attendance.tsv"
	"$gen" funds 200000 7 >"$tmp/funds.tsv"
	"$gen" households 200000 7 >"$tmp/households.tsv"
	"$gen" roster 1000 7 >"$tmp/roster.tsv"
	att=$tmp/attendance.tsv fun=$tmp/funds.tsv hh=$tmp/households.tsv ros=$tmp/roster.tsv
fi

pass=0 fail=0
ok() { echo "ok   $*"; pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }

# One awk program for every kind; prints problems (at most 5 of each) and a
# final "rows N bad M".
cat >"$tmp/check.awk" <<'EOF'
BEGIN { FS = "\t"; bad = 0
	split("31 28 31 30 31 30 31 31 30 31 30 31", mdays, " ")
	split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", wt, " ")
	split("1 0 X 9 8 7 6 5 4 3 2", chk, " ")
	split("in_village village_business training leave sending_unit absent", a, " ")
	for (i in a) att_status[a[i]] = 1
	split("support living_subsidy transport_subsidy communication_subsidy medical_exam accident_insurance project collective benefit", a, " ")
	for (i in a) category[a[i]] = 1
	split("support living_subsidy transport_subsidy communication_subsidy medical_exam accident_insurance", a, " ")
	for (i in a) needs_sec[a[i]] = 1
	split("poor lifted monitored not_poor", a, " ")
	for (i in a) hh_status[a[i]] = 1
	hdr["attendance"] = "secretary_id\tdate\tstatus\tnote"
	hdr["funds"] = "date\tvillage_id\tcategory\tflow\tamount\tsecretary_id\tsource\thousehold_id\tnotice_ref\tref\tnote"
	hdr["households"] = "household_id\tvillage_id\thead_name\tmembers\tannual_income\tstatus\thead_id_number\thelper_id\tplan\tfood_clothing\teducation\tmedical\thousing\twater"
	hdr["roster"] = "secretary_id\tname\tsending_unit\tvillage_id\tterm_start\tterm_end\tmentor_id\tlast_medical_exam\tinsurance_until"
}
function problem(what) {
	bad++
	if (++seen[what] <= 5) printf "  line %d: %s: %s\n", NR, what, $0
}
function leap(y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
# s is YYYYMMDD (sep "") or YYYY-MM-DD (sep "-")
function real_date(s, sep,    y, m, d, n) {
	if (sep == "-") {
		if (s !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/) return 0
		y = substr(s, 1, 4) + 0; m = substr(s, 6, 2) + 0; d = substr(s, 9, 2) + 0
	} else {
		if (s !~ /^[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]$/) return 0
		y = substr(s, 1, 4) + 0; m = substr(s, 5, 2) + 0; d = substr(s, 7, 2) + 0
	}
	if (m < 1 || m > 12 || d < 1) return 0
	n = mdays[m] + (m == 2 && leap(y))
	return d <= n
}
function id_number_ok(s,    i, sum, b) {
	if (s !~ /^[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9X]$/)
		return 0
	for (i = 1; i <= 17; i++) sum += substr(s, i, 1) * wt[i]
	if (substr(s, 18, 1) != chk[sum % 11 + 1]) return 0
	b = substr(s, 7, 8)
	return real_date(b, "") && b >= "19400101" && b <= "20051231"
}
function amount_ok(s) { return s ~ /^-?[0-9]+\.[0-9][0-9]$/ }
NR == 1 {
	if ($0 != hdr[kind]) problem("header")
	nf = NF
	next
}
{ rows++ }
NF != nf { problem("field count " NF " != " nf); next }
kind == "attendance" {
	if ($1 !~ /^S[0-9][0-9][0-9][0-9][0-9][0-9]$/) problem("secretary_id")
	if (!real_date($2, "-")) problem("date")
	if (!($3 in att_status)) problem("status")
	if (($1 SUBSEP $2) in pair) problem("duplicate pair")
	pair[$1, $2] = 1
	if ($2 < lastseen) problem("dates out of order")
	lastseen = $2
	ids[$1] = 1
}
kind == "funds" {
	if (!real_date($1, "-") || substr($1, 1, 4) != "2026") problem("date")
	if ($2 !~ /^V[0-9][0-9][0-9][0-9]+$/) problem("village_id")
	if (!($3 in category)) problem("category")
	if ($4 != "in" && $4 != "out") problem("flow")
	if (!amount_ok($5) || $5 + 0 <= 0) problem("amount")
	if (($3 in needs_sec) && $6 !~ /^S[0-9][0-9][0-9][0-9][0-9][0-9]$/) problem("secretary_id required")
	if ($3 == "benefit" && $4 != "out") problem("benefit not out")
	if ($3 == "benefit" && $8 != "" && $8 !~ /^HH[0-9][0-9][0-9][0-9][0-9][0-9][0-9]$/) problem("household_id")
	if ($10 in ref) problem("duplicate ref")
	ref[$10] = 1
}
kind == "households" {
	if ($1 in hh) problem("duplicate household_id")
	hh[$1] = 1
	if ($4 !~ /^[1-8]$/) problem("members")
	if (!amount_ok($5) || $5 + 0 < -2000 || $5 + 0 > 60000) problem("annual_income")
	if (!($6 in hh_status)) problem("status")
	if (!id_number_ok($7)) problem("head_id_number")
	if ($7 in idn) problem("duplicate head_id_number")
	idn[$7] = 1
	if ($8 != "" && $8 !~ /^H[0-9][0-9][0-9][0-9]+$/) problem("helper_id")
	for (i = 10; i <= 14; i++) if ($i != "yes" && $i != "no") problem("yes/no")
}
kind == "roster" {
	if ($1 !~ /^S[0-9][0-9][0-9][0-9][0-9][0-9]$/ || ($1 in ids)) problem("secretary_id")
	ids[$1] = 1
	if (!real_date($5, "-") || !real_date($6, "-") || $6 < $5) problem("term")
	if ($5 > "2025-12-31" || $6 < "2027-01-01") problem("term does not cover 2026")
	if ($8 != "" && !real_date($8, "-")) problem("last_medical_exam")
	if ($9 != "" && !real_date($9, "-")) problem("insurance_until")
}
END {
	if (kind == "attendance" || kind == "roster") {
		n = 0
		for (k in ids) n++
		printf "secretaries %d\n", n > idsfile
		for (k in ids) print k > idsfile
	}
	printf "rows %d bad %d\n", rows, bad
}
EOF

check() { # kind file
	local out
	out=$("$AWK" -v kind="$1" -v idsfile="$tmp/$1.ids" -f "$tmp/check.awk" "$2")
	local last=${out##*$'\n'}
	if [[ $last == "rows "*" bad 0" ]]; then
		ok "$1: ${last% bad 0} ($(basename "$2"))"
	else
		bad "$1: $(basename "$2")"
		echo "$out"
	fi
}

check attendance "$att"
check funds "$fun"
check households "$hh"
check roster "$ros"

if cmp -s <(sort "$tmp/attendance.ids") <(sort "$tmp/roster.ids"); then
	ok "roster lists exactly the attendance secretaries ($(head -n 1 "$tmp/roster.ids"))"
else
	bad "roster and attendance secretaries differ"
fi

# determinism: same seed, same bytes; another seed, other bytes
for kind in attendance funds households roster; do
	a=$("$gen" $kind 3000 5 | cksum) b=$("$gen" $kind 3000 5 | cksum) c=$("$gen" $kind 3000 6 | cksum)
	if [[ $a == "$b" && $a != "$c" ]]; then
		ok "$kind: deterministic per seed"
	else
		bad "$kind: not deterministic per seed"
	fi
done

# exact row counts, including a partial first day
for n in 1 999 1001 365000 365001; do
	got=$("$gen" attendance $n 3 | wc -l)
	if [[ $got -eq $((n + 1)) ]]; then ok "attendance $n rows"; else bad "attendance $n rows: got $((got - 1))"; fi
done

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
