#!/usr/bin/env python3
"""Check the b12 gold against the rendered files, without the generator.

    python3 make/validate.py [--no-pdf]

Imports nothing from make/plans/ or lib.py. Reads every plan on its own (DOCX: the main part
found through _rels/.rels, read with lxml, w:br as a line break, w:tab as TAB, hidden runs
(w:vanish) kept apart, footnotes from word/footnotes.xml; ODT: content.xml with lxml, automatic
paragraph styles resolved for their left margin; text: bytes decoded, CRLF detected) and checks:

  * 20-60 items; kinds, areas and plan fields valid; texts clean;
  * every item text occurs in the document's reading text in gold order; every section,
    responsible, deadline and notItem occurs in it (hidden text and footnotes included);
  * no two gold items, and no notItem and item, are match candidates under score.py's rule;
    local items have token Jaccard <= 0.6 to every national goal; no local item is a match
    candidate for an item of the dev sets (shared/devset*/gold);
  * score.py scores each gold against itself as 1.0;
  * per plan, an independent re-parse of the document by its own form gives exactly the gold
    items (kind, text, section, responsible, deadline): 01 kanban lanes and cards; 02 Org
    headings, keywords, DEADLINE and :ANSVARLEG:; 03 WhatsApp messages; 04 boxed paragraphs
    and tab columns; 05 labels, list paragraphs and footnotes; 06 visible runs, typed roman
    goals, bullets, section columns; 07 paragraph indents; 08 § paragraphs, ledd, letter
    points and the ledd that assign responsibility or deadlines;
  * PDFs: pdfinfo says "Tagged: yes" / "Tagged: no"; items found in `pdftotext` output are
    reported (whitespace, soft hyphens and hyphens ignored); pdf/gold copies equal the gold
    apart from "document".
Exit 1 on any problem.
"""
import glob
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCORE_PY = '/work/shared/devset/score.py'
spec = importlib.util.spec_from_file_location('score', SCORE_PY)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
sys.path.insert(0, HERE)
import national  # noqa: E402

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'
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


def expect(base, what, got, want):
    if got == want:
        return
    problem(base, '%s differ (%d got, %d want)' % (what, len(got), len(want)))
    for k, (g, w) in enumerate(zip(got, want)):
        if g != w:
            problem(base, '  first difference at %d: got %r, want %r' % (k, g, w))
            break


def gold_view(gold, fields):
    return [tuple(it.get(f) for f in fields) for it in gold['items']]


# ----------------------------------------------------------------- readers
def docx_parts(path):
    z = zipfile.ZipFile(path)
    rels = etree.fromstring(z.read('_rels/.rels'))
    main = [r.get('Target').lstrip('/') for r in rels.findall('{%s}Relationship' % REL)
            if r.get('Type').endswith('/officeDocument')][0]
    doc = etree.fromstring(z.read(main))
    foot = None
    if 'word/footnotes.xml' in z.namelist():
        foot = etree.fromstring(z.read('word/footnotes.xml'))
    return doc, foot


def run_text(r):
    parts = []
    for c in r:
        ln = etree.QName(c).localname
        if ln == 't':
            parts.append(c.text or '')
        elif ln == 'tab':
            parts.append('\t')
        elif ln in ('br', 'cr'):
            parts.append('\n')
        elif ln == 'noBreakHyphen':
            parts.append('-')
        elif ln == 'softHyphen':
            parts.append('')
    return ''.join(parts)


def wval(el, path):
    x = el.find(path)
    if x is None:
        return None
    v = x.get('{%s}val' % W)
    return 'on' if v is None else v


