#!/usr/bin/env python3
"""Print the plan table and totals of batch b5 (Markdown), from gold/ and the plan
modules' INFO.

    python3 make/stats.py
"""
import collections
import glob
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)


def main():
    mods = [importlib.import_module(os.path.splitext(os.path.basename(p))[0])
            for p in sorted(glob.glob(os.path.join(HERE, 'b5_*.py')))]
    tot_k = collections.Counter()
    tot_a = collections.Counter()
    tot_n = by_content_tot = 0
    langs = collections.Counter()
    rows = []
    for m in mods:
        info = m.INFO
        g = json.load(open(os.path.join(ROOT, 'gold', info['base'] + '.json'), encoding='utf-8'))
        own = {b.text for b in m.BLOCKS if b.kind == 'own'}
        k = collections.Counter(it['kind'] for it in g['items'])
        local = [it for it in g['items'] if it['kind'] != 'nationalGoal']
        by_content = sum(1 for it in local if it['section'] is None or it['section'] in own)
        a = collections.Counter('null' if it['area'] is None else it['area'] for it in local)
        tot_k.update(k)
        tot_a.update(a)
        tot_n += len(g['items'])
        by_content_tot += by_content
        langs[info['language']] += 1
        e = lambda s: s.replace('|', '\\|')
        rows.append('| `%s` | %s | %s | %s | %s | %d | %d / %d / %d | %d | %s |' % (
            g['document'], e(info['format']), e(info['writer']), info['language'],
            e(info['structure']), len(g['items']), k['nationalGoal'], k['localGoal'],
            k['measure'], by_content, e(info['hard'])))
        print('%-24s items=%2d  NG=%d LG=%2d ME=%2d  by-content=%2d  areas=%s  notItems=%d' % (
            g['document'], len(g['items']), k['nationalGoal'], k['localGoal'], k['measure'],
            by_content, ' '.join('%s:%d' % (x, a[x]) for x in (1, 2, 3, 4, 5, 6, 'null') if a[x]),
            len(g['notItems'])))
    print()
    print('| file | format | writer | lang | structure | items | nationalGoal / localGoal / '
          'measure | by content | what is hard |')
    print('|---|---|---|---|---|---:|---|---:|---|')
    for r in rows:
        print(r)
    print()
    print('* %d plans: %s' % (len(mods), ', '.join('%d %s' % (v, k) for k, v in sorted(langs.items()))))
    print('* %d items: %d `nationalGoal`, %d `localGoal`, %d `measure`'
          % (tot_n, tot_k['nationalGoal'], tot_k['localGoal'], tot_k['measure']))
    print('* local items by area: %s; %d of them decided by content'
          % (', '.join('%s: %d' % (x, tot_a[x]) for x in (1, 2, 3, 4, 5, 6, 'null')),
             by_content_tot))


if __name__ == '__main__':
    main()
