# examples/county/generate.awk - the example county's records (run by
# generate.sh).  Every file is written in the current folder.
#
# The county on 2026-11-27: most secretaries are in their villages and
# their files are in order; the exceptions below are on purpose, one or
# two for each rule, so that the demo's report shows every kind of
# finding.  Each is marked "on purpose" where it is made.

# Random numbers: Park and Miller's minimal standard generator, exact in
# awk's doubles, so that every awk makes the same files.
function rnd() {
	seed = (seed * 16807) % 2147483647
	return seed / 2147483647
}
function rint(n) {
	return int(rnd() * n)
}

# Dates as day numbers (days since 1970-01-01), after H. Hinnant.
function dnum(y, m, d,    era, yoe, doy) {
	y -= (m <= 2)
	era = int(y / 400)
	yoe = y - era * 400
	doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
	return era * 146097 + yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy - 719468
}
function dstr(z,    era, doe, yoe, y, doy, mp, d, m) {
	z += 719468
	era = int(z / 146097)
	doe = z - era * 146097
	yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
	y = yoe + era * 400
	doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
	mp = int((5 * doy + 2) / 153)
	d = doy - int((153 * mp + 2) / 5) + 1
	m = mp < 10 ? mp + 3 : mp - 9
	y += (m <= 2)
	return sprintf("%04d-%02d-%02d", y, m, d)
}
function day(s) {
	return dnum(substr(s, 1, 4) + 0, substr(s, 6, 2) + 0, substr(s, 9, 2) + 0)
}
function weekday(z) {		# 1 Monday ... 7 Sunday
	return (z + 3) % 7 + 1
}
function working(z,    s) {
	s = dstr(z)
	if (s in caltype)
		return caltype[s] == "workday"
	return weekday(z) <= 5
}

# Amounts: fen in, yuan with two decimals out.
function yuan(fen) {
	return sprintf("%d.%02d", int(fen / 100), fen % 100)
}

# A resident ID number: region, birth date, sequence, ISO 7064 MOD 11-2.
function idnum(birth, seq,    s, i, sum) {
	s = region birth sprintf("%03d", seq)
	sum = 0
	for (i = 1; i <= 17; i++)
		sum += substr(s, i, 1) * weight[i]
	return s substr("10X98765432", sum % 11 + 1, 1)
}
function birthdate(y0, y1,    y, m, d) {
	y = y0 + rint(y1 - y0 + 1)
	m = 1 + rint(12)
	d = 1 + rint(28)
	return sprintf("%04d%02d%02d", y, m, d)
}
function person(    g) {
	g = given[1 + rint(ngiven)]
	return surname[1 + rint(nsurname)] g
}

function split_list(s, a) {
	return split(s, a, " ")
}

BEGIN {
	OFS = "\t"
	asof = day("2026-11-27")
	year0 = day("2026-01-01")
	year1 = day("2026-12-31")
	region = "539001"
	split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", weight, " ")
	nsurname = split_list("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 宋 谢 韩 唐 冯 于 董 萧", surname)
	ngiven = split_list("建国 秀英 明 伟 芳 军 丽 强 桂兰 志刚 海燕 春生 玉兰 德胜 凤英 国华 小红 永福 淑珍 红梅 福贵 金花 长山 翠花 建军 秋菊 树林 银凤 保国 彩霞", given)

	while ((getline line < calendar) > 0) {
		split(line, f, "\t")
		if (f[1] ~ /^[0-9][0-9][0-9][0-9]-/)
			caltype[f[1]] = f[2]
	}
	close(calendar)

	villages()
	roster()
	attendance()
	households()
	benefits()
	funds()
	rectify()
	conduct()
	decisions()
	policy()
}

# --- villages.tsv: four townships of five villages ----------------------
function villages(    i, t, f) {
	county = "青山县"
	split("东岭镇 南河乡 西坪镇 北川乡", township, " ")
	nv = split_list("石门村 河口村 柳树湾村 杏花村 上坪村 下河村 枣林村 白沙村 青龙村 松岭村 西沟村 马家庄村 桃园村 高家坪村 石桥村 北坡村 梨树沟村 双河村 草滩村 红岩村", vname)
	f = "villages.tsv"
	print "village_id", "name", "township", "county" > f
	for (i = 1; i <= nv; i++) {
		vid[i] = sprintf("V%02d", i)
		t = int((i - 1) / 5) + 1
		vtown[i] = t
		print vid[i], vname[i], township[t], county > f
	}
	close(f)
}

