#!/usr/bin/env python3
"""Check every gold/<base>.json of batch b1 against its rendered plans/<file>.

    python3 make/validate.py [-v]

Reads each RENDERED file the way an importer sees it, without the generator:
  .txt   bytes -> encoding from the BOM (UTF-8 / UTF-16 LE / UTF-16 BE), else strict
         UTF-8, else Windows-1252; CRLF -> LF; form feed -> LF; the page header /
         footer lines listed in make/residue.json dropped (pdftotext output)
  .docx  python-docx: body paragraphs and tables in document order (merged cells once)
  .odt   content.xml: text:h / text:p in document order (text:s, text:tab, line breaks)
and, for .docx and .odt, `pandoc -t plain` as a second reading.

Checks:
  * file encoding / line ends as the README says (EXPECT below)
  * every item text occurs in the document text in gold order (whitespace collapsed);
    its responsible and deadline occur between the previous and the next item; its
    section occurs, sections in order; every notItem occurs somewhere
  * every item text also occurs in pandoc's reading (.docx / .odt)
  * kinds, areas, keys and plan fields valid; union / branch / period in the document;
    20-60 items
  * no two gold items are match candidates under score.py's rule; no notItem is a
    match candidate for an item
  * score.py scores the gold against itself as 1.0
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
SCORER_DIR = os.environ.get('B1_SCORER_DIR', '/work/shared/devset')
sys.path.insert(0, SCORER_DIR)
import score  # noqa: E402  (shared/devset/score.py: tokenisation and match rule)

KINDS = ('nationalGoal', 'localGoal', 'measure')
PLAN_FIELDS = ('union', 'branch', 'periodFrom', 'periodTo', 'adopted', 'language')
ITEM_KEYS = {'kind', 'area', 'text', 'section', 'responsible', 'deadline'}

# what each text file must look like on disk: (encoding, line end)
EXPECT = {
    'b1-02_levanger': ('windows-1252', 'crlf'),
    'b1-03_stryn': ('utf-16le-bom', 'crlf'),
    'b1-06_molde': ('utf-8-bom', 'crlf'),
    'b1-07_kristiansund': ('utf-8', 'lf'),
}


def norm(s):
    return ' '.join(s.replace('\u00a0', ' ').split())


# ----------------------------------------------------------------- readers
def decode(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8'), 'utf-8-bom'
    if raw.startswith(b'\xff\xfe'):
        return raw[2:].decode('utf-16-le'), 'utf-16le-bom'
    if raw.startswith(b'\xfe\xff'):
        return raw[2:].decode('utf-16-be'), 'utf-16be-bom'
    try:
        return raw.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        return raw.decode('cp1252'), 'windows-1252'


def read_txt(path, residue):
    raw = open(path, 'rb').read()
    text, enc = decode(raw)
    if '\r\n' in text:
        eol = 'crlf'
        if re.search(r'(?<!\r)\n', text) or re.search(r'\r(?!\n)', text):
            eol = 'mixed'
    else:
        eol = 'lf' if '\n' in text else 'none'
    text = text.replace('\r\n', '\n').replace('\f', '\n')
    lines = [l for l in text.split('\n') if l.strip() not in residue]
    return ['\n'.join(lines)], dict(encoding=enc, eol=eol, raw=text)


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
    r = subprocess.run(['pandoc', '-t', 'plain', '--wrap=none', '--columns=2000', path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode:
        return None
    return r.stdout.decode('utf-8')


# ----------------------------------------------------------------- checks
def check(gpath, residue_map):
    probs, notes = [], []
    g = json.load(open(gpath, encoding='utf-8'))
    base = os.path.basename(gpath)[:-5]
    doc = g.get('document')
    path = os.path.join(ROOT, 'plans', doc or '')
    if not doc or not os.path.exists(path) or os.path.splitext(doc)[0] != base:
        return ['%s: document %r missing or misnamed' % (base, doc)], [], None
    ext = os.path.splitext(doc)[1]
    residue = set(residue_map.get(base, []))
    if ext == '.txt':
        blocks, info = read_txt(path, residue)
    elif ext == '.docx':
        blocks, info = read_docx(path)
    elif ext == '.odt':
        blocks, info = read_odt(path)
    else:
        return ['%s: unknown extension %s' % (base, ext)], [], None
    flat = norm(' '.join(blocks))
    flat_raw = norm(info.pop('raw', ' '.join(blocks)))

    if base in EXPECT:
        enc, eol = EXPECT[base]
        if info.get('encoding') != enc or info.get('eol') != eol:
            probs.append('file is %s/%s, expected %s/%s' % (info.get('encoding'),
                                                            info.get('eol'), enc, eol))
    elif ext == '.txt':
        probs.append('text plan without an EXPECT entry')

    # schema
    if set(g) != {'document', 'plan', 'items', 'notItems'}:
        probs.append('top-level keys %r' % sorted(g))
    p = g['plan']
    if tuple(sorted(p)) != tuple(sorted(PLAN_FIELDS)):
        probs.append('plan keys %r' % sorted(p))
    if p.get('language') not in ('nb', 'nn'):
        probs.append('plan.language %r' % p.get('language'))
    if p.get('adopted') is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d', p['adopted']):
        probs.append('plan.adopted %r' % p['adopted'])
    for f in ('periodFrom', 'periodTo'):
        if p.get(f) is not None and not isinstance(p[f], int):
            probs.append('plan.%s not int' % f)
        if p.get(f) is not None and str(p[f]) not in flat:
            probs.append('plan.%s %r not in document' % (f, p[f]))
    for f in ('union', 'branch'):
        if p.get(f) is not None and norm(p[f]).casefold() not in flat_raw.casefold():
            probs.append('plan.%s %r not in document' % (f, p[f]))
    n = len(g['items'])
    if not 20 <= n <= 60:
        probs.append('%d items (want 20-60)' % n)

    # items in order, with responsible / deadline next to them
    starts, ends = [], []
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
        for f in ('responsible', 'deadline'):
            if f in it and not it[f]:
                probs.append('item %d empty %s' % (i, f))
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
            starts.append(None)
            ends.append(None)
        else:
            starts.append(at)
            ends.append(at + len(norm(t)))
            pos = at + len(norm(t))
    for i, it in enumerate(g['items']):
        if starts[i] is None:
            continue
        lo = max([e for e in ends[:i] if e is not None] or [0])
        hi = min([s for s in starts[i + 1:] if s is not None] or [len(flat)])
        window = flat[lo:hi]
        for f in ('responsible', 'deadline'):
            v = it.get(f)
            if v and norm(v) not in window:
                probs.append('item %d %s %r not next to the item' % (i, f, v))
    # sections: occur, in order, before their first item
    spos = 0
    last = object()
    for i, it in enumerate(g['items']):
        s = it.get('section')
        if s is None or s == last:
            last = s
            continue
        last = s
        at = flat.find(norm(s), spos)
        if at < 0 or (starts[i] is not None and at > starts[i]):
            probs.append('section %r not found before item %d' % (s, i))
        else:
            spos = at + len(norm(s))
    for t in g['notItems']:
        if norm(t) not in flat_raw:
            probs.append('notItem not in document: %r' % t)

    # matcher-level ambiguity (score.py's rule)
    gt = [score.tokens(it['text']) for it in g['items']]
    for i, x in enumerate(gt):
        if not x:
            probs.append('item %d has no tokens' % i)
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

    # second reading with pandoc
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
                notes.append('pandoc -t plain lacks item: %r' % m)

    # self-score
    res, _ = score.score(g, {'items': g['items'], 'plan': g['plan']})
    ok = (res['recall'] == 1 and res['precision'] == 1 and res['kind_accuracy'] == 1
          and res['area_local'] in (1, None) and res['area_national'] in (1, None)
          and res['responsible_accuracy'] in (1, None) and res['deadline_accuracy'] in (1, None)
          and res['matched_by_containment_only'] == 0
          and (res['plan'] is None or res['plan']['matched'] == res['plan']['total']))
    if not ok:
        probs.append('self-score not 1.0: %r' % res)

    kinds = {}
    for it in g['items']:
        kinds[it['kind']] = kinds.get(it['kind'], 0) + 1
    summary = dict(base=base, doc=doc, items=n, kinds=kinds, notItems=len(g['notItems']),
                   pandoc=pandoc_ok, info=info)
    return (['%s: %s' % (base, x) for x in probs], ['%s: %s' % (base, x) for x in notes],
            summary)


def main(argv):
    verbose = '-v' in argv
    rp = os.path.join(HERE, 'residue.json')
    residue = json.load(open(rp, encoding='utf-8')) if os.path.exists(rp) else {}
    allp, alln = [], []
    total = 0
    golds = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json')))
    for gpath in golds:
        probs, notes, s = check(gpath, residue)
        allp += probs
        alln += notes
        if s:
            total += s['items']
            print('%-26s items=%3d %-52s notItems=%3d%s%s' % (
                s['doc'], s['items'], json.dumps(s['kinds']), s['notItems'],
                '' if s['pandoc'] is None else ' pandoc=%d/%d' % (s['pandoc'], s['items']),
                (' ' + json.dumps(s['info'])) if s['info'] else ''))
    if verbose:
        for x in alln:
            print('NOTE', x)
    elif alln:
        print('(%d notes, -v to list)' % len(alln))
    for x in allp:
        print('PROBLEM', x)
    print('documents: %d, items: %d, problems: %d' % (len(golds), total, len(allp)))
    return 1 if allp else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
