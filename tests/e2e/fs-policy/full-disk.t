# A full disk is an error (exit 2), never silence.
$ fs-policy > /dev/full
>>> stderr
fs-policy: <stdout>: No space left on device
>>> status 2
