# The installed rules, red-envelope (violation): 红包, 利是, red
# envelope/packet, hongbao, lai see.  P rows must give it (a returned
# one too: still worth a look; 现金红包 and 红包礼金 give it alone), N rows
# nothing: red packaging (红包装), 福利是, red paper.  T rows, a rule read
# out at a training, give it too: a rule that passed over a clause of
# prohibition (严禁, 不准, 不得 ...) would miss P15 to P17 (fs-audit(1)).
$ fs-audit conduct --as-of 2026-04-01 c.tsv | cut -f 2,5-
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	P01	gift	yes	收到两个红包，已当场退回
2026-03-01	P02	gift	yes	村民春节送来利是，已退还
2026-03-01	P03	gift	yes	村民办喜事硬塞给驻村书记一个红包
2026-03-01	P04	gift	yes	微信红包200元，已退回
2026-03-01	P05	gift	yes	拒绝后村民仍把红包塞进包里，次日退还
2026-03-01	P06	gift	yes	不得已收下红包，次日退还
2026-03-01	P07	gift	yes	收受红包礼金各一次，已退回
2026-03-01	P08	gift	yes	收到现金红包，已退回
2026-03-01	P09	gift	yes	当场拒收红包
2026-03-01	P10	gift	yes	returned a Red Envelope from a villager
2026-03-01	P11	gift	yes	villager left a red packet on the desk, returned next day
2026-03-01	P12	gift	yes	hongbao of 200 yuan via WeChat, returned
2026-03-01	P13	gift	yes	received two red-envelopes at the wedding
2026-03-01	P14	gift	yes	lai see from a shop owner at New Year, handed back
2026-03-01	P15	gift	yes	不准备退还红包
2026-03-01	P16	gift	yes	舍不得退还红包
2026-03-01	P17	gift	yes	I may not have returned the red envelope yet
2026-03-01	T01	meal	yes	参加廉政警示教育培训，学习严禁收受红包礼金规定，已交餐费
2026-03-01	N02	reimbursement	yes	春节福利是单位统一发的米面油，误报已退
2026-03-01	N03	reimbursement	yes	红包装袋误报为办公用品，已退还
2026-03-01	T02	meal	yes	廉政教育：不准收受红包，不准接受宴请；食堂就餐已付费
2026-03-01	T03	reimbursement	yes	杜绝红包、礼金等不正之风，签订廉洁承诺书的打印费已退
2026-03-01	T04	meal	yes	anti-graft training: officials must not accept red envelopes; lunch paid
2026-03-01	N07	reimbursement	yes	red paper and envelopes for the Spring Festival couplets, refunded
2026-03-01	T05	meal	yes	ban on red envelopes and cash gifts read out at the branch meeting; meal paid
2026-03-01	N09	reimbursement	yes	red folder for the subsidy forms, refunded
2026-03-01	N10	reimbursement	yes	red banner for the village meeting, refunded
>>> stdout
secretary_id	note	problems
P01	收到两个红包，已当场退回	audit.keyword.red-envelope
P02	村民春节送来利是，已退还	audit.keyword.red-envelope
P03	村民办喜事硬塞给驻村书记一个红包	audit.keyword.red-envelope
P04	微信红包200元，已退回	audit.keyword.red-envelope
P05	拒绝后村民仍把红包塞进包里，次日退还	audit.keyword.red-envelope
P06	不得已收下红包，次日退还	audit.keyword.red-envelope
P07	收受红包礼金各一次，已退回	audit.keyword.red-envelope
P08	收到现金红包，已退回	audit.keyword.red-envelope
P09	当场拒收红包	audit.keyword.red-envelope
P10	returned a Red Envelope from a villager	audit.keyword.red-envelope
P11	villager left a red packet on the desk, returned next day	audit.keyword.red-envelope
P12	hongbao of 200 yuan via WeChat, returned	audit.keyword.red-envelope
P13	received two red-envelopes at the wedding	audit.keyword.red-envelope
P14	lai see from a shop owner at New Year, handed back	audit.keyword.red-envelope
P15	不准备退还红包	audit.keyword.red-envelope
P16	舍不得退还红包	audit.keyword.red-envelope
P17	I may not have returned the red envelope yet	audit.keyword.red-envelope
T01	参加廉政警示教育培训，学习严禁收受红包礼金规定，已交餐费	audit.keyword.red-envelope
N02	春节福利是单位统一发的米面油，误报已退	
N03	红包装袋误报为办公用品，已退还	
T02	廉政教育：不准收受红包，不准接受宴请；食堂就餐已付费	audit.keyword.red-envelope
T03	杜绝红包、礼金等不正之风，签订廉洁承诺书的打印费已退	audit.keyword.red-envelope,audit.keyword.cash-gift
T04	anti-graft training: officials must not accept red envelopes; lunch paid	audit.keyword.red-envelope
N07	red paper and envelopes for the Spring Festival couplets, refunded	
T05	ban on red envelopes and cash gifts read out at the branch meeting; meal paid	audit.keyword.red-envelope,audit.keyword.cash-gift
N09	red folder for the subsidy forms, refunded	
N10	red banner for the village meeting, refunded	