# --version names the tool and the toolkit.
$ fs-households --version
>>> stdout
fs-households (firstsec) 0.1.0
