# A column named twice is quoted as any value is: whole up to 60 bytes
# (the name of 42 bytes here was cut at 40, in the middle of a
# character), and past 60 cut back to a character's start, with "...".
# fs-import quotes it the same way.
$ fs-policy --policy p.tsv; echo "exit $?"; fs-check --type households h.tsv; echo "exit $?"; fs-import c.csv; echo "exit $?"
<<< p.tsv
key	value	列列列列列列列列列列列列列列	列列列列列列列列列列列列列列
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number	helper_id	plan	住房安全住房安全住房安全住房安全住房安全住房安全住房安全	住房安全住房安全住房安全住房安全住房安全住房安全住房安全
<<< c.csv
name,kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk,kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
>>> stdout
exit 2
exit 2
exit 2
>>> stderr
fs-policy: p.tsv: column '列列列列列列列列列列列列列列' named twice
fs-check: h.tsv: column '住房安全住房安全住房安全住房安全住房安全...' named twice
fs-import: c.csv: column 'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk...' named twice
