#!/usr/bin/env python3
"""Check the b11 gold against the rendered files, without the generator.

    python3 make/validate.py [--no-pdf]

Imports nothing from make/plans/ or lib.py. Reads every plan on its own (DOCX: the main part
found through _rels/.rels, read with lxml, body paragraphs in document order including those of
nested tables, w:br as a line break, w:softHyphen as nothing, w:noBreakHyphen as "-", footnotes
from word/footnotes.xml; ODT: content.xml with lxml; text: bytes decoded, CRLF detected) and
checks:

  * 20-60 items; kinds, areas and plan fields valid; texts clean;
  * every item text occurs in the document's reading text in gold order; every section,
    responsible, deadline and notItem occurs in it;
  * no two gold items, and no notItem and item, are match candidates under score.py's rule;
    local items have token Jaccard <= 0.6 to every national goal; no local item is a match
    candidate for an item of the dev sets (shared/devset*/gold);
  * score.py scores each gold against itself as 1.0;
  * per plan, an independent re-parse of the document by its own form gives exactly the gold
    items (kind, text, section, responsible, deadline where the form carries them):
    01 wiki markup rendered by its own rules (lists, two table syntaxes, links, refs);
    02 TAB depth; 03 bold questions and their answers; 04 captions (SEQ), tables, footnotes;
    05 outer rows and nested tables, optional / non-breaking hyphens; 06 run sizes, bold,
    numPr, strike; 07 "Vedtak n.n.n:" paragraphs and their formula; 08 line numbers stripped,
    bullets re-joined;
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


def check_stream(base, gold, paras):
    """Every item text occurs in the joined reading text in gold order; sections,
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


def split_sentences(t):
    return [s for s in re.split(r'(?<=[.!?])\s+(?=[A-ZÆØÅ0-9«])', norm(t)) if s]


# ----------------------------------------------------------------- 01 wiki
def wiki_plain(s):
    """Render inline wiki markup the way the page shows it (refs kept apart)."""
    s = re.sub(r'<ref>.*?</ref>', '', s)
    s = re.sub(r'\{\{[^{}]*\}\}', '', s)
    s = re.sub(r'\[\[[^\]|]*\|([^\]]*)\]\]', r'\1', s)
    s = re.sub(r'\[\[([^\]]*)\]\]', r'\1', s)
    s = re.sub(r'\[https?://[^ \]]+ ([^\]]*)\]', r'\1', s)
    s = re.sub(r"'{2,3}", '', s)
    s = s.replace('<br />', ' ').replace('&nbsp;', '\u00a0')
    return norm(s)


def v01(base, gold, path):
    text, bom, crlf = read_text(base, path)
    lines = text.split('\n')
    # reading text: markup rendered, ref texts and comments kept as text
    reading = []
    for l in lines:
        r = re.sub(r'</?ref>', ' ', l).replace('<!--', ' ').replace('-->', ' ')
        r = re.sub(r'\[\[([^\]|]*)\|([^\]]*)\]\]', r'\2', r)
        r = re.sub(r'\[\[([^\]]*)\]\]', r'\1', r)
        r = re.sub(r'\[https?://[^ \]]+ ([^\]]*)\]', r'\1', r)
        r = r.replace("'''", '').replace("''", '').replace('<br />', ' ').replace('&nbsp;', ' ')
        r = re.sub(r'^[*#:!|=]+ ?', '', r).replace('||', ' ').replace('!!', ' ').strip(' =')
        reading.append(r)
    check_stream(base, gold, reading)
    got = []
    sec, label, in_info = None, None, False
    table, row = False, None

    def flush():
        if row:
            cells = [wiki_plain(c) for c in row]
            got.append(('measure', cells[0], sec, cells[1] or None, cells[2] or None))

    for l in lines:
        if l.startswith('{{Infoboks'):
            in_info = True
        if in_info:
            in_info = not l.startswith('}}')
            continue
        m = re.match(r'^(=+) (.*?) \1$', l)
        if m:
            if len(m.group(1)) == 2:
                sec, label = m.group(2), None
            else:
                label = m.group(2)
            continue
        if l.startswith('{|'):
            table, row = True, None
            continue
        if table:
            if l.startswith('|}'):
                flush()
                table, row = False, None
            elif l.startswith('|-'):
                flush()
                row = []
            elif l.startswith('!'):
                continue
            elif l.startswith('|') and row is not None:
                row += [c.strip() for c in l[1:].split('||')]
            continue
        m = re.match(r'^([*#]+) (.*)$', l)
        if m and sec != 'Referanser':
            kind = 'localGoal' if (m.group(1) == '*' and label == 'Mål') else 'measure'
            got.append((kind, wiki_plain(m.group(2)), sec, None, None))
    expect(base, 'wiki items (kind, text, section, who, when)', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))
    if bom or crlf:
        problem(base, 'expected UTF-8 without BOM, LF')
    for s in ('<ref>', '&nbsp;', '{{Utført', '<!--', '||', '<br />', '[http'):
        if s not in text:
            problem(base, 'markup %r missing' % s)


