#!/usr/bin/env python3
"""Check the b10 gold against the rendered files, without the generator.

    python3 make/validate.py [--no-pdf]

Reads every plan on its own (DOCX: the main part found through _rels/.rels, read with lxml,
body paragraphs and table cells in document order with their runs and bold flags, w:br as a
line break; ODT: content.xml with lxml, text:p / text:h in order, text:s / text:tab /
text:line-break expanded; text: bytes decoded as UTF-8 or Windows-1252, CRLF detected) and
checks:

  * 20-60 items; kinds and areas valid; plan fields present and typed;
  * every item text occurs in the document text, in gold order; every section, responsible,
    deadline and notItem occurs in it;
  * no two gold items, and no notItem and item, are match candidates under score.py's rule;
    local items have token Jaccard <= 0.6 to every national goal;
  * score.py scores each gold against itself as 1.0;
  * per plan, an independent re-parse of the document by its own form gives exactly the gold
    items (kind, text, responsible, deadline, section / area where the form carries them):
    01 the "Konkret vil vi:" paragraphs split at n) / a) markers, bold topic paragraphs;
    02 the table rows with the "Kven / når" cell split; 03 the fixed-width columns cut at the
    header positions (cp1252, CRLF, equal line lengths); 04 bold first run = goal, following
    sentences = measures, "Ansvar: X." = responsible, exactly two situation sentences;
    05 list lines "text – who [Tag]" under the quarter headings; 06 "Mål:" / "Tiltak:"
    paragraphs re-joined from the hanging indent and split at "; "; 07 Tiltak / Ansvarleg /
    Frist paragraphs zipped by position; 08 "🎯" / "☐" / "☑" lines with "👤" / "📅" tails;
  * PDFs: pdfinfo says "Tagged: yes" / "Tagged: no"; items found in `pdftotext` output are
    reported (whitespace and line-end hyphens ignored); pdf/gold copies equal the gold
    apart from "document".
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
import importlib.util

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCORE_PY = os.path.normpath(os.path.join(ROOT, '..', '..', 'shared', 'devset', 'score.py'))
if not os.path.exists(SCORE_PY):
    SCORE_PY = '/work/shared/devset/score.py'
spec = importlib.util.spec_from_file_location('score', SCORE_PY)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
sys.path.insert(0, HERE)
import national  # noqa: E402

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'
OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0'
FO = 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0'
REL = 'http://schemas.openxmlformats.org/package/2006/relationships'

problems = []
notes = []


def problem(base, msg):
    problems.append('%s: %s' % (base, msg))


def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ').replace('\t', ' ')
    return ' '.join(s.split())


# ----------------------------------------------------------------- readers
def docx_paragraphs(path):
    """[(style, text, in_table)] in document order; also returns the parsed trees."""
    z = zipfile.ZipFile(path)
    rels = etree.fromstring(z.read('_rels/.rels'))
    main = None
    for r in rels.findall('{%s}Relationship' % REL):
        if r.get('Type').endswith('/officeDocument'):
            main = r.get('Target').lstrip('/')
    doc = etree.fromstring(z.read(main))
    styles = etree.fromstring(z.read('word/styles.xml'))
    numbering = etree.fromstring(z.read('word/numbering.xml')) if 'word/numbering.xml' in z.namelist() else None
    body = doc.find('{%s}body' % W)
    out = []
    for p in body.iter('{%s}p' % W):
        st = p.find('{%s}pPr/{%s}pStyle' % (W, W))
        style = st.get('{%s}val' % W) if st is not None else ''
        parts = []
        for el in p.iter():
            tag = etree.QName(el).localname if isinstance(el.tag, str) else ''
            if tag == 't' and el.getparent() is not None:
                parts.append(el.text or '')
            elif tag == 'tab' and etree.QName(el.getparent()).localname == 'r':
                parts.append('\t')
            elif tag in ('br', 'cr'):
                parts.append('\n')
        in_table = any(etree.QName(a).localname == 'tc' for a in p.iterancestors())
        out.append({'style': style, 'text': ''.join(parts), 'table': in_table, 'el': p})
    return out, {'doc': doc, 'styles': styles, 'numbering': numbering}


def odf_inline(el, parts):
    for node in el.iter():
        pass
    def rec(e):
        if e.text:
            parts.append(e.text)
        for c in e:
            ln = etree.QName(c).localname
            ns = etree.QName(c).namespace
            if ns == TEXT and ln == 's':
                parts.append(' ' * int(c.get('{%s}c' % TEXT, '1')))
            elif ns == TEXT and ln == 'tab':
                parts.append('\t')
            elif ns == TEXT and ln == 'line-break':
                parts.append('\n')
            elif ns == TEXT and ln in ('note', 'bookmark', 'bookmark-start', 'bookmark-end',
                                       'soft-page-break'):
                pass
            else:
                rec(c)
            if c.tail:
                parts.append(c.tail)
    rec(el)


def odt_paragraphs(path):
    z = zipfile.ZipFile(path)
    content = etree.fromstring(z.read('content.xml'))
    stylesx = etree.fromstring(z.read('styles.xml'))
    out = []
    for el in content.iter('{%s}p' % TEXT, '{%s}h' % TEXT):
        parts = []
        odf_inline(el, parts)
        anc = [etree.QName(a).localname for a in el.iterancestors()]
        out.append({'style': el.get('{%s}style-name' % TEXT, ''), 'text': ''.join(parts),
                    'table': 'table-cell' in anc, 'toc': 'index-body' in anc,
                    'heading': etree.QName(el).localname == 'h',
                    'level': el.get('{%s}outline-level' % TEXT), 'el': el,
                    'list': 'list-item' in anc})
    return out, {'content': content, 'styles': stylesx}


MARK = re.compile(r'^(?P<ind> *)(?P<m>[IVX]+\.|\d+\.|[a-z]\))(?P<sp> +)(?P<t>.*)$')


def txt_entries(path):
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
    text = raw.decode('utf-8')
    entries = []
    cur = None
    for line in text.split('\n'):
        if not line.strip():
            cur = None
            continue
        m = MARK.match(line)
        if m:
            cur = {'marker': m.group('m'), 'indent': len(m.group('ind')),
                   'text': m.group('t'), 'lines': [line]}
            entries.append(cur)
        elif cur is not None and line.startswith(' ' * (cur['indent'] + 2)):
            cur['text'] += ' ' + line.strip()
            cur['lines'].append(line)
        else:
            cur = {'marker': None, 'indent': 0, 'text': line.strip(), 'lines': [line]}
            entries.append(cur)
    return entries, text


# ----------------------------------------------------------------- checks
def check_pairs(base, gold):
    items = gold['items']
    toks = [score.tokens(i['text']) for i in items]
    for a in range(len(items)):
        if not toks[a]:
            problem(base, 'item without tokens: %r' % items[a]['text'])
        for b in range(a + 1, len(items)):
            if score.match_score(toks[a], toks[b]) is not None:
                problem(base, 'items are match candidates: %r / %r' % (items[a]['text'], items[b]['text']))
    for n in gold['notItems']:
        nt = score.tokens(n)
        for i, t in zip(items, toks):
            if score.match_score(nt, t) is not None:
                problem(base, 'notItem %r matches item %r' % (n, i['text']))
    nat = []
    for d in (national.NB, national.NN):
        for goals in d.values():
            nat += goals
    natset = set(norm(g) for g in nat)
    for i, t in zip(items, toks):
        if i['kind'] == 'nationalGoal':
            if norm(i['text']) not in natset:
                problem(base, 'nationalGoal not verbatim national: %r' % i['text'])
            continue
        for g in nat:
            gt = score.tokens(g)
            j = len(set(t) & set(gt)) / len(set(t) | set(gt))
            if j > 0.6 or score.match_score(t, gt) is not None:
                problem(base, 'local item too close to national goal: %r ~ %r' % (i['text'], g))


def check_fields(base, gold):
    n = len(gold['items'])
    if not 20 <= n <= 60:
        problem(base, '%d items (want 20-60)' % n)
    plan = gold['plan']
    for f in ('union', 'branch', 'periodFrom', 'periodTo', 'adopted', 'language'):
        if f not in plan:
            problem(base, 'plan field %s missing' % f)
    if not isinstance(plan['periodFrom'], int) or not isinstance(plan['periodTo'], int):
        problem(base, 'period not int')
    if plan['adopted'] is not None and not re.match(r'^\d{4}-\d\d-\d\d$', plan['adopted']):
        problem(base, 'adopted format')
    if plan['language'] not in ('nb', 'nn'):
        problem(base, 'language')
    for it in gold['items']:
        if it['kind'] not in score.KINDS:
            problem(base, 'bad kind %r' % it['kind'])
        if it['area'] is not None and it['area'] not in range(1, 7):
            problem(base, 'bad area %r' % it['area'])
        if it['text'] != norm(it['text']) or not it['text']:
            problem(base, 'text not clean: %r' % it['text'])
        for k in it:
            if k not in ('kind', 'area', 'text', 'section', 'responsible', 'deadline'):
                problem(base, 'unexpected field %s' % k)


def check_selfscore(base, gold):
    res, _ = score.score(gold, gold)
    for k in ('recall', 'precision', 'kind_accuracy', 'area_local'):
        if res[k] != 1.0:
            problem(base, 'self-score %s = %r' % (k, res[k]))
    for k in ('responsible_accuracy', 'deadline_accuracy', 'area_national'):
        if res[k] not in (None, 1.0):
            problem(base, 'self-score %s = %r' % (k, res[k]))
    if res['matched_by_containment_only']:
        problem(base, 'self-score partial matches')


def check_in_order(base, gold, paras, whole, extra=()):
    """paras: list of cleaned texts; whole(item, para_text) -> True if the form is right;
    extra: further cleaned texts of the document (TOC lines, whole typed lines) that
    sections / notItems may be."""
    pos = 0
    for it in gold['items']:
        t = it['text']
        found = None
        for k in range(pos, len(paras)):
            if t in paras[k]:
                found = k
                break
        if found is None:
            where = [k for k, p in enumerate(paras) if t in p]
            problem(base, 'item not found in order: %r (elsewhere at %s)' % (t, where[:3]))
            continue
        if not whole(it, paras[found]):
            problem(base, 'item not in the expected form: %r in %r' % (t, paras[found]))
        pos = found if not whole.__dict__.get('advance') else found + 1
    stream = ' '.join(list(paras) + list(extra))
    pset = set(paras) | set(extra)
    for it in gold['items']:
        for f in ('section', 'responsible', 'deadline'):
            v = it.get(f)
            if v and v not in pset:
                problem(base, '%s %r is not a paragraph/cell of the document' % (f, v))
    for n in gold['notItems']:
        if n not in stream:
            problem(base, 'notItem not in document: %r' % n)


def whole_para(it, p):
    return p == it['text']


whole_para.advance = True


# ----------------------------------------------------------------- per plan (b10)
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'


def docx_body(path):
    """Body paragraphs in document order (mc:Fallback skipped): dicts with text, runs
    [(text, bold)], style, cell (the w:tc element or None), row (w:tr or None)."""
    z = zipfile.ZipFile(path)
    rels = etree.fromstring(z.read('_rels/.rels'))
    main = [r.get('Target').lstrip('/') for r in rels.findall('{%s}Relationship' % REL)
            if r.get('Type').endswith('/officeDocument')][0]
    doc = etree.fromstring(z.read(main))
    out = []
    for p in doc.find('{%s}body' % W).iter('{%s}p' % W):
        if any(a.tag == '{%s}Fallback' % MC for a in p.iterancestors()):
            continue
        runs = []
        for r in p.iter('{%s}r' % W):
            parts = []
            for c in r:
                ln = etree.QName(c).localname
                if ln == 't':
                    parts.append(c.text or '')
                elif ln == 'tab':
                    parts.append('\t')
                elif ln in ('br', 'cr'):
                    parts.append('\n')
            b = r.find('{%s}rPr/{%s}b' % (W, W))
            bold = b is not None and b.get('{%s}val' % W) not in ('0', 'false')
            runs.append((''.join(parts), bold))
        st = p.find('{%s}pPr/{%s}pStyle' % (W, W))
        tc = next((a for a in p.iterancestors() if a.tag == '{%s}tc' % W), None)
        tr = next((a for a in p.iterancestors() if a.tag == '{%s}tr' % W), None)
        out.append({'text': ''.join(t for t, _ in runs), 'runs': runs,
                    'style': st.get('{%s}val' % W) if st is not None else '',
                    'cell': tc, 'row': tr})
    return out, doc


def read_text(path):
    """Decode a text plan: UTF-8 (BOM or not) or Windows-1252; returns (text, enc, crlf)."""
    raw = open(path, 'rb').read()
    crlf = b'\r\n' in raw
    if crlf and raw.replace(b'\r\n', b'').count(b'\r') + raw.replace(b'\r\n', b'').count(b'\n'):
        problem(os.path.basename(path), 'mixed line ends')
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8').replace('\r\n', '\n'), 'utf-8-bom', crlf
    try:
        return raw.decode('utf-8').replace('\r\n', '\n'), 'utf-8', crlf
    except UnicodeDecodeError:
        return raw.decode('cp1252').replace('\r\n', '\n'), 'windows-1252', crlf


def check_stream(base, gold, paras):
    """Every item text occurs in the joined document text in gold order; sections,
    responsibles, deadlines and notItems occur in it."""
    stream = ' '.join(norm(p) for p in paras)
    pos = 0
    for it in gold['items']:
        k = stream.find(it['text'], pos)
        if k < 0:
            problem(base, 'item not found in order: %r (anywhere: %s)'
                    % (it['text'], stream.find(it['text']) >= 0))
            continue
        pos = k + len(it['text'])
    for it in gold['items']:
        for f in ('section', 'responsible', 'deadline'):
            v = it.get(f)
            if v and v not in stream:
                problem(base, '%s %r not in document' % (f, v))
    for n in gold['notItems']:
        if n not in stream:
            problem(base, 'notItem not in document: %r' % n)
    return stream


def expect(base, what, got, want):
    if got != want:
        problem(base, '%s: got %r, want %r' % (what, got, want))


def item_view(gold, fields=('kind', 'text', 'area', 'responsible', 'deadline')):
    return [tuple(it.get(f) for f in fields) for it in gold['items']]


def v01(base, gold, path):
    paras, doc = docx_body(path)
    texts = [norm(p['text']) for p in paras]
    check_stream(base, gold, texts)
    # measures: the "Konkret vil vi:" paragraphs split at the n) / a) markers
    ms = []
    for t in texts:
        if t.startswith('Konkret vil vi: '):
            segs = re.split(r'(?:^|; )(?:\d+|[a-h])\) ', t[len('Konkret vil vi: '):])
            ms += [s for s in segs if s]
    expect(base, 'measures from Konkret paragraphs', ms,
           [i['text'] for i in gold['items'] if i['kind'] == 'measure'])
    if any(p['style'].lower().startswith(('heading', 'overskrift')) for p in paras):
        problem(base, 'heading styles present (topics should be bold Body Text)')
    secs = set(i['section'] for i in gold['items'])
    for p in paras:
        if norm(p['text']) in secs and not all(b for t, b in p['runs'] if t.strip()):
            problem(base, 'topic %r not bold' % p['text'])


def v02(base, gold, path):
    paras, x = odt_paragraphs(path)
    check_stream(base, gold, [p['text'] for p in paras])
    rows = []
    for tr in x['content'].iter('{%s}table-row' % TABLE):
        cells = tr.findall('{%s}table-cell' % TABLE)
        cp = []
        for c in cells:
            ps = []
            for p in c.iter('{%s}p' % TEXT):
                parts = []
                odf_inline(p, parts)
                ps.append(norm(''.join(parts)))
            cp.append(ps)
        rows.append(cp)
    got = []
    for cp in rows:
        if cp[0] == ['Tiltak']:
            continue
        who_when = cp[1]
        if len(who_when) == 2:
            who, when = who_when
        elif ' / ' in who_when[0]:
            who, when = who_when[0].split(' / ', 1)
        else:
            who, when = who_when[0], None
        got.append((cp[0][0], who, when))
    want = [(i['text'], i.get('responsible'), i.get('deadline'))
            for i in gold['items'] if i['kind'] == 'measure']
    expect(base, 'table rows (text, who, when)', got, want)
    if sum(1 for cp in rows if len(cp[1]) == 2) != 2:
        problem(base, 'expected two who/when cells of two paragraphs')


def v03(base, gold, path):
    text, enc, crlf = read_text(path)
    expect(base, 'encoding', enc, 'windows-1252')
    expect(base, 'CRLF', crlf, True)
    lines = text.split('\n')[:-1]
    if '\t' in text:
        problem(base, 'TAB in a fixed-width file')
    widths = set(len(l) for l in lines)
    if len(widths) != 1:
        problem(base, 'lines of different lengths: %s' % sorted(widths))
    check_stream(base, gold, lines)
    hdr = next(l for l in lines if l.startswith('Nr '))
    names = ['Nr', 'Område', 'Type', 'Beskrivelse', 'Ansvar', 'Frist', 'Kostnad']
    starts = [hdr.index(n) for n in names]
    cols = list(zip(starts, starts[1:] + [len(hdr)]))
    got = []
    sec = None
    for l in lines[lines.index(hdr) + 1:]:
        c = [l[a:b].strip() for a, b in cols]
        if c[2] not in ('Mål', 'Tiltak'):
            continue
        sec = c[1] or sec
        kind = 'localGoal' if c[2] == 'Mål' else 'measure'
        got.append((kind, c[3], sec, c[4] or None, c[5] or None))
    want = [(i['kind'], i['text'], i['section'], i.get('responsible'), i.get('deadline'))
            for i in gold['items']]
    expect(base, 'rows by column positions', got, want)


def v04(base, gold, path):
    paras, doc = docx_body(path)
    check_stream(base, gold, [p['text'] for p in paras])
    goals, rest = [], []
    for p in paras:
        if p['style'] in ('Title', 'Subtitle') or p['style'].startswith('Heading'):
            continue
        runs = [r for r in p['runs'] if r[0]]
        if runs and runs[0][1]:
            goals.append(norm(runs[0][0]))
            if any(b for t, b in runs[1:]):
                problem(base, 'more than one bold run in %r' % p['text'])
            tail = norm(''.join(t for t, b in runs[1:]))
            sents = re.split(r'(?<=\.) (?=[A-ZÆØÅ])', tail) if tail else []
            resp = None
            if sents and sents[-1].startswith('Ansvar: '):
                resp = sents.pop()[len('Ansvar: '):].rstrip('.')
            rest.append((sents, resp))
    expect(base, 'bold run-in goals', goals,
           [i['text'] for i in gold['items'] if i['kind'] == 'localGoal'])
    ms = [(i['text'], i.get('responsible')) for i in gold['items'] if i['kind'] == 'measure']
    got = []
    for sents, resp in rest:
        got += [(s, resp) for s in sents]
    gm = set(m[0] for m in ms)
    situ = [g for g in got if g[0] not in gm]
    got = [g for g in got if g[0] in gm]
    expect(base, 'measure sentences with Ansvar', got, ms)
    expect(base, 'situation sentences', len(situ), 2)
    for s, _ in situ:
        if s not in gold['notItems']:
            problem(base, 'situation sentence %r not a notItem' % s)


TAGS05 = {'Heltid': 1, 'Egenregi': 2, 'Org': 3, 'Fag': 4, 'Politikk': 5, 'Digital': 6,
          'Drift': None}


def v05(base, gold, path):
    paras, x = odt_paragraphs(path)
    check_stream(base, gold, [p['text'] for p in paras])
    got = []
    head = None
    for p in paras:
        t = norm(p['text'])
        if p['heading']:
            head = t
            continue
        if not p['list']:
            continue
        m = re.match(r'^(.*?)(?: – (.*?))?(?: \[(\w+)\])?$', t)
        text, who, tag = m.groups()
        area = TAGS05[tag] if tag else 'untagged'
        kind = 'localGoal' if head == 'Målene våre' else 'measure'
        got.append((kind, text, who, head if kind == 'measure' else None, area))
    want = []
    for i in gold['items']:
        a = i['area']
        if i['text'] == 'Gave til SOS-barnebyer i stedet for julekort':
            a = 'untagged'
        want.append((i['kind'], i['text'], i.get('responsible'), i.get('deadline'), a))
    expect(base, 'list lines (kind, text, who, quarter, tag area)', got, want)


def v06(base, gold, path):
    text, enc, crlf = read_text(path)
    expect(base, 'encoding', enc, 'utf-8')
    lines = text.split('\n')
    if max(len(l) for l in lines) > 72:
        problem(base, 'line longer than 72')
    check_stream(base, gold, lines)
    # re-join the labelled paragraphs and split them at "; "
    paras, cur = [], None
    for l in lines:
        m = re.match(r'^(Mål:|Tiltak:|Status i dag:) +(.*)$', l)
        if m:
            cur = [m.group(1), m.group(2)]
            paras.append(cur)
        elif cur is not None and l.startswith(' ' * 9) and l.strip():
            cur[1] += ' ' + l.strip()
        else:
            cur = None
    got = []
    for label, body in paras:
        if label == 'Status i dag:':
            continue
        for seg in body.split('; '):
            r = None
            m = re.match(r'^(.*) \(ansv\.: (.*)\)\.?$', seg)
            if m:
                seg, r = m.groups()
            got.append(('localGoal' if label == 'Mål:' else 'measure', seg, r))
    expect(base, 'semicolon items', got,
           [(i['kind'], i['text'], i.get('responsible')) for i in gold['items']])


def v07(base, gold, path):
    paras, doc = docx_body(path)
    check_stream(base, gold, [p['text'] for p in paras])
    tbl = doc.find('.//{%s}tbl' % W)
    got = []
    for tr in tbl.findall('{%s}tr' % W)[1:]:
        cells = []
        for tc in tr.findall('{%s}tc' % W):
            cells.append([norm(''.join(t.text or '' for t in p.iter('{%s}t' % W)))
                          for p in tc.findall('{%s}p' % W)])
        sec = cells[0][0]
        for g in cells[1]:
            if g != '–':
                got.append(('localGoal', g, sec, None, None))
        if not (len(cells[2]) == len(cells[3]) == len(cells[4])):
            problem(base, 'row %r: cells not aligned' % sec)
        for t, who, when in zip(cells[2], cells[3], cells[4]):
            got.append(('measure', t, sec, None if who == '–' else who,
                        None if when == '–' else when))
    expect(base, 'aligned rows', got,
           [(i['kind'], i['text'], i['section'], i.get('responsible'), i.get('deadline'))
            for i in gold['items']])
    if tbl.find('.//{%s}tblHeader' % W) is None:
        notes.append('%s: header row not marked tblHeader' % base)


def v08(base, gold, path):
    text, enc, crlf = read_text(path)
    expect(base, 'encoding', enc, 'utf-8')
    expect(base, 'CRLF', crlf, True)
    lines = text.split('\n')
    check_stream(base, gold, lines)
    got = []
    for l in lines:
        if l.startswith('🎯 '):
            got.append(('localGoal', norm(l[2:]), None, None))
        elif l[:2] in ('☐ ', '☑ '):
            m = re.match(r'^. (.*?)(?:  👤 (.*?))?(?:  📅 (.*))?$', l)
            got.append(('measure',) + tuple(g and norm(g) for g in m.groups()))
    expect(base, 'task lines', got,
           [(i['kind'], i['text'], i.get('responsible'), i.get('deadline'))
            for i in gold['items']])
    if not any(ord(ch) > 0xFFFF for ch in text):
        problem(base, 'no character outside the BMP')


CHECKS = {'01': v01, '02': v02, '03': v03, '04': v04, '05': v05, '06': v06, '07': v07,
          '08': v08}


# ----------------------------------------------------------------- PDFs
def squash(s):
    s = unicodedata.normalize('NFC', s).replace('\u00ad', '').replace('\u00a0', ' ')
    # pdftotext drops a hyphen at a line end ("mai-" / "arrangement" -> "maiarrangement"),
    # so hyphens are ignored on both sides, like whitespace
    return re.sub(r'[\s\-\u2010\u2011]+', '', s)


def check_pdfs(gold_by_base):
    report = []
    for base, gold in sorted(gold_by_base.items()):
        if not gold['document'].endswith(('.docx', '.odt')):
            continue
        for tag, want in (('tagged', 'yes'), ('untagged', 'no')):
            pdf = os.path.join(ROOT, 'pdf', '%s.%s.pdf' % (base, tag))
            if not os.path.exists(pdf):
                problem(base, 'missing %s' % pdf)
                continue
            info = subprocess.run(['pdfinfo', pdf], stdout=subprocess.PIPE, universal_newlines=True).stdout
            m = re.search(r'^Tagged:\s+(\w+)', info, re.M)
            if not m or m.group(1) != want:
                problem(base, '%s: pdfinfo Tagged %r, want %r' % (tag, m and m.group(1), want))
            pages = re.search(r'^Pages:\s+(\d+)', info, re.M).group(1)
            txt = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'], stdout=subprocess.PIPE).stdout.decode('utf-8')
            sq = squash(txt)
            missing = [it['text'] for it in gold['items'] if squash(it['text']) not in sq]
            alt = {}
            for mode in ('-raw', '-layout'):
                t2 = squash(subprocess.run(['pdftotext', mode, '-enc', 'UTF-8', pdf, '-'],
                                           stdout=subprocess.PIPE).stdout.decode('utf-8'))
                alt[mode] = sum(1 for t in missing if squash(t) not in t2)
            report.append((base, tag, want, pages, len(gold['items']), missing, alt))
            pg = os.path.join(ROOT, 'pdf', 'gold', '%s.%s.json' % (base, tag))
            if not os.path.exists(pg):
                problem(base, 'missing %s' % pg)
            else:
                g2 = json.load(open(pg, encoding='utf-8'))
                if g2.get('document') != os.path.basename(pdf) or dict(g2, document=None) != dict(gold, document=None):
                    problem(base, 'pdf gold %s differs' % pg)
    return report


def main(argv):
    gold_by_base = {}
    total = 0
    for gpath in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json'))):
        gold = json.load(open(gpath, encoding='utf-8'))
        base = os.path.basename(gpath)[:-5]
        gold_by_base[base] = gold
        path = os.path.join(ROOT, 'plans', gold['document'])
        if not os.path.exists(path):
            problem(base, 'document missing')
            continue
        if os.path.splitext(gold['document'])[0] != base:
            problem(base, 'document name')
        total += len(gold['items'])
        check_fields(base, gold)
        check_pairs(base, gold)
        check_selfscore(base, gold)
        CHECKS[base[4:6]](base, gold, path)
    print('%d documents, %d items' % (len(gold_by_base), total))
    if '--no-pdf' not in argv:
        rep = check_pdfs(gold_by_base)
        print('PDF check (pdftotext default mode; whitespace and line ends ignored):')
        for base, tag, want, pages, n, missing, alt in rep:
            print('  %-34s Tagged: %-3s pages %s  items found %d/%d%s'
                  % ('%s.%s.pdf' % (base, tag), want, pages, n - len(missing), n,
                     '' if not missing else '  (-raw misses %d, -layout misses %d)'
                     % (alt['-raw'], alt['-layout'])))
            for t in missing:
                print('      not in text: %r' % t)
    for n in notes:
        print('note: ' + n)
    if problems:
        print('%d problems:' % len(problems))
        for p in problems:
            print('  ' + p)
        return 1
    print('0 problems')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
