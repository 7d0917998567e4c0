# The appended ledger keeps its permissions, its group and, when the
# append runs as root (a cron job), its owner: the clerk's ledger stays
# the clerk's.  As another user the file's owner and group are the
# user's own, and the permissions are the ledger's all the same.
$ fs-seal f.tsv > l.tsv; if [ "$(id -u)" = 0 ]; then chown 65534:65534 l.tsv; fi; chmod 640 l.tsv; stat -c '%u:%g %a' l.tsv > before; fs-seal --append --as-of 2026-04-01 l.tsv n.tsv; echo "exit $?"; stat -c '%u:%g %a' l.tsv > after; cmp before after && cut -d ' ' -f 2 after; wc -l < l.tsv
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
<<< n.tsv
date	village_id	amount	note
2026-01-03	V01	300.00	third
>>> stdout
exit 0
640
3
