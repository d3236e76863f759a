#!/usr/bin/env python3
"""Print the plan table and totals of batch b1 (Markdown), from gold/ and the plan
modules' descriptions.

    python3 make/stats.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import load, plan_modules  # noqa: E402


def main():
    rows, meta_rows = [], []
    tot = collections.Counter()
    areas = collections.Counter()
    by_all = collections.Counter()
    langs = collections.Counter()
    for path in plan_modules():
        mod = load(path)
        p = mod.build()
        g = p.gold()
        k = collections.Counter(it['kind'] for it in g['items'])
        by = collections.Counter(b for b, it in zip(p.area_by, g['items'])
                                 if it['kind'] != 'nationalGoal')
        for it in g['items']:
            if it['kind'] != 'nationalGoal':
                areas[it['area']] += 1
        for kk in ('nationalGoal', 'localGoal', 'measure'):
            tot[kk] += k[kk]
        by_all.update(by)
        langs[p.meta['language']] += 1
        i = p.info
        e = lambda x: x.replace('|', '\\|')   # noqa: E731  (Markdown table cell)
        rows.append('| `%s` | %s | %s | %s | %s | %s | %d | %d / %d / %d | %d | %s |' % (
            p.document, e(i['format']), e(i['writer']), p.meta['language'], e(i['structure']),
            e(i['styles']), len(g['items']), k['nationalGoal'], k['localGoal'], k['measure'],
            by['content'], e(i['hard'])))
        m = p.meta
        meta_rows.append('| %s | %s | %s | %s | %s | %s |' % (
            p.base, m['union'] or 'null', m['branch'] or 'null',
            '%s–%s' % (m['periodFrom'], m['periodTo']), m['adopted'] or 'null',
            m['language']))
    print('| file | format | writer | lang | structure | styles (brief numbers) | items | '
          'nationalGoal / localGoal / measure | by content | what is hard |')
    print('|---|---|---|---|---|---|---:|---|---:|---|')
    print('\n'.join(rows))
    print()
    print('| base | union | branch | period | adopted | language |')
    print('|---|---|---|---|---|---|')
    print('\n'.join(meta_rows))
    print()
    n = sum(tot.values())
    print('* %d plans: %s' % (len(rows), ', '.join('%d %s' % (v, k) for k, v in
                                                  sorted(langs.items()))))
    print('* %d items: %d nationalGoal, %d localGoal, %d measure' % (
        n, tot['nationalGoal'], tot['localGoal'], tot['measure']))
    print('* local items: area from an area heading for %d, decided by content (or by the '
          'area column of b1-05) for %d' % (by_all['heading'], by_all['content']))
    print('* local items per area: %s' % ', '.join(
        '%s: %d' % ('null' if a is None else a, areas[a]) for a in [1, 2, 3, 4, 5, 6, None]))


if __name__ == '__main__':
    main()
