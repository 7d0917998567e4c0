# --findings: fs-policy judges nothing, so its findings stream is empty
# (the header only), not the table, and fs-report takes it.
$ fs-policy --findings; fs-policy --findings | fs-report --findings; echo "exit $?"
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
tool	rule	severity	entity	entity_id	village_id	period	detail	source
exit 0