# ----------------------------------------------------------------- 02 TAB outline
def v02(base, gold, path):
    text, bom, crlf = read_text(base, path)
    expect(base, 'CRLF', [crlf], [True])
    lines = text.split('\n')
    check_stream(base, gold, lines)
    if re.search(r'^ +\S', text, re.M):
        problem(base, 'line indented with spaces')
    rows = []
    for l in lines:
        if not l.strip():
            rows.append(None)
            continue
        d = len(l) - len(l.lstrip('\t'))
        rows.append((d, l.strip()))
    got, sec = [], None
    skip = ('Om planen', 'Utfordringar')
    for k, r in enumerate(rows):
        if r is None:
            continue
        d, t = r
        if d == 0:
            prev_blank = k == 0 or rows[k - 1] is None
            if prev_blank and k + 1 < len(rows) and rows[k + 1] and rows[k + 1][0] == 1:
                sec = t
            continue
        if sec is None or sec in skip:
            continue
        has_child = k + 1 < len(rows) and rows[k + 1] is not None and rows[k + 1][0] > d
        kind = 'localGoal' if d == 1 and has_child else 'measure'
        got.append((kind, t, sec))
    expect(base, 'depth items (kind, text, section)', got, gold_view(gold, ('kind', 'text', 'section')))


# ----------------------------------------------------------------- 03 Q&A
def v03(base, gold, path):
    paras, _ = odt_paras(path)
    check_stream(base, gold, [p['text'] for p in paras])
    notitems = set(gold['notItems'])
    got, sec, mode = [], None, None
    situ = 0
    for p in paras:
        t = norm(p['text'])
        if not t:
            continue
        if p['heading'] and p['style'].startswith('Heading_20_2'):
            sec, mode = t, None
            continue
        if p['bold'] and t.endswith('?') and not p['list']:
            if t in notitems:
                mode = 'ctx'
            else:
                mode = 'goal'
                got.append(('localGoal', t, sec))
            continue
        if t.startswith('Har du spørsmål til planen?'):
            mode = None                    # the closing line
            continue
        if mode == 'goal':
            if p['list']:
                got.append(('measure', t, sec))
            else:
                for s in split_sentences(t):
                    if s in notitems:
                        situ += 1
                    else:
                        got.append(('measure', s, sec))
        elif mode == 'ctx':
            for s in split_sentences(t):
                if s not in notitems:
                    problem(base, 'context answer sentence not a notItem: %r' % s)
            mode = None
    expect(base, 'questions and answers (kind, text, section)', got,
           gold_view(gold, ('kind', 'text', 'section')))
    expect(base, 'situation sentences inside goal answers', [situ], [1])


