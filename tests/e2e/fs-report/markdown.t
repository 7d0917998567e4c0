# Markdown: headings and pipe tables; every character Markdown reads as
# markup is escaped with a backslash, in names, rules and details alike; a
# decoded tab is a space.
$ fs-report --format markdown --as-of 2026-11-27 --villages esc-villages.tsv esc.findings
<<< esc.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.keyword.a|b*c	violation	secretary	S<1>	V&1	2026-05-06	note "红包" & <b>\tbold</b> it's [x](y) _z_ `c` #1 ~s~ a\\b	c.tsv:2
<<< esc-villages.tsv
village_id	name	township	county
V&1	<i>"村"</i> & 'co'	A|B	*C*
>>> stdout
# Compliance report as of 2026-11-27

## Summary

1 finding: **1 violation**, 0 warnings.
1 village: 1 with violations, 0 with warnings only, 0 without findings.

| rule | violations | warnings |
|:--|--:|--:|
| audit.keyword.a\|b\*c | 1 | 0 |
| **total** | 1 | 0 |

| county | township | village | violations | warnings |
|:--|:--|:--|--:|--:|
| **\*C\*** |  |  | 1 | 0 |
| \*C\* | **A\|B** |  | 1 | 0 |
| \*C\* | A\|B | V\&1 \<i\>"村"\</i\> \& 'co' | 1 | 0 |

## \*C\*

### A\|B

#### V\&1 \<i\>"村"\</i\> \& 'co'

1 violation, 0 warnings.

| severity | rule | entity | entity_id | period | detail | source |
|:--|:--|:--|:--|:--|:--|:--|
| **violation** | audit.keyword.a\|b\*c | secretary | S\<1\> | 2026-05-06 | note "红包" \& \<b\> bold\</b\> it's \[x\](y) \_z\_ \`c\` \#1 \~s\~ a\\b | c.tsv:2 |
>>> status 1
