# A township or county a spreadsheet left a space after ("湘江镇 ") is
# the same group as the one without; one of spaces alone is none, under
# "(no township)"; a village name is shown without its spaces.
$ fs-report --as-of 2026-06-30 --villages vil.tsv f.findings | sed -n 14,29p
<<< vil.tsv
village_id	name	township	county
V1	甲村	湘江镇	某县
V2	乙村 	湘江镇 	某县　
V3	丙村	 	某县
V4	丁村		某县
<<< f.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.idle	warning	village	V1	V1	2026-01-01	d	
fs-funds	funds.idle	warning	village	V2	V2	2026-01-01	d	
fs-funds	funds.idle	warning	village	V3	V3	2026-01-01	d	
fs-funds	funds.idle	warning	village	V4	V4	2026-01-01	d	
>>> stdout
  village                                               violations  warnings
  某县                                                           0         4
    湘江镇                                                       0         2
      V1 甲村                                                    0         1
      V2 乙村                                                    0         1
    (no township)                                                0         2
      V3 丙村                                                    0         1
      V4 丁村                                                    0         1

某县
====

湘江镇
------

V1 甲村: 0 violations, 1 warning
