#!/usr/bin/env python3
"""Render the b14 plans and write their gold (no PDFs in this batch).

    python3 make/build.py [NN ...]

Each make/plans/b14_NN_*.py holds one plan's blocks and its writer; the gold is derived
from the same blocks (lib.derive_gold).
"""
import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402


def load_modules(only=None):
    mods = []
    for path in sorted(glob.glob(os.path.join(HERE, 'plans', 'b14_*.py'))):
        nn = os.path.basename(path).split('_')[1]
        if only and nn not in only:
            continue
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def main(argv):
    args = [a for a in argv[1:] if not a.startswith('--')]
    for d in (lib.PLANS, lib.GOLD, lib.SRC):
        os.makedirs(d, exist_ok=True)
    for mod in load_modules(args or None):
        path = mod.render()
        doc = os.path.basename(path)
        gold = lib.derive_gold(mod.META, mod.BLOCKS, doc)
        lib.write_json(os.path.join(lib.GOLD, mod.BASE + '.json'), gold)
        print('%-30s %3d items  %s' % (doc, len(gold['items']), mod.WRITER))


if __name__ == '__main__':
    main(sys.argv)
