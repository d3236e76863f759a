#!/usr/bin/env python3
"""Print the plan table and totals of ../README.md from make/plans/*.py and ../gold."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import load, plan_files  # noqa: E402


def esc(s):
    return s.replace('|', '\\|')


def main():
    tot, areas, by = collections.Counter(), collections.Counter(), collections.Counter()
    rows, meta = [], []
    for path in plan_files():
        p = load(path).build()
        g = json.load(open(os.path.join(ROOT, 'gold', p.base + '.json'), encoding='utf-8'))
        p.gold()
        k = collections.Counter(it['kind'] for it in g['items'])
        tot.update(k)
        pa = collections.Counter()
        nby = 0
        for it, b in zip(g['items'], p.area_by):
            if it['kind'] != 'nationalGoal':
                by[b] += 1
                areas[it['area']] += 1
                pa[it['area']] += 1
                nby += b == 'content'
        rows.append('| `%s` | %s | %s | %s | %s | %s | %d | %d / %d / %d | %d | %s |' % (
            g['document'], p.fmt, esc(p.writer), p.meta['language'], esc(p.styles),
            esc(p.structure), len(g['items']), k['nationalGoal'], k['localGoal'],
            k['measure'], nby, esc(p.hard)))
        m = g['plan']
        meta.append('| %s | %s | %s | %s | %s | %s |' % (
            p.base[:5], m['union'] or 'null', m['branch'] or 'null',
            m['periodFrom'] if m['periodFrom'] == m['periodTo'] else
            '%s–%s' % (m['periodFrom'], m['periodTo']), m['adopted'] or 'null', ', '.join('%s: %d' % ('null' if a is None else a, n)
                                    for a, n in sorted(pa.items(),
                                                       key=lambda kv: (kv[0] is None, kv[0] or 0)))))
    print('| file | format | writer | lang | styles | structure | items | '
          'nationalGoal / localGoal / measure | by content | what is hard |')
    print('|---|---|---|---|---|---|---:|---|---:|---|')
    print('\n'.join(rows))
    print()
    print('| plan | union | branch | period | adopted | local items per area |')
    print('|---|---|---|---|---|---|')
    print('\n'.join(meta))
    print()
    print('totals:', dict(tot), sum(tot.values()))
    print('local items: area from heading %d, by content %d' % (by['heading'], by['content']))
    print('local items per area:', ', '.join(
        '%s: %d' % ('null' if a is None else a, n)
        for a, n in sorted(areas.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))))


if __name__ == '__main__':
    main()
