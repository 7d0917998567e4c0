# fs-mask keeps a value's first character and writes a '*' for each
# character after it, whatever its width in bytes: an escape (\r) is one
# character, a 2-byte, 3-byte (क, U+0915) or 4-byte (😀) one is one '*'.
# Long values get as many stars as they have characters (41 after the
# 'z' of 42, 99 after that of 100), and nothing else.
$ { printf 'name\n'; printf 'a\\rb\n'; printf '\345\274\240\360\237\230\200\n'; printf 'a\340\244\225\n'; printf 'b\302\251c\n'; printf '%042d\n' 0 | tr 0 z; printf '%0100d\n' 0 | tr 0 z; } > m.tsv; fs-mask --mask name m.tsv
>>> stdout
name
a**
张*
a*
b**
z*****************************************
z***************************************************************************************************
