# Many postings of one secretary in one village, all overlapping: their
# pairs are no finding (neither a double posting nor two secretaries in
# a village), and are passed over a run at a time, not one by one
# (20,000 postings of S1 in V1 took 2 s, all in such pairs).  S2 shares
# days with some of them in V1: one roster.village-overlap, dated the
# first common day, S1's earliest posting named.  S1's posting in V2
# overlaps every one of them: a roster.double-posting each.
$ awk 'BEGIN { OFS = "\t"; print "secretary_id", "name", "sending_unit", "village_id", "term_start", "term_end", "mentor_id"; for (i = 0; i < 20000; i++) print "S1", "甲", "u", "V1", sprintf("%04d-%02d-%02d", 1900 + int(i / 336), 1 + int(i / 28) % 12, 1 + i % 28), "2029-12-31", "M1"; print "S2", "乙", "u", "V1", "1950-06-01", "1950-06-30", "M1"; print "S1", "甲", "u", "V2", "2029-06-01", "2029-12-31", "M1" }' > r.tsv; fs-roster --as-of 2030-01-01 --findings r.tsv > f.tsv; echo "exit $?"; grep -v double-posting f.tsv; cut -f 2,6 f.tsv | sort | uniq -c; fs-roster --as-of 2030-01-01 r.tsv | cut -f 1,4,10 | sort | uniq -c; fs-roster --as-of 2030-01-01 r.tsv > /dev/null; echo "exit $?"
>>> stdout
exit 1
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.term-length	warning	secretary	S2	V1	1950-06-01	term 1950-06-01 to 1950-06-30 is 1 month; at least 24 expected	r.tsv:20002
fs-roster	roster.village-overlap	violation	village	V1	V1	1950-06-01	S1 甲 (1900-01-01 to 2029-12-31) and S2 乙 (1950-06-01 to 1950-06-30) both serve V1 from 1950-06-01	r.tsv:20002
fs-roster	roster.term-length	warning	secretary	S1	V2	2029-06-01	term 2029-06-01 to 2029-12-31 is 7 months; at least 24 expected	r.tsv:20003
  20000 roster.double-posting	V2
      1 roster.term-length	V1
      1 roster.term-length	V2
      1 roster.village-overlap	V1
      1 rule	village_id
   3032 S1	V1	roster.double-posting
  16968 S1	V1	roster.double-posting,roster.village-overlap
      1 S1	V2	roster.term-length,roster.double-posting
      1 S2	V1	roster.term-length,roster.village-overlap
      1 secretary_id	village_id	problems
exit 1
