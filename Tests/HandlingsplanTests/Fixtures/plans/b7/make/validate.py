#!/usr/bin/env python3
"""Check every gold/<base>.json of batch b7 against its rendered plans/<file>.

    python3 make/validate.py

Reads each plan the way an importer would see its text, independently of the
generator (nothing is imported from make/plans/):
  .txt   bytes -> UTF-8 (BOM / Windows-1252 fallback), CRLF -> LF; then per plan:
           b7-06  ASCII grid tables: every table row is cut at the column positions
                  of its "+---+" border and the lines of each cell are joined
           b7-08  TAB-separated spreadsheet text: csv module (delimiter TAB)
  .docx  word/document.xml with lxml: body paragraphs and table cells in document
         order, w:br as a line break, gridSpan cells once, vMerge continuations skipped
  .odt   content.xml with lxml (text:h / text:p in document order; odfpy refuses
         to load pandoc's ODT: "SAX FAILED TO PARSE" on its styles.xml)
Second opinions: .docx and .odt through `pandoc -t plain`, .odt also through
`soffice --convert-to txt`; every item must occur there too.
Structure checks: the features each plan is meant to have (w:br inside b7-01's cells,
BOM and TAB columns in b7-02, Definition Term / Definition styles in b7-04, three
list levels in b7-05, grid borders in b7-06, gridSpan rows in b7-07, TABs and the SUM
row in b7-08).

Checks: every item text occurs in the document text in gold order (whitespace
collapsed); every section / responsible / deadline and every notItem occurs;
kinds, areas, plan fields valid; 20-50 items; no duplicate items; no two gold items
are match candidates under score.py's rule; no notItem is a match candidate for an
item; score.py scores each gold against itself as 1.0.  Exit 1 on any problem.
"""
import csv
import glob
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCORER = os.path.normpath(os.path.join(ROOT, '..', '..', 'shared', 'devset'))
sys.path.insert(0, SCORER)
import score  # noqa: E402  (shared/devset/score.py)

KINDS = ('nationalGoal', 'localGoal', 'measure')
PLAN_FIELDS = ('union', 'branch', 'periodFrom', 'periodTo', 'adopted', 'language')
PROFILE = 'file:///tmp/lo-b7'


def norm(s):
    return ' '.join(s.replace('\u00a0', ' ').split())


# ----------------------------------------------------------------- text readers
def decode(path):
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        text = raw[3:].decode('utf-8')
    else:
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError:
            text = raw.decode('cp1252')
    return text.replace('\r\n', '\n')


def read_tsv(text):
    rows = list(csv.reader(io.StringIO(text), delimiter='\t', quotechar='"'))
    return '\n'.join(' '.join(c for c in r if c) for r in rows)


def read_grid(text):
    """ASCII grid tables (+---+---+ / | a | b |) -> one line per cell, cells in order."""
    out = []
    lines = text.split('\n')
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not re.fullmatch(r'\+([-=]+\+)+', ln.strip()):
            out.append(ln)
            i += 1
            continue
        border = ln.strip()
        cuts = [k for k, ch in enumerate(border) if ch == '+']
        buf = []
        i += 1
        while i < len(lines) and lines[i].strip()[:1] in ('|', '+'):
            row = lines[i].strip()
            if row.startswith('+'):
                if buf:
                    for c in range(len(cuts) - 1):
                        cell = ' '.join(r[cuts[c] + 1:cuts[c + 1]].strip() for r in buf)
                        out.append(' '.join(cell.split()))
                buf = []
            else:
                if [k for k, ch in enumerate(row) if ch == '|'] != cuts:
                    raise ValueError('grid row does not fit its border: %r' % row)
                buf.append(row)
            i += 1
    return '\n'.join(out)


# ----------------------------------------------------------------- docx (tracked changes)
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def docx_paragraph(p, accept=True):
    parts = []
    for el in p.iter():
        if el.tag == W + 't':
            if accept and any(a.tag == W + 'del' for a in el.iterancestors()):
                continue
            parts.append(el.text or '')
        elif el.tag == W + 'delText' and not accept:
            parts.append(el.text or '')
        elif el.tag == W + 'tab':
            parts.append('\t')
        elif el.tag in (W + 'br', W + 'cr'):
            parts.append('\n')
    mark_deleted = p.find('%spPr/%srPr/%sdel' % (W, W, W)) is not None
    return ''.join(parts), mark_deleted


