#!/usr/bin/env python3
"""Check every gold/<base>.json of batch b4 against its rendered plans/<file>.

    python3 make/validate.py [-v]

Reads each RENDERED plan the way an importer sees its text, independently of the
generator (nothing of make/plans or b4lib is imported):
  .txt   bytes -> UTF-8 with BOM / UTF-8 / Windows-1252; CRLF -> LF; form feed -> LF;
         page lines matching the regexes of make/residue.json (running footers of the
         pdftotext plan) removed
  .docx  python-docx: body paragraphs and tables in document order, a merged cell once
  .odt   content.xml: text:h / text:p in document order (text:s, text:tab, line breaks)
and, for .docx and .odt, `pandoc -t plain` as a second reading.

Checks, with the tokenisation and match rule of shared/devset/score.py:
  * every item text occurs in the document text in gold order (whitespace collapsed);
    every section, responsible, deadline and notItem occurs in it
  * for .docx / .odt every item text also occurs in pandoc's plain text
  * schema, kinds, areas (1-6 or null), plan fields; 20-60 items per plan
  * no duplicate items; no two gold items of a plan are match candidates for each
    other; no notItem is a match candidate for an item
  * no local item (localGoal / measure) is a match candidate for an item of the dev
    sets (shared/devset/gold, shared/devset2/gold); national goals are verbatim
    national text and are exempt
  * score.py scores each gold against itself as 1.0
Exit 1 on any problem.
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


def find_shared():
    cands = [os.environ.get('SHARED'),
             os.path.join(ROOT, '..', '..', '..', '..', '..', '..', 'shared'),
             os.path.join(ROOT, '..', '..', '..', '..', '..', 'shared'),
             '/work/shared']
    for c in cands:
        if c and os.path.isfile(os.path.join(c, 'devset', 'score.py')):
            return os.path.abspath(c)
    raise SystemExit('shared/devset/score.py not found (set SHARED=/path/to/shared)')


SHARED = find_shared()
sys.path.insert(0, os.path.join(SHARED, 'devset'))
import score  # noqa: E402

KINDS = ('nationalGoal', 'localGoal', 'measure')
PLAN_FIELDS = ('union', 'branch', 'periodFrom', 'periodTo', 'adopted', 'language')
ITEM_KEYS = {'kind', 'area', 'text', 'section', 'responsible', 'deadline'}


def norm(s):
    return ' '.join(s.replace('\u00a0', ' ').split())


# ----------------------------------------------------------------- readers
def read_txt(path, residue):
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        text, enc = raw[3:].decode('utf-8'), 'utf-8-bom'
    else:
        try:
            text, enc = raw.decode('utf-8'), 'utf-8'
        except UnicodeDecodeError:
            text, enc = raw.decode('cp1252'), 'windows-1252'
    crlf = b'\r\n' in raw
    text = text.replace('\r\n', '\n').replace('\f', '\n')
    pats = [re.compile(r) for r in residue]
    kept, dropped = [], 0
    for l in text.split('\n'):
        if any(p.fullmatch(l.strip()) for p in pats):
            dropped += 1
            continue
        kept.append(l)
    return ['\n'.join(kept)], dict(encoding=enc, crlf=crlf, residue_lines=dropped, raw=text)


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
                        if any(cell._tc is x for x in seen):
                            continue
                        seen.append(cell._tc)
                        walk(cell)
            else:
                out.append(blk.text)
    walk(d)
    return out, {}


ODT_T = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'


def odt_text(el):
    parts = [el.text or '']
    for ch in el:
        if ch.tag == ODT_T + 's':
            parts.append(' ' * int(ch.get(ODT_T + 'c', '1')))
        elif ch.tag == ODT_T + 'tab':
            parts.append('\t')
        elif ch.tag == ODT_T + 'line-break':
            parts.append('\n')
        elif ch.tag == ODT_T + 'note':
            pass
        else:
            parts.append(odt_text(ch))
        parts.append(ch.tail or '')
    return ''.join(parts)


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('content.xml'))
    out = [odt_text(el) for el in root.iter() if el.tag in (ODT_T + 'p', ODT_T + 'h')]
    return out, {}


def read_pandoc(path):
    r = subprocess.run(['pandoc', '-t', 'plain', '--wrap=none', '--columns=3000', path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode:
        return None
    return r.stdout.decode('utf-8')


# ----------------------------------------------------------------- dev items
def dev_items():
    out = []
    for d in ('devset', 'devset2'):
        for gp in sorted(glob.glob(os.path.join(SHARED, d, 'gold', '*.json'))):
            g = json.load(open(gp, encoding='utf-8'))
            for it in g.get('items', []):
                out.append((os.path.basename(gp), it.get('text', ''), score.tokens(it.get('text', ''))))
    return out


# ----------------------------------------------------------------- checks
def check(gpath, residue_map, devs):
    probs, notes = [], []
    g = json.load(open(gpath, encoding='utf-8'))
    base = os.path.basename(gpath)[:-5]
    doc = g.get('document')
    path = os.path.join(ROOT, 'plans', doc or '')
    if not doc or not os.path.exists(path) or os.path.splitext(doc)[0] != base:
        return ['%s: document %r missing or misnamed' % (base, doc)], [], None
    ext = os.path.splitext(doc)[1]
    if ext == '.txt':
        blocks, info = read_txt(path, residue_map.get(base, []))
    elif ext == '.docx':
        blocks, info = read_docx(path)
    elif ext == '.odt':
        blocks, info = read_odt(path)
    else:
        return ['%s: unknown extension %s' % (base, ext)], [], None
    flat = norm(' '.join(blocks))
    flat_raw = norm(info.pop('raw', ' '.join(blocks)))

    # schema and plan
    if set(g) != {'document', 'plan', 'items', 'notItems'}:
        probs.append('top-level keys %r' % sorted(g))
    p = g['plan']
    if sorted(p) != sorted(PLAN_FIELDS):
        probs.append('plan keys %r' % sorted(p))
    if p.get('language') not in ('nb', 'nn'):
        probs.append('plan.language %r' % p.get('language'))
    if p.get('adopted') is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', p['adopted']):
        probs.append('plan.adopted %r' % p['adopted'])
    for f in ('periodFrom', 'periodTo'):
        if p.get(f) is not None and not isinstance(p[f], int):
            probs.append('plan.%s not int' % f)
        if p.get(f) is not None and str(p[f]) not in flat_raw:
            probs.append('plan.%s %r not in document' % (f, p[f]))
    for f in ('union', 'branch'):
        if p.get(f) is not None and norm(p[f]).casefold() not in flat_raw.casefold():
            probs.append('plan.%s %r not in document' % (f, p[f]))
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
        extra = set(it) - ITEM_KEYS
        if extra:
            probs.append('item %d extra keys %r' % (i, sorted(extra)))
        t = it.get('text') or ''
        if not t or t != norm(t):
            probs.append('item %d text not normalised: %r' % (i, t))
        k = norm(t).casefold()
        if k in seen:
            probs.append('item %d duplicates item %d: %r' % (i, seen[k], t))
        seen[k] = i
        at = flat.find(norm(t), pos)
        if at < 0:
            anywhere = flat.find(norm(t))
            probs.append('item %d %s: %r' % (i, 'out of order' if anywhere >= 0 else 'NOT FOUND', t))
        else:
            pos = at + len(norm(t))
            # the responsible / deadline written with the item follow it
            for f in ('responsible', 'deadline'):
                v = it.get(f)
                if v and flat.find(norm(v), at) < 0:
                    probs.append('item %d %s %r not after the item text' % (i, f, v))
        for f in ('section', 'responsible', 'deadline'):
            v = it.get(f)
            if v is not None and (not isinstance(v, str) or norm(v) not in flat):
                probs.append('item %d %s not in document: %r' % (i, f, v))
    for t in g['notItems']:
        if norm(t) not in flat_raw:
            probs.append('notItem not in document: %r' % t)

    # matcher-level ambiguity
    gt = [score.tokens(it['text']) for it in g['items']]
    for t in g['notItems']:
        nt = score.tokens(t)
        for i, x in enumerate(gt):
            if score.match_score(nt, x) is not None:
                probs.append('notItem %r matches item %d %r' % (t, i, g['items'][i]['text']))
    for i in range(len(gt)):
        for j in range(i + 1, len(gt)):
            if score.match_score(gt[i], gt[j]) is not None:
                probs.append('items %d and %d are mutual match candidates: %r / %r'
                             % (i, j, g['items'][i]['text'], g['items'][j]['text']))
    for i, it in enumerate(g['items']):
        if it['kind'] == 'nationalGoal':
            continue
        for dname, dtext, dt in devs:
            if score.match_score(gt[i], dt) is not None:
                probs.append('item %d %r is a match candidate for %s %r' % (i, it['text'], dname, dtext))

    # second reading with pandoc
    pandoc_ok = None
    if ext in ('.docx', '.odt'):
        pt = read_pandoc(path)
        if pt is None:
            probs.append('pandoc could not read %s' % doc)
        else:
            pf = norm(pt.replace('\\', ''))
            miss = [it['text'] for it in g['items'] if norm(it['text']) not in pf]
            pandoc_ok = len(g['items']) - len(miss)
            for m in miss:
                probs.append('pandoc -t plain lacks item: %r' % m)

    # self-score
    res, _ = score.score(g, {'items': g['items'], 'plan': g['plan']})
    ok = (res['recall'] == 1 and res['precision'] == 1 and res['kind_accuracy'] == 1
          and res['area_local'] in (1, None) and res['area_national'] in (1, None)
          and res['responsible_accuracy'] in (1, None) and res['deadline_accuracy'] in (1, None)
          and res['notitem_hits'] == 0 and (res['plan'] or {}).get('matched') == 6)
    if not ok:
        probs.append('self-score not 1.0: %r' % res)

    kinds = {}
    for it in g['items']:
        kinds[it['kind']] = kinds.get(it['kind'], 0) + 1
    summary = dict(base=base, doc=doc, items=n, kinds=kinds, notItems=len(g['notItems']),
                   pandoc=pandoc_ok, info=info)
    return ['%s: %s' % (base, x) for x in probs], notes, summary


def main(argv):
    rp = os.path.join(HERE, 'residue.json')
    residue = json.load(open(rp, encoding='utf-8')) if os.path.exists(rp) else {}
    devs = dev_items()
    allp = []
    total = 0
    golds = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json')))
    for gpath in golds:
        probs, notes, s = check(gpath, residue, devs)
        allp += probs
        if s:
            total += s['items']
            print('%-26s items=%3d %-56s notItems=%3d%s%s' % (
                s['doc'], s['items'], json.dumps(s['kinds']), s['notItems'],
                '' if s['pandoc'] is None else ' pandoc=%d/%d' % (s['pandoc'], s['items']),
                (' ' + json.dumps(s['info'])) if s['info'] else ''))
    for x in allp:
        print('PROBLEM', x)
    print('documents: %d, items: %d, dev items compared: %d, problems: %d'
          % (len(golds), total, len(devs), len(allp)))
    return 1 if allp else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
