#!/usr/bin/mawk -f
# decisions.awk - the awk peer of `fs-audit decisions`: its table, the
# same bytes on valid input.  It reads the file twice:
#
#   mawk -v asof=2026-12-31 -f bench/mawk/lib.awk -f bench/mawk/decisions.awk \
#       decisions.tsv decisions.tsv
#
# The first pass keeps, per decision, the day of each stage and the
# resolution's vote figures; a stage dated after asof has not happened.
# The second prints each row with its decision's problems, in fs-audit's
# order: missing-stage, result-not-public, stage-order, quorum,
# no-vote-record, not-passed, with the default policy (notice within 7
# days, the result within 90, a quorum of 2/3).  It checks no values
# (fs-audit does): dates are taken to be YYYY-MM-DD.
BEGIN {
	FS = "\t"
	out_pass = 2
	notice_days = 7; result_days = 90
	n = split("proposal consultation review resolution announce_resolution announce_result", name, " ")
	for (s = 1; s <= n; s++)
		stage[name[s]] = s
	RES = 4; ANN_RES = 5; ANN_RESULT = 6
	today = days(asof)
}
function has(id, s) { return (id SUBSEP s) in day }
# The problems of decision id, made once.
function problems(id,    s, t, miss, res, fail, prev, late, e, a, v, req) {
	if (id in done)
		return done[id]
	p = ""
	res = has(id, RES)
	e = elig[id]; a = att[id]; v = votes[id]
	fail = res && a != "" && v != "" && v * 2 <= a * 1
	miss = 0
	for (s = 1; s <= RES && !miss; s++)
		if (!has(id, s))
			for (t = s + 1; t <= n; t++)
				if (has(id, t))
					miss = 1
	if (!has(id, ANN_RES) && !fail && (has(id, ANN_RESULT) ||
	    (res && today - day[id, RES] > notice_days)))
		miss = 1
	if (miss)
		add("audit.missing-stage")
	if (res && !fail) {
		late = (has(id, ANN_RESULT) ? day[id, ANN_RESULT] : today) - day[id, RES]
		if (late > result_days)
			add("audit.result-not-public")
	}
	prev = 0
	for (s = 1; s <= n; s++)
		if (has(id, s)) {
			if (prev && day[id, s] < day[id, prev]) {
				add("audit.stage-order")
				break
			}
			prev = s
		}
	if (res && e != "" && a != "") {
		req = int((2 * e + 2) / 3)
		if (a * 1 < req)
			add("audit.quorum")
	}
	if (res && (e == "" || a == "" || v == ""))
		add("audit.no-vote-record")
	if (fail && (has(id, ANN_RES) || has(id, ANN_RESULT)))
		add("audit.not-passed")
	return done[id] = p
}
pass == 1 {
	id = $(col["decision_id"])
	s = stage[$(col["stage"])]
	if ($(col["date"]) > asof)
		next
	day[id, s] = days($(col["date"]))
	if (s == RES) {
		elig[id] = "eligible" in col ? $(col["eligible"]) : ""
		att[id] = "attendees" in col ? $(col["attendees"]) : ""
		votes[id] = "votes_for" in col ? $(col["votes_for"]) : ""
	}
	next
}
{
	print $0 "\t" problems($(col["decision_id"]))
}