# --- roster.tsv: who serves where -----------------------------------------
function posting(id, name, unit, v, start, end, left, mentor, exam, ins) {
	np++
	p_id[np] = id; p_v[np] = v; p_start[np] = start; p_end[np] = end
	p_left[np] = left
	if (!(id in sec_unit)) {
		nsec++
		sec[nsec] = id
		sec_unit[id] = unit
		sec_idn[id] = idnum(birthdate(1980, 1996), 1 + rint(998))
	}
	print id, name, unit, vid[v], start, end, sec_idn[id], left, mentor, exam, ins > "roster.tsv"
}
function roster(    f) {
	f = "roster.tsv"
	print "secretary_id", "name", "sending_unit", "village_id", "term_start", "term_end", "id_number", "left", "mentor_id", "last_medical_exam", "insurance_until" > f
	posting("S01", "李明", "县财政局", 1, "2025-03-01", "2027-02-28", "", "M01", "2026-03-10", "2027-02-28")
	# On purpose: a term shorter than two years (roster.term-length).
	posting("S02", "王芳", "县农商银行", 2, "2025-09-01", "2027-02-28", "", "M01", "2026-04-02", "2027-02-28")
	posting("S03", "赵军", "省农业大学", 3, "2025-03-01", "2027-02-28", "", "M01", "2026-05-18", "2027-02-28")
	posting("S04", "陈静", "县教育局", 4, "2025-03-01", "2027-02-28", "", "M01", "2026-03-22", "2027-02-28")
	posting("S05", "刘洋", "市国资委", 5, "2025-03-01", "2027-02-28", "", "M01", "2026-02-27", "2027-02-28")
	posting("S06", "杨帆", "县水利局", 6, "2025-03-01", "2027-02-28", "", "M02", "2026-03-15", "2027-02-28")
	# On purpose: no mentor assigned (roster.no-mentor).
	posting("S07", "黄磊", "县供电公司", 7, "2025-03-01", "2027-02-28", "", "", "2026-04-11", "2027-02-28")
	posting("S08", "周婷", "县税务局", 8, "2025-03-01", "2027-02-28", "", "M02", "2026-03-30", "2027-02-28")
	# On purpose: the last medical exam is over a year old (roster.medical-exam).
	posting("S09", "吴刚", "县人民医院", 9, "2025-03-01", "2027-02-28", "", "M02", "2025-09-15", "2027-02-28")
	posting("S10", "徐丽", "县农业农村局", 10, "2025-03-01", "2027-02-28", "", "M02", "2026-05-06", "2027-02-28")
	posting("S11", "孙强", "市交通局", 11, "2025-03-01", "2027-02-28", "", "M03", "2026-03-12", "2027-02-28")
	# On purpose: accident insurance ran out (roster.uninsured).
	posting("S12", "马超", "县自然资源局", 12, "2025-03-01", "2027-02-28", "", "M03", "2026-04-20", "2026-10-31")
	posting("S13", "朱琳", "县卫健委", 13, "2025-03-01", "2027-02-28", "", "M03", "2026-03-03", "2027-02-28")
	posting("S14", "胡斌", "县人社局", 14, "2025-03-01", "2027-02-28", "", "M03", "2026-06-09", "2027-02-28")
	# S15 was recalled on 2026-06-30; S21 came on 2026-06-15.  On purpose:
	# two weeks with two secretaries in one village (roster.village-overlap).
	posting("S15", "郭亮", "县住建局", 15, "2025-03-01", "2027-02-28", "2026-06-30", "M03", "2026-03-08", "2027-02-28")
	posting("S16", "何敏", "县文旅局", 16, "2025-03-01", "2027-02-28", "", "M04", "2026-04-16", "2027-02-28")
	posting("S17", "高峰", "市生态环境局", 17, "2025-03-01", "2027-02-28", "", "M04", "2026-05-25", "2027-02-28")
	posting("S18", "林涛", "县审计局", 18, "2025-03-01", "2027-02-28", "", "M04", "2026-03-19", "2027-02-28")
	posting("S19", "罗娟", "县市场监管局", 19, "2025-03-01", "2027-02-28", "", "M04", "2026-04-07", "2027-02-28")
	posting("S20", "郑伟", "县林业局", 20, "2024-09-01", "2026-08-31", "", "M04", "2025-10-10", "2026-08-31")
	posting("S21", "谢雨", "县财政局", 15, "2026-06-15", "2028-06-14", "", "M03", "2026-06-01", "2028-06-14")
	# On purpose: S18 also posted to V20 while still serving V18
	# (roster.double-posting; the stop-gap term is short, too).
	posting("S18", "林涛", "县审计局", 20, "2026-09-01", "2027-08-31", "", "M04", "2026-03-19", "2027-02-28")
	close(f)
}

