#!/usr/bin/env python3
"""Print the plan table and totals of batch b13 (from gold/ and the plan modules).

    python3 make/stats.py            # markdown tables for README.md
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import load_modules  # noqa: E402
import lib  # noqa: E402



def main():
    mods = load_modules()
    tot_kind = collections.Counter()
    tot_area = collections.Counter()
    by_content = 0
    n_notitems = 0
    rows = []
    meta_rows = []
    for m in mods:
        gold = json.load(open(os.path.join(lib.GOLD, m.BASE + '.json'), encoding='utf-8'))
        items = gold['items']
        k = collections.Counter(i['kind'] for i in items)
        tot_kind.update(k)
        local = [i for i in items if i['kind'] != 'nationalGoal']
        tot_area.update('null' if i['area'] is None else str(i['area']) for i in local)
        sec_area = {}
        for b in lib.walk(m.BLOCKS):
            if b['t'] == 'h' and b.get('section'):
                sec_area[lib.clean(b.get('sectext', b['text']))] = b['area']
        bc = sum(1 for i in local if sec_area.get(i['section']) is None)
        by_content += bc
        n_notitems += len(gold['notItems'])
        esc = lambda s: s.replace('|', '\\|')  # noqa: E731
        rows.append('| `%s` | %s | %s | %s | %s | %d | %d/%d/%d | %d | %s |' % (
            gold['document'], m.FORMAT, esc(m.WRITER), m.LANG, esc(m.STYLE), len(items),
            k['nationalGoal'], k['localGoal'], k['measure'], bc, esc(m.HARD)))
        p = gold['plan']
        period = '%d' % p['periodFrom'] if p['periodFrom'] == p['periodTo'] else '%d–%d' % (p['periodFrom'], p['periodTo'])
        nul = lambda v: 'null' if v is None else v  # noqa: E731
        meta_rows.append('| %s | %s | %s | %s | %s | %s |' % (
            m.BASE, nul(p['union']), nul(p['branch']), period, nul(p['adopted']),
            esc(m.AS_WRITTEN)))
    print('| file | format | writer | lang | structure / style | items | NG/LG/ME | by content | what is hard |')
    print('|---|---|---|---|---|---:|---|---:|---|')
    print('\n'.join(rows))
    n = sum(tot_kind.values())
    print('| **total** | %s | | %s | | %d | %d/%d/%d | %d | |' % (
        ', '.join('%d %s' % (c, f) for f, c in collections.Counter(m.EXT for m in mods).items()),
        ', '.join('%d %s' % (c, l) for l, c in sorted(collections.Counter(m.LANG for m in mods).items())),
        n, tot_kind['nationalGoal'], tot_kind['localGoal'], tot_kind['measure'], by_content))
    print()
    print('Local items (localGoal + measure) per area: ' +
          ', '.join('%s: %d' % (a, tot_area[a]) for a in ['1', '2', '3', '4', '5', '6', 'null']) +
          '. notItems: %d.' % n_notitems)
    print()
    print('| base | union | branch | period | adopted | as written |')
    print('|---|---|---|---|---|---|')
    print('\n'.join(meta_rows))


if __name__ == '__main__':
    main()
