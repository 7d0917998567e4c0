#!/bin/sh
# examples/daily-report.sh - the county's compliance run, once a day from cron.
#
#   daily-report.sh [-d DATA] [-o OUTPUT] [-a DATE] [-s LEDGERS]
#
#   -d DATA    the county's files (default: examples/county beside this
#              script, in the source tree; the installed copy needs -d):
#              roster.tsv attendance.tsv households.tsv funds.tsv rectify.tsv
#              conduct.tsv decisions.tsv benefits.tsv cadres.tsv villages.tsv,
#              and policy.tsv (the county's thresholds) when there is one
#   -o OUTPUT  the folder for the day's results (default: ./report-DATE)
#   -a DATE    the day judged (default: yesterday, the last whole day: a
#              run in the early morning has none of today's records yet,
#              and would count today as a working day without one)
#   -s LEDGERS the ledgers the county keeps sealed, of the files above,
#              separated by spaces (-s "funds.tsv rectify.tsv"): each
#              must have its column 'seal', and one without it stops the
#              run (exit 2), for with its seals taken off, or their
#              column renamed, its edits would show no more.  Without -s,
#              a file is verified when its header has a column 'seal',
#              and sealed as read when it has none
#
# Runs every firstsec tool with --findings on the county's files, verifies
# the sealed ledgers with fs-seal, and writes into OUTPUT:
#
#   TOOL.findings    each tool's findings stream
#   progress.tsv     the rectification progress (fs-rectify --progress)
#   sealed/          a sealed copy of every input as it was read: any later
#                    edit of the day's records shows (fs-seal --verify).
#                    The tools read copies of the files made when the run
#                    begins, which are what is sealed, not the files in
#                    DATA, so that a file changed in between (an upload
#                    at 06:30) is judged as it was sealed (the policy is
#                    read in DATA).  A copy is as private as its file.
#                    A later run into the same OUTPUT keeps the first
#                    run's copy of a file that changed since, and puts its
#                    own beside it (FILE.2, FILE.3 ...), said in
#                    messages.txt
#   findings.csv     every finding, for a spreadsheet (fs-export)
#   report.txt       the text report, also written on standard output,
#                    which cron mails
#   report.html      the same with charts, for a browser or an attachment
#   messages.txt     what the tools said on standard error (a broken
#                    seal, a year the calendar lacks ...), written after
#                    the report on standard output; what cannot be
#                    written there (a full disk) goes to standard error
#
# A tool that is not installed is skipped, with a line in messages.txt,
# and the report says nothing of its records; standard output starts
# with those lines, under NOT CHECKED, before the report.
#
# Only the files named above are read and sealed; any other file in DATA
# (a rejects file, a copy) is left alone.  Two runs into one OUTPUT take
# turns (flock(1), where there is one): a second run waits for the first,
# then makes the report again, whole.
#
# Exit status: 0 no violation; 1 violations (cron mails the report); 2 a
# tool failed (an unreadable file, an invalid row: its message names the
# file and line, a full disk), and then no report is made and nothing of
# the run but messages.txt and sealed/ is left in OUTPUT; 2 also when the
# report cannot be written to standard output.  A run stopped by a signal
# (kill, Ctrl-C, a hangup) leaves no more than that either, and exits
# with the signal's status (143 for TERM).
#
# Installed (make install) as PREFIX/share/firstsec/daily-report.sh, it
# runs the tools of PREFIX/bin, whatever cron's PATH holds.
set -u
# cd follows CDPATH, and then says where it went: another county's folder
# of the same name, and a path on stdout.
unset CDPATH

here=$(cd "$(dirname "$0")" && pwd)
case $here in
*/share/firstsec)
	if [ -x "${here%/share/firstsec}/bin/fs-report" ]; then
		PATH="${here%/share/firstsec}/bin:$PATH"
		export PATH
	fi ;;
esac
data="$here/county"
data_given=""
out=""
ledgers=""

# The days of month $2 of year $1.
month_days() {
	case $2 in
	4|6|9|11) echo 30 ;;
	2) if [ $(($1 % 4)) -eq 0 ] &&
	       { [ $(($1 % 100)) -ne 0 ] || [ $(($1 % 400)) -eq 0 ]; }; then
		echo 29
	   else
		echo 28
	   fi ;;
	*) echo 31 ;;
	esac
}

