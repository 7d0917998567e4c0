# Conduct: meals, gifts and reimbursements not settled (settled missing
# counts as not settled); banquets, gambling, superstition always.  The
# table is every row plus problems, in input order; exit 1 on violations.
$ fs-audit conduct --rules none --as-of 2026-04-01 c.tsv
<<< c.tsv
date	secretary_id	kind	amount	settled	note
2026-03-01	S1	meal	35.00	no	在村民家吃饭
2026-03-02	S1	meal	35	yes	paid the host
2026-03-03	S1	meal			
2026-03-04	S2	gift	200	n	a chicken
2026-03-05	S2	gift		Y	returned
2026-03-06	S2	reimbursement	88.5		phone bill
2026-03-07	S2	reimbursement	88.5	true	refunded
2026-03-08	S3	banquet		yes	
2026-03-09	S3	gambling			
2026-03-10	S3	superstition			
>>> stdout
date	secretary_id	kind	amount	settled	note	problems
2026-03-01	S1	meal	35.00	no	在村民家吃饭	audit.unpaid-meal
2026-03-02	S1	meal	35	yes	paid the host	
2026-03-03	S1	meal				audit.unpaid-meal
2026-03-04	S2	gift	200	n	a chicken	audit.gift
2026-03-05	S2	gift		Y	returned	
2026-03-06	S2	reimbursement	88.5		phone bill	audit.reimbursement
2026-03-07	S2	reimbursement	88.5	true	refunded	
2026-03-08	S3	banquet		yes		audit.forbidden
2026-03-09	S3	gambling				audit.forbidden
2026-03-10	S3	superstition				audit.forbidden
>>> status 1
