#!/usr/bin/env python3
"""Check every gold/<base>.json of batch b6 against its rendered plans/<file>.

    python3 make/validate.py [-v]

Reads each plan the way an importer would see its text, independently of the
generator (nothing is imported from make/plans/):
  .txt   bytes -> UTF-8 (BOM / Windows-1252 fallback), CRLF -> LF, form feed -> LF;
         then per plan:
           b6-02  CSV: parsed with ';' / '"' (csv module), cells of a row in order
           b6-03  lynx dump: link markers "[n]" removed (export residue)
           b6-08  pdftotext -layout of a two-column page: per page the column gutter
                  is found and the left column is read before the right one
  .docx  word/document.xml with lxml: body paragraphs and table cells in document order,
         tracked changes ACCEPTED (w:ins text kept, w:del / w:delText dropped, a
         paragraph whose mark is deleted joins the next one); a second reading with
         the deleted text and word/comments.xml is used for notItems only
  .odt   odfpy (teletype.extractText over text:h / text:p in document order)
Second opinions: .docx and .odt through `pandoc -t plain --track-changes=accept`,
.odt also through `soffice --convert-to txt`; every item must occur there too
(for b6-05 pandoc leaves the empty bullets of deleted paragraphs, harmless).

Checks: every item text occurs in the document text in gold order (whitespace
collapsed); every section / responsible / deadline and every notItem occurs;
kinds, areas, plan fields valid; 20-60 items; no duplicate items; no two gold items
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
PROFILE = 'file:///tmp/lo-b6-profile'


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


def read_csv(text):
    rows = list(csv.reader(io.StringIO(text), delimiter=';', quotechar='"'))
    return '\n'.join(' '.join(c for c in r if c) for r in rows)


def strip_link_refs(text):
    return re.sub(r'\[\d+\]', '', text)


def decolumn(text):
    """pdftotext -layout of pages with two text columns -> reading order."""
    out = []
    for page in text.split('\f'):
        lines = page.split('\n')
        # gutter: the column where most lines show '   X' (3 spaces, then text)
        votes = {}
        for ln in lines:
            for m in re.finditer(r'(?<=   )\S', ln):
                if 30 <= m.start() <= 70:
                    votes[m.start()] = votes.get(m.start(), 0) + 1
        if not votes:
            out.append(page)
            continue
        starts = sorted(votes)
        gutter = min(c for c in starts if votes[c] >= 2) if any(votes[c] >= 2 for c in starts) \
            else starts[0]
        gutter -= 1          # continuation lines of the right column are indented

        def split(ln):
            return (len(ln) > gutter and ln[gutter - 3:gutter].strip() == ''
                    and ln[:gutter].strip() != '' or
                    len(ln) > gutter and ln[:gutter].strip() == '' and ln[gutter:gutter + 1].strip() != '')
        idx = [i for i, ln in enumerate(lines) if split(ln)]
        if not idx:
            out.append(page)
            continue
        first, last = idx[0], idx[-1]
        # a left-column line can follow the last line that has both columns
        while last + 1 < len(lines) and lines[last + 1].strip() and len(lines[last + 1]) <= gutter:
            last += 1
        before = lines[:first]
        after = lines[last + 1:]
        left, right = [], []
        for ln in lines[first:last + 1]:
            if len(ln) > gutter and ln[gutter - 3:gutter].strip() == '':
                left.append(ln[:gutter].rstrip())
                right.append(ln[gutter:].strip())
            elif len(ln) <= gutter:
                left.append(ln)
            else:
                raise ValueError('full-width line inside the columns: %r' % ln)
        out.append('\n'.join(before + left + right + after))
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
    from odf.opendocument import load
    from odf import teletype
    from odf.namespaces import TEXTNS
    doc = load(path)
    out = []

    def walk(node):
        for ch in node.childNodes:
            if ch.nodeType != 1:
                continue
            if ch.qname in ((TEXTNS, 'p'), (TEXTNS, 'h')):
                out.append(teletype.extractText(ch))
            else:
                walk(ch)
    walk(doc.text)
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
        if base.startswith('b6-02'):
            return read_csv(decode(path)), t + '\n' + read_csv(decode(path)), []
        if base.startswith('b6-03'):
            s = strip_link_refs(t)
            return s, s + '\n' + t, []
        if base.startswith('b6-08'):
            s = decolumn(decode(path))
            return s, s + '\n' + t, []
        return t, t, []
    if ext == '.docx':
        acc = read_docx(path, True)
        return acc, acc + '\n' + read_docx(path, False), [('pandoc', read_pandoc(path))]
    if ext == '.odt':
        t = read_odt(path)
        return t, t, [('pandoc', read_pandoc(path)), ('soffice-txt', read_soffice_txt(path))]
    raise ValueError(ext)


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
    if not 20 <= n <= 60:
        probs.append('%d items (want 20-60)' % n)

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
