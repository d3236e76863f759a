#!/usr/bin/env python3
"""Accuracy on the development set: `make eval`.

Imports every plan of ../shared/devset/plans/ on its own with the built binary,
prints the scorer's table (per plan, TOTAL last), a calibration table (local
items by the confidence of their mapping: how many, and what share has the right
area), and the content-only agreement on the seeds' local items (each item's
words alone, against the area of its reviewed golden file).

Usage: eval.py BINARY [--devset DIR] [--diff PLAN] [--json FILE]
Skips with a message (exit 0) when the dev set is absent.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BANDS = [(0.9, 1.01, '>= 0.9'), (0.7, 0.9, '0.7-0.9'), (0.5, 0.7, '0.5-0.7'), (-1, 0.5, '< 0.5')]


def load_scorer(devset):
    spec = importlib.util.spec_from_file_location('score', os.path.join(devset, 'score.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def import_plans(binary, plans_dir, out_dir):
    for name in sorted(os.listdir(plans_dir)):
        base, _ = os.path.splitext(name)
        out = os.path.join(out_dir, base + '.json')
        r = subprocess.run([binary, 'import', os.path.join(plans_dir, name), '--format', 'json', '-o', out, '-q'],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print('import failed: %s: %s' % (name, r.stderr.strip()), file=sys.stderr)


def pairs_of(sc, gold, out_doc):
    """The scorer's own one-to-one matching: gold index -> output index."""
    g_items = gold.get('items', [])
    _, o_items = sc.output_plan_and_items(out_doc)
    g_toks = [sc.tokens(it.get('text')) for it in g_items]
    o_toks = [sc.tokens(sc.item_text(it)) for it in o_items]

    def agree(gi, oi):
        g, o = g_items[gi], o_items[oi]
        oa = sc.norm_area(o.get('area'))
        n = (sc.norm_kind(o.get('kind')) == g.get('kind')) + (not isinstance(oa, sc.BadArea) and oa == g.get('area'))
        for f in ('responsible', 'deadline'):
            if g.get(f):
                n += sc.norm_field(o.get(f)) == sc.norm_field(g[f])
        return n
    return sc.greedy_match(g_toks, o_toks, agree), g_items, o_items


def calibration(sc, gold_dir, out_dir):
    """Matched local items by band of confidence: count and share with the right area."""
    bands = {label: [0, 0] for _, _, label in BANDS}
    by_method = {}
    for name in sorted(os.listdir(gold_dir)):
        out = os.path.join(out_dir, name)
        if not os.path.exists(out):
            continue
        gold = sc.load_json(os.path.join(gold_dir, name))
        pairs, g_items, o_items = pairs_of(sc, gold, sc.load_json(out))
        for gi, oi in pairs.items():
            g, o = g_items[gi], o_items[oi]
            if g.get('kind') not in sc.LOCAL_KINDS:
                continue
            conf = (o.get('mapping') or {}).get('confidence') or 0
            method = (o.get('mapping') or {}).get('method') or '?'
            right = sc.norm_area(o.get('area')) == g.get('area')
            for lo, hi, label in BANDS:
                if lo <= conf < hi:
                    bands[label][0] += 1
                    bands[label][1] += right
            m = by_method.setdefault(method, [0, 0])
            m[0] += 1
            m[1] += right
    return bands, by_method


def seeds_content_only(binary):
    """The seeds' local items (reviewed goldens), each mapped by its own words only."""
    expected = os.path.join(ROOT, 'Fixtures', 'expected')
    items = []
    for name in sorted(os.listdir(expected)):
        if name.endswith('.json'):
            with open(os.path.join(expected, name), encoding='utf-8') as f:
                items += [it for it in json.load(f)['items'] if it['kind'] != 'nationalGoal']
    r = subprocess.run([binary, 'map', '--json', '-'], input='\n'.join(it['text'] for it in items),
                       capture_output=True, text=True)
    if r.returncode != 0:
        return None
    mapped = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    if len(mapped) != len(items):
        return None
    right = sum(1 for it, m in zip(items, mapped) if it['area'] == m['area'])
    return right, len(items)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('binary')
    ap.add_argument('--devset', default=os.path.join(ROOT, '..', 'shared', 'devset'))
    ap.add_argument('--diff', help='print the scorer\'s --diff for this plan (base name)')
    ap.add_argument('--keep', help='write the outputs into this folder')
    args = ap.parse_args()
    devset = os.path.abspath(args.devset)
    if not os.path.isdir(os.path.join(devset, 'plans')):
        print('eval: skipped, no dev set at %s' % devset)
        return 0
    sc = load_scorer(devset)
    out_dir = args.keep or tempfile.mkdtemp(prefix='hp-eval-')
    os.makedirs(out_dir, exist_ok=True)
    import_plans(os.path.abspath(args.binary), os.path.join(devset, 'plans'), out_dir)
    gold_dir = os.path.join(devset, 'gold')
    subprocess.run([os.path.join(devset, 'score_all.sh'), gold_dir, out_dir], check=False)

    bands, by_method = calibration(sc, gold_dir, out_dir)
    print()
    print('CALIBRATION (matched local items by confidence of their area)')
    for _, _, label in BANDS:
        n, ok = bands[label]
        print('  %-8s items=%4d  right area=%s' % (label, n, ('%.3f' % (ok / n)) if n else 'n/a'))
    print('  by method: ' + ', '.join('%s %d/%d' % (m, ok, n) for m, (n, ok) in sorted(by_method.items())))
    seeds = seeds_content_only(os.path.abspath(args.binary))
    if seeds:
        print('SEEDS content-only area agreement: %d/%d = %.3f' % (seeds[0], seeds[1], seeds[0] / seeds[1]))
    if args.diff:
        print()
        subprocess.run([sys.executable, os.path.join(devset, 'score.py'), os.path.join(gold_dir, args.diff + '.json'),
                        os.path.join(out_dir, args.diff + '.json'), '--diff'], check=False)
    return 0


if __name__ == '__main__':
    sys.exit(main())
