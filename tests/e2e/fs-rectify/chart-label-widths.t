# The chart's label column is as wide as its widest label on screen:
# 힣 (U+D7A3, the last of the Hangul syllables) and 😀 (U+1F600, four
# bytes) are two columns wide each, so five spaces pad them to the
# seven columns of 'total' and its two; 𝐀 (U+1D400, four bytes too) is
# one column wide, and gets six.
$ for n in 힣 😀 𝐀; do printf 'village_id\tname\nV1\t%s\n' $n > v.tsv; fs-rectify --as-of 2026-10-12 --chart --villages v.tsv r.tsv | sed -n 2p | sed 's/█.*//; s/ /_/g'; done
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V1	weak	p	2026-01-05	m	r	2026-06-30	2026-06-01	e	v
>>> stdout
힣_____
😀_____
𝐀______
