#!/usr/bin/mawk -f
# attendance.awk - the mawk peer of fs-attendance: the same per-secretary
# counts for one year, for the benchmark (bench/README.md).
#
#   mawk -v year=2026 -v asof=2026-12-31 -f bench/mawk/attendance.awk \
#       [roster.tsv] attendance.tsv
#
# A file whose header has term_start is the roster (give it first); then
# the window of a secretary is the union of their services (term_start to
# the earlier of left and term_end) cut to the year, and the secretaries
# listed are the roster's whose window has begun, plus those with records
# in the year that it lacks.  Without a roster: everyone with a record in
# the year, on the whole year.
#
# Variables: year (required); asof (default: the year's last day);
# calendar=FILE (a TSV "date type" like data/calendar.tsv; default plain
# Monday to Friday, as fs-attendance --calendar none); num/den, the
# minimum ratio (2/3).  village_business and training count as in the
# village (the default policy).
#
# Output: the columns of fs-attendance's table, one line per secretary,
# in no particular order (pipe it into sort to compare), then on stderr
# the count of records dated after asof and of invalid rows.  It checks
# less than fs-attendance: the field count, the status word, the date's
# shape, and conflicting statuses for one secretary and day of the year
# (not of other years).  The ratio is printf's %.4f, not an exact
# fraction rounded half away from zero.
BEGIN {
	FS = "\t"
	if (year == "") {
		print "attendance.awk: -v year=YYYY is required" > "/dev/stderr"
		exit 2
	}
	if (asof == "")
		asof = year "-12-31"
	if (num == "")
		num = 2
	if (den == "")
		den = 3
	leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
	split("31 28 31 30 31 30 31 31 30 31 30 31", dim, " ")
	dim[2] += leap
	ndays = 365 + leap
	cum[1] = 0
	for (m = 2; m <= 12; m++)
		cum[m] = cum[m - 1] + dim[m - 1]
	# Weekday of January 1 (Sakamoto): 0 Sunday .. 6 Saturday.
	split("0 3 2 5 0 3 5 1 4 6 2 4", sk, " ")
	y = year - 1
	wd = (y + int(y / 4) - int(y / 100) + int(y / 400) + sk[1] + 1) % 7
	for (d = 0; d < ndays; d++) {
		work[d] = wd >= 1 && wd <= 5
		wd = (wd + 1) % 7
	}
	if (calendar != "") {
		covered = 0
		while ((getline line < calendar) > 0) {
			split(line, c, "\t")
			if (substr(c[1], 1, 4) != year "")
				continue
			covered = 1
			d = doy(c[1])
			if (c[2] == "holiday")
				work[d] = 0
			else if (c[2] == "workday")
				work[d] = 1
		}
		close(calendar)
		if (!covered)
			print "attendance.awk: the calendar has no entries for " \
			    year "; counting Monday to Friday" > "/dev/stderr"
	}
	asof_doy = substr(asof, 1, 4) + 0 < year + 0 ? -1 : \
	    substr(asof, 1, 4) + 0 > year + 0 ? ndays : doy(asof)
	valid["in_village"] = valid["village_business"] = 1
	valid["training"] = valid["leave"] = 1
	valid["sending_unit"] = valid["absent"] = 1
	counted["in_village"] = counted["village_business"] = 1
	counted["training"] = 1
	have_roster = 0
}

function doy(date) {
	return cum[substr(date, 6, 2) + 0] + substr(date, 9, 2) - 1
}

function ceildiv(a, b) {
	return int((a + b - 1) / b)
}

# A new file: find its columns by name.
FNR == 1 {
	delete col
	for (i = 1; i <= NF; i++)
		col[$i] = i
	nf = NF
	is_roster = "term_start" in col
	if (is_roster) {
		have_roster = 1
		cs = col["secretary_id"]
		cb = col["term_start"]
		ce = col["term_end"]
		cl = ("left" in col) ? col["left"] : 0
	} else {
		cs = col["secretary_id"]
		cd = col["date"]
		ct = col["status"]
	}
	next
}

$0 == "" { next }

is_roster {
	if (NF != nf) {
		bad++
		next
	}
	id = $cs
	rostered[id] = 1
	s = $cb
	e = $ce
	if (cl && $cl != "" && $cl < e)
		e = $cl
	if (e < year "-01-01" || s > year "-12-31")
		next
	sd = s < year "-01-01" ? 0 : doy(s)
	ed = e > year "-12-31" ? ndays - 1 : doy(e)
	spans[id] = spans[id] " " sd ":" ed
	next
}

{
	if (NF != nf || !($ct in valid) ||
	    $cd !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/) {
		bad++
		next
	}
	date = $cd
	if (substr(date, 1, 4) != year "") {
		if (date > asof)
			future++
		next
	}
	k = $cs SUBSEP doy(date)
	if (k in st) {
		if (st[k] != $ct)
			bad++
		next
	}
	st[k] = $ct
	if (date > asof)
		future++
	seen[$cs] = 1
}

END {
	if (year == "")
		exit 2
	print "secretary_id\tyear\tworking_days\telapsed_days\t" \
	    "in_village_days\trequired_days\tratio\tleave_days\t" \
	    "sending_unit_days\tabsent_days\tunrecorded_days\t" \
	    "longest_absence\tstatus"
	for (id in rostered)
		judge(id, 1)
	for (id in seen)
		if (!(id in rostered))
			judge(id, 0)
	printf "future records: %d, invalid rows: %d\n", future, bad \
	    > "/dev/stderr"
}

function judge(id, on_roster,    d, n, i, p, se, first, last, wk, el, inv,
    lv, su, ab, un, run, longest, k, s, req, pace, status) {
	for (d = 0; d < ndays; d++)
		inw[d] = !on_roster
	if (on_roster) {
		n = split(spans[id], p, " ")
		for (i = 1; i <= n; i++) {
			split(p[i], se, ":")
			for (d = se[1] + 0; d <= se[2] + 0; d++)
				inw[d] = 1
		}
	}
	first = -1
	for (d = 0; d < ndays; d++)
		if (inw[d]) {
			if (first < 0)
				first = d
			last = d
		}
	if (first < 0 || asof_doy < first)
		return
	wk = el = inv = lv = su = ab = un = run = longest = 0
	for (d = 0; d < ndays; d++) {
		if (!work[d])
			continue
		if (!inw[d]) {
			run = 0
			continue
		}
		wk++
		if (d > asof_doy)
			continue
		el++
		k = id SUBSEP d
		s = (k in st) ? st[k] : ""
		if (s == "" || s == "absent" || s == "sending_unit") {
			if (s == "")
				un++
			else if (s == "absent")
				ab++
			else
				su++
			if (++run > longest)
				longest = run
			continue
		}
		run = 0
		if (s == "leave")
			lv++
		else if (s in counted)
			inv++
	}
	req = ceildiv(num * wk, den)
	if (asof_doy >= last)
		status = inv >= req ? "ok" : "violation"
	else if (inv + wk - el < req)
		status = "violation"
	else {
		pace = ceildiv(num * el, den)
		status = inv < pace ? "at_risk" : "ok"
	}
	printf "%s\t%d\t%d\t%d\t%d\t%d\t%.4f\t%d\t%d\t%d\t%d\t%d\t%s\n", id,
	    year, wk, el, inv, req, el ? inv / el : 0, lv, su, ab, un, longest,
	    status
}
