# The installed rules, shopping-card (violation): cards and vouchers of
# stored value (超市卡, 购物卡, 京东卡, 加油卡, 充值卡, 提货券, 代金券 ...;
# gift/shopping/store/supermarket/prepaid/fuel cards, gift vouchers and
# certificates).  P rows must give it, N rows nothing: a truck (卡车, even
# a supermarket's), a bank card, 一卡通, clocking in, an accounting or
# travel voucher, the village's own fuel card.
$ fs-audit conduct --as-of 2026-04-01 c.tsv | cut -f 2,5-
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	P01	gift	yes	中秋节收到超市购物卡两张，已退回
2026-03-01	P02	gift	yes	村民送超市卡一张，已退回
2026-03-01	P03	gift	yes	收到加油卡一张（500元），已退还
2026-03-01	P04	gift	yes	春节收下京东卡和礼品卡各一张，已退回
2026-03-01	P05	gift	yes	企业送提货券两张，已退回
2026-03-01	P06	gift	yes	收到话费充值卡三张，已退回
2026-03-01	P07	gift	yes	包工头送餐厅代金券，已退回
2026-03-01	P08	gift	yes	收到商场现金券，已退回
2026-03-01	P09	gift	yes	received two supermarket cards at Mid-Autumn, returned
2026-03-01	P10	gift	yes	a gift card of 500 yuan, handed back
2026-03-01	P11	gift	yes	shopping vouchers from the contractor, returned
2026-03-01	P12	gift	yes	a fuel card from the road contractor, returned
2026-03-01	P13	gift	yes	store gift certificates worth 300 yuan, returned
2026-03-01	P14	gift	yes	prepaid cards x2, returned
2026-03-01	P15	gift	yes	cash coupons from the supermarket, returned
2026-03-01	N01	reimbursement	yes	卡车运送扶贫物资的油费，已退回村集体
2026-03-01	N02	reimbursement	yes	低保补贴打入村民银行卡，误报的手续费已退
2026-03-01	N03	reimbursement	yes	差旅费已报销，附会计凭证第12号
2026-03-01	N04	reimbursement	yes	公务车加油卡充值，凭发票报销，误报部分已退
2026-03-01	N05	reimbursement	yes	惠农补贴一卡通发放核对的复印费，已退
2026-03-01	N06	meal	yes	帮村超市卡车卸货后在店主家吃饭，已付餐费
2026-03-01	N07	meal	yes	在村委会打卡签到后走访，午饭已付费
2026-03-01	N08	reimbursement	yes	travel reimbursed, accounting voucher no. 12
2026-03-01	N09	reimbursement	yes	subsidy paid to the villager's bank card; the fee was refunded
2026-03-01	N10	reimbursement	yes	village fuel card topped up for the official car, receipt attached
2026-03-01	N11	reimbursement	yes	hired a truck to move relief supplies, refunded
2026-03-01	N12	reimbursement	yes	payment voucher attached; travel voucher filed
2026-03-01	N13	reimbursement	yes	ID card copy attached to the subsidy form
>>> stdout
secretary_id	note	problems
P01	中秋节收到超市购物卡两张，已退回	audit.keyword.shopping-card
P02	村民送超市卡一张，已退回	audit.keyword.shopping-card
P03	收到加油卡一张（500元），已退还	audit.keyword.shopping-card
P04	春节收下京东卡和礼品卡各一张，已退回	audit.keyword.shopping-card
P05	企业送提货券两张，已退回	audit.keyword.shopping-card
P06	收到话费充值卡三张，已退回	audit.keyword.shopping-card
P07	包工头送餐厅代金券，已退回	audit.keyword.shopping-card
P08	收到商场现金券，已退回	audit.keyword.shopping-card
P09	received two supermarket cards at Mid-Autumn, returned	audit.keyword.shopping-card
P10	a gift card of 500 yuan, handed back	audit.keyword.shopping-card
P11	shopping vouchers from the contractor, returned	audit.keyword.shopping-card
P12	a fuel card from the road contractor, returned	audit.keyword.shopping-card
P13	store gift certificates worth 300 yuan, returned	audit.keyword.shopping-card
P14	prepaid cards x2, returned	audit.keyword.shopping-card
P15	cash coupons from the supermarket, returned	audit.keyword.shopping-card
N01	卡车运送扶贫物资的油费，已退回村集体	
N02	低保补贴打入村民银行卡，误报的手续费已退	
N03	差旅费已报销，附会计凭证第12号	
N04	公务车加油卡充值，凭发票报销，误报部分已退	
N05	惠农补贴一卡通发放核对的复印费，已退	
N06	帮村超市卡车卸货后在店主家吃饭，已付餐费	
N07	在村委会打卡签到后走访，午饭已付费	
N08	travel reimbursed, accounting voucher no. 12	
N09	subsidy paid to the villager's bank card; the fee was refunded	
N10	village fuel card topped up for the official car, receipt attached	
N11	hired a truck to move relief supplies, refunded	
N12	payment voucher attached; travel voucher filed	
N13	ID card copy attached to the subsidy form	
