#!/usr/bin/env python3
"""Print per-plan and total counts of batch b7 (used for README.md)."""
import collections
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AREA_HEADINGS = None  # area "by content" = local item whose section names no area


def main():
    tot = collections.Counter()
    areas_tot = collections.Counter()
    for f in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json'))):
        g = json.load(open(f, encoding='utf-8'))
        k = collections.Counter(it['kind'] for it in g['items'])
        a = collections.Counter(it['area'] for it in g['items'] if it['kind'] != 'nationalGoal')
        rd = sum(1 for it in g['items'] if it.get('responsible'))
        print('%-24s %s items=%d NG=%d LG=%d ME=%d notItems=%d resp=%d areas(local)=%s' % (
            g['document'], g['plan']['language'], len(g['items']), k['nationalGoal'],
            k['localGoal'], k['measure'], len(g['notItems']), rd,
            ', '.join('%s: %d' % (x if x else 'null', a[x]) for x in (1, 2, 3, 4, 5, 6, None) if a[x])))
        tot.update(k)
        tot['items'] += len(g['items'])
        areas_tot.update(a)
    print('total items=%d NG=%d LG=%d ME=%d' % (tot['items'], tot['nationalGoal'],
                                                 tot['localGoal'], tot['measure']))
    print('local items per area:', ', '.join('%s: %d' % (x if x else 'null', areas_tot[x])
                                             for x in (1, 2, 3, 4, 5, 6, None)))


if __name__ == '__main__':
    main()
