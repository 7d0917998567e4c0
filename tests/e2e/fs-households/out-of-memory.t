# Out of memory (nomap.so's NOMAP_ANON_FAIL: an anonymous mapping of 4 MB
# or more fails, as the household tables' do on 200,000 households): the
# run says so and ends, exit 2, without a report, and the rejects file it
# made is removed (firstsec(5)).  Before, the tables' own allocation
# ended the run without the common stop: an empty rejects file was left.
# A stop signal while that stop ends (NOMAP_EXIT_TERM: SIGTERM as exit(2)
# begins) waits, blocked, for the end under way: exit 2, the file as it
# was.  Before, it waited for ever (pause(2), every signal blocked), in
# the handler of the thread that was ending the run.
$ lib=$(dirname "$(command -v fs-households)")/nomap.so; asan="$ASAN_OPTIONS:verify_asan_link_order=0"; awk 'BEGIN { print "household_id\tvillage_id\thead_name\tmembers\tannual_income\tstatus\thead_id_number"; for (i = 0; i < 200000; i++) printf "H%07d\tV1\tA\t2\t20000.00\tnot_poor\t11010519491231002X\n", i }' > h.tsv; env ASAN_OPTIONS="$asan" NOMAP_ANON_FAIL=4194304 LD_PRELOAD="$lib" fs-households -j 1 --rejects new.tsv h.tsv > out.tsv; echo "exit $? $(wc -c < out.tsv) $(ls new.tsv 2>/dev/null)"; { echo before; timeout -s KILL 20 env ASAN_OPTIONS="$asan" NOMAP_EXIT_TERM=1 NOMAP_ANON_FAIL=4194304 LD_PRELOAD="$lib" fs-households -j 1 h.tsv; echo "exit $?"; } > out.tsv; cat out.tsv
>>> stdout
exit 2 0 
before
exit 2
>>> stderr
fs-households: out of memory
fs-households: out of memory
>>> requires nomap
