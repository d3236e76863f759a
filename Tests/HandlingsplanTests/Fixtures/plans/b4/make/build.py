#!/usr/bin/env python3
"""Build batch b4: render every plan of make/plans/*.py into ../plans/ with its
writer and write its gold to ../gold/<base>.json.

    python3 make/build.py            # all plans
    python3 make/build.py b4-03      # plans whose base starts with b4-03

Needs python-docx, LibreOffice (soffice, run with the private profile
/tmp/lo_b4), pandoc, pdftotext (poppler-utils) and w3m.  Work files go to
$TMPDIR/b4-build/<base>/; the sources handed to LibreOffice / pandoc / w3m
(.fodt, .html, .md) are kept in make/src/.  Gold and text plans are byte-identical
between builds; the office files differ in their timestamps.
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
SEEDS = os.path.abspath(os.path.join(ROOT, '..', '..', '..', '..', '..', '..', 'shared', 'seeds'))
sys.path.insert(0, HERE)

import national  # noqa: E402

TMP = os.path.join(tempfile.gettempdir(), 'b4-build')


def flat(s):
    return ' '.join(s.replace('\u00a0', ' ').split())


def seeds_dir():
    for cand in (os.environ.get('SEEDS'), SEEDS, '/work/shared/seeds'):
        if cand and os.path.isdir(cand):
            return cand
    return None


def check_national():
    d = seeds_dir()
    if d is None:
        print('note: seeds not found, national texts not checked')
        return
    seeds = ''
    for p in sorted(glob.glob(os.path.join(d, '*.txt'))):
        seeds += ' ' + flat(open(p, encoding='utf-8').read())
    missing = [g for g in national.all_strings() if flat(g) not in seeds]
    if missing:
        raise SystemExit('national texts not found in seeds: %r' % missing)


def load(path):
    name = os.path.splitext(os.path.basename(path))[0].replace('-', '_')
    spec = importlib.util.spec_from_file_location('plan_' + name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def plan_modules():
    return [load(p) for p in sorted(glob.glob(os.path.join(HERE, 'plans', 'b4-*.py')))]


def main(argv):
    check_national()
    sel = argv[1:]
    for d in ('plans', 'gold'):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'src'), exist_ok=True)
    resid_path = os.path.join(HERE, 'residue.json')
    residue = json.load(open(resid_path, encoding='utf-8')) if os.path.exists(resid_path) else {}
    for mod in plan_modules():
        plan = mod.build()
        if sel and not any(plan.base.startswith(s) for s in sel):
            continue
        work = os.path.join(TMP, plan.base)
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        out = os.path.join(ROOT, 'plans', plan.base + '.' + plan.ext)
        mod.render(plan, out, work)
        for f in sorted(os.listdir(work)):
            if f.endswith(('.html', '.md', '.fodt')):
                shutil.copyfile(os.path.join(work, f), os.path.join(HERE, 'src', f))
        g = plan.gold()
        with open(os.path.join(ROOT, 'gold', plan.base + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write('\n')
        if plan.residue:
            residue[plan.base] = plan.residue
        else:
            residue.pop(plan.base, None)
        kinds = {}
        for it in g['items']:
            kinds[it['kind']] = kinds.get(it['kind'], 0) + 1
        print('%-26s %-2s items=%3d %s notItems=%d' % (os.path.basename(out), plan.meta['language'],
                                                     len(g['items']), kinds, len(g['notItems'])))
    with open(resid_path, 'w', encoding='utf-8') as f:
        json.dump(residue, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    main(sys.argv)
