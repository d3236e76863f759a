#!/usr/bin/env python3
"""Render batch b2 and write its gold.

    python3 make/build.py [b2-01 ...]     # all plans when no id is given

Each make/plans/b2_NN_<place>.py holds one plan's content once, as blocks with gold
labels, and the call of its writer (LibreOffice, pdftotext, python-docx or a text
writer).  The gold is derived from the same blocks.  LibreOffice runs headless with a
private profile (/tmp/lo_b2).
"""
import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import national  # noqa: E402


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv):
    bad = national.check()
    if bad:
        sys.exit('national goals not found in the seeds: %r' % bad)
    want = [a.replace('-', '_') for a in argv[1:]]
    for path in sorted(glob.glob(os.path.join(HERE, 'plans', 'b2_*.py'))):
        name = os.path.basename(path)[:-3]
        if want and not any(name.startswith(w) for w in want):
            continue
        plan = load(path).build()
        g = plan.write_gold()
        kinds = {}
        for it in g['items']:
            kinds[it['kind']] = kinds.get(it['kind'], 0) + 1
        print('%-24s items=%2d %s notItems=%d %s' % (plan.document, len(g['items']), kinds,
                                                    len(g['notItems']), getattr(plan, 'checks', '')))


if __name__ == '__main__':
    main(sys.argv)
