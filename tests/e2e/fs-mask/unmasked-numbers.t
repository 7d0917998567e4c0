# A column whose name ends in id_number or phone in other case, or with a
# spreadsheet's space after it, is masked; a column kept as it is that
# holds a resident ID number or a mobile number (身份证号, 联系电话) is
# said once on stderr with its first line, and the copy is made all the
# same (exit 0): before, they went on the notice board without a word.
$ fs-mask notice.tsv; echo "exit $?"
<<< notice.tsv
户主	身份证号	联系电话	Head_ID_Number	id_number 	household_id
赵强	539001197304235264	13812345678	539001197304235264	539001197304235264	HH01
钱敏	110105194912310021	02188889999	11010519491231002X	11010519491231002X	HH02
>>> stdout
户主	身份证号	联系电话	Head_ID_Number	id_number 	household_id
赵强	539001197304235264	13812345678	539001********5264	539001********5264	HH01
钱敏	110105194912310021	02188889999	110105********002X	110105********002X	HH02
exit 0
>>> stderr
fs-mask: notice.tsv:2: column '身份证号' holds a resident ID number and is not masked (rename it to end in 'id_number', which keeps its first 6 and last 4 characters; or --mask it, which keeps only its first)
fs-mask: notice.tsv:2: column '联系电话' holds a mobile number and is not masked (rename it to end in 'phone', which keeps its first 3 and last 4 characters; or --mask it, which keeps only its first)