# ----------------------------------------------------------------- 04 captions
def v04(base, gold, path):
    doc, foot = docx_parts(path)
    body = doc.find('{%s}body' % W)
    paras = docx_paras(body)
    foot_texts = [norm(p['text']) for p in docx_paras(foot)] if foot is not None else []
    foot_texts = [t for t in foot_texts if t]
    check_stream(base, gold, [p['text'] for p in paras] + foot_texts)
    for t in foot_texts:
        if t not in gold['notItems']:
            problem(base, 'footnote %r not a notItem' % t)
    expect(base, 'footnotes', [len(foot_texts)], [3])
    instr = ' '.join(x.text or '' for x in doc.iter('{%s}instrText' % W))
    if 'SEQ Tabell' not in instr or 'TOC \\c' not in instr:
        problem(base, 'SEQ / TOC \\c fields missing')
    got, sec, chapter = [], None, None
    for el in body:
        ln = etree.QName(el).localname
        if ln == 'p':
            p = docx_paras(el)[0]
            t = norm(p['text'])
            if p['style'] == 'Heading1':
                chapter = sec = t
            elif p['style'] == 'Table' and t.startswith('Tabell '):
                sec = t
            elif p['num'] and chapter == '2 Mål for perioden':
                got.append(('localGoal', t, sec, None, None))
        elif ln == 'tbl':
            for tr in el.findall('{%s}tr' % W)[1:]:
                cells = []
                for tc in tr.findall('{%s}tc' % W):
                    cp = docx_paras(tc)
                    cells.append(norm(' '.join(p['text'] for p in cp)))
                    if any(r[4] for p in cp for r in p['runs']):
                        cells[-1] += ' [fn]'
                txt = cells[0].replace(' [fn]', '').rstrip('*')
                got.append(('measure', txt, sec, cells[1] or None, cells[2] or None))
            if el.find('.//{%s}tblHeader' % W) is None:
                notes.append('%s: a table without a repeated header row' % base)
    expect(base, 'captions, goals and table rows', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))


# ----------------------------------------------------------------- 05 nested tables
def v05(base, gold, path):
    doc, _ = docx_parts(path)
    body = doc.find('{%s}body' % W)
    paras = docx_paras(body)
    check_stream(base, gold, [p['text'] for p in paras])
    xml = etree.tostring(doc).decode()
    expect(base, 'softHyphen / noBreakHyphen counts',
           [xml.count('softHyphen'), xml.count('noBreakHyphen')], [7, 3])
    outer = body.find('{%s}tbl' % W)
    got = []
    for tr in outer.findall('{%s}tr' % W)[1:]:
        left, right = tr.findall('{%s}tc' % W)
        sec = norm(' '.join(p['text'] for p in docx_paras(left)))
        goal_mode = False
        for el in right:
            ln = etree.QName(el).localname
            if ln == 'p':
                p = docx_paras(el)[0]
                t = norm(p['text'])
                if not t:
                    continue
                if all(r[1] for r in p['runs'] if r[0]):
                    goal_mode = t == 'Mål:'
                elif goal_mode:
                    got.append(('localGoal', t, sec, None, None))
            elif ln == 'tbl':
                goal_mode = False
                for ntr in el.findall('{%s}tr' % W)[1:]:
                    c = [norm(' '.join(p['text'] for p in docx_paras(tc)))
                         for tc in ntr.findall('{%s}tc' % W)]
                    got.append(('measure', c[0], sec, c[1] or None, c[2] or None))
    expect(base, 'outer rows + nested tables', got,
           gold_view(gold, ('kind', 'text', 'section', 'responsible', 'deadline')))


