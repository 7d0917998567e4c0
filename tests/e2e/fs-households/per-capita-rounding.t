# per_capita is rounded half away from zero, for losses too, and exactly
# for the largest amounts (where it cannot be computed in 64 bits).
$ fs-households --as-of 2026-06-30 h.tsv | cut -f 1,4,5,7
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
R1	V01	张三	2	0.05	not_poor
R2	V01	张三	2	-0.05	not_poor
R3	V01	张三	2	-0.01	not_poor
R4	V01	张三	3	100	not_poor
R5	V01	张三	3	-100	not_poor
R6	V01	张三	8	0.04	not_poor
R7	V01	张三	8	-0.04	not_poor
R8	V01	张三	8	0.03	not_poor
R9	V01	张三	1	-2000.00	not_poor
R10	V01	张三	3	92233720368547758.07	not_poor
R11	V01	张三	3	-92233720368547758.07	not_poor
R12	V01	张三	9223372036854775807	92233720368547758.07	not_poor
R13	V01	张三	9223372036854775807	46116860184273879.04	not_poor
>>> stdout
household_id	members	annual_income	per_capita
R1	2	0.05	0.03
R2	2	-0.05	-0.03
R3	2	-0.01	-0.01
R4	3	100	33.33
R5	3	-100	-33.33
R6	8	0.04	0.01
R7	8	-0.04	-0.01
R8	8	0.03	0.00
R9	1	-2000.00	-2000.00
R10	3	92233720368547758.07	30744573456182586.02
R11	3	-92233720368547758.07	-30744573456182586.02
R12	9223372036854775807	92233720368547758.07	0.01
R13	9223372036854775807	46116860184273879.04	0.01
