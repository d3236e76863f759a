#!/usr/bin/env python3
"""Check every gold/<base>.json of batch b2 against its rendered plans/<file>.

    python3 make/validate.py [-v]

Reads each RENDERED file on its own, without the generator:
  .txt   bytes -> UTF-16 (BOM) / UTF-8 with BOM / UTF-8 / Windows-1252; CRLF -> LF.
         Text with form feeds is treated as pdftotext output: the page residue (lines at
         the top or bottom of a page that repeat on other pages, digits ignored) is
         removed, lines are joined with one space, and a hyphen at a line end is handled
         (a hyphen followed by white space compares equal to the hyphen alone, in the
         document and in the gold alike).
  .docx  python-docx: body paragraphs and table cells in document order (merged cells
         once); plus `pandoc -t plain` as a second reading of the item texts.
  .odt   content.xml: text:h / text:p in document order.
Checks:
  * every item text occurs in the document, in gold order; every section, responsible,
    deadline and notItem occurs
  * kinds, areas, keys and plan fields valid; union / branch / period years in the document
  * no two gold items of a plan are match candidates under score.py's rule; no notItem
    is a match candidate for an item; no duplicate texts
  * local items are no near-copies of national goals (Jaccard <= 0.6, no containment)
  * local items are not match candidates for any item of the dev sets (../../../shared/devset,
    devset2) nor of another b2 plan
  * items whose responsible / deadline are written in the line have >= 5 tokens
  * 20-60 items per plan; score.py scores each gold against itself as 1.0
Exit 1 on any problem.
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = '/work/shared'
sys.path.insert(0, os.path.join(SHARED, 'devset'))
sys.path.insert(0, HERE)
import score  # noqa: E402  (/work/shared/devset/score.py)
import national  # noqa: E402

KINDS = ('nationalGoal', 'localGoal', 'measure')
PLAN_FIELDS = ('union', 'branch', 'periodFrom', 'periodTo', 'adopted', 'language')
ITEM_KEYS = {'kind', 'text', 'area', 'section', 'responsible', 'deadline'}
# plans whose responsible / deadline are written inside the item's line
INLINE = ('b2-02', 'b2-04', 'b2-08')


def norm(s):
    s = ' '.join(s.replace('\u00a0', ' ').split())
    return re.sub(r'-\s+', '-', s)


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


def strip_pages(text):
    """pdftotext text -> (lines without page residue, residue lines found)."""
    pages = [p.split('\n') for p in text.split('\f')]
    pages = [p for p in pages if any(l.strip() for l in p)]
    key = lambda l: re.sub(r'\d+', '#', ' '.join(l.split()))
    edge = []
    for p in pages:
        idx = [i for i, l in enumerate(p) if l.strip()]
        edge.append(set(idx[:2] + idx[-2:]))
    count = {}
    for p, e in zip(pages, edge):
        for k in {key(p[i]) for i in e}:
            count[k] = count.get(k, 0) + 1
    resid = {k for k, n in count.items() if n >= 2 and len(pages) >= 2}
    out, found = [], []
    for p, e in zip(pages, edge):
        for i, l in enumerate(p):
            if i in e and key(l) in resid:
                found.append(' '.join(l.split()))
                continue
            out.append(l)
    return out, found


def read_txt(path):
    raw = open(path, 'rb').read()
    text, enc = decode(raw)
    info = dict(encoding=enc, crlf=b'\r\n' in raw or b'\r\x00\n\x00' in raw)
    text = text.replace('\r\n', '\n')
    if '\f' in text:
        lines, resid = strip_pages(text)
        info['pdftotext_pages'] = text.count('\f')
        info['residue'] = sorted(set(resid))
        return ' '.join(lines), text.replace('\f', '\n'), info
    return text, text, info


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
    t = '\n'.join(out)
    return t, t, {}


def read_odt(path):
    T = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('content.xml'))

    def txt(el):
        parts = [el.text or '']
        for ch in el:
            if ch.tag == T + 's':
                parts.append(' ' * int(ch.get(T + 'c', '1')))
            elif ch.tag in (T + 'tab', T + 'line-break'):
                parts.append(' ')
            else:
                parts.append(txt(ch))
            parts.append(ch.tail or '')
        return ''.join(parts)
    out = [txt(el) for el in root.iter() if el.tag in (T + 'p', T + 'h')]
    t = '\n'.join(out)
    return t, t, {}


def read_pandoc(path):
    r = subprocess.run(['pandoc', '-t', 'plain', '--wrap=none', '--columns=3000', path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return None if r.returncode else r.stdout.decode('utf-8')


# ----------------------------------------------------------------- reference items
def dev_items():
    out = []
    for f in sorted(glob.glob(os.path.join(SHARED, 'devset*', 'gold', '*.json'))):
        g = json.load(open(f, encoding='utf-8'))
        for it in g.get('items', []):
            if it.get('kind') in ('localGoal', 'measure'):
                out.append((os.path.basename(f), it['text'], score.tokens(it['text'])))
    return out


def jaccard(a, b):
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


# ----------------------------------------------------------------- checks
def check(gpath, devs, nat_toks):
    probs = []
    g = json.load(open(gpath, encoding='utf-8'))
    base = os.path.basename(gpath)[:-5]
    doc = g.get('document')
    path = os.path.join(ROOT, 'plans', doc or '')
    if not doc or not os.path.exists(path) or os.path.splitext(doc)[0] != base:
        return ['%s: document %r missing or misnamed' % (base, doc)], None
    ext = os.path.splitext(doc)[1]
    if ext == '.txt':
        body, raw, info = read_txt(path)
    elif ext == '.docx':
        body, raw, info = read_docx(path)
    elif ext == '.odt':
        body, raw, info = read_odt(path)
    else:
        return ['%s: unknown extension %s' % (base, ext)], None
    flat, flat_raw = norm(body), norm(raw)

    if set(g) != {'document', 'plan', 'items', 'notItems'}:
        probs.append('top-level keys %r' % sorted(g))
    p = g['plan']
    if tuple(sorted(p)) != tuple(sorted(PLAN_FIELDS)):
        probs.append('plan keys %r' % sorted(p))
    if p.get('language') not in ('nb', 'nn'):
        probs.append('plan.language %r' % p.get('language'))
    if p.get('adopted') is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', p['adopted']):
        probs.append('plan.adopted %r' % p['adopted'])
    for f in ('union', 'branch'):
        if p.get(f) is not None and norm(p[f]).casefold() not in flat_raw.casefold():
            probs.append('plan.%s %r not in document' % (f, p[f]))
    for f in ('periodFrom', 'periodTo'):
        if p.get(f) is not None and (not isinstance(p[f], int) or str(p[f]) not in flat_raw):
            probs.append('plan.%s %r not an int in the document' % (f, p[f]))

    n = len(g['items'])
    if not 20 <= n <= 60:
        probs.append('%d items (want 20-60)' % n)
    pos, seen = 0, {}
    for i, it in enumerate(g['items']):
        if set(it) - ITEM_KEYS or not {'kind', 'text', 'area', 'section'} <= set(it):
            probs.append('item %d keys %r' % (i, sorted(it)))
        if it.get('kind') not in KINDS:
            probs.append('item %d kind %r' % (i, it.get('kind')))
        a = it.get('area', 'missing')
        if not (a is None or (isinstance(a, int) and not isinstance(a, bool) and 1 <= a <= 6)):
            probs.append('item %d area %r' % (i, a))
        t = it.get('text') or ''
        if not t or t != ' '.join(t.split()) or t != unicodedata.normalize('NFC', t):
            probs.append('item %d text not normalised (whitespace / NFC): %r' % (i, t))
        k = t.casefold()
        if k in seen:
            probs.append('item %d duplicates item %d: %r' % (i, seen[k], t))
        seen[k] = i
        at = flat.find(norm(t), pos)
        if at < 0:
            probs.append('item %d %s: %r' % (i, 'OUT OF ORDER' if norm(t) in flat else 'NOT FOUND', t))
        else:
            pos = at + len(norm(t))
        for f in ('section', 'responsible', 'deadline'):
            v = it.get(f)
            if v is not None and norm(v) not in flat_raw:
                probs.append('item %d %s not in document: %r' % (i, f, v))
        if any(base.startswith(x) for x in INLINE) and (it.get('responsible') or it.get('deadline')) \
                and len(score.tokens(t)) < 5:
            probs.append('item %d has an inline responsible/deadline but < 5 tokens: %r' % (i, t))
    for t in g['notItems']:
        if norm(t) not in flat_raw:
            probs.append('notItem not in document: %r' % t)

    gt = [score.tokens(it['text']) for it in g['items']]
    for t in g['notItems']:
        nt = score.tokens(t)
        for i, x in enumerate(gt):
            if score.match_score(nt, x) is not None:
                probs.append('notItem %r matches item %d %r' % (t, i, g['items'][i]['text']))
    for i in range(len(gt)):
        for j in range(i + 1, len(gt)):
            if score.match_score(gt[i], gt[j]) is not None:
                probs.append('items %d and %d are match candidates: %r / %r'
                             % (i, j, g['items'][i]['text'], g['items'][j]['text']))
    for i, it in enumerate(g['items']):
        if it['kind'] == 'nationalGoal':
            if not any(gt[i] == nt for nt in nat_toks):
                probs.append('nationalGoal %d is not verbatim national text: %r' % (i, it['text']))
            continue
        for nt in nat_toks:
            short, long_ = sorted((gt[i], nt), key=len)
            if jaccard(gt[i], nt) > 0.6 or (len(short) >= 5 and score._contains(short, long_)):
                probs.append('local item %d is close to a national goal: %r' % (i, it['text']))
                break
        for f, dt, dtk in devs:
            if score.match_score(gt[i], dtk) is not None:
                probs.append('item %d matches dev item (%s): %r / %r' % (i, f, it['text'], dt))

    pandoc_ok = None
    if ext in ('.docx', '.odt'):
        pt = read_pandoc(path)
        if pt is None:
            probs.append('pandoc could not read %s' % doc)
        else:
            pf = norm(pt.replace('\\', ''))
            miss = [it['text'] for it in g['items'] if norm(it['text']) not in pf]
            pandoc_ok = n - len(miss)
            for m in miss:
                probs.append('pandoc -t plain lacks item: %r' % m)

    res, _ = score.score(g, {'items': g['items'], 'plan': g['plan']})
    if not (res['recall'] == 1 and res['precision'] == 1 and res['kind_accuracy'] == 1
            and res['area_local'] in (1, None) and res['area_national'] in (1, None)
            and res['responsible_accuracy'] in (1, None) and res['deadline_accuracy'] in (1, None)
            and res['notitem_hits'] == 0 and (res['plan'] or {}).get('matched') == 6):
        probs.append('self-score not 1.0: %r' % res)

    kinds = {}
    for it in g['items']:
        kinds[it['kind']] = kinds.get(it['kind'], 0) + 1
    summary = dict(base=base, doc=doc, items=n, kinds=kinds, notItems=len(g['notItems']),
                   pandoc=pandoc_ok, info=info, toks=gt, texts=[it['text'] for it in g['items']],
                   local=[it['kind'] != 'nationalGoal' for it in g['items']])
    return ['%s: %s' % (base, x) for x in probs], summary


def main(argv):
    verbose = '-v' in argv
    devs = dev_items()
    nat_toks = [score.tokens(s) for s in national.all_goals()]
    # all national texts of the seeds' goal lists (NB/NN dicts hold the ones used here)
    allp, sums = [], []
    golds = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json')))
    for gpath in golds:
        probs, s = check(gpath, devs, nat_toks)
        allp += probs
        if s:
            sums.append(s)
            info = dict(s['info'])
            resid = info.pop('residue', None)
            print('%-22s items=%2d %-52s notItems=%2d%s %s' % (
                s['doc'], s['items'], json.dumps(s['kinds']), s['notItems'],
                '' if s['pandoc'] is None else ' pandoc=%d/%d' % (s['pandoc'], s['items']),
                json.dumps(info, ensure_ascii=False) if info else ''))
            if resid and verbose:
                print('    page residue removed: %r' % resid)
    # across the batch: local items of different plans must not match each other
    for a in range(len(sums)):
        for b in range(a + 1, len(sums)):
            A, B = sums[a], sums[b]
            for i, ta in enumerate(A['toks']):
                if not A['local'][i]:
                    continue
                for j, tb in enumerate(B['toks']):
                    if B['local'][j] and score.match_score(ta, tb) is not None:
                        allp.append('%s item %d matches %s item %d: %r / %r' % (
                            A['base'], i, B['base'], j, A['texts'][i], B['texts'][j]))
    for x in allp:
        print('PROBLEM', x)
    print('documents: %d, items: %d, problems: %d' % (len(golds), sum(s['items'] for s in sums),
                                                      len(allp)))
    return 1 if allp else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
