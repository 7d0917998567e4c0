# The built-in policy of SPEC 2.1.
$ fs-policy
>>> stdout
key	value	origin
attendance.min_ratio	2/3	default
attendance.count_village_business	yes	default
attendance.count_training	yes	default
attendance.recall_absence_days	30	default
attendance.min_days	0	default
attendance.min_month_days	0	default
attendance.max_leave_days	0	default
roster.min_term_months	24	default
roster.medical_exam_months	12	default
funds.min_annual_support	10000.00	default
funds.idle_days	365	default
households.poverty_line	4000.00	default
households.monitor_line	6000.00	default
households.review_line	8000.00	default
households.max_per_helper	5	default
rectify.due_soon_days	14	default
audit.notice_days	7	default
audit.result_notice_days	90	default
audit.quorum	2/3	default