def read_docx(path, accept=True):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read('word/document.xml'))
        comments = etree.fromstring(z.read('word/comments.xml')) \
            if 'word/comments.xml' in z.namelist() else None
    body = root.find(W + 'body')
    out = []
    pending = ''

    def walk(el):
        nonlocal pending
        for ch in el:
            if ch.tag == W + 'p':
                text, deleted = docx_paragraph(ch, accept)
                if accept and deleted:
                    pending += text
                    continue
                out.append(pending + text)
                pending = ''
            elif ch.tag == W + 'tbl':
                for tr in ch.iter(W + 'tr'):
                    for tc in tr.findall(W + 'tc'):
                        vm = tc.find('%stcPr/%svMerge' % (W, W))
                        if vm is not None and vm.get(W + 'val') in (None, 'continue'):
                            continue
                        walk(tc)
            elif ch.tag in (W + 'sdt', W + 'sdtContent', W + 'customXml'):
                walk(ch)
    walk(body)
    if pending:
        out.append(pending)
    if not accept and comments is not None:
        for c in comments.iter(W + 'comment'):
            out.append(''.join(t.text or '' for t in c.iter(W + 't')))
    return '\n'.join(out)


# ----------------------------------------------------------------- odt
def read_odt(path):
    """content.xml with lxml (odfpy refuses pandoc's styles.xml, so only content.xml
    is read): text:h / text:p in
    document order, text:s / text:tab / text:line-break expanded."""
    T = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read('content.xml'))
    out = []

    def text_of(el):
        parts = [el.text or '']
        for ch in el:
            if ch.tag == T + 's':
                parts.append(' ' * int(ch.get(T + 'c', '1')))
            elif ch.tag == T + 'tab':
                parts.append('\t')
            elif ch.tag == T + 'line-break':
                parts.append('\n')
            elif ch.tag not in (T + 'note',):
                parts.append(text_of(ch))
            parts.append(ch.tail or '')
        return ''.join(parts)
    for el in root.iter(T + 'p', T + 'h'):
        if any(a.tag in (T + 'p', T + 'h') for a in el.iterancestors()):
            continue
        out.append(text_of(el))
    return '\n'.join(out)


