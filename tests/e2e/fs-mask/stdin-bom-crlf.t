# Standard input; a BOM and CRs are dropped, every other byte is kept
# (spaces, a backslash that is no escape).
$ printf '\357\273\277name\tphone\tnote\r\n张 三\t138-0013-8000\t a\\b \r\n' | fs-mask -
>>> stdout
name	phone	note
张 三	138******8000	 a\b 
