#!/usr/bin/env python3
"""Print the plan table and totals of batch b2 (for README.md).

    python3 make/stats.py
"""
import glob
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def info_of(base):
    path = os.path.join(HERE, 'plans', base.replace('-', '_') + '.py')
    import sys
    sys.path.insert(0, HERE)
    spec = importlib.util.spec_from_file_location('m', path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m.INFO, m.META


def main():
    rows, tot, areas, langs = [], {}, {}, {}
    esc = lambda s: s.replace('|', '\\|')
    by_heading = by_content = 0
    for gpath in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json'))):
        g = json.load(open(gpath, encoding='utf-8'))
        base = os.path.basename(gpath)[:-5]
        info, meta = info_of(base)
        k = {'nationalGoal': 0, 'localGoal': 0, 'measure': 0}
        for it in g['items']:
            k[it['kind']] += 1
            tot[it['kind']] = tot.get(it['kind'], 0) + 1
            if it['kind'] != 'nationalGoal':
                areas[it['area']] = areas.get(it['area'], 0) + 1
        langs[meta['language']] = langs.get(meta['language'], 0) + 1
        rows.append('| `%s` | %s | %s | %s | %s | %s | %d | %d / %d / %d | %s |' % (
            g['document'], esc(info['format']), esc(info['writer']), meta['language'],
            esc(info['structure']), esc(info['styles']), len(g['items']), k['nationalGoal'],
            k['localGoal'], k['measure'], esc(info['hard'])))
    print('| file | format | writer | lang | structure | styles (brief) | items | '
          'nationalGoal / localGoal / measure | what is hard |')
    print('|---|---|---|---|---|---|---:|---|---|')
    print('\n'.join(rows))
    print()
    print('totals:', sum(tot.values()), tot, 'languages:', langs)
    print('local items per area:', {str(a): n for a, n in sorted(areas.items(), key=lambda x: (x[0] is None, x[0] or 0))})


if __name__ == '__main__':
    main()
