# Exactly one byte-order mark, whatever the encoding: UTF-8 and the
# encodings that name their byte order have one with --bom only; iconv's
# UTF-16 and UTF-32 write one of their own (in the machine's byte order,
# little-endian here), and --bom adds no second; GBK cannot hold U+FEFF
# and gets none.  The first 8 bytes of each.
$ for e in UTF-8 UTF-16 UTF-16LE UTF-16BE UTF-32 UTF-32LE UTF-32BE GB18030 GBK; do for b in "" --bom; do echo "$e $b"; fs-export --to-encoding $e $b a.tsv | head -c 8 | od -An -tx1; done; done
<<< a.tsv
a
1
>>> stdout
UTF-8 
 61 0d 0a 31 0d 0a
UTF-8 --bom
 ef bb bf 61 0d 0a 31 0d
UTF-16 
 ff fe 61 00 0d 00 0a 00
UTF-16 --bom
 ff fe 61 00 0d 00 0a 00
UTF-16LE 
 61 00 0d 00 0a 00 31 00
UTF-16LE --bom
 ff fe 61 00 0d 00 0a 00
UTF-16BE 
 00 61 00 0d 00 0a 00 31
UTF-16BE --bom
 fe ff 00 61 00 0d 00 0a
UTF-32 
 ff fe 00 00 61 00 00 00
UTF-32 --bom
 ff fe 00 00 61 00 00 00
UTF-32LE 
 61 00 00 00 0d 00 00 00
UTF-32LE --bom
 ff fe 00 00 61 00 00 00
UTF-32BE 
 00 00 00 61 00 00 00 0d
UTF-32BE --bom
 00 00 fe ff 00 00 00 61
GB18030 
 61 0d 0a 31 0d 0a
GB18030 --bom
 84 31 95 33 61 0d 0a 31
GBK 
 61 0d 0a 31 0d 0a
GBK --bom
 61 0d 0a 31 0d 0a
