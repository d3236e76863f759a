#!/usr/bin/env python3
"""Check every gold/<base>.json of batch b3 against its rendered plans/<file>.

    python3 make/validate.py [-v]

Reads each RENDERED plan on its own, without the generator or its blocks:
  .txt   bytes -> UTF-16 (BOM) / UTF-8 with BOM / UTF-8 / Windows-1252; CRLF -> LF;
         form feed -> LF; page header / footer lines listed in make/residue.json removed
  .docx  python-docx: body paragraphs and table cells in document order, merged cells once
  .odt   content.xml: text:h / text:p in document order (text:s, text:tab, line breaks)
and, for .docx and .odt, `pandoc -t plain` as a second reading (reported as notes).

Checks (any failure is a PROBLEM, exit 1):
  * gold schema: keys, plan fields, kinds, areas 1-6 | null, 20-60 items
  * every item text occurs in the document in gold order (whitespace collapsed);
    every section, responsible, deadline and notItem occurs
  * plan union / branch / period occur in the document
  * no duplicate items; no two gold items of a plan are match candidates under
    score.py's rule; no notItem is a match candidate for an item
  * no local item (localGoal / measure) is a match candidate for an item of the dev
    sets (../../../../../../shared/devset*/gold) or of another b3 plan
  * score.py scores each gold against itself as 1.0
"""
import glob
import json
import os
import re
import subprocess
import sys
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCORER_DIR = '/work/shared/devset'
DEV_GOLD = ['/work/shared/devset/gold', '/work/shared/devset2/gold']
sys.path.insert(0, SCORER_DIR)
import score  # noqa: E402

KINDS = ('nationalGoal', 'localGoal', 'measure')
PLAN_FIELDS = ('union', 'branch', 'periodFrom', 'periodTo', 'adopted', 'language')


def norm(s):
    return ' '.join(s.replace('\u00a0', ' ').split())


# ----------------------------------------------------------------- readers
def decode(raw):
    if raw.startswith(b'\xff\xfe'):
        return raw[2:].decode('utf-16-le'), 'utf-16le'
    if raw.startswith(b'\xfe\xff'):
        return raw[2:].decode('utf-16-be'), 'utf-16be'
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8'), 'utf-8-bom'
    try:
        return raw.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        return raw.decode('cp1252'), 'windows-1252'


def read_txt(path, residue):
    raw = open(path, 'rb').read()
    text, enc = decode(raw)
    crlf = '\r\n' in text
    text = text.replace('\r\n', '\n').replace('\f', '\n')
    kept = [l for l in text.split('\n') if l.strip() not in residue]
    info = dict(encoding=enc, crlf=crlf, ff=text.count('\n') and raw.count(b'\x0c') > 0)
    return '\n'.join(kept), text, info


def read_docx(path):
    import docx
    from docx.table import Table
    d = docx.Document(path)
    out = []

    def walk(container):
        for blk in container.iter_inner_content():
            if isinstance(blk, Table):
                seen = []
                for row in blk.rows:
                    for cell in row.cells:
                        if any(cell._tc is s for s in seen):
                            continue
                        seen.append(cell._tc)
                        walk(cell)
            else:
                out.append(blk.text)
    walk(d)
    t = '\n'.join(out)
    return t, t, {}


TNS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'


def odt_text(el):
    T = '{%s}' % TNS
    parts = [el.text or '']
    for ch in el:
        if ch.tag == T + 's':
            parts.append(' ' * int(ch.get(T + 'c', '1')))
        elif ch.tag == T + 'tab':
            parts.append('\t')
        elif ch.tag == T + 'line-break':
            parts.append('\n')
        elif ch.tag == T + 'note':
            pass
        else:
            parts.append(odt_text(ch))
        parts.append(ch.tail or '')
    return ''.join(parts)


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('content.xml'))
    T = '{%s}' % TNS
    out = [odt_text(el) for el in root.iter() if el.tag in (T + 'p', T + 'h')]
    t = '\n'.join(out)
    return t, t, {}


