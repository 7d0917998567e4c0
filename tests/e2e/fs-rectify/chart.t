# --chart --villages: names instead of ids, aligned by display width
# (Chinese two columns, Latin one); 100% full, 0% empty; a name too wide
# for its column is cut at a character and ends with an ellipsis (a wide
# character that does not fit leaves a space); a village the file does
# not name shows its id (村甲); a village without items has no bar.
$ fs-rectify --as-of 2026-10-12 --chart --villages v.tsv r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V01	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A2	V01	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
B1	V02	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
B2	V02	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
C1	V03	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
C2	V03	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
D1	V04	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
D2	V04	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
E1	V05	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
E2	V05	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
F1	V06	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
F2	V06	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
G1	村甲	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
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
Rectification progress as of 2026-10-12 (█ = 5% closed)
东坪村                              ████████████████████ 100.0%   2/2  0 overdue
Xiaohe                              ██████████            50.0%   1/2  1 overdue
石门Shimen村                                               0.0%   0/2  2 overdue
大王庄村原王庄李庄柳树沟黄土坡合…   ██████████            50.0%   1/2  0 overdue
A大王庄村原王庄李庄柳树沟黄土坡合…  ██████████            50.0%   1/2  0 overdue
Xiaohe Village of the Eastern Hil…  ██████████            50.0%   1/2  0 overdue
村甲                                                       0.0%   0/1  0 overdue
total                               █████████▎            46.2%  6/13  3 overdue
>>> status 1
