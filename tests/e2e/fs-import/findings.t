# fs-import judges nothing: --findings gives an empty findings stream.
$ fs-import --findings a.csv
<<< a.csv
name
张三
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
