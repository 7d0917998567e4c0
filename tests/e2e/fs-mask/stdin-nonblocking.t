# A standard input left non-blocking by the program that made the pipe
# says EAGAIN when its writer is behind: the tool waits for the rows
# instead of failing ('<stdin>: Resource temporarily unavailable', exit
# 2).  The writer here sends 50 bytes, waits, sends up to 200,000 bytes,
# waits, then sends the rest, 4 KB at a time.  The same
# for fs-check (the reader), fs-households with two threads (the pipe's
# reading thread, common/pipe.c) and fs-import.
$ awk 'BEGIN { print "household_id\thead_name\tnote"; for (i = 1; i <= 20000; i++) printf "H%06d\tname %d\tpadding text for the row\n", i, i }' > h.tsv; fs-mask --mask head_name < h.tsv | wc -c; python3 nb.py h.tsv fs-mask --mask head_name; awk 'BEGIN { print "secretary_id\tdate\tstatus"; for (i = 1; i <= 20000; i++) printf "S%05d\t2026-03-02\tin_village\n", i }' > a.tsv; python3 nb.py a.tsv fs-check -j 2 -t attendance; awk -v n=20000 -v from=1 -f "$FS_TOP/tests/e2e/fs-households/files/register.awk" > r.tsv; fs-households -j 2 --as-of 2026-06-30 < r.tsv | wc -c; python3 nb.py r.tsv fs-households -j 2 --as-of 2026-06-30; printf 'a,b\n1,2\n' > x.csv; python3 nb.py x.csv fs-import
<<< nb.py
import fcntl, os, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(r, fcntl.F_SETFL, os.O_NONBLOCK)
p = subprocess.Popen(sys.argv[2:], stdin=r, stdout=subprocess.PIPE)
os.close(r)
data = open(sys.argv[1], 'rb').read()
at = 0
for pause in (50, 200000, len(data)):
    while at < min(pause, len(data)):
        at += os.write(w, data[at:min(at + 4096, pause)])
    time.sleep(0.3)
os.close(w)
out = p.stdout.read()
print("exit", p.wait(), "bytes", len(out))
>>> requires python3
>>> stdout
868922
exit 0 bytes 868922
exit 0 bytes 50
1775865
exit 1 bytes 1775865
exit 0 bytes 8
