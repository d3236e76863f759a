#!/usr/bin/env python3
"""Render the b5 plans and write their gold.

    python3 make/build.py [b5-01 b5-03 ...]      # default: all eight

Each make/b5_NN_<place>.py defines INFO, PLAN, BLOCKS, render(path) and optionally
EXTRA_NOT_ITEMS (text the writer adds around the blocks: page footers, repeated
table headers ...).  The gold is derived from BLOCKS (planlib.derive_gold); render()
writes plans/<base>.<ext> from the same BLOCKS.
"""
import glob
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import planlib  # noqa: E402


def modules():
    for path in sorted(glob.glob(os.path.join(HERE, 'b5_*.py'))):
        yield importlib.import_module(os.path.splitext(os.path.basename(path))[0])


def build(mod):
    info = mod.INFO
    doc = info['base'] + '.' + info['ext']
    gold = planlib.derive_gold(mod.BLOCKS, doc, mod.PLAN, getattr(mod, 'EXTRA_NOT_ITEMS', ()))
    os.makedirs(planlib.PLANS, exist_ok=True)
    mod.render(os.path.join(planlib.PLANS, doc))
    planlib.write_gold(gold, info['base'])
    print('%-22s %3d items, %3d notItems' % (doc, len(gold['items']), len(gold['notItems'])))


def main(argv):
    want = set(argv[1:])
    for mod in modules():
        if not want or mod.INFO['id'] in want:
            build(mod)


if __name__ == '__main__':
    main(sys.argv)