# The first and last day of a secretary's service in 2026 (union of
# postings; good enough here: S18's two postings touch).
function window(id,    i, s, e, a, b) {
	a = -1
	for (i = 1; i <= np; i++) {
		if (p_id[i] != id)
			continue
		s = day(p_start[i])
		e = day(p_left[i] != "" ? p_left[i] : p_end[i])
		if (s < year0) s = year0
		if (e > year1) e = year1
		if (e < s) continue
		if (a < 0 || s < a) a = s
		if (e > b) b = e
	}
	w_first = a
	w_last = b
}
function village_of(id, z,    i, v) {
	v = 0
	for (i = 1; i <= np; i++)
		if (p_id[i] == id && day(p_start[i]) <= z)
			v = p_v[i]
	return v
}

# --- attendance.tsv: every working day of 2026 up to the as-of date ------
function att(id, z, st, note) {
	print id, dstr(z), st, note > "attendance.tsv"
}
function ordinary(    r) {
	r = rnd()
	if (r < 0.035) return "leave"
	if (r < 0.065) return "training"
	if (r < 0.125) return "village_business"
	return "in_village"
}
function attendance(    f, i, id, z, st, n, note) {
	f = "attendance.tsv"
	print "secretary_id", "date", "status", "note" > f
	for (i = 1; i <= nsec; i++) {
		id = sec[i]
		window(id)
		n = 0
		for (z = w_first; z <= w_last && z <= asof; z++) {
			if (!working(z))
				continue
			n++
			st = ordinary()
			# On purpose: S05 works for the sending unit two days a
			# week (attendance.sending-unit-work, attendance.min-ratio).
			if (id == "S05" && (weekday(z) == 1 || weekday(z) == 2))
				st = "sending_unit"
			# On purpose: S17 is behind pace, but the year can be
			# saved (attendance.min-ratio, a warning).
			if (id == "S17")
				st = n % 3 == 0 ? "absent" : n == 10 || n == 50 ||
				    n == 100 ? "leave" : "in_village"
			# On purpose: S09 was away 32 working days in a row
			# (attendance.long-absence: recall recommended).
			if (id == "S09" && n >= 60 && n < 92)
				st = "absent"
			# On purpose: S12 took over 30 days of leave (leave-excess).
			if (id == "S12" && n % 6 == 0)
				st = "leave"
			# On purpose: S15, recalled at the end of June, was in
			# the village less than the county's 200 days a year
			# ask, prorated (attendance.min-days), though more than
			# 2/3 of the days.
			if (id == "S15" && n % 4 == 0)
				st = "absent"
			# On purpose: S14 has six days without a record.
			if (id == "S14" && (n == 101 || n == 102 || n == 140 ||
			    n == 141 || n == 142 || n == 200))
				continue
			note = ""
			if (st == "village_business") note = "县里办事"
			if (st == "training") note = "组织部培训"
			if (st == "leave") note = "请假"
			if (st == "sending_unit") note = "回原单位"
			att(id, z, st, note)
		}
	}
	# On purpose: check-ins filled in ahead of time (attendance.future-record).
	att("S02", day("2026-11-30"), "in_village", "提前填写")
	att("S02", day("2026-12-01"), "in_village", "提前填写")
	# On purpose: a secretary the roster does not know (a typo for S17).
	att("S71", day("2026-11-02"), "in_village", "")
	att("S71", day("2026-11-03"), "in_village", "")
	close(f)
}

