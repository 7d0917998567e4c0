# Emoji shown as pictures (✅ ❌, common in Chinese office text) take two
# columns, as Chinese does: a detail of 40 of them wraps at 78 columns, 36
# on a line after the indent of 6 (before, counted one column each, they
# made a line of 86).
$ fs-report --as-of 2026-01-01 e.f | tail -n 2
<<< e.f
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-x	r.a	warning	secretary	S1	V1	2026	❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌	
>>> stdout
      ❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌❌
      ❌❌❌❌
