#!/usr/bin/env python3
"""Render the b13 plans and write their gold (and the PDFs with their gold copies).

    python3 make/build.py [NN ...] [--no-pdf]

Each make/plans/b13_NN_*.py holds one plan's blocks and its writer; the gold is
derived from the same blocks (lib.derive_gold). For every DOCX/ODT plan LibreOffice
(private profile /tmp/b13lo) writes a tagged and an untagged PDF into pdf/, and
pdf/gold/ gets copies of the gold whose "document" names the PDF.
"""
import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402
import national  # noqa: E402


def load_modules(only=None):
    mods = []
    for path in sorted(glob.glob(os.path.join(HERE, 'plans', 'b13_*.py'))):
        nn = os.path.basename(path).split('_')[1]
        if only and nn not in only:
            continue
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def check_national():
    """Every national goal string used must occur in a seed (wrapped lines joined)."""
    seeds = os.path.join(lib.ROOT, '..', '..', 'shared', 'seeds')
    seeds = os.path.normpath(seeds)
    if not os.path.isdir(seeds):
        seeds = '/work/shared/seeds'
    if not os.path.isdir(seeds):
        print('note: %s not found, national goals not checked' % seeds)
        return
    text = ''
    for p in sorted(glob.glob(os.path.join(seeds, '*'))):
        with open(p, 'rb') as f:
            raw = f.read()
        for enc in ('utf-8-sig', 'cp1252'):
            try:
                text += ' ' + raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
    flat = ' '.join(text.replace('\u00a0', ' ').split())
    for d in (national.NB, national.NN):
        for goals in d.values():
            for g in goals:
                if ' '.join(g.split()) not in flat:
                    raise SystemExit('national goal not in seeds: %r' % g)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith('--')]
    pdf = '--no-pdf' not in argv
    check_national()
    for d in (lib.PLANS, lib.GOLD, lib.SRC, lib.PDF, lib.PDFGOLD):
        os.makedirs(d, exist_ok=True)
    for mod in load_modules(args or None):
        path = mod.render()
        doc = os.path.basename(path)
        gold = lib.derive_gold(mod.META, mod.BLOCKS, doc)
        lib.write_json(os.path.join(lib.GOLD, mod.BASE + '.json'), gold)
        print('%-30s %3d items  %s' % (doc, len(gold['items']), mod.WRITER))
        if pdf and mod.EXT in ('docx', 'odt'):
            pdfs = lib.make_pdfs(path)
            for tag, p in sorted(pdfs.items()):
                g = dict(gold, document=os.path.basename(p))
                lib.write_json(os.path.join(lib.PDFGOLD, '%s.%s.json' % (mod.BASE, tag)), g)
                print('    %s' % os.path.relpath(p, lib.ROOT))


if __name__ == '__main__':
    main(sys.argv)