def docx_paras(root):
    """Every w:p under root in document order: text, runs (text, bold, size, strike), style,
    numbered, the enclosing cells."""
    out = []
    for p in root.iter('{%s}p' % W):
        runs = []
        for r in p.iter('{%s}r' % W):
            b = wval(r, '{%s}rPr/{%s}b' % (W, W))
            sz = wval(r, '{%s}rPr/{%s}sz' % (W, W))
            st = wval(r, '{%s}rPr/{%s}strike' % (W, W))
            runs.append((run_text(r), b not in (None, '0', 'false'), int(sz) if sz else None,
                         st not in (None, '0', 'false'), r.find('{%s}footnoteReference' % W) is not None))
        style = wval(p, '{%s}pPr/{%s}pStyle' % (W, W)) or ''
        cells = [a for a in p.iterancestors() if a.tag == '{%s}tc' % W]
        out.append({'text': ''.join(r[0] for r in runs), 'runs': runs, 'style': style,
                    'num': p.find('{%s}pPr/{%s}numPr' % (W, W)) is not None,
                    'cells': cells, 'el': p})
    return out


def odf_inline(el, parts):
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


def odt_paras(path):
    z = zipfile.ZipFile(path)
    content = etree.fromstring(z.read('content.xml'))
    bold_styles = set()
    for st in content.iter('{%s}style' % STYLE):
        tp = st.find('{%s}text-properties' % STYLE)
        if tp is not None and tp.get('{%s}font-weight' % FO) == 'bold':
            bold_styles.add(st.get('{%s}name' % STYLE))
    out = []
    for el in content.iter('{%s}p' % TEXT, '{%s}h' % TEXT):
        parts = []
        odf_inline(el, parts)
        anc = [etree.QName(a).localname for a in el.iterancestors()]
        spans = [(''.join(s.itertext()), s.get('{%s}style-name' % TEXT) in bold_styles)
                 for s in el.findall('{%s}span' % TEXT)]
        out.append({'style': el.get('{%s}style-name' % TEXT, ''), 'text': ''.join(parts),
                    'heading': etree.QName(el).localname == 'h', 'list': 'list-item' in anc,
                    'bold': el.get('{%s}style-name' % TEXT, '') in bold_styles, 'spans': spans})
    return out, content


def read_text(base, path):
    raw = open(path, 'rb').read()
    crlf = b'\r\n' in raw
    if crlf and raw.replace(b'\r\n', b'').count(b'\n'):
        problem(base, 'mixed line ends')
    bom = raw.startswith(b'\xef\xbb\xbf')
    text = raw[3:].decode('utf-8') if bom else raw.decode('utf-8')
    return text.replace('\r\n', '\n'), bom, crlf


# ----------------------------------------------------------------- generic checks
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
        if it['text'] != norm(it['text']) or not it['text'] or '\u00ad' in it['text']:
            problem(base, 'text not clean: %r' % it['text'])
        for k in it:
            if k not in ('kind', 'area', 'text', 'section', 'responsible', 'deadline'):
                problem(base, 'unexpected field %s' % k)


NAT = [g for d in (national.NB, national.NN) for goals in d.values() for g in goals]


def dev_items():
    out = []
    for p in sorted(glob.glob('/work/shared/devset*/gold/*.json')):
        for it in json.load(open(p, encoding='utf-8'))['items']:
            if it['kind'] != 'nationalGoal':
                out.append((os.path.basename(p), it['text'], score.tokens(it['text'])))
    return out


DEV = dev_items()


def check_pairs(base, gold):
    items = gold['items']
    toks = [score.tokens(i['text']) for i in items]
    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            if score.match_score(toks[a], toks[b]) is not None:
                problem(base, 'items are match candidates: %r / %r'
                        % (items[a]['text'], items[b]['text']))
    for n in gold['notItems']:
        nt = score.tokens(n)
        for i, t in zip(items, toks):
            if score.match_score(nt, t) is not None:
                problem(base, 'notItem %r matches item %r' % (n, i['text']))
    for i, t in zip(items, toks):
        if i['kind'] == 'nationalGoal':
            problem(base, 'nationalGoal in a batch that copies none: %r' % i['text'])
            continue
        for g in NAT:
            gt = score.tokens(g)
            j = len(set(t) & set(gt)) / len(set(t) | set(gt))
            if j > 0.6 or score.match_score(t, gt) is not None:
                problem(base, 'local item too close to national goal: %r ~ %r' % (i['text'], g))
        for f, dt, dtok in DEV:
            if score.match_score(t, dtok) is not None:
                problem(base, 'item %r is a match candidate for dev item %r (%s)'
                        % (i['text'], dt, f))


