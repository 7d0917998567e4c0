# The findings chart's bars are in proportion to the largest, to the
# nearest pixel: beside a village of 1000 findings (480 pixels), one of 6
# is 3 pixels and one of 8 is 4 (2.88 and 3.84), not 2 and 3, and one of
# 1 keeps the bar's least, 2 pixels (0.48).  Rounded down, 1 and 6
# findings drew the same bar.
$ awk 'BEGIN { print "tool\trule\tseverity\tentity\tentity_id\tvillage_id\tperiod\tdetail\tsource"; for (i = 1; i <= 1000; i++) printf "fs-x\ta.b\tviolation\tsecretary\tS%d\tVMAX\t2026\td\t\n", i; split("1 6 8", n, " "); for (k = 1; k <= 3; k++) for (i = 1; i <= n[k]; i++) printf "fs-x\ta.b\twarning\tsecretary\tS%d\tW%d\t2026\td\t\n", i, n[k] }' > f.findings; fs-report --as-of 2026-11-27 --format html f.findings | grep -o '<rect class="bar[^>]*width="[0-9]*"' | sed 's/.*class="\([^"]*\)".*width="\([0-9]*\)"/\1 \2/'
>>> stdout
bar violation 480
bar warning 2
bar warning 3
bar warning 4
