#!/usr/bin/env python3
"""Accuracy on the development set: `make eval`.

Imports every plan of ../shared/devset/plans/, ../shared/devset2/plans/ and of each
blind batch in Fixtures/plans/<batch>/plans/ on its own with the built binary,
prints the scorer's table per set (per plan, TOTAL last), a SUMMARY of the sets'
TOTAL lines, a calibration table (local
items by the confidence of their mapping: how many, and what share has the right
area), and the content-only agreement on the seeds' local items (each item's
words alone, against the area of its reviewed golden file).

Usage: eval.py BINARY [--devset DIR] [--diff PLAN] [--keep DIR]
Skips with a message (exit 0) when the scorer (../shared/devset/score.py) is absent.
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


def sets_to_score(args):
    """The dev sets beside the project (optional) and the blind plans kept in Fixtures/plans/."""
    if args.devset:
        return [os.path.abspath(args.devset)]
    shared = os.path.join(ROOT, '..', 'shared')
    out = [os.path.join(shared, 'devset'), os.path.join(shared, 'devset2')]
    blind = os.path.join(ROOT, 'Fixtures', 'plans')
    if os.path.isdir(blind):
        out += [os.path.join(blind, d) for d in sorted(os.listdir(blind))]
    return [os.path.abspath(d) for d in out if os.path.isdir(os.path.join(d, 'plans'))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('binary')
    ap.add_argument('--devset', help='score only this set (a folder with plans/ and gold/)')
    ap.add_argument('--diff', help='print the scorer\'s --diff for this plan (base name)')
    ap.add_argument('--keep', help='write the outputs into this folder (one subfolder a set)')
    args = ap.parse_args()
    scorer_dir = os.path.abspath(os.path.join(ROOT, '..', 'shared', 'devset'))
    if not os.path.isfile(os.path.join(scorer_dir, 'score.py')):
        print('eval: skipped, no scorer at %s' % scorer_dir)
        return 0
    sc = load_scorer(scorer_dir)
    sets = sets_to_score(args)
    if not sets:
        print('eval: skipped, no dev set found')
        return 0
    bands = {label: [0, 0] for _, _, label in BANDS}
    by_method = {}
    totals = []
    for devset in sets:
        name = os.path.basename(devset)
        out_dir = os.path.join(args.keep, name) if args.keep else tempfile.mkdtemp(prefix='hp-eval-')
        os.makedirs(out_dir, exist_ok=True)
        import_plans(os.path.abspath(args.binary), os.path.join(devset, 'plans'), out_dir)
        gold_dir = os.path.join(devset, 'gold')
        print('== %s (%s)' % (name, devset))
        run = subprocess.run([os.path.join(scorer_dir, 'score_all.sh'), gold_dir, out_dir], capture_output=True, text=True)
        print(run.stdout, end='')
        totals += ['%-10s %s' % (name, line) for line in run.stdout.splitlines() if line.startswith(('TOTAL', 'MACRO'))]
        b, m = calibration(sc, gold_dir, out_dir)
        for k, (n, ok) in b.items():
            bands[k][0] += n; bands[k][1] += ok
        for k, (n, ok) in m.items():
            by_method.setdefault(k, [0, 0]); by_method[k][0] += n; by_method[k][1] += ok
        if args.diff and os.path.exists(os.path.join(gold_dir, args.diff + '.json')):
            subprocess.run([sys.executable, os.path.join(scorer_dir, 'score.py'), os.path.join(gold_dir, args.diff + '.json'),
                            os.path.join(out_dir, args.diff + '.json'), '--diff'], check=False)
        print()
    print('SUMMARY')
    for line in totals:
        print('  ' + line)
    print()
    print('CALIBRATION (matched local items by confidence of their area, all sets)')
    for _, _, label in BANDS:
        n, ok = bands[label]
        print('  %-8s items=%4d  right area=%s' % (label, n, ('%.3f' % (ok / n)) if n else 'n/a'))
    print('  by method: ' + ', '.join('%s %d/%d' % (m, ok, n) for m, (n, ok) in sorted(by_method.items())))
    seeds = seeds_content_only(os.path.abspath(args.binary))
    if seeds:
        print('SEEDS content-only area agreement: %d/%d = %.3f' % (seeds[0], seeds[1], seeds[0] / seeds[1]))
    return 0


if __name__ == '__main__':
    sys.exit(main())
