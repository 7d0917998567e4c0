# The helpers' table compares short ids (8 bytes or less) by a word and
# their length, and longer ones by their first 8 bytes and the rest.
# Here: helper_ids of every length from 1 to 20, each with a twin that
# differs in its last byte only, and 30 ids alike in their first 12
# bytes; villages short and long, some helpers' households in two
# villages that differ only after their 8th byte; and two pairs of ids
# whose hashes share their top 32 bits (the slot's tag, so their first
# slot too), found by a search with fs_hash() of seed 0 (FS_HASH_SEED=0
# fixes it; a run draws its own): HP001124 and
# HP065556 (8 bytes), HELPER-329773 and HELPER-396318 (13 bytes, alike in
# their first 8); only their bytes tell them apart.  Every helper with
# more than 5 households is found, with its count and village, as awk
# counts them, with one thread and with two.
$ awk -f helpers.awk > h.tsv; awk -F '\t' 'NR > 1 && ($6 == "poor" || $6 == "monitored") && $8 != "" { n[$8]++; if (!($8 in v)) v[$8] = $2; else if (v[$8] != $2) m[$8] = 1 } END { for (h in n) if (n[h] > 5) print h, (h in m) ? "-" : v[h], n[h], (h in m) ? "mixed" : "one" }' h.tsv | sort > want; for j in 1 2; do FS_HASH_SEED=0 fs-households -j $j --as-of 2026-06-30 --findings h.tsv | awk -F '\t' '$2 == "households.helper-overload" { split($8, w, " "); print $5, $6 == "" ? "-" : $6, w[3], index($8, "more than one village") ? "mixed" : "one" }' | sort > got.$j; cmp want got.$j && echo "jobs $j: same, $(wc -l < want) helpers"; done; grep -c mixed want
>>> stdout
jobs 1: same, 45 helpers
jobs 2: same, 45 helpers
15
