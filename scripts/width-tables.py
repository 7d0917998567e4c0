#!/usr/bin/env python3
# scripts/width-tables.py > tables: the zero and wide tables of common/width.c.
# Writes width.c's tables from Python's unicodedata: zero (Mn, Me, Cf from
# U+0300 up, and the Hangul medial vowels U+1160-11FF) and wide (East
# Asian Width W or F); a gap of unassigned code points between two ranges
# joins them.
import unicodedata, sys
U = unicodedata
def assigned(cp): return U.category(chr(cp)) != 'Cn'
def zero(cp):
    if cp < 0x300: return False
    return U.category(chr(cp)) in ('Mn','Me','Cf') or 0x1160 <= cp <= 0x11ff
def wide(cp):
    return (not zero(cp) and assigned(cp) and U.east_asian_width(chr(cp)) in ('W','F')) or 0x20000 <= cp <= 0x2fffd or 0x30000 <= cp <= 0x3fffd
def ranges(pred):
    out=[]; start=None
    for cp in range(0x110000):
        ok = pred(cp)
        if ok and start is None: start=cp
        if not ok and start is not None: out.append([start,cp-1]); start=None
    if start is not None: out.append([start,0x10ffff])
    merged=[out[0]]
    for a,b in out[1:]:
        pa,pb=merged[-1]
        if all(not assigned(c) for c in range(pb+1,a)): merged[-1][1]=b
        else: merged.append([a,b])
    return merged
for name,p in (('zero',zero),('wide',wide)):
    r=ranges(p)
    print(name, len(r), file=sys.stderr)
    items=['{ 0x%04x, 0x%04x }'%(a,b) for a,b in r]
    lines=[]; cur='\t'
    for it in items:
        piece=it+','
        if len(cur.expandtabs(8))+len(piece)+1>72:
            lines.append(cur.rstrip()); cur='\t'+piece
        else:
            cur += (' ' if cur!='\t' else '')+piece
    lines.append(cur.rstrip())
    print('static const struct range %s[] = {'%name); print('\n'.join(lines)); print('};\n')