def check_selfscore(base, gold):
    res, _ = score.score(gold, gold)
    for k in ('recall', 'precision', 'kind_accuracy', 'area_local'):
        if res[k] != 1.0:
            problem(base, 'self-score %s = %r' % (k, res[k]))
    for k in ('responsible_accuracy', 'deadline_accuracy'):
        if res[k] not in (None, 1.0):
            problem(base, 'self-score %s = %r' % (k, res[k]))
    if res['matched_by_containment_only']:
        problem(base, 'self-score partial matches')


def check_stream(base, gold, paras, extra=()):
    """Every item text occurs in the joined reading text in gold order; sections,
    responsibles, deadlines and notItems occur in it or in `extra` (hidden text, footnotes)."""
    stream = ' '.join(norm(p) for p in paras)
    full = stream + ' ' + ' '.join(norm(p) for p in extra)
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
            if v and v not in full:
                problem(base, '%s %r not in document' % (f, v))
    for n in gold['notItems']:
        if n not in full:
            problem(base, 'notItem not in document: %r' % n)
    return stream


def split_sentences(t):
    return [s for s in re.split(r'(?<=[.!?])\s+(?=[A-ZÆØÅ0-9«])', norm(t)) if s]


# ----------------------------------------------------------------- 01 kanban
KANBAN_KIND = {'Mål for 2026': 'localGoal', 'Skal gjøres': 'measure', 'Pågår': 'measure',
               'Ferdig': 'measure'}
TAIL = re.compile(r'(?:\s+(?:#[\w-]+|@\{\d{4}-\d\d-\d\d\}))+\s*$')


def kanban_card(body):
    parts = body.split('<br>')
    who, date = None, None
    cleaned = []
    for part in parts:
        m = TAIL.search(part)
        if m:
            d = re.search(r'@\{(\d{4}-\d\d-\d\d)\}', m.group(0))
            if d:
                date = d.group(1)
            part = part[:m.start()]
        cleaned.append(part)
    text = cleaned[0].replace('#', '')
    for part in cleaned[1:]:
        if part.startswith('Ansvar: '):
            who = part[len('Ansvar: '):]
            if who.startswith('[[') and who.endswith(']]'):
                who = who[2:-2]
    return norm(text), who, date


def v01(base, gold, path):
    text, bom, crlf = read_text(base, path)
    if bom or crlf:
        problem(base, 'expected UTF-8 without BOM, LF')
    lines = text.split('\n')
    reading = []
    for l in lines:
        r = re.sub(r'^- \[[ x]\] ', '', l).replace('<br>', ' ').replace('#', '')
        r = r.replace('@{', ' ').replace('}', ' ').replace('[[', '').replace(']]', '')
        reading.append(r.replace('**', '').lstrip('# '))
    check_stream(base, gold, reading)
    got, lane = [], None
    for l in lines:
        if l.startswith('***') or l.startswith('%%'):
            lane = None
            continue
        if l.startswith('## '):
            lane = l[3:]
            continue
        m = re.match(r'^- \[([ x])\] (.*)$', l)
        if m and lane in KANBAN_KIND:
            t, who, date = kanban_card(m.group(2))
            got.append((KANBAN_KIND[lane], t, lane, who, date))
    expect(base, 'kanban cards (kind, text, lane, who, when)', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))
    for s in ('kanban-plugin: basic', '**Complete**', '***\n\n## Archive', '%% kanban:settings',
              '<br>Ansvar: [[', 'i #Tillitsvalgtportalen'):
        if s not in text:
            problem(base, 'board markup %r missing' % s)


