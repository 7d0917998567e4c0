# HTML: & < > " ' are written as references in every text from the inputs
# (names, townships, counties, rules, ids, details); a decoded tab is a
# space; nothing raw gets through.
$ fs-report --format html --as-of 2026-11-27 --villages esc-villages.tsv esc.findings > r.html; grep -c '<i>\|<b>\|"村\|'"'"'co' r.html; grep -o '&lt;i&gt;&quot;村&quot;&lt;/i&gt; &amp; &#39;co&#39;' r.html | sort | uniq -c; grep -o 'note &quot;红包&quot; &amp; &lt;b&gt; bold&lt;/b&gt; it&#39;s' r.html; grep -o '>A|B<\|<h2>\*C\*</h2>\|S&lt;1&gt;\|audit.keyword.a|b\*c' r.html | sort | uniq -c
<<< esc.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.keyword.a|b*c	violation	secretary	S<1>	V&1	2026-05-06	note "红包" & <b>\tbold</b> it's [x](y) _z_ `c` #1 ~s~ a\\b	c.tsv:2
<<< esc-villages.tsv
village_id	name	township	county
V&1	<i>"村"</i> & 'co'	A|B	*C*
>>> stdout
0
      3 &lt;i&gt;&quot;村&quot;&lt;/i&gt; &amp; &#39;co&#39;
note &quot;红包&quot; &amp; &lt;b&gt; bold&lt;/b&gt; it&#39;s
      1 <h2>*C*</h2>
      2 >A|B<
      1 S&lt;1&gt;
      2 audit.keyword.a|b*c