# Yesterday's date, by the shell's own arithmetic (date(1) has no
# portable way to say it).
yesterday() {
	set -- $(date +'%Y %m %d')
	y=$1 m=${2#0} d=${3#0}
	if [ "$d" -gt 1 ]; then
		d=$((d - 1))
	else
		m=$((m - 1))
		[ "$m" -gt 0 ] || { m=12; y=$((y - 1)); }
		d=$(month_days "$y" "$m")
	fi
	printf '%04d-%02d-%02d\n' "$y" "$m" "$d"
}

# Is $1 a day, YYYY-MM-DD?  Asked before anything is made: a date such as
# 2026/11/03 would make folders of the report's name.
is_day() {
	case $1 in
	[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]) ;;
	*) return 1 ;;
	esac
	y=$(echo "$1" | cut -c1-4) m=$(echo "$1" | cut -c6-7)
	d=$(echo "$1" | cut -c9-10)
	y=${y#0} y=${y#0} y=${y#0} m=${m#0} d=${d#0}
	[ "$m" -ge 1 ] && [ "$m" -le 12 ] && [ "$d" -ge 1 ] &&
	    [ "$d" -le "$(month_days "${y:-0}" "$m")" ]
}

asof=$(yesterday)
while getopts d:o:a:s: opt; do
	case $opt in
	d) data=$OPTARG data_given=1 ;;
	o) out=$OPTARG ;;
	a) asof=$OPTARG ;;
	s) ledgers=$OPTARG ;;
	*) echo "usage: daily-report.sh [-d DATA] [-o OUTPUT] [-a DATE]" \
	       "[-s LEDGERS]" >&2
	   exit 2 ;;
	esac
done
if ! is_day "$asof"; then
	echo "daily-report: -a: not a day, YYYY-MM-DD (got '$asof');" \
	    "no report made" >&2
	exit 2
fi
if ! [ -d "$data" ]; then
	if [ -n "$data_given" ]; then
		echo "daily-report: -d $data: no such folder; no report made" >&2
	else
		echo "daily-report: no -d DATA, and no examples beside this" \
		    "script ($data): give -d, the folder of the county's" \
		    "files; no report made" >&2
	fi
	exit 2
fi
[ -n "$out" ] || out="./report-$asof"
mkdir -p "$out/sealed" || exit 2
out=$(cd "$out" && pwd)
cd "$data" || exit 2
data=$PWD

inputs="roster.tsv attendance.tsv households.tsv funds.tsv rectify.tsv
    conduct.tsv decisions.tsv benefits.tsv cadres.tsv villages.tsv policy.tsv"

# -s names the ledgers kept sealed: files of the county's, named above.
for f in $ledgers; do
	case " $(echo $inputs) " in
	*" $f "*) ;;
	*) echo "daily-report: -s: '$f' is none of the county's files" \
	       "($(echo $inputs)); no report made" >&2
	   exit 2 ;;
	esac
done

# A file that is there but cannot be read stops the run before any tool,
# and before the day's earlier report is cleared away.
for f in $inputs; do
	if [ -e "$f" ] && ! [ -r "$f" ]; then
		echo "daily-report: $data/$f: cannot be read (permission" \
		    "denied); no report made" >&2
		exit 2
	fi
done

# One run at a time into this folder: the lock goes with the process.
if command -v flock >/dev/null 2>&1; then
	exec 9> "$out/.lock" || exit 2
	flock 9 || exit 2
fi

# The county's thresholds, for every tool.
if [ -f policy.tsv ]; then
	FS_POLICY="$PWD/policy.tsv"
	export FS_POLICY
else
	# The county's thresholds are DATA's or the defaults, not a policy
	# the caller's environment happens to name.
	unset FS_POLICY
fi

messages="$out/messages.txt"
: > "$messages"

# The header of TSV file $1 as the tools read it: the first line that is
# not empty, without a byte-order mark or a CR before the LF (a ledger
# saved again on Windows is still sealed).
header_of() {
	awk 'NR == 1 { sub(/^\357\273\277/, "") } { sub(/\r$/, "") }
	    NF { print; exit }' "$1"
}

have() {
	command -v "$1" >/dev/null 2>&1 && return 0
	said "daily-report: $1 is not installed: $2 not checked"
	return 1
}

