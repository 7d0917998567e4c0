$ fs-check --version; fs-check --help | head -1
>>> stdout
fs-check (firstsec) 0.1.0
usage: fs-check --type TYPE [options] [FILE...]