def read_soffice_txt(path):
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(['soffice', '-env:UserInstallation=' + PROFILE, '--headless',
                        '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', d, path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        p = os.path.join(d, os.path.splitext(os.path.basename(path))[0] + '.txt')
        return decode(p) if os.path.exists(p) else None


def read_pandoc(path):
    r = subprocess.run(['pandoc', '--track-changes=accept', '-t', 'plain', '--wrap=none',
                        '--columns=3000', path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.stdout.decode('utf-8') if r.returncode == 0 else None


def readings(base, path):
    """-> (text for items in order, text for notItems, [(name, second opinion text)])"""
    ext = os.path.splitext(path)[1]
    if ext == '.txt':
        t = decode(path).replace('\f', '\n')
        if base.startswith('b7-06'):
            s = read_grid(t)
            return s, s + '\n' + t, []
        if base.startswith('b7-08'):
            s = read_tsv(t)
            return s, s, []
        return t, t, []
    if ext == '.docx':
        acc = read_docx(path, True)
        return acc, acc, [('pandoc', read_pandoc(path))]
    if ext == '.odt':
        t = read_odt(path)
        return t, t, [('pandoc', read_pandoc(path)), ('soffice-txt', read_soffice_txt(path))]
    raise ValueError(ext)


def structure(base, path):
    """The features the README promises for each plan."""
    probs = []
    raw = open(path, 'rb').read()

    def part(name):
        with zipfile.ZipFile(path) as z:
            return z.read(name).decode('utf-8')
    if base.startswith('b7-01'):
        x = part('word/document.xml')
        if x.count('<w:br/>') < 15 or x.count('<w:tbl>') != 7:
            probs.append('expected 7 tables with w:br line breaks in the cells')
    elif base.startswith('b7-02'):
        if not raw.startswith(b'\xef\xbb\xbf') or raw.count(b'\t') < 50 or b'\r' in raw:
            probs.append('expected UTF-8 BOM, LF and TAB columns')
    elif base.startswith('b7-03'):
        if not raw.startswith(b'Fra: ') or max(len(l) for l in raw.decode().split('\n')) > 72:
            probs.append('expected mail header and lines of at most 72 columns')
    elif base.startswith('b7-04'):
        x = part('word/document.xml')
        if x.count('w:val="DefinitionTerm"') < 12 or x.count('w:val="Definition"') < 28:
            probs.append('expected DefinitionTerm / Definition paragraphs')
    elif base.startswith('b7-05'):
        x = part('content.xml')
        if not re.search(r'<text:list[ >](?:(?!</text:list>).)*<text:list[ >](?:(?!</text:list>).)*<text:list[ >]', x, re.S) \
                or '<text:h' in x:
            probs.append('expected three nested list levels and no headings')
    elif base.startswith('b7-06'):
        t = raw.decode()
        if sum(1 for l in t.split('\n') if l.startswith('+=')) != 7 or max(len(l) for l in t.split('\n')) > 78:
            probs.append('expected 7 grid tables within 78 columns')
    elif base.startswith('b7-07'):
        x = part('word/document.xml')
        if x.count('w:gridSpan w:val="6"') != 7:
            probs.append('expected 7 spanning area rows (gridSpan 6)')
    elif base.startswith('b7-08'):
        t = raw.decode()
        if t.count('\t') < 150 or 'Sum budsjett\t\t\t57\u00a0000' not in t:
            probs.append('expected TAB columns and the SUM row')
    return probs


# ----------------------------------------------------------------- checks
def check(gpath):
    probs = []
    g = json.load(open(gpath, encoding='utf-8'))
    base = os.path.basename(gpath)[:-5]
    doc = g.get('document') or ''
    path = os.path.join(ROOT, 'plans', doc)
    if not os.path.exists(path) or os.path.splitext(doc)[0] != base:
        return ['%s: document %r missing or misnamed' % (base, doc)], None
    text, alltext, seconds = readings(base, path)
    flat = norm(text)
    flat_all = norm(alltext)

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
        if not isinstance(p.get(f), int) or str(p[f]) not in flat:
            probs.append('plan.%s %r invalid or not in document' % (f, p.get(f)))
    n = len(g['items'])
    if not 20 <= n <= 50:
        probs.append('%d items (want 20-50)' % n)
    probs += structure(base, path)

    pos = 0
    seen = {}
    for i, it in enumerate(g['items']):
        if it.get('kind') not in KINDS:
            probs.append('item %d kind %r' % (i, it.get('kind')))
        a = it.get('area', 'missing')
        if not (a is None or (isinstance(a, int) and 1 <= a <= 6)):
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
        at = flat.find(t, pos)
        if at < 0:
            probs.append('item %d %s: %r' % (i, 'out of order' if t in flat else 'NOT FOUND', t))
        else:
            pos = at + len(t)
        for f in ('section', 'responsible', 'deadline'):
            v = it.get(f)
            if v is not None and norm(v) not in flat:
                probs.append('item %d %s not in document: %r' % (i, f, v))
    for t in g['notItems']:
        if norm(t) not in flat_all:
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
                probs.append('items %d and %d are mutual match candidates: %r / %r'
                             % (i, j, g['items'][i]['text'], g['items'][j]['text']))

    second = {}
    for name, st in seconds:
        if st is None:
            probs.append('%s could not read %s' % (name, doc))
            continue
        sf = norm(st.replace('\\', ''))
        miss = [it['text'] for it in g['items'] if it['text'] not in sf]
        second[name] = '%d/%d' % (n - len(miss), n)
        for m in miss:
            probs.append('%s reading lacks item: %r' % (name, m))

    res, _ = score.score(g, {'items': g['items'], 'plan': g['plan']})
    if not (res['recall'] == 1 and res['precision'] == 1 and res['kind_accuracy'] == 1
            and res['area_local'] in (1, None)):
        probs.append('self-score not 1.0: %r' % res)

    kinds = {}
    for it in g['items']:
        kinds[it['kind']] = kinds.get(it['kind'], 0) + 1
    return (['%s: %s' % (base, x) for x in probs],
            dict(doc=doc, items=n, kinds=kinds, notItems=len(g['notItems']), second=second))


def main(argv):
    allp, total = [], 0
    golds = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json')))
    for gpath in golds:
        probs, s = check(gpath)
        allp += probs
        if s:
            total += s['items']
            print('%-24s items=%3d %-58s notItems=%3d %s' % (
                s['doc'], s['items'], json.dumps(s['kinds']), s['notItems'],
                ' '.join('%s=%s' % kv for kv in sorted(s['second'].items()))))
    for x in allp:
        print('PROBLEM', x)
    print('documents: %d, items: %d, problems: %d' % (len(golds), total, len(allp)))
    return 1 if allp else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