# --- households.tsv: the poor-household register --------------------------
# hh(village, n, status, members, per-capita fen, helper, plan, guarantees)
function hh(v, n, status, members, pc, helper, plan, g,    id, inc, idn, f) {
	f = "households.tsv"
	id = sprintf("%s-H%02d", vid[v], n)
	inc = pc * members + rint(100)
	idn = idnum(birthdate(1945, 1990), 1 + rint(998))
	hh_n++
	hh_id[hh_n] = id; hh_v[hh_n] = v; hh_status[hh_n] = status
	hh_idn[hh_n] = idn; hh_members[hh_n] = members
	hh_idx[id] = hh_n
	print id, vid[v], person(), members, yuan(inc), status, idn, helper, plan, \
	    yn(g, 1), yn(g, 2), yn(g, 3), yn(g, 4), yn(g, 5) > f
}
function yn(g, i) {
	return substr(g, i, 1) == "y" ? "yes" : "no"
}
function households(    f, v, h1, h2, n, plan, dup) {
	f = "households.tsv"
	print "household_id", "village_id", "head_name", "members", "annual_income", "status", "head_id_number", "helper_id", "plan", "food_clothing", "education", "medical", "housing", "water" > f
	split("发展养殖（鸡、羊） 种植中药材 公益岗位就业 外出务工介绍 小额信贷发展产业 光伏收益分红 技能培训后就业", plans, " ")
	for (v = 1; v <= nv; v++) {
		h1 = sprintf("H%02d01", v)
		h2 = sprintf("H%02d02", v)
		plan = plans[1 + rint(7)]
		n = 0
		if (v == 14) {
			# On purpose: one helper for six households (helper-overload).
			hh(v, ++n, "poor", 3, 320000 + rint(60000), h1, plan, "yyyyy")
			hh(v, ++n, "poor", 4, 280000 + rint(60000), h1, plan, "yyyyy")
			hh(v, ++n, "poor", 2, 350000 + rint(40000), h1, plan, "yyyyy")
			hh(v, ++n, "monitored", 5, 450000 + rint(100000), h1, plan, "yyyyy")
			hh(v, ++n, "monitored", 3, 480000 + rint(100000), h1, plan, "yyyyy")
			hh(v, ++n, "poor", 1, 300000 + rint(80000), h1, plan, "yyyyy")
			hh(v, ++n, "lifted", 4, 720000 + rint(300000), "", "", "yyyyy")
			hh(v, ++n, "not_poor", 4, 1100000 + rint(300000), "", "", "yyyyy")
			continue
		}
		# On purpose: a poor household with no helper (no-helper).
		hh(v, ++n, "poor", 3 + rint(3), 260000 + rint(120000), v == 2 ? "" : h1, plans[1 + rint(7)], "yyyyy")
		# On purpose: income far above the poor line (eligibility-review).
		hh(v, ++n, "poor", 2 + rint(3), v == 7 ? 860000 : 250000 + rint(130000), h1, plans[1 + rint(7)], "yyyyy")
		hh(v, ++n, "poor", 1 + rint(4), 240000 + rint(140000), h2, plans[1 + rint(7)], "yyyyy")
		# On purpose: a monitored household with no plan (no-plan).
		hh(v, ++n, "monitored", 3 + rint(3), 420000 + rint(150000), h2, v == 12 ? "" : plans[1 + rint(7)], "yyyyy")
		hh(v, ++n, "monitored", 2 + rint(4), 430000 + rint(150000), h1, plans[1 + rint(7)], "yyyyy")
		# On purpose: lifted, yet under the poverty line (lifted-below-
		# line) or under the monitoring line (should-monitor).
		hh(v, ++n, "lifted", 3 + rint(3), v == 9 ? 360000 : v == 20 ? 540000 : 700000 + rint(500000), "", "", "yyyyy")
		# On purpose: lifted, but the house is not safe (lifted-unguaranteed).
		hh(v, ++n, "lifted", 2 + rint(4), 680000 + rint(500000), "", "", v == 15 ? "yyyny" : "yyyyy")
		# On purpose: not poor, yet under the monitoring line (should-monitor).
		hh(v, ++n, "not_poor", 2 + rint(4), v == 17 ? 550000 : 900000 + rint(600000), "", "", "yyyyy")
	}
	close(f)
	# On purpose: one person heads a household in two villages
	# (households.duplicate-person): V07-H08 is written again with
	# V05-H05's ID number, by rewriting the file.
	dup = hh_idn[hh_idx["V05-H05"]]
	rewrite_dup("V07-H08", hh_idn[hh_idx["V07-H08"]], dup)
	hh_idn[hh_idx["V07-H08"]] = dup
}
function rewrite_dup(id, old, new,    f, tmp, line, n, a) {
	f = "households.tsv"
	n = 0
	while ((getline line < f) > 0)
		a[++n] = line
	close(f)
	for (tmp = 1; tmp <= n; tmp++) {
		if (index(a[tmp], id "\t") == 1)
			sub(old, new, a[tmp])
		print a[tmp] > f
	}
	close(f)
}

