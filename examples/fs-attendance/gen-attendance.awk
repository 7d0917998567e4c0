# gen-attendance.awk - writes the example's attendance.tsv: daily records
# for 2026 up to 2026-11-30 for the secretaries of roster.tsv, one a
# working day of the installed calendar, the same bytes every time.
#
#   awk -f gen-attendance.awk ../../data/calendar.tsv > attendance.tsv
#
# It uses its own Park-Miller generator (seed 2026), not rand(), so mawk
# and gawk give the same file.  The profiles:
#   S001  diligent: in the village about 85% of days
#   S002  often away: about 55%, some days at the sending unit, a few
#         days left without a record
#   S003  term from 2026-03-02; training now and then, a week at the
#         sending unit in June
#   S004  absent from 2026-05-04 until recalled on 2026-06-30
#   S005  not on the roster: a few weeks of records in March
#   plus one check-in pre-filled for 2026-12-01 (S001).
BEGIN {
	FS = OFS = "\t"
	seed = 2026
}

function rnd() {
	seed = (seed * 16807) % 2147483647
	return seed / 2147483647
}

# One status drawn from cumulative shares "in_village:.85 leave:.9 ...".
function draw(spec,    n, i, kv, p, r) {
	r = rnd()
	n = split(spec, kv, " ")
	for (i = 1; i < n; i++) {
		split(kv[i], p, ":")
		if (r < p[2] + 0)
			return p[1]
	}
	split(kv[n], p, ":")
	return p[1]
}

function note(st) {
	if (st == "leave")
		return "事假"
	if (st == "training")
		return "县委组织部培训"
	if (st == "sending_unit")
		return "回派出单位工作"
	if (st == "village_business")
		return "到县里跑项目"
	return ""
}

function rec(id, date, st) {
	print id, date, st, note(st)
}

NR == 1 { next }
{ cal[$1] = $2 }

END {
	print "secretary_id", "date", "status", "note"
	mdays = "31 28 31 30 31 30 31 31 30 31 30 31"
	split(mdays, dim, " ")
	wd = 4				# 2026-01-01 is a Thursday
	for (m = 1; m <= 11; m++)
		for (d = 1; d <= dim[m]; d++) {
			date = sprintf("2026-%02d-%02d", m, d)
			work = wd <= 5
			wd = wd % 7 + 1
			if (cal[date] == "holiday")
				work = 0
			if (cal[date] == "workday")
				work = 1
			if (!work)
				continue
			rec("S001", date, draw("in_village:.85 " \
			    "village_business:.90 training:.93 leave:.98 " \
			    "absent"))
			if (rnd() >= .03)
				rec("S002", date, draw("in_village:.55 " \
				    "village_business:.60 leave:.75 " \
				    "sending_unit:.80 absent"))
			if (date >= "2026-03-02") {
				if (date >= "2026-06-08" && date <= "2026-06-12")
					rec("S003", date, "sending_unit")
				else
					rec("S003", date, draw("in_village:.78 " \
					    "training:.88 leave:.95 absent"))
			}
			if (date <= "2026-06-30") {
				if (date >= "2026-05-04")
					rec("S004", date, "absent")
				else
					rec("S004", date, draw("in_village:.80 " \
					    "village_business:.85 leave:.95 " \
					    "absent"))
			}
			if (date >= "2026-03-02" && date <= "2026-03-27")
				rec("S005", date, "in_village")
		}
	rec("S001", "2026-12-01", "in_village")
}