# ----------------------------------------------------------------- 02 Org
ORG_KW = ('TODO', 'PÅGÅR', 'FERDIG')


def org_title(t):
    t = re.sub(r'\s+:[\w@#%:]+:\s*$', '', t)
    t = re.sub(r'\[\[[^\]]*\]\[([^\]]*)\]\]', r'\1', t)
    kw = None
    first = t.split(' ', 1)[0]
    if first in ORG_KW + ('COMMENT',):
        kw, t = first, t.split(' ', 1)[1]
    t = re.sub(r'^\[#[A-C]\] ', '', t)
    t = re.sub(r'\s+\[\d+/\d+\]$', '', t)
    return kw, norm(t)


def v02(base, gold, path):
    text, bom, crlf = read_text(base, path)
    if bom or crlf:
        problem(base, 'expected UTF-8 without BOM, LF')
    lines = text.split('\n')
    reading = []
    for l in lines:
        r = re.sub(r'\[\[[^\]]*\]\[([^\]]*)\]\]', r'\1', l)
        reading.append(r.lstrip('*').strip())
    check_stream(base, gold, reading)
    got, sec, cur, skip = [], None, None, False
    for l in lines:
        m = re.match(r'^(\*+) (.*)$', l)
        if m:
            level = len(m.group(1))
            kw, t = org_title(m.group(2))
            if level == 1:
                sec, cur = t, None
                skip = ':noexport:' in l
                continue
            cur = None
            if skip or kw == 'COMMENT':
                continue
            if kw in ORG_KW:
                cur = ['measure', t, sec, None, None]
            elif level == 2:
                cur = ['localGoal', t, sec, None, None]
            got.append(cur)
            continue
        if cur is None:
            continue
        d = re.search(r'DEADLINE: <(\d{4}-\d\d-\d\d) ', l)
        if d:
            cur[4] = d.group(1)
        p = re.match(r'^\s+:ANSVARLEG: (.*)$', l)
        if p:
            cur[3] = p.group(1).strip()
    got = [tuple(g) for g in got]
    expect(base, 'org headings (kind, text, section, who, deadline)', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))
    for s in ('#+TODO: TODO PÅGÅR | FERDIG', 'SCHEDULED: <', 'CLOSED: [', ':LOGBOOK:',
              '* COMMENT ', ':noexport:', '[#A]', '[0/3]', '][Fagforbundet]]'):
        if s not in text:
            problem(base, 'org markup %r missing' % s)


# ----------------------------------------------------------------- 03 WhatsApp
WA_MSG = re.compile(r'^(\d\d\.\d\d\.\d{4}, \d\d:\d\d) - ([^:]+): (.*)$')
WA_SYS = re.compile(r'^(\d\d\.\d\d\.\d{4}, \d\d:\d\d) - (.*)$')
EDIT = ' <Denne meldingen ble redigert>'