# What a tool said ($1) goes to messages.txt, or, when that cannot be
# written (a full disk), to standard error at once: it is not lost.
said() {
	[ -n "$1" ] || return 0
	printf '%s\n' "$1" >> "$messages" 2>/dev/null ||
	    printf '%s\n' "$1" >&2
}

# No report: what the tools said goes to stderr, and nothing half made of
# this run is left in OUTPUT.
no_report() {
	[ -f "$messages" ] && cat "$messages" >&2 2>/dev/null
	rm -f "$out"/*.findings "$out/findings.csv" "$out/report.txt" \
	    "$out/report.html" "$out/progress.tsv" "$out/all.tmp" \
	    "$out"/sealed/.*.new
	rm -rf "$out/.read"
}

# A signal stops the run ($1: its exit status) the way a failure does.
stopped() {
	trap - HUP INT TERM
	no_report
	echo "daily-report: stopped by a signal; no report made" >&2
	exit "$1"
}

# A tool ($1) failed with status $2, having said $3.
fail() {
	no_report
	# The tool's last word is the cause; a bad row's names FILE:LINE.
	case $(printf '%s\n' "${3:-}" | tail -n 1) in
	*.tsv:[0-9]*) echo "daily-report: fs-check --type TYPE FILE lists" \
	    "every bad row of a file, and every column at fault in it" >&2 ;;
	esac
	case $(printf '%s\n' "${3:-}" | tail -n 1) in
	*"<stdout>: "*|*"$out/"*) echo "daily-report: $1 failed (exit $2)" \
	    "writing into $out; no report made" >&2 ;;
	*) echo "daily-report: $1 failed (exit $2) on the files in $data;" \
	    "no report made" >&2 ;;
	esac
	exit 2
}

# Runs "$@" with standard output to file $1; what it says on standard
# error goes through said(), and its status is left in rc.  A file $1
# that cannot be made stops the run before the tool.
run_to() {
	to=$1
	shift
	# A file that cannot be made is a failure (2) before the tool runs:
	# a failed redirection's status is 1 in bash, which reads as
	# "violations".
	if ! err=$( { : > "$to"; } 2>&1 ); then
		said "$err"
		no_report
		echo "daily-report: $to cannot be written; no report made" >&2
		exit 2
	fi
	err=$("$@" 2>&1 > "$to")
	rc=$?
	said "$err"
}

# Keeps the sealed copy $2 of $1 in sealed/: the day's first, or, when
# $1 changed since the run that sealed the last copy, beside it as $1.N.
keep_sealed() {
	last="$out/sealed/$1"
	if [ ! -e "$last" ]; then
		mv "$2" "$last"
		return
	fi
	n=2
	while [ -e "$out/sealed/$1.$n" ]; do
		last="$out/sealed/$1.$n"
		n=$((n + 1))
	done
	if cmp -s "$2" "$last"; then
		rm -f "$2"
		return
	fi
	mv "$2" "$out/sealed/$1.$n"
	said "daily-report: $1 changed since the day's earlier run: its copies are sealed/$1 and sealed/$1.$n"
}

# Runs a tool whose findings go to $out/$1.findings; exit 0 and 1 are fine.
findings() {
	name=$1
	shift
	run_to "$out/$name.findings" "$@"
	[ $rc -le 1 ] || fail "$1" $rc "$err"
}

trap 'stopped 129' HUP
trap 'stopped 130' INT
trap 'stopped 143' TERM

# Nothing of an earlier run of the day is left to be taken for this one's.
rm -f "$out"/*.findings "$out/findings.csv" "$out/report.txt" \
    "$out/report.html" "$out/progress.tsv" "$out/all.tmp"
# The files the tools read: copies made when the run begins.
read="$out/.read"
rm -rf "$read" && mkdir "$read" || exit 2

# The ledgers kept sealed (a last column 'seal') must be intact: an edited,
# deleted or moved row is a finding.  The other inputs are sealed as read
# today, into sealed/.
# Every input as it is now, copied byte for byte into $read: the tools
# read these copies, and the sealed copies are made of them, so that a
# file changed in between (an upload at 06:30) is judged as it was
# sealed; a finding's line is the line of the file in DATA.
for f in $inputs; do
	[ -f "$f" ] || continue
	err=$(cp "$f" "$read/$f" 2>&1) || {
		rc=$?
		said "$err"
		fail cp $rc "$err"
	}
done
# (The policy is read where it is, FS_POLICY naming DATA's policy.tsv,
# so that a message about a value in it names the file to mend.)
cd "$read" || exit 2
if have fs-seal "the ledgers' seals"; then
	for f in $inputs; do
		[ -f "$f" ] || continue
		new="$out/sealed/.$f.new"
		if header_of "$f" | tr '\t' '\n' | grep -qx seal; then
			findings "seal-${f%.tsv}" fs-seal --verify --findings \
			    --as-of "$asof" "$f"
			err=$(cp "$f" "$new" 2>&1) || {
				rc=$?
				rm -f "$new"
				said "$err"
				fail cp $rc "$err"
			}
		elif case " $ledgers " in *" $f "*) true ;; *) false ;; esac
		then
			said "daily-report: $f: no column 'seal', yet it is kept \
sealed (-s): its seals taken off, or their column renamed? Put back its \
last sealed copy (sealed/$f of a day's report) and seal the rows added \
since onto it (fs-seal --append)"
			no_report
			echo "daily-report: $f lost its seals; no report made" >&2
			exit 2
		else
			run_to "$new" fs-seal "$f"
			[ $rc -eq 0 ] || {
				rm -f "$new"
				fail fs-seal $rc "$err"
			}
			# As private as the file it seals (a register of
			# households is 0600 with its ID numbers).
			chmod --reference="$f" "$new" 2>/dev/null || :
		fi
		keep_sealed "$f" "$new"
	done
fi

have fs-roster "the roster" &&
    findings roster fs-roster --as-of "$asof" --findings roster.tsv
have fs-attendance "attendance" &&
    findings attendance fs-attendance --as-of "$asof" --roster roster.tsv \
    --findings attendance.tsv
have fs-households "the household register" &&
    findings households fs-households --as-of "$asof" --findings \
    households.tsv
have fs-funds "the funds" &&
    findings funds fs-funds --as-of "$asof" --roster roster.tsv \
    --households households.tsv --findings funds.tsv
if have fs-rectify "the rectification ledger"; then
	findings rectify fs-rectify --as-of "$asof" --findings rectify.tsv
	run_to "$out/progress.tsv" fs-rectify --as-of "$asof" --progress \
	    rectify.tsv
	[ $rc -le 1 ] || fail fs-rectify $rc "$err"
fi
if have fs-audit "conduct, decisions and benefits"; then
	findings conduct fs-audit conduct --as-of "$asof" --roster roster.tsv \
	    --findings conduct.tsv
	findings decisions fs-audit decisions --as-of "$asof" --findings \
	    decisions.tsv
	findings benefits fs-audit benefits --as-of "$asof" \
	    --cadres cadres.tsv --findings benefits.tsv
fi

have fs-report "the report" || fail fs-report 127
set -- "$out"/*.findings
[ -e "$1" ] || fail "every tool" 127
if have fs-export "the spreadsheet copy"; then
	run_to "$out/all.tmp" fs-report --findings "$@"
	[ $rc -le 1 ] || fail fs-report $rc "$err"
	run_to "$out/findings.csv" fs-export --bom "$out/all.tmp"
	[ $rc -eq 0 ] || fail fs-export $rc "$err"
	rm -f "$out/all.tmp"
fi
if [ -f "$out/progress.tsv" ]; then
	set -- --progress "$out/progress.tsv" "$@"
fi
run_to "$out/report.html" fs-report --as-of "$asof" --format html \
    --villages villages.tsv "$@"
[ $rc -le 1 ] || fail fs-report $rc "$err"
run_to "$out/report.txt" fs-report --as-of "$asof" --villages villages.tsv "$@"
status=$rc
[ $status -le 1 ] || fail fs-report $status "$err"
cd "$out" && rm -rf "$read"
# What was not checked goes first, where the mail is read.
if grep -q 'is not installed' "$messages"; then
	printf 'NOT CHECKED\n-----------\n\n'
	grep 'is not installed' "$messages"
	echo
fi
# A report that cannot reach standard output (cron's mail) is a failure.
cat "$out/report.txt" || exit 2
if [ -s "$messages" ]; then
	printf '\nMessages from the tools\n-----------------------\n\n'
	cat "$messages" || exit 2
fi
exit $status
