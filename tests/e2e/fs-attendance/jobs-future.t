# --jobs: records after the as-of date are judged by the threads too,
# each named by its line in the file; a record repeated in another part
# of the file, or in a file read before, gives no second finding.
$ cp a.tsv b.tsv; for j in 1 3 6; do fs-attendance --jobs $j --calendar none --as-of 2026-01-06 --findings a.tsv b.tsv | cut -f 7-9; echo "exit $?"; done
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S2	2026-01-07	leave
S1	2026-01-06	in_village
S1	2026-01-08	training
S2	2026-01-05	in_village

S2	2026-01-07	leave
S1	2026-01-09	in_village
S2	2026-01-08	absent
S1	2026-01-08	training
>>> stdout
period	detail	source
2026-01-08	record of training dated 2026-01-08, after the as-of date 2026-01-06	a.tsv:5
2026-01-09	record of in_village dated 2026-01-09, after the as-of date 2026-01-06	a.tsv:9
2026	in village 2 of 4 working days so far (0.5000); 3 needed to keep pace, 174 required of 261	
2026	no record for 2 of 4 working days so far	
2026-01-07	record of leave dated 2026-01-07, after the as-of date 2026-01-06	a.tsv:3
2026-01-08	record of absent dated 2026-01-08, after the as-of date 2026-01-06	a.tsv:10
2026	in village 1 of 4 working days so far (0.2500); 3 needed to keep pace, 174 required of 261	
2026	no record for 3 of 4 working days so far	
exit 0
period	detail	source
2026-01-08	record of training dated 2026-01-08, after the as-of date 2026-01-06	a.tsv:5
2026-01-09	record of in_village dated 2026-01-09, after the as-of date 2026-01-06	a.tsv:9
2026	in village 2 of 4 working days so far (0.5000); 3 needed to keep pace, 174 required of 261	
2026	no record for 2 of 4 working days so far	
2026-01-07	record of leave dated 2026-01-07, after the as-of date 2026-01-06	a.tsv:3
2026-01-08	record of absent dated 2026-01-08, after the as-of date 2026-01-06	a.tsv:10
2026	in village 1 of 4 working days so far (0.2500); 3 needed to keep pace, 174 required of 261	
2026	no record for 3 of 4 working days so far	
exit 0
period	detail	source
2026-01-08	record of training dated 2026-01-08, after the as-of date 2026-01-06	a.tsv:5
2026-01-09	record of in_village dated 2026-01-09, after the as-of date 2026-01-06	a.tsv:9
2026	in village 2 of 4 working days so far (0.5000); 3 needed to keep pace, 174 required of 261	
2026	no record for 2 of 4 working days so far	
2026-01-07	record of leave dated 2026-01-07, after the as-of date 2026-01-06	a.tsv:3
2026-01-08	record of absent dated 2026-01-08, after the as-of date 2026-01-06	a.tsv:10
2026	in village 1 of 4 working days so far (0.2500); 3 needed to keep pace, 174 required of 261	
2026	no record for 3 of 4 working days so far	
exit 0
