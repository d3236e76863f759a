#!/usr/bin/env python3
"""Build batch b3: render every make/plans/b3-*.py into ../plans/ with its writer
and write its gold to ../gold/<base>.json (and page residue to make/residue.json).

    python3 make/build.py              # all plans
    python3 make/build.py b3-03        # plans whose base starts with b3-03

Needs python-docx, LibreOffice (soffice, private profile /tmp/lo_b3), poppler's
pdftotext.  Work files go to /tmp/b3-build/<base>/; the intermediate source handed
to an office writer (FODT / HTML) and the PDF are kept in make/src/.
"""
import glob
import importlib.util
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import national  # noqa: E402
import b3lib  # noqa: E402

SEEDS = '/work/shared/seeds'


def flat(s):
    return ' '.join(s.replace('\u00a0', ' ').split())


def check_national():
    seeds = ''
    for p in sorted(glob.glob(os.path.join(SEEDS, '*.txt'))):
        seeds += ' ' + flat(open(p, encoding='utf-8').read())
    missing = [g for d in (national.NB, national.NN) for goals in d.values() for g in goals
               if flat(g) not in seeds]
    missing += [g for g in [national.TEMPLATE_OWN] if flat(g) not in seeds]
    if missing:
        raise SystemExit('national texts not found in seeds: %r' % missing)


def load(path):
    name = os.path.splitext(os.path.basename(path))[0].replace('-', '_')
    spec = importlib.util.spec_from_file_location('plan_' + name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def plan_files():
    return sorted(glob.glob(os.path.join(HERE, 'plans', 'b3-*.py')))


def main(argv):
    check_national()
    sel = argv[1:]
    for d in ('plans', 'gold'):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    srcdir = os.path.join(HERE, 'src')
    os.makedirs(srcdir, exist_ok=True)
    rp = os.path.join(HERE, 'residue.json')
    residue = json.load(open(rp, encoding='utf-8')) if os.path.exists(rp) else {}
    for path in plan_files():
        mod = load(path)
        plan = mod.build()
        if sel and not any(plan.base.startswith(s) for s in sel):
            continue
        work = b3lib.tmpdir(plan.base)
        out = os.path.join(ROOT, 'plans', plan.base + '.' + plan.ext)
        mod.render(plan, out, work)
        for f in sorted(os.listdir(work)):
            if f.endswith(('.fodt', '.html', '.pdf')):
                shutil.copyfile(os.path.join(work, f), os.path.join(srcdir, f))
        g = plan.gold()
        with open(os.path.join(ROOT, 'gold', plan.base + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write('\n')
        residue[plan.base] = plan.residue
        kinds = {}
        for it in g['items']:
            kinds[it['kind']] = kinds.get(it['kind'], 0) + 1
        print('%-32s %s items=%3d %s notItems=%d' % (os.path.basename(out), plan.meta['language'],
                                                    len(g['items']), kinds, len(g['notItems'])))
    with open(rp, 'w', encoding='utf-8') as f:
        json.dump(residue, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    main(sys.argv)
