# A standard output left non-blocking by the program that made the pipe
# (node, some job runners) says EAGAIN when its reader is behind: the
# tool waits for room instead of failing after the first megabyte
# ('<stdout>: Resource temporarily unavailable', exit 2).  The reader
# here starts late; every byte arrives.
$ awk 'BEGIN { print "household_id\thead_name\tnote"; for (i = 1; i <= 60000; i++) printf "H%06d\tname %d\tpadding text for the row\n", i, i }' > h.tsv; fs-mask --mask head_name h.tsv | wc -c; python3 nb.py fs-mask --mask head_name h.tsv
<<< nb.py
import fcntl, os, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, os.O_NONBLOCK)
p = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
time.sleep(0.5)
n = 0
while True:
    d = os.read(r, 65536)
    if not d:
        break
    n += len(d)
print("exit", p.wait(), "bytes", n)
>>> requires python3
>>> stdout
2628922
exit 0 bytes 2628922
