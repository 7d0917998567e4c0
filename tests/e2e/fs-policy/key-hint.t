# An unknown key names the key it most likely meant, when one key is
# clearly it: a typo, a swapped pair, a word left out or added, the wrong
# area, hyphens, upper case, spaces around it, an input method's
# full-width forms and full stop (．, 。).  Two keys as close, or none
# close, and the message is as before: no guess.
$ for k in 'funds.min_support' 'funds.min_annual_support_amount' 'attendance.min_term_months' 'audit.qourum' 'roster.medical_exam_month' 'Funds.Idle-Days' 'funds.idle_days ' 'funds．idle_days' 'funds。idle_days' 'ＦＵＮＤＳ．ＩＤＬＥ＿ＤＡＹＳ' 'households.line' 'attendance.min_rais' 'foo.bar'; do printf 'key\tvalue\n%s\t9\n' "$k" > p.tsv; fs-policy --policy p.tsv; echo "exit $?"; done 2>&1
>>> stdout
fs-policy: p.tsv:2: column 'key': unknown key (did you mean 'funds.min_annual_support'?) (got 'funds.min_support')
exit 2
fs-policy: p.tsv:2: column 'key': unknown key (did you mean 'funds.min_annual_support'?) (got 'funds.min_annual_support_amount')
exit 2
fs-policy: p.tsv:2: column 'key': unknown key (did you mean 'roster.min_term_months'?) (got 'attendance.min_term_months')
exit 2
fs-policy: p.tsv:2: column 'key': unknown key (did you mean 'audit.quorum'?) (got 'audit.qourum')
exit 2
fs-policy: p.tsv:2: column 'key': unknown key (did you mean 'roster.medical_exam_months'?) (got 'roster.medical_exam_month')
exit 2
fs-policy: p.tsv:2: column 'key': unknown key (did you mean 'funds.idle_days'?) (got 'Funds.Idle-Days')
exit 2
fs-policy: p.tsv:2: column 'key': id with white space or a control character (did you mean 'funds.idle_days'?) (got 'funds.idle_days ')
exit 2
fs-policy: p.tsv:2: column 'key': unknown key (did you mean 'funds.idle_days'?) (got 'funds．idle_days')
exit 2
fs-policy: p.tsv:2: column 'key': unknown key (did you mean 'funds.idle_days'?) (got 'funds。idle_days')
exit 2
fs-policy: p.tsv:2: column 'key': id in full-width letters or digits (type it half-width) (did you mean 'funds.idle_days'?) (got 'ＦＵＮＤＳ．ＩＤＬＥ＿ＤＡＹＳ')
exit 2
fs-policy: p.tsv:2: column 'key': unknown key (got 'households.line')
exit 2
fs-policy: p.tsv:2: column 'key': unknown key (got 'attendance.min_rais')
exit 2
fs-policy: p.tsv:2: column 'key': unknown key (got 'foo.bar')
exit 2
