# A decimal ratio is held exactly as a fraction of int64s: 18 decimals
# fit (1/10^18), 19 or 20 do not ("too precise"), nor does a numerator
# past int64 ("too large", before it could wrap round).
$ for v in 0.000000000000000001 0.0000000000000000001 0.00000000000000000010 18446744073709551617; do printf 'key\tvalue\naudit.quorum\t%s\n' $v > p.tsv; fs-policy --policy p.tsv | grep quorum; echo "exit $?"; done
>>> stdout
audit.quorum	1/1000000000000000000	p.tsv
exit 0
exit 1
exit 1
exit 1
>>> stderr
fs-policy: p.tsv:2: column 'value': ratio too precise for audit.quorum (got '0.0000000000000000001')
fs-policy: p.tsv:2: column 'value': ratio too precise for audit.quorum (got '0.00000000000000000010')
fs-policy: p.tsv:2: column 'value': ratio too large for audit.quorum (got '18446744073709551617')
