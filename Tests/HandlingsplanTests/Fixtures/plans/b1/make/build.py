#!/usr/bin/env python3
"""Build batch b1: render every plan in make/b1_*.py into ../plans/ with its
writer and write its gold to ../gold/<base>.json.

    python3 make/build.py              # all plans
    python3 make/build.py b1-03 b1-07  # only these

Needs python-docx, LibreOffice (soffice), pandoc and pdftotext (poppler-utils).
Work files go to a temporary folder (kept in $TMPDIR/b1-build for inspection).
"""
import glob
import importlib.util
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import b1lib     # noqa: E402
import national  # noqa: E402

SEEDS = os.environ.get('B1_SEEDS', '/work/shared/seeds')


def flat(s):
    return ' '.join(s.replace('\u00a0', ' ').split())


def check_national():
    """every national goal used must occur verbatim in a seed"""
    paths = sorted(glob.glob(os.path.join(SEEDS, '*.txt')))
    if not paths:
        print('note: no seeds at %s, national goals not re-checked' % SEEDS)
        return
    seeds = ' '.join(flat(open(p, encoding='utf-8').read()) for p in paths)
    missing = [g for d in (national.NB, national.NN) for gs in d.values() for g in gs
               if flat(g) not in seeds]
    if missing:
        raise SystemExit('national texts not found in seeds: %r' % missing)


def load(path):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def plan_modules():
    return sorted(glob.glob(os.path.join(HERE, 'b1_[0-9][0-9]_*.py')))


def main(argv):
    check_national()
    sel = argv[1:]
    work_root = os.path.join(tempfile.gettempdir(), 'b1-build')
    os.makedirs(work_root, exist_ok=True)
    os.makedirs(os.path.join(ROOT, 'plans'), exist_ok=True)
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    residue = {}
    rpath = os.path.join(HERE, 'residue.json')
    if os.path.exists(rpath):
        residue = json.load(open(rpath, encoding='utf-8'))
    for path in plan_modules():
        mod = load(path)
        p = mod.build()
        if sel and not any(p.base.startswith(s) for s in sel):
            continue
        work = os.path.join(work_root, p.base)
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        out = os.path.join(ROOT, 'plans', p.document)
        mod.render(p, out, work)      # may fill p.residue (page header / footer lines)
        residue[p.base] = list(p.residue)
        g = b1lib.write_gold(p, os.path.join(ROOT, 'gold'))
        kinds = {}
        for it in g['items']:
            kinds[it['kind']] = kinds.get(it['kind'], 0) + 1
        print('%-26s items=%2d %s notItems=%d' % (p.document, len(g['items']),
                                                    json.dumps(kinds), len(g['notItems'])))
    with open(rpath, 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(residue.items())), f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main(sys.argv)
