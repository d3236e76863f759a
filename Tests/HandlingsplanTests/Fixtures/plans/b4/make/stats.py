#!/usr/bin/env python3
"""Counts of batch b4 for the README: one Markdown row per plan and the totals.

    python3 make/stats.py            # plan table (from gold/ and the plan files)
    python3 make/stats.py --meta     # metadata table

Kinds and areas come from gold/*.json; "by content" (local items whose area is
not given by an area heading) comes from the plan files' blocks.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import build  # noqa: E402


def main(argv):
    mods = {m.build().base: m for m in build.plan_modules()}
    tot = dict(items=0, nationalGoal=0, localGoal=0, measure=0, content=0, notItems=0)
    areas = {}
    rows, meta = [], []
    for gp in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json'))):
        g = json.load(open(gp, encoding='utf-8'))
        base = os.path.basename(gp)[:-5]
        plan = mods[base].build()
        plan.gold()
        k = {x: sum(1 for it in g['items'] if it['kind'] == x)
             for x in ('nationalGoal', 'localGoal', 'measure')}
        content = sum(1 for it, by in zip(g['items'], plan.area_by)
                      if it['kind'] != 'nationalGoal' and by == 'content')
        for it in g['items']:
            if it['kind'] != 'nationalGoal':
                a = it['area'] if it['area'] is not None else 'null'
                areas[a] = areas.get(a, 0) + 1
        r = {k2: (v.replace('|', '\\|') if isinstance(v, str) else v)
             for k2, v in plan.readme_row().items()}
        rows.append('| `%s` | %s | %s | %s | %s | %d | %d / %d / %d | %d | %s |' % (
            g['document'], r['fmt'], r['writer'], r['lang'], r['structure'], len(g['items']),
            k['nationalGoal'], k['localGoal'], k['measure'], content, r['hard']))
        p = g['plan']
        meta.append('| %s | %s | %s | %s | %s | %s | %s |' % (
            base, p['union'] or 'null', p['branch'] or 'null', '%s–%s' % (p['periodFrom'], p['periodTo']),
            p['adopted'] or 'null', p['language'], r['styles']))
        tot['items'] += len(g['items'])
        for x in k:
            tot[x] += k[x]
        tot['content'] += content
        tot['notItems'] += len(g['notItems'])
    if '--meta' in argv:
        print('| base | union | branch | period | adopted | lang | styles |')
        print('|---|---|---|---|---|---|---|')
        print('\n'.join(meta))
        return 0
    print('| file | format | writer | lang | structure | items | nationalGoal / localGoal / measure '
          '| by content | what is hard |')
    print('|---|---|---|---|---|---:|---|---:|---|')
    print('\n'.join(rows))
    print()
    print('total: %d plans, %d items (%d nationalGoal, %d localGoal, %d measure), %d local items '
          'by content, %d notItems' % (len(rows), tot['items'], tot['nationalGoal'], tot['localGoal'],
                                       tot['measure'], tot['content'], tot['notItems']))
    print('local items per area: ' + ', '.join('%s: %d' % (a, areas[a]) for a in
                                              sorted(areas, key=lambda x: (x == 'null', str(x)))))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
