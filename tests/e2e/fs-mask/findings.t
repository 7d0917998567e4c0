# fs-mask judges nothing: --findings gives the header alone, exit 0.
$ fs-mask --findings --strict-warnings t.tsv
<<< t.tsv
name	id_number
张三	110105194912310021
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