def v03(base, gold, path):
    text, bom, crlf = read_text(base, path)
    if bom or crlf:
        problem(base, 'expected UTF-8 without BOM, LF')
    lines = text.rstrip('\n').split('\n')
    msgs = []
    for l in lines:
        m = WA_MSG.match(l)
        if m:
            msgs.append([m.group(2), [m.group(3)]])
        elif WA_SYS.match(l):
            msgs.append(['', [WA_SYS.match(l).group(2)]])
        else:
            if not msgs:
                problem(base, 'text before the first message')
                continue
            msgs[-1][1].append(l)
    reading = [x.replace(EDIT, ' ' + EDIT.strip()).strip('*') for _, body in msgs for x in body]
    check_stream(base, gold, reading)
    got = []
    plan_msgs = 0
    for who, body in msgs:
        h = re.match(r'^\*(\d\. .*)\*$', body[0])
        if who != 'Mona Aasen' or not h:
            continue
        plan_msgs += 1
        sec = h.group(1)
        for l in body[1:]:
            l = l.replace(EDIT, '')
            if l.startswith('Mål: '):
                got.append(('localGoal', l[5:], sec, None))
            elif l.startswith(('- ', '• ')):
                t, _, resp = l[2:].partition(' 👉 ')
                got.append(('measure', t, sec, resp or None))
            else:
                problem(base, 'unexpected line in a plan message: %r' % l)
    expect(base, 'WhatsApp plan lines (kind, text, section, who)', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible')))
    expect(base, 'plan messages', [plan_msgs], [8])
    for s in ('<Medier utelatt>', 'Denne meldingen ble slettet', EDIT, '\n• '):
        if s not in text:
            problem(base, 'chat residue %r missing' % s)


# ----------------------------------------------------------------- 04 boxes and tabs
def v04(base, gold, path):
    doc, _ = docx_parts(path)
    body = doc.find('{%s}body' % W)
    paras = docx_paras(body)
    check_stream(base, gold, [p['text'] for p in paras])
    got, sec, boxes, headers = [], None, 0, 0
    for p in paras:
        t = p['text']
        ppr = p['el'].find('{%s}pPr' % W)
        boxed = ppr is not None and ppr.find('{%s}pBdr' % W) is not None and \
            ppr.find('{%s}shd' % W) is not None
        tabs = ppr is not None and ppr.find('{%s}tabs' % W) is not None
        if p['style'] == 'Heading1':
            sec = norm(t)
        elif boxed:
            boxes += 1
            got.append(('localGoal', norm(t), sec, None, None))
        elif '\t' in t:
            if not tabs:
                problem(base, 'tab line without tab stops: %r' % t)
            cells = t.split('\t')
            if len(cells) != 3:
                problem(base, 'tab line with %d fields: %r' % (len(cells), t))
                continue
            if all(r[1] for r in p['runs'] if r[0]) and cells == ['Tiltak', 'Ansvar', 'Frist']:
                headers += 1
                continue
            got.append(('measure', norm(cells[0]), sec, norm(cells[1]) or None,
                        norm(cells[2]) or None))
    expect(base, 'boxed goals and tab lines (kind, text, section, who, when)', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))
    expect(base, 'boxes / header lines', [boxes, headers], [8, 9])
    if body.find('.//{%s}tbl' % W) is not None:
        problem(base, 'a table in a tab-column plan')
    if body.find('.//{%s}numPr' % W) is not None:
        problem(base, 'list numbering in a plan without lists')


# ----------------------------------------------------------------- 05 footnotes
def v05(base, gold, path):
    doc, foot = docx_parts(path)
    body = doc.find('{%s}body' % W)
    paras = docx_paras(body)
    fn = {}
    for f in foot.findall('{%s}footnote' % W):
        fid = f.get('{%s}id' % W)
        t = norm(''.join(p['text'] for p in docx_paras(f)))
        if t:
            fn[fid] = t
    check_stream(base, gold, [p['text'] for p in paras], list(fn.values()))
    got, sec, mode, remarks = [], None, None, 0
    for p in paras:
        t = norm(p['text'])
        if not t:
            continue
        if p['style'] == 'Heading1':
            sec, mode = t, None
            continue
        if not p['num'] and t in ('Mål', 'Tiltak') and all(r[1] for r in p['runs'] if r[0]):
            mode = t
            continue
        if p['num'] and mode:
            who, when = None, None
            for ref in p['el'].iter('{%s}footnoteReference' % W):
                ft = fn[ref.get('{%s}id' % W)]
                m = re.match(r'^(?:Ansvarleg: (.*?)\.)?\s*(?:Frist: (.*)\.)?$', ft)
                if m and (m.group(1) or m.group(2)):
                    who, when = m.group(1) or who, m.group(2) or when
                else:
                    remarks += 1
                    if ft not in gold['notItems']:
                        problem(base, 'remark footnote not a notItem: %r' % ft)
            got.append(('localGoal' if mode == 'Mål' else 'measure', t, sec, who, when))
    expect(base, 'list items with footnotes (kind, text, section, who, when)', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))
    expect(base, 'footnotes / remark footnotes', [len(fn), remarks], [24, 3])


