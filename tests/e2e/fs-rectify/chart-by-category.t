# --chart --by-category: one bar per village and category, two label
# columns; when they do not both fit, each gets at least half the room.
$ fs-rectify --as-of 2026-10-12 --chart --by-category --villages v.tsv r.tsv; fs-rectify --as-of 2026-10-12 --chart --by-category r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V01	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A2	V01	rules_not_implemented	问题	2026-01-05	整改措施	王书记	2026-09-30			
A3	V02	incomplete_committee	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A4	V02	aging_members	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A5	V02	aging_members	问题	2026-01-05	整改措施	王书记	2026-10-20			
A6	V04	weak_poverty_drive	问题	2026-01-05	整改措施	王书记	2026-10-20			
<<< v.tsv
village_id	name	township	county
V01	东坪村	东坪镇	清河县
V02	Xiaohe	东坪镇	清河县
V03	石门Shimen村	东坪镇	清河县
V04	大王庄村原王庄李庄柳树沟黄土坡合并村	西岭乡	清河县
V05	A大王庄村原王庄李庄柳树沟黄土坡合并村	西岭乡	清河县
V06	Xiaohe Village of the Eastern Hills Township	西岭乡	清河县
V99	没有整改事项的村	西岭乡	清河县
>>> stdout
Rectification progress as of 2026-10-12 by category (█ = 5% closed)
东坪村            rules_not_implem…                         0.0%  0/1  1 overdue
东坪村            weak_organization  ████████████████████ 100.0%  1/1  0 overdue
Xiaohe            aging_members      ██████████            50.0%  1/2  0 overdue
Xiaohe            incomplete_commi…  ████████████████████ 100.0%  1/1  0 overdue
大王庄村原王庄…   weak_poverty_dri…                         0.0%  0/1  0 overdue
total                                ██████████            50.0%  3/6  1 overdue
Rectification progress as of 2026-10-12 by category (█ = 5% closed)
V01    rules_not_implemented                         0.0%  0/1  1 overdue
V01    weak_organization      ████████████████████ 100.0%  1/1  0 overdue
V02    aging_members          ██████████            50.0%  1/2  0 overdue
V02    incomplete_committee   ████████████████████ 100.0%  1/1  0 overdue
V04    weak_poverty_drive                            0.0%  0/1  0 overdue
total                         ██████████            50.0%  3/6  1 overdue
>>> status 1
