#!/usr/bin/env python3
"""Build batch b7: render every plan in make/plans/b7_*.py into ../plans/ with its
writer and write its gold to ../gold/<base>.json from the same block data.

    python3 make/build.py            # all plans
    python3 make/build.py b7-03      # plans whose base starts with b7-03

Needs: python-docx, lxml, pandoc, LibreOffice (Writer, Calc) run headless with the
private profile /tmp/lo-b7.  Intermediate files (rtf, html, md, fods) are kept in
make/src/.
"""
import glob
import importlib.util
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import national  # noqa: E402
from lib import flat  # noqa: E402

SEEDS = os.path.normpath(os.path.join(ROOT, '..', '..', 'shared', 'seeds'))
TMP = os.path.join(__import__('tempfile').gettempdir(), 'b7-build')


def check_national():
    if not os.path.isdir(SEEDS):
        print('note: %s not found, national texts not re-checked' % SEEDS)
        return
    seeds = ''
    for p in sorted(glob.glob(os.path.join(SEEDS, '*.txt'))):
        seeds += ' ' + flat(open(p, encoding='utf-8-sig', errors='replace').read())
    missing = [g for d in (national.NB, national.NN) for goals in d.values() for g in goals
               if flat(g) not in seeds]
    if missing:
        raise SystemExit('national texts not found in seeds: %r' % missing)


def load(path):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location('plan_' + name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv):
    check_national()
    sel = argv[1:]
    for d in ('plans', 'gold'):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'src'), exist_ok=True)
    for path in sorted(glob.glob(os.path.join(HERE, 'plans', 'b7_*.py'))):
        mod = load(path)
        if sel and not any(mod.BASE.startswith(s) for s in sel):
            continue
        work = os.path.join(TMP, mod.BASE)
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        g = mod.build(os.path.join(ROOT, 'plans'), work)
        assert g.document == mod.BASE + '.' + mod.EXT
        g.write(os.path.join(ROOT, 'gold', mod.BASE + '.json'))
        for f in sorted(os.listdir(work)):
            if f.endswith(('.rtf', '.fods', '.html', '.md', '.fodt', '.pdf')):
                shutil.copyfile(os.path.join(work, f), os.path.join(HERE, 'src', f))
        print('%-28s items=%d notItems=%d' % (g.document, len(g.items), len(g.not_items)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