# ----------------------------------------------------------------- 06 columns, hidden text
def visible_text(p):
    parts, hidden = [], []
    for r in p.iter('{%s}r' % W):
        v = r.find('{%s}rPr/{%s}vanish' % (W, W))
        (hidden if v is not None else parts).append(run_text(r))
    return ''.join(parts), ''.join(hidden)


def v06(base, gold, path):
    doc, _ = docx_parts(path)
    body = doc.find('{%s}body' % W)
    paras = docx_paras(body)
    vis, hid = [], []
    for p in paras:
        a, b = visible_text(p['el'])
        vis.append(a)
        if b.strip():
            hid.append(b.strip().strip('()'))
    check_stream(base, gold, vis, hid)
    got, sec = [], None
    for p, t in zip(paras, vis):
        t = norm(t)
        if not t:
            continue
        if p['style'] == 'Heading1':
            sec = t
            continue
        m = re.match(r'^(I|II|III)\. (.*)$', t)
        if m and all(r[1] for r in p['runs'] if r[0]):
            got.append(('localGoal', m.group(2), sec))
        elif p['style'] == 'ListBullet':
            got.append(('measure', t, sec))
    expect(base, 'visible goals and bullets (kind, text, section)', got,
           gold_view(gold, ('kind', 'text', 'section')))
    expect(base, 'hidden passages', [len(hid)], [5])
    cols = body.findall('.//{%s}sectPr/{%s}cols' % (W, W))
    if not any(c.get('{%s}num' % W) == '2' for c in cols):
        problem(base, 'no two-column section')
    if not any(s.get('{%s}orient' % W) == 'landscape' for s in body.iter('{%s}pgSz' % W)):
        problem(base, 'not landscape')
    if not any(b.get('{%s}type' % W) == 'column' for b in body.iter('{%s}br' % W)):
        problem(base, 'no column break')


# ----------------------------------------------------------------- 07 indents
def odt_margins(content):
    out = {}
    for st in content.iter('{%s}style' % STYLE):
        pp = st.find('{%s}paragraph-properties' % STYLE)
        if pp is not None and pp.get('{%s}margin-left' % FO) is not None:
            out[st.get('{%s}name' % STYLE)] = pp.get('{%s}margin-left' % FO)
    return out


def v07(base, gold, path):
    paras, content = odt_paras(path)
    check_stream(base, gold, [p['text'] for p in paras])
    margins = odt_margins(content)
    if content.find('.//{%s}list' % TEXT) is not None:
        problem(base, 'list markup in an indent-only plan')
    got, sec, tabbed = [], None, 0
    for p in paras:
        t = p['text']
        if not t.strip():
            continue
        if p['heading']:
            sec = norm(t)
            continue
        m = margins.get(p['style'], '0cm')
        cm = float(m.replace('cm', '') or 0)
        level = 0 if cm < 0.5 else (1 if cm < 1.5 else 2)
        if t.startswith('\t'):
            tabbed += 1
            level = max(level, 1)
        if sec is None or sec == 'Utfordringar':
            continue
        if sec == 'Drift og trivsel':
            if t.strip() == 'Styret':
                continue
            got.append(('measure', norm(t), sec))
        else:
            got.append(('localGoal' if level == 0 else 'measure', norm(t), sec))
    expect(base, 'indented paragraphs (kind, text, section)', got,
           gold_view(gold, ('kind', 'text', 'section')))
    expect(base, 'TAB-indented paragraphs / distinct margins', [tabbed, sorted(set(margins.values()))],
           [2, ['0cm', '1.1cm', '1cm', '2cm']])