# --- benefits.tsv and cadres.tsv -------------------------------------------
function benefit(i, program, ns, ne, granted, amount, rel, filed) {
	print hh_id[i], vid[hh_v[i]], program, hh_idn[i], ns, ne, granted, yuan(amount), rel, filed > "benefits.tsv"
	nben++
	ben_hh[nben] = i; ben_granted[nben] = granted; ben_amount[nben] = amount
	ben_ref[nben] = sprintf("GS-%s-%s", vid[hh_v[i]], substr(ns, 1, 7))
}
function benefits(    f, i, v, c, rel) {
	f = "benefits.tsv"
	print "household_id", "village_id", "program", "id_number", "notice_start", "notice_end", "granted", "amount", "cadre_relative", "filed" > f
	for (i = 1; i <= hh_n; i++) {
		v = hh_v[i]
		if (hh_status[i] != "poor" || hh_id[i] ~ /H0[2-6]$/)
			continue
		# On purpose: a notice up only four days (audit.notice-short).
		if (v == 5)
			benefit(i, "dibao", "2026-03-02", "2026-03-05", "2026-03-12", 64000, "", "")
		# On purpose: granted before the notice came down.
		else if (v == 9)
			benefit(i, "dibao", "2026-03-02", "2026-03-10", "2026-03-09", 64000, "", "")
		# On purpose: a cadre's relative, not filed (relative-not-filed).
		else if (v == 14)
			benefit(i, "dibao", "2026-02-02", "2026-02-10", "2026-02-16", 64000, "yes", "no")
		# A cadre's relative, declared and filed: in order.
		else if (v == 1)
			benefit(i, "dibao", "2026-02-02", "2026-02-10", "2026-02-16", 64000, "yes", "yes")
		else
			benefit(i, "dibao", "2026-02-02", "2026-02-10", "2026-02-16", 64000, "no", "")
		# On purpose: the same person granted dibao twice in one year
		# (audit.duplicate-benefit).
		if (v == 20)
			benefit(i, "dibao", "2026-07-06", "2026-07-14", "2026-07-20", 64000, "no", "")
		if (v % 4 == 1)
			benefit(i, "coal", "2025-11-03", "2025-11-11", "2025-11-17", 30000, v == 1 ? "yes" : "no", v == 1 ? "yes" : "")
	}
	close(f)
	f = "cadres.tsv"
	print "cadre_id", "village_id", "relative_id_number" > f
	for (v = 1; v <= nv; v++) {
		c = sprintf("C%02d01", v)
		rel = idnum(birthdate(1950, 1995), 1 + rint(998))
		# V01's and V14's cadres have relatives on dibao; so has V17's,
		# and on purpose that one was not declared (relative-undeclared).
		if (v == 1) rel = hh_idn[hh_idx["V01-H01"]]
		if (v == 14) rel = hh_idn[hh_idx["V14-H01"]]
		if (v == 17) rel = hh_idn[hh_idx["V17-H01"]]
		print c, vid[v], rel > f
	}
	close(f)
}

