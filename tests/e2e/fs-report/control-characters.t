# A control character in a detail or a village name is shown as a space
# in every format, the C1 controls of UTF-8 (U+0080 to U+009F: NEL, and
# CSI, which a terminal reads as ESC [) as well as ESC and DEL: the
# report must not move the terminal it is read on.  A no-break space is
# not a control and stays.
$ printf 'tool\trule\tseverity\tentity\tentity_id\tvillage_id\tperiod\tdetail\tsource\nfs-x\ta.b\tviolation\tsecretary\tS1\tV1\t2026\tA\033B\302\233C\302\205D\177E\302\240F\t\n' > f.findings; printf 'village_id\tname\nV1\tX\302\233[2JY\n' > v.tsv; for fmt in text markdown html; do fs-report --as-of 2026-11-27 --format $fmt --villages v.tsv f.findings | grep -a -o 'A.*F\|V1 X[^<|]*Y'; done
>>> stdout
V1 X [2JY
V1 X [2JY
A B C D E F
V1 X \[2JY
V1 X \[2JY
A B C D E F
V1 X [2JY
V1 X [2JY
V1 X [2JY
A B C D E F