def read_pandoc(path):
    r = subprocess.run(['pandoc', '-t', 'plain', '--wrap=none', '--columns=3000', path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return None if r.returncode else r.stdout.decode('utf-8')


# ----------------------------------------------------------------- checks
def load_dev_items():
    out = []
    for d in DEV_GOLD:
        for p in sorted(glob.glob(os.path.join(d, '*.json'))):
            g = json.load(open(p, encoding='utf-8'))
            for it in g.get('items', []):
                out.append((os.path.basename(p), it['text'], score.tokens(it['text'])))
    return out


def check(gpath, residue_map, dev_items, others):
    probs, notes = [], []
    g = json.load(open(gpath, encoding='utf-8'))
    base = os.path.basename(gpath)[:-5]
    doc = g.get('document')
    path = os.path.join(ROOT, 'plans', doc or '')
    if not doc or not os.path.exists(path) or os.path.splitext(doc)[0] != base:
        return ['%s: document %r missing or misnamed' % (base, doc)], [], None
    ext = os.path.splitext(doc)[1]
    if ext == '.txt':
        text, raw, info = read_txt(path, set(residue_map.get(base, [])))
    elif ext == '.docx':
        text, raw, info = read_docx(path)
    elif ext == '.odt':
        text, raw, info = read_odt(path)
    else:
        return ['%s: unknown extension %s' % (base, ext)], [], None
    flat, flat_raw = norm(text), norm(raw)

    # schema
    if set(g) != {'document', 'plan', 'items', 'notItems'}:
        probs.append('top-level keys %r' % sorted(g))
    p = g['plan']
    if sorted(p) != sorted(PLAN_FIELDS):
        probs.append('plan keys %r' % sorted(p))
    if p.get('language') not in ('nb', 'nn'):
        probs.append('plan.language %r' % p.get('language'))
    if p.get('adopted') is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', p['adopted']):
        probs.append('plan.adopted %r' % p['adopted'])
    for f in ('union', 'branch'):
        if p.get(f) is not None and norm(p[f]).casefold() not in flat.casefold():
            probs.append('plan.%s %r not in document' % (f, p[f]))
    for f in ('periodFrom', 'periodTo'):
        if p.get(f) is not None and (not isinstance(p[f], int) or str(p[f]) not in flat):
            probs.append('plan.%s %r not int or not in document' % (f, p[f]))
    n = len(g['items'])
    if not 20 <= n <= 60:
        probs.append('%d items (want 20-60)' % n)

    # items in order
    pos = 0
    seen = {}
    for i, it in enumerate(g['items']):
        if it.get('kind') not in KINDS:
            probs.append('item %d kind %r' % (i, it.get('kind')))
        a = it.get('area', 'missing')
        if not (a is None or (isinstance(a, int) and not isinstance(a, bool) and 1 <= a <= 6)):
            probs.append('item %d area %r' % (i, a))
        if 'section' not in it:
            probs.append('item %d has no section key' % i)
        extra = set(it) - {'kind', 'area', 'text', 'section', 'responsible', 'deadline'}
        if extra:
            probs.append('item %d extra keys %r' % (i, sorted(extra)))
        t = it.get('text') or ''
        if not t or t != norm(t):
            probs.append('item %d text not normalised: %r' % (i, t))
        k = t.casefold()
        if k in seen:
            probs.append('item %d duplicates item %d: %r' % (i, seen[k], t))
        seen[k] = i
        at = flat.find(norm(t), pos)
        if at < 0:
            probs.append('item %d %s: %r' % (i, 'OUT OF ORDER' if flat.find(norm(t)) >= 0
                                              else 'NOT FOUND', t))
        else:
            pos = at + len(norm(t))
        for f in ('section', 'responsible', 'deadline'):
            v = it.get(f)
            if v is not None and norm(v) not in flat:
                probs.append('item %d %s not in document: %r' % (i, f, v))
    for t in g['notItems']:
        if norm(t) not in flat_raw:
            probs.append('notItem not in document: %r' % t)

    # matcher-level ambiguity
    gt = [score.tokens(it['text']) for it in g['items']]
    for t in g['notItems']:
        nt = score.tokens(t)
        for i, tt in enumerate(gt):
            if score.match_score(nt, tt) is not None:
                probs.append('notItem %r matches item %d %r' % (t, i, g['items'][i]['text']))
    for i in range(len(gt)):
        for j in range(i + 1, len(gt)):
            if score.match_score(gt[i], gt[j]) is not None:
                probs.append('items %d and %d are match candidates: %r / %r'
                             % (i, j, g['items'][i]['text'], g['items'][j]['text']))
    # distinct from the dev sets and from the other b3 plans
    for i, it in enumerate(g['items']):
        if it['kind'] == 'nationalGoal':
            continue
        for src, dt, dtok in dev_items:
            if score.match_score(gt[i], dtok) is not None:
                probs.append('item %d %r is a match candidate for %s item %r'
                             % (i, it['text'], src, dt))
        for ob, ot, otok in others:
            if ob != base and score.match_score(gt[i], otok) is not None:
                probs.append('item %d %r is a match candidate for %s item %r'
                             % (i, it['text'], ob, ot))

    # second reading (notes only): pandoc
    pandoc_ok = None
    if ext in ('.docx', '.odt'):
        pt = read_pandoc(path)
        if pt is None:
            notes.append('pandoc could not read %s' % doc)
        else:
            pf = norm(pt.replace('\\', ''))
            miss = [it['text'] for it in g['items'] if norm(it['text']) not in pf]
            pandoc_ok = n - len(miss)
            for m in miss:
                notes.append('pandoc -t plain lacks item (not contiguous): %r' % m)

    # self-score
    res, _ = score.score(g, {'items': g['items'], 'plan': g['plan']})
    ok = (res['recall'] == 1 and res['precision'] == 1 and res['kind_accuracy'] == 1
          and res['area_local'] in (1, None) and res['notitem_hits'] == 0
          and res['matched_by_containment_only'] == 0
          and res['responsible_accuracy'] in (1, None) and res['deadline_accuracy'] in (1, None)
          and (res['plan'] or {}).get('matched') == 6)
    if not ok:
        probs.append('self-score not 1.0: %r' % res)

    kinds = {}
    for it in g['items']:
        kinds[it['kind']] = kinds.get(it['kind'], 0) + 1
    summary = dict(doc=doc, items=n, kinds=kinds, notItems=len(g['notItems']), pandoc=pandoc_ok,
                   info=info, lang=p.get('language'), ext=ext)
    return (['%s: %s' % (base, x) for x in probs], ['%s: %s' % (base, x) for x in notes],
            summary)


def main(argv):
    verbose = '-v' in argv
    rp = os.path.join(HERE, 'residue.json')
    residue = json.load(open(rp, encoding='utf-8')) if os.path.exists(rp) else {}
    dev = load_dev_items()
    golds = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json')))
    others = []
    for gp in golds:
        for it in json.load(open(gp, encoding='utf-8'))['items']:
            if it['kind'] != 'nationalGoal':
                others.append((os.path.basename(gp)[:-5], it['text'], score.tokens(it['text'])))
    allp, alln, total, langs, exts = [], [], 0, {}, {}
    for gp in golds:
        probs, notes, s = check(gp, residue, dev, others)
        allp += probs
        alln += notes
        if s:
            total += s['items']
            langs[s['lang']] = langs.get(s['lang'], 0) + 1
            exts[s['ext']] = exts.get(s['ext'], 0) + 1
            print('%-30s items=%3d %-52s notItems=%3d%s%s' % (
                s['doc'], s['items'], json.dumps(s['kinds']), s['notItems'],
                '' if s['pandoc'] is None else ' pandoc=%d/%d' % (s['pandoc'], s['items']),
                (' ' + json.dumps(s['info'])) if s['info'] else ''))
    if len(golds) != 8:
        allp.append('batch: %d plans, want 8' % len(golds))
    if langs.get('nb', 0) < 4 or langs.get('nn', 0) < 3:
        allp.append('batch: languages %r (want >= 4 nb, >= 3 nn)' % langs)
    if exts.get('.docx', 0) + exts.get('.odt', 0) < 3 or exts.get('.txt', 0) < 3:
        allp.append('batch: formats %r' % exts)
    if verbose:
        for x in alln:
            print('NOTE', x)
    for x in allp:
        print('PROBLEM', x)
    print('documents: %d, items: %d, problems: %d, notes: %d%s' % (
        len(golds), total, len(allp), len(alln), '' if verbose else ' (-v shows notes)'))
    return 1 if allp else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
