# helpers.awk: helper_ids for the helpers' table (helper-ids.t,
# helper-ids-table.t): ids of 1 to 20 bytes, each with a twin that differs
# in its last byte; 30 ids alike in their first 12 bytes; two pairs whose
# hashes share their top 32 bits; villages short and long, some helpers in
# two villages.  Each helper has 4 to 8 poor or monitored households.
BEGIN {
	OFS = "\t"
	print "household_id", "village_id", "head_name", "members", "annual_income", "status", "head_id_number", "helper_id", "plan"
	abc = "ABCDEFGHIJKLMNOPQRST"
	for (len = 1; len <= 20; len++) {
		id[++nid] = substr(abc, 1, len)
		id[++nid] = substr(abc, 1, len - 1) "z"
	}
	for (i = 0; i < 30; i++)
		id[++nid] = sprintf("HELPER-0000-%02d", i)
	id[++nid] = "HP001124"
	id[++nid] = "HP065556"
	id[++nid] = "HELPER-329773"
	id[++nid] = "HELPER-396318"
	for (k = 1; k <= nid; k++) {
		count = 4 + k % 5
		for (j = 0; j < count; j++) {
			if (k % 3 == 0)
				vil = "VILLAGE-LONG-NAME-0" (j == count - 1 ? 2 : 1)
			else if (k % 3 == 1)
				vil = "VILLAGE-LONG-NAME-01"
			else
				vil = "V" (k % 7)
			print "H" k "-" j, vil, "张三", 2, 50000, (j % 2 ? "poor" : "monitored"), "", id[k], "产业帮扶"
		}
	}
}
