# HTML is self-contained: a style element, inline SVG, no script, link,
# image, external URL or @import; the only URL is SVG's namespace.
$ fs-report --format html --as-of 2026-11-27 --villages villages.tsv --progress progress.tsv attendance.findings others.findings > r.html; grep -c '<script\|<link\|<img\|<iframe\|@import\|url(\|src=' r.html; grep -o 'https\?://[^"]*' r.html | sort | uniq -c; grep -c '<svg id="chart-' r.html; grep -c '<title>Compliance report as of 2026-11-27</title>' r.html
>>> stdout
0
      2 http://www.w3.org/2000/svg
2
1
