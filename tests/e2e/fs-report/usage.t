# An unknown --format is a usage error: exit 2, the usage on stderr.
$ fs-report --format pdf warn.findings
<<< warn.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
>>> stderr
fs-report: --format: not one of: text, markdown, html (got 'pdf')
usage: fs-report [--format text|markdown|html] [--villages FILE]
                 [--progress FILE] [options] [FINDINGS...]
Make the compliance report from findings streams (standard input when
no file is named): a summary by severity, rule and village, then the
findings of each county, township and village.  With --findings, the
merged streams are written instead, sorted, without repeats.
  --format FORMAT    text (default; fits an 80-column e-mail), markdown,
                     or html (one self-contained page with SVG charts)
  --villages FILE    village_id name township county: names and groups
  --progress FILE    fs-rectify --progress output: rectification progress
  --as-of DATE       the day the report is made for (default: today)
  --policy FILE      policy overrides (default: $FS_POLICY)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         write the findings stream instead of the table
  --strict-warnings  exit 1 on warnings too
  -h, --help         this help;  --version  the version
>>> status 2
