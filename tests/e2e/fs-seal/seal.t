# fs-seal FILE copies the ledger with a last column 'seal' (the header
# gets 'seal' too): s_0 = SHA256(H), s_i = SHA256(hex(s_{i-1}) "\n" R_i).
# The expected seals were computed independently (Python hashlib).
$ fs-seal --as-of 2026-04-01 f.tsv
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-02	V01	200.00	second
2026-01-03	V01	300.00	third
>>> stdout
date	village_id	amount	note	seal
2026-01-01	V01	100.00	first	61a87e12f7957517133069aa6ed318b24d17ec6ef151f643530955ede498663b
2026-01-02	V01	200.00	second	632790351b288221298cd44c42081b3ebf67e6eb7f3372e9e3b4657d1be7cfac
2026-01-03	V01	300.00	third	084640acdffbffaf88d84db07a4c368d45bd8cd1797e4f6bdef66f711bd346b4