# ----------------------------------------------------------------- 08 regulation
ORDN = {'første': 1, 'andre': 2, 'tredje': 3, 'fjerde': 4}


def v08(base, gold, path):
    paras, content = odt_paras(path)
    check_stream(base, gold, [p['text'] for p in paras])
    got, sec = [], None
    groups = []     # per §: dict(sec, ledd=[(no, text)], points=[(letter, text, ledd_no)])
    for p in paras:
        t = norm(p['text'])
        if not t:
            continue
        st = p['style']
        if p['heading']:
            continue
        if st == 'Paragraf':
            groups.append({'sec': t, 'ledd': [], 'points': []})
            continue
        if not groups:
            continue
        g = groups[-1]
        if st == 'Bokstavpunkt':
            m = re.match(r'^([a-h])\) (.*?)([;.])$', t)
            if not m:
                problem(base, 'bad letter point %r' % t)
                continue
            g['points'].append((m.group(1), m.group(2), len(g['ledd'])))
        elif st == 'Ledd':
            m = re.match(r'^\((\d)\) (.*)$', t)
            g['ledd'].append((int(m.group(1)) if m else 1, m.group(2) if m else t,
                              len(g['points'])))
    for g in groups:
        if not g['points']:
            continue
        label_no = g['points'][0][2]             # points follow ledd number label_no
        assign = {}
        for no, text, npts in g['ledd']:
            if npts == 0:
                continue
            r = re.match(r'^(.*?) har ansvaret for tiltak[a-z]* i (\w+) ledd(?: bokstav ([a-h])'
                         r'(?: og ([a-h]))?)?\.$', text)
            d = re.match(r'^Tiltaket i (\w+) ledd bokstav ([a-h]) skal vere gjennomført (.*)\.$',
                         text)
            if r:
                if ORDN[r.group(2)] != label_no:
                    problem(base, 'reference to the wrong ledd: %r' % text)
                letters = [x for x in r.group(3, 4) if x] or [p[0] for p in g['points']]
                for x in letters:
                    assign.setdefault(x, {})['who'] = r.group(1)
            elif d:
                if ORDN[d.group(1)] != label_no:
                    problem(base, 'reference to the wrong ledd: %r' % text)
                assign.setdefault(d.group(2), {})['when'] = d.group(3)
            else:
                problem(base, 'ledd after the points not understood: %r' % text)
        for no, text, npts in g['ledd']:
            if npts == 0 and not text.endswith(':'):
                got.append(('localGoal', text, g['sec'], None, None))
        for letter, text, _ in g['points']:
            a = assign.get(letter, {})
            got.append(('measure', text, g['sec'], a.get('who'), a.get('when')))
    expect(base, '§ ledd and letter points (kind, text, section, who, when)', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))


CHECKS = {'01': v01, '02': v02, '03': v03, '04': v04, '05': v05, '06': v06, '07': v07,
          '08': v08}


# ----------------------------------------------------------------- PDFs
def squash(s):
    s = unicodedata.normalize('NFC', s).replace('\u00ad', '').replace('\u00a0', ' ')
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
            info = subprocess.run(['pdfinfo', pdf], stdout=subprocess.PIPE,
                                  universal_newlines=True).stdout
            m = re.search(r'^Tagged:\s+(\w+)', info, re.M)
            if not m or m.group(1) != want:
                problem(base, '%s: pdfinfo Tagged %r, want %r' % (tag, m and m.group(1), want))
            pages = re.search(r'^Pages:\s+(\d+)', info, re.M).group(1)
            txt = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'],
                                 stdout=subprocess.PIPE).stdout.decode('utf-8')
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
                if g2.get('document') != os.path.basename(pdf) or \
                        dict(g2, document=None) != dict(gold, document=None):
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
        print('PDF check (pdftotext default mode; whitespace, soft hyphens and hyphens ignored):')
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
