# No file, or -, is standard input.
$ fs-check --type villages
<<< -
village_id	name	township	county
V01	石门村	城关镇	青山县
V02	河西村	城关镇	青山县
>>> stdout
file	type	rows	invalid
<stdin>	villages	2	0
