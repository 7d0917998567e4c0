# --verify --jobs, when the header ends where the reader's first window
# does (8 KiB under AddressSanitizer; 1 MiB read, without a map; 8 MiB
# mapped): row 1 edited is still found, where one thread finds it (the
# threads' reading once put the reader at the offset it started from,
# which was taken for "not read", and the ledger passed unchecked).
$ lib=$(dirname "$(command -v fs-seal)")/nomap.so; export ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0"; for w in 8192 1048576 8388608; do awk -v w=$w 'BEGIN { s = sprintf("%*s", w - 8, ""); gsub(/ /, "a", s); print s "\tb"; for (i = 1; i <= 2000; i++) printf "%d\tx%d\n", i, i }' > plain.tsv; fs-seal plain.tsv > sealed.tsv; echo "header $(head -n 1 sealed.tsv | wc -c) bytes"; sed '2s/x1/x9/' sealed.tsv > edited.tsv; for j in 1 2; do fs-seal --verify -j $j edited.tsv 2> err; echo "-j $j: exit $?, $(cut -c 1-40 err)"; LD_PRELOAD="$lib" fs-seal --verify -j $j edited.tsv 2> err; echo "-j $j, read: exit $?, $(cut -c 1-40 err)"; done; done
>>> stdout
header 8192 bytes
-j 1: exit 1, fs-seal: edited.tsv:2: the chain breaks 
-j 1, read: exit 1, fs-seal: edited.tsv:2: the chain breaks 
-j 2: exit 1, fs-seal: edited.tsv:2: the chain breaks 
-j 2, read: exit 1, fs-seal: edited.tsv:2: the chain breaks 
header 1048576 bytes
-j 1: exit 1, fs-seal: edited.tsv:2: the chain breaks 
-j 1, read: exit 1, fs-seal: edited.tsv:2: the chain breaks 
-j 2: exit 1, fs-seal: edited.tsv:2: the chain breaks 
-j 2, read: exit 1, fs-seal: edited.tsv:2: the chain breaks 
header 8388608 bytes
-j 1: exit 1, fs-seal: edited.tsv:2: the chain breaks 
-j 1, read: exit 1, fs-seal: edited.tsv:2: the chain breaks 
-j 2: exit 1, fs-seal: edited.tsv:2: the chain breaks 
-j 2, read: exit 1, fs-seal: edited.tsv:2: the chain breaks 
>>> requires nomap
