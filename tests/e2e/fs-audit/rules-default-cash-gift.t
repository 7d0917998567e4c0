# The installed rules, cash-gift (violation): 礼金, cash/money/monetary
# gifts, gifts of cash or money, gift money.  P rows must give it and
# nothing else ('returned gifts of cash' is one finding, not cash too),
# N rows nothing: 慰问金, 奖励金, gifts of goods, gift shops.  T rows, a
# rule read out at a training, give it too: fs-audit(1).
$ fs-audit conduct --as-of 2026-04-01 c.tsv | cut -f 2,5-
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	P01	gift	yes	节日礼金500元，已退回
2026-03-01	P02	gift	yes	收受村民礼金，尚未退还
2026-03-01	P03	gift	yes	婚宴上村民塞了礼金，已退
2026-03-01	P04	gift	yes	拒收礼金未果，次日退还
2026-03-01	P05	gift	yes	退回礼金2000元
2026-03-01	P06	gift	yes	收到现金礼金一千元，已退回
2026-03-01	P07	gift	yes	returned gifts of cash
2026-03-01	P08	gift	yes	a cash gift from the contractor, returned
2026-03-01	P09	gift	yes	cash-gifts at the wedding, handed back
2026-03-01	P10	gift	yes	monetary gift of 1000 yuan, returned
2026-03-01	P11	gift	yes	gift money left at the office, returned next day
2026-03-01	P12	gift	yes	a gift of money for the new year, returned
2026-03-01	N01	reimbursement	yes	敬老院慰问金发放的车费，误报已退
2026-03-01	N02	meal	yes	参加村民婚礼，未随礼，喜宴餐费已付
2026-03-01	T01	meal	yes	廉洁纪律学习：严禁收受礼金；餐费已交
2026-03-01	N04	reimbursement	yes	给优秀党员发放奖励金的横幅费，已退
2026-03-01	N05	reimbursement	yes	节日礼品由单位统一采购分发给五保户，误报已退
2026-03-01	N06	reimbursement	yes	gift shop receipt for the training souvenirs, refunded
2026-03-01	N07	reimbursement	yes	money transferred to the cooperative's account by mistake, refunded
2026-03-01	T02	meal	yes	training on the ban on cash gifts; lunch paid
2026-03-01	N09	reimbursement	yes	gifts for the elderly bought with the unit's funds, refunded
2026-03-01	N10	meal	yes	monetary policy lecture at the county school; lunch paid
>>> stdout
secretary_id	note	problems
P01	节日礼金500元，已退回	audit.keyword.cash-gift
P02	收受村民礼金，尚未退还	audit.keyword.cash-gift
P03	婚宴上村民塞了礼金，已退	audit.keyword.cash-gift
P04	拒收礼金未果，次日退还	audit.keyword.cash-gift
P05	退回礼金2000元	audit.keyword.cash-gift
P06	收到现金礼金一千元，已退回	audit.keyword.cash-gift
P07	returned gifts of cash	audit.keyword.cash-gift
P08	a cash gift from the contractor, returned	audit.keyword.cash-gift
P09	cash-gifts at the wedding, handed back	audit.keyword.cash-gift
P10	monetary gift of 1000 yuan, returned	audit.keyword.cash-gift
P11	gift money left at the office, returned next day	audit.keyword.cash-gift
P12	a gift of money for the new year, returned	audit.keyword.cash-gift
N01	敬老院慰问金发放的车费，误报已退	
N02	参加村民婚礼，未随礼，喜宴餐费已付	
T01	廉洁纪律学习：严禁收受礼金；餐费已交	audit.keyword.cash-gift
N04	给优秀党员发放奖励金的横幅费，已退	
N05	节日礼品由单位统一采购分发给五保户，误报已退	
N06	gift shop receipt for the training souvenirs, refunded	
N07	money transferred to the cooperative's account by mistake, refunded	
T02	training on the ban on cash gifts; lunch paid	audit.keyword.cash-gift
N09	gifts for the elderly bought with the unit's funds, refunded	
N10	monetary policy lecture at the county school; lunch paid	