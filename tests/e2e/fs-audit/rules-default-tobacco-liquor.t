# The installed rules, tobacco-liquor (warning): cigarettes and liquor in
# the forms a gift takes (条烟, 香烟, 好烟, 软中华, 烟酒, 白酒, 茅台, 两瓶酒,
# 一箱红酒 ...; cigarettes, liquor, baijiu, bottles or cases of wine ...).
# Never a bare 烟 or 酒: P rows must give it, N rows nothing: a chimney
# (烟囱), fireworks, a smoking area, a range hood, a hotel (酒店: a stay is
# a reimbursement to judge by its kind, not a keyword), a distillery,
# a tobacconist (烟酒店), alcohol (酒精), tobacco leaf, 中华人民共和国,
# cigarette butts, a liquor licence.
$ fs-audit conduct --as-of 2026-04-01 c.tsv | cut -f 2,5-
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	P01	gift	yes	收到两条烟和一箱白酒
2026-03-01	P02	gift	yes	两条香烟
2026-03-01	P03	gift	yes	村民送来一条中华，已退回
2026-03-01	P04	meal	yes	吃饭时喝了村民带来的茅台，已付费
2026-03-01	P05	gift	yes	春节收到两瓶五粮液，已退回
2026-03-01	P06	gift	yes	收下一箱红酒，已退回
2026-03-01	P07	gift	yes	送了两瓶酒，已退回
2026-03-01	P08	meal	yes	农户拿好烟好酒招待，已付餐费
2026-03-01	P09	gift	yes	收到软中华两包，已退回
2026-03-01	P10	gift	yes	received two cartons of cigarettes and a case of baijiu
2026-03-01	P11	gift	yes	two bottles of Moutai from the contractor, returned
2026-03-01	P12	gift	yes	a case of imported wine, returned
2026-03-01	P13	gift	yes	a bottle of cognac at the Spring Festival visit, returned
2026-03-01	P14	gift	yes	liquor and cigarettes from the road contractor, returned
2026-03-01	N01	meal	yes	帮五保户修好烟囱，在他家吃饭已付费
2026-03-01	N02	meal	yes	春节燃放烟花安全巡查，午饭已付
2026-03-01	N03	meal	yes	村委会设置吸烟区，会后食堂就餐已付费
2026-03-01	N04	reimbursement	yes	村委会食堂抽油烟机维修费，已退回
2026-03-01	N05	reimbursement	yes	住酒店参加县里培训，住宿费误报已退
2026-03-01	N06	meal	yes	带合作社参观白酒厂，午饭已付
2026-03-01	N07	meal	yes	在村口烟酒店买矿泉水，已付钱
2026-03-01	N08	reimbursement	yes	购买两瓶酒精消毒，误报已退
2026-03-01	N09	meal	yes	收购烟叶核对过磅单后在农户家吃饭，已付费
2026-03-01	N10	meal	yes	学习宪法第一条中华人民共和国是工人阶级领导的国家，已交餐费
2026-03-01	T01	meal	yes	廉政教育：严禁收受烟酒；午饭已付
2026-03-01	N12	meal	yes	在知名酒店召开座谈会，餐费已付
2026-03-01	N13	reimbursement	yes	stayed at a hotel for the county training, refunded
2026-03-01	N14	meal	yes	cleaned up cigarette butts in the village square, lunch paid
2026-03-01	N15	meal	yes	helped the shop renew its liquor license; lunch paid
2026-03-01	N16	meal	yes	visited the baijiu distillery with the cooperative; lunch paid
2026-03-01	N17	reimbursement	yes	two bottles of water for the volunteers, refunded
2026-03-01	N18	meal	yes	fireworks safety check before Spring Festival; lunch paid
2026-03-01	N19	meal	yes	repaired the chimney of a five-guarantee household, ate there and paid
>>> stdout
secretary_id	note	problems
P01	收到两条烟和一箱白酒	audit.keyword.tobacco-liquor
P02	两条香烟	audit.keyword.tobacco-liquor
P03	村民送来一条中华，已退回	audit.keyword.tobacco-liquor
P04	吃饭时喝了村民带来的茅台，已付费	audit.keyword.tobacco-liquor
P05	春节收到两瓶五粮液，已退回	audit.keyword.tobacco-liquor
P06	收下一箱红酒，已退回	audit.keyword.tobacco-liquor
P07	送了两瓶酒，已退回	audit.keyword.tobacco-liquor
P08	农户拿好烟好酒招待，已付餐费	audit.keyword.tobacco-liquor
P09	收到软中华两包，已退回	audit.keyword.tobacco-liquor
P10	received two cartons of cigarettes and a case of baijiu	audit.keyword.tobacco-liquor
P11	two bottles of Moutai from the contractor, returned	audit.keyword.tobacco-liquor
P12	a case of imported wine, returned	audit.keyword.tobacco-liquor
P13	a bottle of cognac at the Spring Festival visit, returned	audit.keyword.tobacco-liquor
P14	liquor and cigarettes from the road contractor, returned	audit.keyword.tobacco-liquor
N01	帮五保户修好烟囱，在他家吃饭已付费	
N02	春节燃放烟花安全巡查，午饭已付	
N03	村委会设置吸烟区，会后食堂就餐已付费	
N04	村委会食堂抽油烟机维修费，已退回	
N05	住酒店参加县里培训，住宿费误报已退	
N06	带合作社参观白酒厂，午饭已付	
N07	在村口烟酒店买矿泉水，已付钱	
N08	购买两瓶酒精消毒，误报已退	
N09	收购烟叶核对过磅单后在农户家吃饭，已付费	
N10	学习宪法第一条中华人民共和国是工人阶级领导的国家，已交餐费	
T01	廉政教育：严禁收受烟酒；午饭已付	audit.keyword.tobacco-liquor
N12	在知名酒店召开座谈会，餐费已付	
N13	stayed at a hotel for the county training, refunded	
N14	cleaned up cigarette butts in the village square, lunch paid	
N15	helped the shop renew its liquor license; lunch paid	
N16	visited the baijiu distillery with the cooperative; lunch paid	
N17	two bottles of water for the volunteers, refunded	
N18	fireworks safety check before Spring Festival; lunch paid	
N19	repaired the chimney of a five-guarantee household, ate there and paid	