# --- funds.tsv: the money -------------------------------------------------
function fund(z, v, cat, flow, fen, sid, src, hid, notice, ref, note) {
	print dstr(z), vid[v], cat, flow, yuan(fen), sid, src, hid, notice, ref, note > "funds.tsv"
}
function funds(    f, i, id, v, vv, amt, z, q, qend, last, spent, uses, b) {
	f = "funds.tsv"
	print "date", "village_id", "category", "flow", "amount", "secretary_id", "source", "household_id", "notice_ref", "ref", "note" > f
	split("修缮村部 村道硬化 购置农机 产业扶贫：养殖场 饮水工程 路灯安装 文化广场 村卫生室设备", uses, " ")
	for (i = 1; i <= nsec; i++) {
		id = sec[i]
		v = village_of(id, asof)
		if (id == "S18") v = 18
		if (id == "S15") v = 15
		# 2025: the year's support came in April and was spent by
		# December.  On purpose: V07 kept 4,000 of it unspent (funds.idle).
		if (id != "S21") {
			z = (id == "S02" ? day("2025-09-08") : day("2025-04-08")) + rint(10)
			fund(z, v, "support", "in", 1000000, id, sec_unit[id], "", "", "", "2025年帮扶资金")
			spent = id == "S07" ? 600000 : 1000000
			fund(z + 60 + rint(30), v, "support", "out", int(spent / 2), id, "", "", "", "", uses[1 + rint(8)])
			fund(day("2025-10-20") + rint(30), v, "support", "out", spent - int(spent / 2), id, "", "", "", "", uses[1 + rint(8)])
		}
		# 2026 support, 60% of it spent by now (V07 has spent none of
		# it, so its 2025 money is still the oldest held).  On purpose:
		# S02's unit has paid only half (funds.support-behind), and
		# S20's term ended with half paid (funds.support-short).
		amt = 1000000
		if (id == "S02" || id == "S20") amt = 500000
		if (id == "S21") amt = 600000
		z = (id == "S21" ? day("2026-07-06") : day("2026-03-09")) + rint(10)
		fund(z, v, "support", "in", amt, id, sec_unit[id], "", "", "", "2026年帮扶资金")
		if (id != "S07")
			fund(z + 45 + rint(30), v, "support", "out", int(amt * 6 / 10), id, "", "", "", "", uses[1 + rint(8)])
		# Subsidies, paid at each quarter's end inside the service.
		# On purpose: nothing for S14's phone (funds.subsidy-missing).
		window(id)
		split("2026-03-31 2026-06-30 2026-09-30", qend, " ")
		last = -1
		for (q = 1; q <= 3; q++) {
			z = day(qend[q])
			if (z > w_last) z = w_last
			if (z < w_first || z == last)
				continue
			last = z
			vv = village_of(id, z)
			if (id == "S18") vv = 18
			fund(z, vv, "living_subsidy", "in", 300000, id, sec_unit[id], "", "", "", "生活补助")
			fund(z, vv, "transport_subsidy", "in", 60000, id, sec_unit[id], "", "", "", "交通补助")
			if (id != "S14")
				fund(z, vv, "communication_subsidy", "in", 30000, id, sec_unit[id], "", "", "", "通讯补助")
		}
		fund(day("2026-01-15") + rint(20), v, "accident_insurance", "in", 20000, id, sec_unit[id], "", "", "", "意外伤害保险")
	}
	# Project money from county departments.  On purpose: V12 spent more
	# than it got (funds.overspend).
	for (v = 2; v <= nv; v += 5) {
		fund(day("2026-04-10"), v, "project", "in", 5000000, "", "县农业农村局", "", "", "", "产业项目资金")
		fund(day("2026-05-20"), v, "project", "out", 3000000, "", "", "", "", "", "项目一期")
		fund(day("2026-09-15"), v, "project", "out", v == 12 ? 2800000 : 1500000, "", "", "", "", "", "项目二期")
	}
	# The collective economy.
	for (v = 1; v <= nv; v += 3) {
		fund(day("2026-06-30"), v, "collective", "in", 1200000 + 100 * rint(50000), "", "光伏电站", "", "", "", "集体经济收入")
		fund(day("2026-08-12"), v, "collective", "out", 800000, "", "", "", "", "", "村集体公益支出")
	}
	# Dibao paid out each quarter to the households granted it.
	# On purpose: one payment in V05 has no notice reference
	# (funds.benefit-untraced), and one in V09 goes to a household the
	# register does not have (funds.unknown-household).
	for (b = 1; b <= nben; b++) {
		if (substr(ben_granted[b], 1, 4) != "2026")
			continue
		i = ben_hh[b]
		for (q = 1; q <= 3; q++) {
			z = day(ben_granted[b]) + 30 + 91 * (q - 1)
			if (z > asof)
				break
			fund(z, hh_v[i], "benefit", "out", int(ben_amount[b] / 4), "", "", hh_id[i], hh_v[i] == 5 && q == 2 ? "" : ben_ref[b], sprintf("DB-%s-%d", hh_id[i], q), "低保金")
		}
	}
	fund(day("2026-08-18"), 9, "benefit", "out", 20000, "", "", "V09-H12", "GS-V09-2026-08", "LS-V09-01", "临时救助")
	# A payment planned for December: not counted yet.
	fund(day("2026-12-15"), 1, "collective", "out", 200000, "", "", "", "", "", "计划：冬季送温暖")
	close(f)
}