# ----------------------------------------------------------------- 06 Google Docs
def v06(base, gold, path):
    doc, _ = docx_parts(path)
    body = doc.find('{%s}body' % W)
    paras = docx_paras(body)
    check_stream(base, gold, [p['text'] for p in paras])
    if any(p['style'] for p in paras):
        problem(base, 'a paragraph with a pStyle')
    got, sec, mode = [], None, None
    struck = 0
    for p in paras:
        t = norm(p['text'])
        if not t:
            continue
        runs = [r for r in p['runs'] if r[0]]
        size = max(r[2] or 22 for r in runs)
        bold = all(r[1] for r in runs)
        if bold and size > 22 and not p['num']:
            sec = t
            mode = 'skip' if t == 'Utfordringar' else ('own' if size < 30 else None)
            if size >= 40:
                sec, mode = None, 'skip'
            continue
        if bold and not p['num']:
            mode = {'Måla våre': 'goal', 'Dette gjer vi': 'measure'}[t]
            continue
        if p['num'] and mode not in ('skip', None):
            got.append(('localGoal' if mode == 'goal' else 'measure', t, sec))
            struck += any(r[3] for r in runs)
    expect(base, 'run-formatted outline (kind, text, section)', got,
           gold_view(gold, ('kind', 'text', 'section')))
    expect(base, 'struck-through measures', [struck], [5])


# ----------------------------------------------------------------- 07 decisions
def v07(base, gold, path):
    paras, _ = odt_paras(path)
    check_stream(base, gold, [p['text'] for p in paras])
    got, sec = [], None
    for p in paras:
        t = norm(p['text'])
        if p['bold'] and re.match(r'^6\.\d ', t):
            sec = t
            continue
        m = re.match(r'^Vedtak 6\.\d\.\d: (.*)$', t)
        if m:
            if not (p['spans'] and p['spans'][0][1] and p['spans'][0][0].startswith('Vedtak')):
                problem(base, 'decision label not a bold span: %r' % t)
            d = m.group(1)
            if re.match(r'^(Årsmøtet vedtar som mål at|Fagforeningen skal) ', d):
                kind = 'localGoal'
            elif re.match(r'^Årsmøtet (ber \w+ om å|bevilger) ', d):
                kind = 'measure'
            else:
                kind = '?'
            got.append((kind, d, sec))
    expect(base, 'decisions (kind, text, section)', got, gold_view(gold, ('kind', 'text', 'section')))


# ----------------------------------------------------------------- 08 line numbers
def v08(base, gold, path):
    text, bom, crlf = read_text(base, path)
    if '\f' not in text:
        problem(base, 'no form feed')
    body, nums, residue = [], [], []
    for l in text.replace('\f', '\n').split('\n'):
        m = re.match(r'^ *(\d+)( {2,}\S.*)$', l)
        if not m:
            if l.strip():
                problem(base, 'line without a line number: %r' % l)
            continue
        t = m.group(2).strip()
        if t.startswith('Fagforbundet Hjelmeland – framlegg') or re.match(r'^Side \d+ av \d+$', t):
            residue.append(t)              # page header / footer (numbered on their own)
            continue
        body.append((m.group(2), t))
        nums.append(int(m.group(1)))
    expect(base, 'body line numbers 1..n', nums, list(range(1, len(nums) + 1)))
    expect(base, 'header/footer lines', [len(residue)], [4])
    check_stream(base, gold, [t for _, t in body] + residue)
    got, sec, label, cur = [], None, None, None
    for raw, t in body:
        if re.match(r'^\d\. \D', t) and not raw.lstrip().startswith('•'):
            sec, label, cur = t, None, None
            continue
        if t in ('Mål:', 'Tiltak:'):
            label, cur = t, None
            continue
        if t.startswith('• '):
            cur = ['localGoal' if label == 'Mål:' else 'measure', t[2:], sec]
            got.append(cur)
        elif cur is not None and raw.startswith(' ' * 6):
            cur[1] += ' ' + t
        else:
            cur = None
    got = [(k, norm(t), s) for k, t, s in got]
    expect(base, 'numbered lines re-joined (kind, text, section)', got,
           gold_view(gold, ('kind', 'text', 'section')))
    if not any(re.match(r'^\d+ {2,}\d', l.strip()) and '•' not in l for l in text.split('\n')):
        problem(base, 'no continuation line starting with a digit')


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
