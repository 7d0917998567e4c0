# A county or township heading wider than a line is wrapped, and its
# underline is as wide as a line: the text still fits 78 columns.
$ fs-report --as-of 2026-11-27 --villages v.tsv f.findings | wc -L; fs-report --as-of 2026-11-27 --villages v.tsv f.findings | sed -n '/^青山县/,/^-/p'
<<< v.tsv
village_id	name	township	county
V01	西岭村	Township with a name far longer than any line of a mail could hold, as typed	青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县
<<< f.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.no-plan	violation	household	H04	V01		no plan	h.tsv:5
>>> stdout
78
青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县
青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县青山县
青山县青山县青山县青山县
==============================================================================

Township with a name far longer than any line of a mail could hold, as typed
----------------------------------------------------------------------------
