# HTML: one page; the summary with the findings chart (inline SVG, one
# stacked bar per village, a long name cut), tables by rule (one per area)
# and village, the progress chart, then the findings of each village.
$ fs-report --format html --as-of 2026-11-27 --villages villages.tsv --progress progress.tsv attendance.findings others.findings | sed -n '/^<body>/,$p'
>>> stdout
<body>
<h1>Compliance report as of 2026-11-27</h1>
<section id="summary">
<h2>Summary</h2>
<p class="totals"><span class="sev-violation">6 violations</span>, <span class="sev-warning">3 warnings</span> (9 findings).</p>
<p>6 villages: 4 with violations, 1 with warnings only, 1 without findings.</p>
<h3>Findings per village</h3>
<svg id="chart-findings" class="chart" xmlns="http://www.w3.org/2000/svg" width="920" height="174" viewBox="0 0 920 174" role="img" aria-label="Findings per village by severity">
<rect class="legend" x="240" y="8" width="12" height="12" fill="#c0392b"></rect>
<text x="256" y="18">violations</text>
<rect class="legend" x="346" y="8" width="12" height="12" fill="#e8a317"></rect>
<text x="362" y="18">warnings</text>
<text x="232" y="45" text-anchor="end">V01 石门村</text>
<text x="248" y="45" class="none">no findings</text>
<text x="232" y="67" text-anchor="end">V02 河口村</text>
<rect class="bar violation" x="240" y="56" width="240" height="14" fill="#c0392b"><title>1 violation</title></rect>
<rect class="bar warning" x="480" y="56" width="240" height="14" fill="#e8a317"><title>1 warning</title></rect>
<text x="728" y="67">1 violation, 1 warning</text>
<text x="232" y="89" text-anchor="end">V03 柳树湾村</text>
<rect class="bar warning" x="240" y="78" width="240" height="14" fill="#e8a317"><title>1 warning</title></rect>
<text x="488" y="89">0 violations, 1 warning</text>
<text x="232" y="111" text-anchor="end">V04 上坪村</text>
<rect class="bar violation" x="240" y="100" width="240" height="14" fill="#c0392b"><title>1 violation</title></rect>
<text x="488" y="111">1 violation, 0 warnings</text>
<text x="232" y="133" text-anchor="end">V05 Xinhua Village of the Upper…</text>
<rect class="bar violation" x="240" y="122" width="480" height="14" fill="#c0392b"><title>2 violations</title></rect>
<text x="728" y="133">2 violations, 0 warnings</text>
<text x="232" y="155" text-anchor="end">V99 (not in villages.tsv)</text>
<rect class="bar violation" x="240" y="144" width="240" height="14" fill="#c0392b"><title>1 violation</title></rect>
<text x="488" y="155">1 violation, 0 warnings</text>
</svg>
<h3>By rule</h3>
<div class="rules">
<table>
<tr><th>attendance</th><th class="n">violations</th><th class="n">warnings</th></tr>
<tr><td>attendance.min-ratio</td><td class="n">1</td><td class="n">0</td></tr>
<tr><td>attendance.sending-unit-work</td><td class="n">1</td><td class="n">0</td></tr>
<tr><td>attendance.unrecorded</td><td class="n">0</td><td class="n">1</td></tr>
</table>
<table>
<tr><th>audit</th><th class="n">violations</th><th class="n">warnings</th></tr>
<tr><td>audit.gift</td><td class="n">1</td><td class="n">0</td></tr>
</table>
<table>
<tr><th>funds</th><th class="n">violations</th><th class="n">warnings</th></tr>
<tr><td>funds.idle</td><td class="n">0</td><td class="n">1</td></tr>
</table>
<table>
<tr><th>households</th><th class="n">violations</th><th class="n">warnings</th></tr>
<tr><td>households.helper-overload</td><td class="n">0</td><td class="n">1</td></tr>
</table>
<table>
<tr><th>rectify</th><th class="n">violations</th><th class="n">warnings</th></tr>
<tr><td>rectify.overdue</td><td class="n">1</td><td class="n">0</td></tr>
</table>
<table>
<tr><th>roster</th><th class="n">violations</th><th class="n">warnings</th></tr>
<tr><td>roster.no-mentor</td><td class="n">1</td><td class="n">0</td></tr>
</table>
<table>
<tr><th>seal</th><th class="n">violations</th><th class="n">warnings</th></tr>
<tr><td>seal.broken</td><td class="n">1</td><td class="n">0</td></tr>
</table>
</div>
<h3>By village</h3>
<table class="villages">
<tr><th>county, township, village</th><th class="n">violations</th><th class="n">warnings</th></tr>
<tr class="county"><td>青山县</td><td class="n">4</td><td class="n">2</td></tr>
<tr><td class="township">东岭镇</td><td class="n">1</td><td class="n">1</td></tr>
<tr><td class="village">V01 石门村</td><td class="n">0</td><td class="n">0</td></tr>
<tr><td class="village"><a href="#village-2">V02 河口村</a></td><td class="n">1</td><td class="n">1</td></tr>
<tr><td class="township">南河乡</td><td class="n">3</td><td class="n">1</td></tr>
<tr><td class="village"><a href="#village-3">V03 柳树湾村</a></td><td class="n">0</td><td class="n">1</td></tr>
<tr><td class="village"><a href="#village-4">V04 上坪村</a></td><td class="n">1</td><td class="n">0</td></tr>
<tr><td class="village"><a href="#village-5">V05 Xinhua Village of the Upper Qingshui River Valley Reservoir Area</a></td><td class="n">2</td><td class="n">0</td></tr>
<tr class="county"><td>(unnamed county)</td><td class="n">1</td><td class="n">0</td></tr>
<tr><td class="village"><a href="#village-6">V99 (not in villages.tsv)</a></td><td class="n">1</td><td class="n">0</td></tr>
<tr class="county"><td><a href="#novillage">(no village)</a></td><td class="n">1</td><td class="n">1</td></tr>
</table>
</section>
<section id="progress">
<h2>Rectification progress</h2>
<svg id="chart-progress" class="chart" xmlns="http://www.w3.org/2000/svg" width="780" height="108" viewBox="0 0 780 108" role="img" aria-label="Rectification progress per village">
<rect class="legend" x="100" y="8" width="12" height="12" fill="#2e8b57"></rect>
<text x="116" y="18">closed</text>
<rect class="legend" x="178" y="8" width="12" height="12" fill="#c8c8c8"></rect>
<text x="194" y="18">open</text>
<rect class="legend" x="242" y="8" width="12" height="12" fill="#c0392b"></rect>
<text x="258" y="18">overdue</text>
<text x="92" y="45" text-anchor="end">V01 石门村</text>
<rect class="bar closed" x="100" y="34" width="480" height="14" fill="#2e8b57"><title>2 closed</title></rect>
<text x="588" y="45">2/2 (100.0%)</text>
<text x="92" y="67" text-anchor="end">V03 柳树湾村</text>
<rect class="bar closed" x="100" y="56" width="160" height="14" fill="#2e8b57"><title>1 closed</title></rect>
<rect class="bar open" x="260" y="56" width="320" height="14" fill="#c8c8c8"><title>2 open, not overdue</title></rect>
<text x="588" y="67">1/3 (33.3%)</text>
<text x="92" y="89" text-anchor="end">V04 上坪村</text>
<rect class="bar closed" x="100" y="78" width="240" height="14" fill="#2e8b57"><title>1 closed</title></rect>
<rect class="bar overdue" x="340" y="78" width="240" height="14" fill="#c0392b"><title>1 overdue</title></rect>
<text x="588" y="89">1/2 (50.0%)</text>
</svg>
<table class="progress">
<tr><th>village</th><th class="n">total</th><th class="n">closed</th><th class="n">overdue</th><th class="n">closed %</th></tr>
<tr><td>V01 石门村</td><td class="n">2</td><td class="n">2</td><td class="n">0</td><td class="n">100.0</td></tr>
<tr><td>V03 柳树湾村</td><td class="n">3</td><td class="n">1</td><td class="n">0</td><td class="n">33.3</td></tr>
<tr><td>V04 上坪村</td><td class="n">2</td><td class="n">1</td><td class="n">1</td><td class="n">50.0</td></tr>
</table>
</section>
<section class="county">
<h2>青山县</h2>
<h3>东岭镇</h3>
<h4 id="village-2">V02 河口村 <small>1 violation, 1 warning</small></h4>
<table class="findings">
<tr><th>severity</th><th>rule</th><th>entity</th><th>entity_id</th><th>period</th><th>detail</th><th>source</th></tr>
<tr><td class="sev-violation">violation</td><td>roster.no-mentor</td><td>secretary</td><td>S02</td><td></td><td>serving in V02 with no mentor_id (township committee member assigned one-to-one)</td><td>roster.tsv:3</td></tr>
<tr><td class="sev-warning">warning</td><td>attendance.unrecorded</td><td>secretary</td><td>S02</td><td>2026</td><td>no record for 6 of 224 working days so far</td><td></td></tr>
</table>
<h3>南河乡</h3>
<h4 id="village-3">V03 柳树湾村 <small>0 violations, 1 warning</small></h4>
<table class="findings">
<tr><th>severity</th><th>rule</th><th>entity</th><th>entity_id</th><th>period</th><th>detail</th><th>source</th></tr>
<tr><td class="sev-warning">warning</td><td>funds.idle</td><td>village</td><td>V03</td><td>2025-04-12</td><td>support: 4000.00 held unspent since 2025-04-12, 594 days (more than 365)</td><td></td></tr>
</table>
<h4 id="village-4">V04 上坪村 <small>1 violation, 0 warnings</small></h4>
<table class="findings">
<tr><th>severity</th><th>rule</th><th>entity</th><th>entity_id</th><th>period</th><th>detail</th><th>source</th></tr>
<tr><td class="sev-violation">violation</td><td>rectify.overdue</td><td>item</td><td>R-V04-02</td><td>2026-10-31</td><td>deadline 2026-10-31 passed 27 days ago; not closed</td><td>rectify.tsv:9</td></tr>
</table>
<h4 id="village-5">V05 Xinhua Village of the Upper Qingshui River Valley Reservoir Area <small>2 violations, 0 warnings</small></h4>
<table class="findings">
<tr><th>severity</th><th>rule</th><th>entity</th><th>entity_id</th><th>period</th><th>detail</th><th>source</th></tr>
<tr><td class="sev-violation">violation</td><td>attendance.min-ratio</td><td>secretary</td><td>S05</td><td>2026</td><td>in village 132 of 224 working days so far (0.5893); 166 required of 248, at most 156 still possible</td><td></td></tr>
<tr><td class="sev-violation">violation</td><td>attendance.sending-unit-work</td><td>secretary</td><td>S05</td><td>2026</td><td>86 working days doing work for the sending unit</td><td></td></tr>
</table>
</section>
<section class="county">
<h2>(unnamed county)</h2>
<h4 id="village-6">V99 (not in villages.tsv) <small>1 violation, 0 warnings</small></h4>
<table class="findings">
<tr><th>severity</th><th>rule</th><th>entity</th><th>entity_id</th><th>period</th><th>detail</th><th>source</th></tr>
<tr><td class="sev-violation">violation</td><td>audit.gift</td><td>secretary</td><td>S09</td><td>2026-06-03</td><td>gift not returned (settled: no, amount 200.00)</td><td>conduct.tsv:7</td></tr>
</table>
</section>
<section id="novillage">
<h2>Not tied to a village</h2>
<table class="findings">
<tr><th>severity</th><th>rule</th><th>entity</th><th>entity_id</th><th>period</th><th>detail</th><th>source</th></tr>
<tr><td class="sev-violation">violation</td><td>seal.broken</td><td>ledger</td><td>rectify.tsv</td><td></td><td>the chain breaks at line 28: seal does not match (a row edited, inserted, deleted or moved)</td><td>rectify.tsv:28</td></tr>
<tr><td class="sev-warning">warning</td><td>households.helper-overload</td><td>helper</td><td>H0901</td><td></td><td>linked to 6 poor or monitored households, more than 5</td><td></td></tr>
</table>
</section>
<footer>Made by fs-report (firstsec) from the findings streams of the firstsec tools.</footer>
</body>
</html>
