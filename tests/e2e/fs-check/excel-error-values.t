# The error values of newer Excel are a spreadsheet's error values, as
# #N/A is, in every column that says so: #FIELD!, #SPILL!, #CALC!,
# #BLOCKED!, #CONNECT!, #BUSY!, #UNKNOWN!, #GETTING_DATA.
$ fs-check --type households h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	food_clothing
H1	V1	Zhang	3	#FIELD!	poor	W1	yes
H2	V1	Zhang	#SPILL!	9000.00	poor	W1	yes
H3	V1	Zhang	3	9000.00	poor	#CALC!	yes
H4	V1	Zhang	3	9000.00	poor	#BLOCKED!	yes
H5	V1	Zhang	3	#CONNECT!	poor	W1	yes
H6	V1	Zhang	3	9000.00	poor	W1	#BUSY!
H7	V1	Zhang	#UNKNOWN!	9000.00	poor	W1	yes
H8	V1	Zhang	3	#GETTING_DATA	poor	W1	yes
>>> stderr
fs-check: h.tsv:2: column 'annual_income': a spreadsheet's error value (a formula failed: put the value itself) (got '#FIELD!')
fs-check: h.tsv:3: column 'members': a spreadsheet's error value (a formula failed: put the value itself) (got '#SPILL!')
fs-check: h.tsv:4: column 'helper_id': a spreadsheet's error value (a formula failed: put the id itself) (got '#CALC!')
fs-check: h.tsv:5: column 'helper_id': a spreadsheet's error value (a formula failed: put the id itself) (got '#BLOCKED!')
fs-check: h.tsv:6: column 'annual_income': a spreadsheet's error value (a formula failed: put the value itself) (got '#CONNECT!')
fs-check: h.tsv:7: column 'food_clothing': a spreadsheet's error value (a formula failed: put the value itself) (got '#BUSY!')
fs-check: h.tsv:8: column 'members': a spreadsheet's error value (a formula failed: put the value itself) (got '#UNKNOWN!')
fs-check: h.tsv:9: column 'annual_income': a spreadsheet's error value (a formula failed: put the value itself) (got '#GETTING_DATA')
>>> status 2