# --- rectify.tsv: the rectification ledger -------------------------------
function item(v, n, cat, problem, opened, measure, resp, deadline, closed, evidence, verified) {
	print sprintf("R-%s-%02d", vid[v], n), vid[v], cat, problem, opened, measure, resp, deadline, closed, evidence, verified > "rectify.tsv"
}
function rectify(    f, v, n, k, op, dl, cl, c) {
	f = "rectify.tsv"
	print "item_id", "village_id", "category", "problem", "opened", "measure", "responsible", "deadline", "closed", "evidence", "verified_by" > f
	split("weak_organization aging_members irregular_org_life rules_not_implemented weak_poverty_drive incomplete_committee", cats, " ")
	split("党支部战斗力不强|党员老龄化，发展党员不足|三会一课不规范|四议两公开未落实|脱贫攻坚推进不力|村两委班子不健全", probs, "|")
	split("调整充实支部班子|发展两名年轻党员|按月召开支部党员大会|重大事项按程序决策并公示|制定产业帮扶计划|补选村委委员", meas, "|")
	for (v = 1; v <= nv; v++) {
		k = 1 + (v * 7) % 6
		n = 1
		op = dstr(day("2025-05-06") + rint(120))
		dl = dstr(day(op) + 180)
		cl = dstr(day(op) + 90 + rint(80))
		c = "县委组织部" person()
		if (v == 14)
			# On purpose: closed three weeks after its deadline.
			item(v, n++, cats[k], probs[k], "2026-02-02", meas[k], person(), "2026-07-31", "2026-08-20", "整改报告及照片", c)
		else if (v == 9)
			# On purpose: closed ten days late (rectify.closed-late).
			item(v, n++, cats[k], probs[k], op, meas[k], person(), dl, dstr(day(dl) + 10), "整改报告及会议记录", c)
		else if (v == 17)
			# On purpose: closed, but nobody verified it.
			item(v, n++, cats[k], probs[k], op, meas[k], person(), dl, cl, "整改报告", "")
		else
			item(v, n++, cats[k], probs[k], op, meas[k], person(), dl, cl, "整改报告及会议记录", c)
		k = 1 + (v * 5 + 2) % 6
		op = dstr(day("2026-03-02") + rint(60))
		if (v == 7)
			# On purpose: no measure written down (rectify.incomplete).
			item(v, n++, cats[k], probs[k], op, "", person(), dstr(day(op) + 330), "", "", "")
		else if (v == 9 || v == 12)
			# On purpose: open past the deadline (rectify.overdue).
			item(v, n++, cats[k], probs[k], op, meas[k], person(), v == 9 ? "2026-10-31" : "2026-09-30", "", "", "")
		else if (v == 2)
			# On purpose: due within two weeks (rectify.due-soon).
			item(v, n++, cats[k], probs[k], op, meas[k], person(), "2026-12-05", "", "", "")
		else if (v == 20)
			# On purpose: a deadline before the item was opened.
			item(v, n++, cats[k], probs[k], "2026-02-10", meas[k], person(), "2025-12-31", "", "", "")
		else if (v % 3 == 0)
			item(v, n++, cats[k], probs[k], op, meas[k], person(), dstr(day(op) + 150), dstr(day(op) + 100 + rint(40)), "整改报告及会议记录", "县委组织部" person())
		else
			item(v, n++, cats[k], probs[k], op, meas[k], person(), dstr(day(op) + 300 + rint(60)), "", "", "")
	}
	close(f)
}

# --- conduct.tsv: meals, gifts and the like -------------------------------
function conduct(    f) {
	f = "conduct.tsv"
	print "date", "secretary_id", "kind", "amount", "settled", "note" > f
	print "2026-01-14", "S01", "meal", "20.00", "yes", "在村民家吃午饭，已付餐费" > f
	print "2026-02-09", "S03", "meal", "20.00", "yes", "走访途中在农户家吃饭，已付餐费" > f
	print "2026-03-18", "S11", "meal", "15.00", "yes", "在村委会食堂吃饭，已交餐费" > f
	# On purpose: a meal not paid for (audit.unpaid-meal).
	print "2026-04-22", "S05", "meal", "", "no", "在村支书家吃晚饭，未付餐费" > f
	print "2026-05-06", "S02", "gift", "500.00", "yes", "村民送来红包，已当场退回" > f
	# On purpose: a gift kept (audit.gift).
	print "2026-06-03", "S09", "gift", "200.00", "no", "收下村民送的土鸡两只" > f
	# On purpose: a personal expense paid by the village (audit.reimbursement).
	print "2026-07-21", "S17", "reimbursement", "380.00", "no", "私车加油费由村集体报销" > f
	print "2026-08-05", "S16", "reimbursement", "120.00", "yes", "误报的打印费已退还村集体" > f
	# On purpose: eating and drinking on public money (audit.forbidden).
	print "2026-09-12", "S12", "banquet", "1200.00", "", "村委会招待餐，饮酒" > f
	print "2026-10-09", "S19", "meal", "20.00", "yes", "入户走访，在农户家吃饭并付费" > f
	print "2026-11-04", "S14", "gift", "300.00", "yes", "村民送购物卡一张，已退回" > f
	close(f)
}

