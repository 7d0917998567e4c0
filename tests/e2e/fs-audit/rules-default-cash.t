# The installed rules, cash (warning): cash handed over or paid.  P rows
# must give it, N rows nothing: cash flow (现金流), non-cash (非现金),
# 金额 and 金融 after a 现 (发现金额, 兑现金额, 实现金融), cash crops,
# cash-strapped, a cashier.  T rows, a rule read out at a training, give
# their rule too: fs-audit(1).
$ fs-audit conduct --as-of 2026-04-01 c.tsv | cut -f 2,5-
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	P01	meal	yes	付现金
2026-03-01	P02	meal	yes	在农户家吃饭，付现金30元
2026-03-01	P03	reimbursement	yes	村会计现金支付私人油费，已退还
2026-03-01	P04	gift	yes	收到现金500元，已退回
2026-03-01	P05	reimbursement	yes	现金报销，无发票，已退回
2026-03-01	P06	meal	yes	dinner with the party branch; paid cash
2026-03-01	P07	meal	yes	paid 20 yuan in cash for lunch
2026-03-01	P08	reimbursement	yes	reimbursed in cash without receipt, refunded
2026-03-01	P09	reimbursement	yes	petty cash voucher no. 7, refunded
2026-03-01	P10	reimbursement	yes	cash payment for fuel, no receipt, refunded
2026-03-01	N01	reimbursement	yes	村集体现金流紧张，误报的油费已退
2026-03-01	N02	meal	yes	餐费已微信转账，非现金
2026-03-01	T01	reimbursement	yes	发现金额有误，已退回重报
2026-03-01	N04	reimbursement	yes	奖补资金兑现金额核对无误，误报的打印费已退
2026-03-01	N05	meal	yes	调研实现金融扶贫贷款全覆盖，午饭已付
2026-03-01	T03	reimbursement	yes	严禁现金发放补贴，误报的差旅费已退
2026-03-01	N07	reimbursement	yes	helped villagers plant cash crops; seedlings refunded
2026-03-01	T02	reimbursement	yes	cash flow of the cooperative reviewed; copying fee refunded
2026-03-01	N09	meal	yes	paid by WeChat transfer, non-cash
2026-03-01	N10	meal	yes	the cashier stamped the receipt for lunch
2026-03-01	N11	meal	yes	the cash-strapped cooperative asked for a loan over lunch; paid
>>> stdout
secretary_id	note	problems
P01	付现金	audit.keyword.cash
P02	在农户家吃饭，付现金30元	audit.keyword.cash
P03	村会计现金支付私人油费，已退还	audit.keyword.cash
P04	收到现金500元，已退回	audit.keyword.cash
P05	现金报销，无发票，已退回	audit.keyword.cash
P06	dinner with the party branch; paid cash	audit.keyword.cash
P07	paid 20 yuan in cash for lunch	audit.keyword.cash
P08	reimbursed in cash without receipt, refunded	audit.keyword.cash
P09	petty cash voucher no. 7, refunded	audit.keyword.cash
P10	cash payment for fuel, no receipt, refunded	audit.keyword.cash
N01	村集体现金流紧张，误报的油费已退	
N02	餐费已微信转账，非现金	
T01	发现金额有误，已退回重报	
N04	奖补资金兑现金额核对无误，误报的打印费已退	
N05	调研实现金融扶贫贷款全覆盖，午饭已付	
T03	严禁现金发放补贴，误报的差旅费已退	audit.keyword.cash
N07	helped villagers plant cash crops; seedlings refunded	
T02	cash flow of the cooperative reviewed; copying fee refunded	
N09	paid by WeChat transfer, non-cash	
N10	the cashier stamped the receipt for lunch	
N11	the cash-strapped cooperative asked for a loan over lunch; paid	