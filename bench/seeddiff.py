#!/usr/bin/env python3
"""Items of each seed now against its reviewed golden (Fixtures/expected): what changed.
Usage: seeddiff.py BINARY   (prints nothing but a summary when nothing changed)"""
import json, os, subprocess, sys, tempfile
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1]
exp = os.path.join(root, 'Fixtures', 'expected')
total = 0
for name in sorted(os.listdir(exp)):
    if not name.endswith('.json'):
        continue
    seed = os.path.join(root, 'seeds', name[:-5] + '.txt')
    out = subprocess.run([binary, 'import', seed, '-q'], capture_output=True, text=True).stdout
    now = json.loads(out)
    old = json.load(open(os.path.join(exp, name), encoding='utf-8'))
    key = lambda it: (it['kind'], it['text'], it['area'], it.get('responsible'), it.get('deadline'))
    a = [key(i) for i in old['items']]; b = [key(i) for i in now['items']]
    gone = [x for x in a if x not in b]; new = [x for x in b if x not in a]
    total += len(gone) + len(new)
    if gone or new:
        print('== %s: %d items before, %d now' % (name[:3], len(a), len(b)))
        for x in gone: print('  - %s a=%s %s %s' % (x[0], x[2], x[1][:110], (x[3], x[4]) if x[3] or x[4] else ''))
        for x in new: print('  + %s a=%s %s %s' % (x[0], x[2], x[1][:110], (x[3], x[4]) if x[3] or x[4] else ''))
    for f in ('union', 'branch', 'periodFrom', 'periodTo', 'adopted', 'language', 'title'):
        if old['plan'].get(f) != now['plan'].get(f):
            print('  plan.%s: %r -> %r' % (f, old['plan'].get(f), now['plan'].get(f)))
print('seeddiff: %d item differences' % total)