# --- decisions.tsv: "four proposals, two public" ---------------------------
function stage(d, v, st, date, ref, el, at, vf, amt) {
	print d, vid[v], st, date, ref, el, at, vf, amt > "decisions.tsv"
}
# A whole decision, each stage a few days after the one before.
function decision(d, v, start, el, at, vf, amt, skip, lastdays,    z, ref) {
	z = day(start)
	ref = "村务公开栏"
	if (skip != "proposal") stage(d, v, "proposal", dstr(z), "", "", "", "", amt)
	z += 5
	if (skip != "consultation") stage(d, v, "consultation", dstr(z), "", "", "", "", "")
	z += 6
	if (skip != "review") stage(d, v, "review", dstr(z), "", "", "", "", "")
	z += 7
	stage(d, v, "resolution", dstr(z), "", el, at, vf, amt)
	if (skip == "announce_resolution") return
	stage(d, v, "announce_resolution", dstr(z + 2), ref, "", "", "", "")
	if (skip == "announce_result") return
	stage(d, v, "announce_result", dstr(z + lastdays), ref, "", "", "", "")
}
function decisions(    f) {
	f = "decisions.tsv"
	print "decision_id", "village_id", "stage", "date", "ref", "eligible", "attendees", "votes_for", "amount" > f
	decision("D-V01-2026-01", 1, "2026-03-02", 45, 39, 36, "120000.00", "", 60)
	decision("D-V03-2026-01", 3, "2026-04-06", 52, 44, 40, "300000.00", "", 75)
	decision("D-V06-2026-01", 6, "2026-05-11", 41, 35, 30, "150000.00", "", 50)
	decision("D-V11-2026-01", 11, "2026-06-08", 39, 31, 29, "60000.00", "", 70)
	# On purpose: no consultation of the two committees (audit.missing-stage).
	decision("D-V05-2026-01", 5, "2026-04-13", 38, 30, 25, "80000.00", "consultation", 40)
	# On purpose: the result never made public, 189 days on (violation),
	# and another 126 days on (warning) (audit.result-not-public).
	decision("D-V09-2026-01", 9, "2026-05-04", 47, 40, 33, "200000.00", "announce_result", 0)
	decision("D-V17-2026-01", 17, "2026-07-06", 39, 33, 30, "60000.00", "announce_result", 0)
	# On purpose: too few representatives at the resolution (audit.quorum).
	decision("D-V12-2026-01", 12, "2026-06-01", 50, 30, 28, "500000.00", "", 45)
	# On purpose: no vote figures kept (audit.no-vote-record).
	decision("D-V15-2026-01", 15, "2026-08-03", "", "", "", "90000.00", "", 30)
	# On purpose: voted down, yet carried out (audit.not-passed).
	decision("D-V14-2026-01", 14, "2026-06-15", 44, 40, 12, "260000.00", "", 60)
	# On purpose: the review dated before the consultation (audit.stage-order).
	stage("D-V20-2026-01", 20, "proposal", "2026-03-16", "", "", "", "", "70000.00")
	stage("D-V20-2026-01", 20, "consultation", "2026-03-25", "", "", "", "", "")
	stage("D-V20-2026-01", 20, "review", "2026-03-20", "", "", "", "", "")
	stage("D-V20-2026-01", 20, "resolution", "2026-03-30", "", 36, 30, 27, "70000.00")
	stage("D-V20-2026-01", 20, "announce_resolution", "2026-04-01", "村务公开栏", "", "", "", "")
	stage("D-V20-2026-01", 20, "announce_result", "2026-05-20", "村务公开栏", "", "", "", "")
	# Under way: proposed and consulted; nothing is due yet.
	stage("D-V07-2026-02", 7, "proposal", "2026-11-16", "", "", "", "", "45000.00")
	stage("D-V07-2026-02", 7, "consultation", "2026-11-23", "", "", "", "", "")
	close(f)
}

# --- policy.tsv: the county's own thresholds ------------------------------
function policy(    f) {
	f = "policy.tsv"
	print "key", "value" > f
	print "attendance.min_days", "200" > f
	print "attendance.max_leave_days", "30" > f
	close(f)
}
