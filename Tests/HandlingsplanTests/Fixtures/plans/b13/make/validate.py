#!/usr/bin/env python3
"""Check the b13 gold against the rendered files, without the generator.

    python3 make/validate.py [--no-pdf]

Imports nothing from make/plans/ or lib.py (b12's validator with b13's per-plan checks). Reads
every plan on its own (DOCX: the main part found through _rels/.rels, read with lxml, w:br as a
line break, w:tab as TAB, text boxes of mc:Choice only; ODT: content.xml with lxml, covered
table cells kept as gaps; text: bytes decoded, CRLF detected; CSV with the csv module;
Markdown and Mailchimp text with their markup removed) and checks:

  * 20-60 items; kinds, areas and plan fields valid; texts clean;
  * every item text occurs in the document's reading text in gold order; every section,
    responsible, deadline and notItem occurs in it;
  * no two gold items, and no notItem and item, are match candidates under score.py's rule;
    local items have token Jaccard <= 0.6 to every national goal; no local item is a match
    candidate for an item of the dev sets (shared/devset*/gold); no nationalGoal items;
  * score.py scores each gold against itself as 1.0;
  * per plan, an independent re-parse of the document by its own form gives exactly the gold
    items (kind, text, section and, where the plan has them, responsible and deadline):
    01 Heading 1 parts, Heading 2 areas, bold labels, List Bullet / List Number only inside
    "Del 2"; 02 Asana CSV rows, Parent task, Section/Column, Assignee, Due Date; 03 Mailchimp
    "** " headings, labels, "* " bullets between the plan heading and "Kalender", URLs cut;
    04 the scorecard table with its spanned / covered cells; 05 front matter, accordion and
    boks shortcodes, pipe-table rows, Markdown unescaped; 06 Heading 1, List Bullet goals, the
    first paragraph of every table cell, one "English" paragraph per goal, w:lang values; 07 the
    Utfordring | Mål | Tiltak tables (goal cell, list items of the Tiltak cell), the SWOT list;
    08 the text boxes by font size, bold and the separate bullet boxes, joined across lines;
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


# ----------------------------------------------------------------- 01 annual report + plan
def v01(base, gold, path):
    doc, _ = docx_parts(path)
    body = doc.find('{%s}body' % W)
    paras = docx_paras(body)
    check_stream(base, gold, [p['text'] for p in paras])
    got, part, sec, mode, report_bullets = [], None, None, None, 0
    for p in paras:
        t = norm(p['text'])
        if not t:
            continue
        if p['style'] == 'Heading1':
            part = t
            continue
        if p['cells']:
            continue
        if p['style'] == 'Heading2':
            sec, mode = t, None
            continue
        bold = all(r[1] for r in p['runs'] if r[0])
        if t in ('Mål', 'Tiltak') and bold:
            mode = t
            continue
        if p['style'] in ('ListBullet', 'ListNumber'):
            if part != 'Del 2 Handlingsplan 2026':
                report_bullets += 1
                continue
            if p['style'] == 'ListBullet' and mode != 'Mål' or \
                    p['style'] == 'ListNumber' and mode != 'Tiltak':
                problem(base, 'list style and label disagree: %r' % t)
            got.append(('localGoal' if mode == 'Mål' else 'measure', t, sec))
    expect(base, 'plan-part list paragraphs (kind, text, section)', got,
           gold_view(gold, ('kind', 'text', 'section')))
    expect(base, 'report bullets outside the plan part', [report_bullets], [6])
    h2 = [norm(p['text']) for p in paras if p['style'] == 'Heading2']
    for name in ('Heltid og likelønn', 'Organisasjonsbygging og tariffmakt',
                 'Fag- og tjenesteutvikling'):
        if h2.count(name) != 2:
            problem(base, 'heading %r should stand in the report and in the plan' % name)


# ----------------------------------------------------------------- 02 Asana CSV
def v02(base, gold, path):
    import csv
    import io
    text, bom, crlf = read_text(base, path)
    if bom or crlf:
        problem(base, 'expected UTF-8 without BOM, LF')
    rows = list(csv.DictReader(io.StringIO(text)))
    if len(rows[0]) != 16 or 'Parent task' not in rows[0]:
        problem(base, 'not the Asana column layout')
    reading = []
    for r in rows:
        for k in ('Name', 'Section/Column', 'Assignee', 'Due Date', 'Notes'):
            reading += r[k].split('\n')
    check_stream(base, gold, [', '.join(rows[0].keys())] + reading)
    got, secof = [], {}
    for r in rows:
        name, sec, parent = norm(r['Name']), r['Section/Column'], r['Parent task']
        if sec == 'Om planen':
            continue
        if parent:
            if sec:
                problem(base, 'subtask with a section: %r' % name)
            got.append(('measure', name, secof[parent], r['Assignee'] or None,
                        r['Due Date'] or None))
        elif sec == 'Drift og trivsel':
            got.append(('measure', name, sec, r['Assignee'] or None, r['Due Date'] or None))
        else:
            secof[r['Name']] = sec
            got.append(('localGoal', name, sec, None, None))
    expect(base, 'tasks (kind, text, section, who, when)', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))
    multiline = sum(1 for r in rows if '\n' in r['Notes'])
    done = sum(1 for r in rows if r['Completed At'])
    if multiline < 3 or done < 3:
        problem(base, 'expected multi-line Notes and completed tasks (%d, %d)' % (multiline, done))


# ----------------------------------------------------------------- 03 Mailchimp text
URL = re.compile(r' \(https?://[^)\s]+\)')


def v03(base, gold, path):
    text, bom, crlf = read_text(base, path)
    if bom or crlf:
        problem(base, 'expected UTF-8 without BOM, LF')
    lines = text.split('\n')
    check_stream(base, gold, [URL.sub('', re.sub(r'^(\*\* |\* )', '', l)) for l in lines])
    heads = [lines[i][3:] for i in range(len(lines) - 1)
             if lines[i].startswith('** ') and lines[i + 1] == '-' * 60]
    got, sec, mode, inplan = [], None, None, False
    for i, l in enumerate(lines):
        if l.startswith('** ') and i + 1 < len(lines) and lines[i + 1] == '-' * 60:
            sec, mode = l[3:], None
            inplan = heads.index(sec) >= heads.index('Handlingsplanen for 2026 er vedteken') + 1 \
                and heads.index(sec) < heads.index('Kalender')
            continue
        if not inplan:
            continue
        if l in ('Måla våre:', 'Dette gjer vi:'):
            mode = l
            continue
        if l.startswith('* '):
            t = URL.sub('', l[2:])
            got.append(('localGoal' if mode == 'Måla våre:' else 'measure', t, sec))
    expect(base, 'plan bullets (kind, text, section)', got,
           gold_view(gold, ('kind', 'text', 'section')))
    if sum(1 for l in lines if l.startswith('* ')) - len(got) != 5:
        problem(base, 'expected 5 "* " lines outside the plan (calendar, benefits)')
    if not any(URL.search(l) for l in lines if l.startswith('* ') and 'Meld interesse' in l):
        problem(base, 'link in an item missing')


# ----------------------------------------------------------------- 04 målekort
def odt_table_grid(tbl):
    """Rows of a table:table as lists of (text or None for covered cells); header rows too."""
    out = []
    for tr in tbl.iter('{%s}table-row' % TABLE):
        row = []
        for c in tr:
            ln = etree.QName(c).localname
            if ln == 'covered-table-cell':
                row.append(None)
            elif ln == 'table-cell':
                parts = []
                for p in c.iter('{%s}p' % TEXT):
                    pp = []
                    odf_inline(p, pp)
                    parts.append(norm(''.join(pp)))
                row.append(parts)
        out.append(row)
    return out


def v04(base, gold, path):
    paras, content = odt_paras(path)
    check_stream(base, gold, [p['text'] for p in paras])
    tables = list(content.iter('{%s}table' % TABLE))
    if len(tables) != 1:
        problem(base, '%d tables, want 1' % len(tables))
        return
    if tables[0].find('{%s}table-header-rows' % TABLE) is None:
        problem(base, 'no repeated header row')
    grid = odt_table_grid(tables[0])
    head = [c[0] for c in grid[0]]
    if head != ['Satsingsområde', 'Kritisk suksessfaktor', 'Måleindikator', 'Status 2025',
                'Mål 2027', 'Tiltak', 'Ansvar', 'Frist']:
        problem(base, 'header %r' % head)
    got, sec, spans = [], None, 0
    for row in grid[1:]:
        if len(row) != 8:
            problem(base, 'row of %d cells' % len(row))
            continue
        if row[0] is not None:
            sec = row[0][0]
        if row[1] is not None:
            got.append(('localGoal', row[1][0], sec, None, None))
        else:
            spans += 1
        got.append(('measure', row[5][0], sec, row[6][0] or None, row[7][0] or None))
    expect(base, 'scorecard rows (kind, text, section, who, when)', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))
    if spans < 10:
        problem(base, 'expected goal cells spanning rows')


# ----------------------------------------------------------------- 05 Hugo page
def md_plain(s):
    s = re.sub(r'\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)', r'\1', s)
    s = re.sub(r'\{\{<[^>]*>\}\}', ' ', s)
    return s.replace('\\|', '|').replace('**', '')


def v05(base, gold, path):
    text, bom, crlf = read_text(base, path)
    if bom or crlf:
        problem(base, 'expected UTF-8 without BOM, LF')
    lines = text.split('\n')
    if lines[0] != '---' or 'vedteke: "2026-02-03"' not in text:
        problem(base, 'front matter missing')
    reading = []
    for l in lines:
        m = re.match(r'^\{\{< (?:accordion title|boks tittel)="([^"]*)" >\}\}$', l)
        if m:
            reading.append(m.group(1))
        elif l.startswith('|'):
            reading += [md_plain(c) for c in re.split(r'(?<!\\)\|', l)[1:-1]]
        else:
            reading.append(md_plain(re.sub(r'^- ', '', l)))
    reading.append('Eli Rygg')
    check_stream(base, gold, reading)
    got, sec, inbox = [], None, False
    for l in lines:
        m = re.match(r'^\{\{< accordion title="([^"]*)" >\}\}$', l)
        if m:
            sec = m.group(1)
            continue
        if l.startswith('{{< boks '):
            inbox = True
            continue
        if l == '{{< /boks >}}':
            inbox = False
            continue
        if sec and l.startswith('- '):
            got.append(('localGoal' if inbox else 'measure', md_plain(l[2:]), sec, None, None))
        elif sec and l.startswith('| ') and not l.startswith('| Tiltak') and '---' not in l:
            cells = [c.strip() for c in re.split(r'(?<!\\)\|', l)[1:-1]]
            got.append(('measure', md_plain(cells[0]), sec, cells[1] or None, cells[2] or None))
    expect(base, 'shortcode blocks and table rows (kind, text, section, who, when)', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))
    for s in ('\\|', '**Fagdag**', '{{< ref "arsmelding-2025.md" >}}', '<!-- TODO',
              '{{< kontakt '):
        if s not in text:
            problem(base, 'markup %r missing' % s)


# ----------------------------------------------------------------- 06 bilingual
def v06(base, gold, path):
    doc, _ = docx_parts(path)
    body = doc.find('{%s}body' % W)
    paras = docx_paras(body)
    check_stream(base, gold, [p['text'] for p in paras])
    got, sec, english = [], None, 0
    for el in body:
        ln = etree.QName(el).localname
        if ln == 'p':
            p = docx_paras(el)[0]
            t = norm(p['text'])
            if p['style'] == 'Heading1':
                sec = t
            elif p['style'] == 'ListBullet':
                got.append(('localGoal', t, sec, None, None))
            elif p['style'] == 'English':
                english += 1
        elif ln == 'tbl':
            rows = el.findall('{%s}tr' % W)
            for tr in rows[1:]:
                cells = tr.findall('{%s}tc' % W)
                first = [norm(docx_paras(c)[0]['text']) for c in cells]
                got.append(('measure', first[0], sec, first[1] or None, first[2] or None))
                for c in cells[:1]:
                    ps = docx_paras(c)
                    if len(ps) != 2 or not all(r[0] == '' or True for r in ps[1]['runs']):
                        problem(base, 'action cell without its translation: %r' % first[0])
    expect(base, 'goals and first cell paragraphs (kind, text, section, who, when)', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))
    goals = sum(1 for g in gold['items'] if g['kind'] == 'localGoal')
    expect(base, '"English" paragraphs (one per goal)', [english], [goals])
    langs = set(l.get('{%s}val' % W) for l in body.iter('{%s}lang' % W))
    if not {'en-GB', 'nb-NO'} <= langs:
        problem(base, 'w:lang en-GB / nb-NO missing')


# ----------------------------------------------------------------- 07 SWOT + tables
def v07(base, gold, path):
    paras, content = odt_paras(path)
    check_stream(base, gold, [p['text'] for p in paras])
    body = content.find('.//{%s}text' % 'urn:oasis:names:tc:opendocument:xmlns:office:1.0')
    got, sec, swot = [], None, 0
    for el in body:
        ln = etree.QName(el).localname
        if ln == 'h':
            parts = []
            odf_inline(el, parts)
            if el.get('{%s}outline-level' % TEXT) == '2':
                sec = norm(''.join(parts))
        elif ln == 'table':
            name = el.get('{%s}name' % TABLE)
            rows = list(el.iter('{%s}table-row' % TABLE))
            if name == 'SWOT':
                swot = sum(1 for _ in el.iter('{%s}list-item' % TEXT))
                continue
            head = [norm(''.join(c.itertext())) for c in rows[0]]
            if head != ['Utfordring', 'Mål', 'Tiltak']:
                problem(base, 'table header %r' % head)
            for tr in rows[1:]:
                cells = list(tr)
                goal = norm(''.join(cells[1].itertext()))
                if goal != '–':
                    got.append(('localGoal', goal, sec))
                lis = list(cells[2].iter('{%s}list-item' % TEXT))
                if not lis:
                    problem(base, 'Tiltak cell without a list')
                for li in lis:
                    got.append(('measure', norm(''.join(li.itertext())), sec))
    expect(base, 'goal cells and Tiltak list items (kind, text, section)', got,
           gold_view(gold, ('kind', 'text', 'section')))
    expect(base, 'SWOT bullets', [swot], [12])


# ----------------------------------------------------------------- 08 PDF -> DOCX text boxes
MCNS = 'http://schemas.openxmlformats.org/markup-compatibility/2006'


def box_runs(box):
    """(text, size in half points, bold) of a text box, from its first run with text."""
    text, size, bold = '', None, False
    for r in box.iter('{%s}r' % W):
        t = run_text(r)
        if t and size is None:
            sz = wval(r, '{%s}rPr/{%s}sz' % (W, W))
            size = int(sz) if sz else None
            b = wval(r, '{%s}rPr/{%s}b' % (W, W))
            bold = b not in (None, '0', 'false')
        text += t
    return text, size, bold


def v08(base, gold, path):
    doc, _ = docx_parts(path)
    body = doc.find('{%s}body' % W)
    if body.find('.//{%s}tbl' % W) is not None or body.find('.//{%s}numPr' % W) is not None:
        problem(base, 'tables or list numbering in a PDF-import document')
    boxes = []
    for ch in body.iter('{%s}Choice' % MCNS):
        for tx in ch.iter('{%s}txbxContent' % W):
            boxes.append(box_runs(tx))
    fallback = sum(1 for fb in body.iter('{%s}Fallback' % MCNS)
                   for _ in fb.iter('{%s}txbxContent' % W))
    if fallback != len(boxes):
        problem(base, 'VML fallback boxes %d != %d' % (fallback, len(boxes)))
    top = [etree.QName(c).localname for c in body]
    reading = [re.sub(r'^• ', '', t) for t, _, _ in boxes if t.strip() not in ('–', '•')]
    check_stream(base, gold, reading)
    sizes = {}
    for t, s, b in boxes:
        sizes.setdefault((s, b), []).append(t)
    # the original: headings 12pt bold, labels 9.5pt bold, items 9.5pt, header/footer 8pt
    got, sec, mode, cur, pending = [], None, None, None, None
    for t, s, b in boxes:
        t0 = t.strip()
        if s == 24 and b:
            sec, mode, cur = norm(t), None, None
            continue
        if s == 19 and b and t0 in ('Våre mål', 'Tiltak'):
            mode, cur = t0, None
            continue
        if s != 19 or b or sec is None:
            cur = None
            continue
        if t0 in ('–', '•'):
            pending = t0
            continue
        if pending:
            got.append(['localGoal' if pending == '•' else 'measure', norm(t0), sec])
            if (pending == '•') != (mode == 'Våre mål'):
                problem(base, 'bullet and label disagree: %r' % t0)
            cur = got[-1]
            pending = None
        elif cur is not None:
            cur[1] = norm(cur[1] + ' ' + t0)
        else:
            problem(base, 'item line without a bullet: %r' % t0)
    got = [tuple(x) for x in got]
    expect(base, 'text boxes by size and bullet (kind, text, section)', got,
           gold_view(gold, ('kind', 'text', 'section')))
    if len(boxes) < 60:
        problem(base, 'only %d text boxes' % len(boxes))
    notes.append('%s: %d text boxes in %s body paragraph(s); sizes %s' % (
        base, len(boxes), top.count('p'),
        ', '.join('%s%s: %d' % (s, 'b' if b else '', len(v)) for (s, b), v in
                  sorted(sizes.items(), key=lambda x: (x[0][0] or 0, x[0][1])))))


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
            alt, texts = {}, []
            for mode in ('-raw', '-layout'):
                t2 = squash(subprocess.run(['pdftotext', mode, '-enc', 'UTF-8', pdf, '-'],
                                           stdout=subprocess.PIPE).stdout.decode('utf-8'))
                texts.append(t2)
                alt[mode] = sum(1 for t in missing if squash(t) not in t2)
            alt['none'] = sum(1 for t in missing if all(squash(t) not in x for x in texts))
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
                     '' if not missing else '  (-raw misses %d, -layout misses %d, all three '
                     'modes miss %d)' % (alt['-raw'], alt['-layout'], alt['none'])))
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
