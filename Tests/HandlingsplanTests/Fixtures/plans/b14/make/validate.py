#!/usr/bin/env python3
"""Check the b14 gold against the rendered files, without the generator.

    python3 make/validate.py

Imports nothing from make/plans/ or lib.py (the generic part is b13's validator). Reads every
plan on its own (DOCX: the main part found through _rels/.rels, read with lxml; ODT:
content.xml with lxml; text: bytes decoded, with the plan's own markup removed: Thunderbird
*bold*, AsciiDoc _emphasis_ and " +" breaks, Notion **bold**) and checks:

  * 20-30 items; kinds, areas and plan fields valid; texts clean;
  * every item text occurs in the document's reading text in gold order; every section,
    responsible and notItem occurs in it;
  * no two gold items, and no notItem and item, are match candidates under score.py's rule;
    local items have token Jaccard <= 0.6 to every national goal; no local item is a match
    candidate for an item of the dev sets (shared/devset*/gold); no nationalGoal items;
  * score.py scores each gold against itself as 1.0;
  * per plan, an independent re-parse of the document by its own form gives exactly the gold
    items (kind, text, section, responsible, deadline): 01 mail list markers after *Vi vil:* /
    *Vi gjør:* and in the own section, continuation lines joined; 02 the table by column A
    ("Mål" / "n.n") and the merged area rows; 03 the one-column table by cell shading; 04
    Heading 1 / Heading 2 and the checklist list styles; 05 "=== " paragraphs split into
    sentences against the goal list, "Month::" terms and "* " entries; 06 the emoji at the
    start of paragraphs and the callouts.
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
    if not 20 <= n <= 30:
        problem(base, '%d items (want 20-30)' % n)
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


# ----------------------------------------------------------------- per-plan re-parse
def body_paras(path):
    doc, _ = docx_parts(path)
    return docx_paras(doc.find('{%s}body' % W))


def v01(base, gold, path):
    text, _, _ = read_text(base, path)
    check_stream(base, gold, [text.replace('*', '')])
    got, sec, mode, cur = [], None, None, None
    lines = text.split('\n')
    started = False
    for i, ln in enumerate(lines):
        if ln.startswith('-------- Forwarded'):
            started = True
        if not started:
            continue
        s = ln.strip()
        if cur is not None and ln.startswith('     ') or (cur is not None and mode == 'measure'
                                                           and ln.startswith('    ') and s):
            cur[1] += ' ' + s
            continue
        if cur is not None:
            got.append((cur[0], cur[1].replace('*', ''), cur[2])); cur = None
        if not s:
            continue
        if s == '*Vi vil:*':
            mode = 'localGoal'
        elif s == '*Vi gjør:*':
            mode = 'measure'
        elif re.match(r'^  \d+\. ', ln) and mode == 'localGoal':
            cur = ['localGoal', re.sub(r'^\s*\d+\. ', '', ln), sec]
        elif ln.startswith('  * ') and mode == 'measure':
            cur = ['measure', ln[4:].replace('*', ''), sec]
        elif not ln.startswith(' ') and i + 1 < len(lines) and lines[i + 1] == '' and \
                i > 0 and lines[i - 1] == '' and lines[i - 2] == '' and not s.startswith('['):
            sec, mode = s, ('measure' if s == 'Foreningsdrift' else None)
    if cur is not None:
        got.append((cur[0], cur[1].replace('*', ''), cur[2]))
    expect(base, 'items', got, gold_view(gold, ('kind', 'text', 'section')))


def v02(base, gold, path):
    paras = body_paras(path)
    check_stream(base, gold, [p['text'] for p in paras])
    doc, _ = docx_parts(path)
    got, sec = [], None
    for tr in doc.iter('{%s}tr' % W):
        cells = tr.findall('{%s}tc' % W)
        texts = [norm(''.join(run_text(r) for r in c.iter('{%s}r' % W))) for c in cells]
        spans = [int(wval(c, '{%s}tcPr/{%s}gridSpan' % (W, W)) or 1) for c in cells]
        if len(cells) == 1 and spans[0] == 6 and re.match(r'^\d ', texts[0]):
            sec = texts[0]
        elif texts and texts[0] == 'Mål':
            got.append(('localGoal', texts[1], sec, None, None))
        elif texts and re.match(r'^\d\.\d+$', texts[0]):
            # A, B, spacer C, D, E, F
            got.append(('measure', texts[1], sec, texts[3], texts[4]))
    expect(base, 'items', got, gold_view(gold, ('kind', 'text', 'section', 'responsible',
                                               'deadline')))


def v03(base, gold, path):
    paras = body_paras(path)
    check_stream(base, gold, [p['text'] for p in paras])
    doc, _ = docx_parts(path)
    got, sec = [], None
    for tc in doc.iter('{%s}tc' % W):
        shd = tc.find('{%s}tcPr/{%s}shd' % (W, W))
        fill = shd.get('{%s}fill' % W) if shd is not None else None
        ps = [norm(''.join(run_text(r) for r in p.iter('{%s}r' % W)))
              for p in tc.findall('{%s}p' % W)]
        if fill == 'A9D08E':
            sec = ps[0]
        elif fill == 'E2EFDA':
            got.append(('localGoal', ps[0], sec, None, None))
        elif fill is None:
            r = d = None
            if len(ps) > 1:
                m = re.match(r'^Ansvarleg: (.*) · Frist: (.*)$', ps[1])
                r, d = m.group(1), m.group(2)
            got.append(('measure', ps[0], sec, r, d))
    expect(base, 'items', got, gold_view(gold, ('kind', 'text', 'section', 'responsible',
                                               'deadline')))


def v04(base, gold, path):
    paras, content = odt_paras(path)
    check_stream(base, gold, [p['text'] for p in paras])
    got, sec, pending = [], None, None
    for el in content.iter('{%s}h' % TEXT, '{%s}list-item' % TEXT):
        t = norm(''.join(el.itertext()))
        if etree.QName(el).localname == 'h':
            lvl = el.get('{%s}outline-level' % TEXT)
            if lvl == '1':
                sec = t
            elif sec is not None and t.endswith('?'):
                pending = t
                got.append(['localGoal', t, sec, False])
        else:
            lst = el.getparent()
            assert 'Sjekk' in lst.get('{%s}style-name' % TEXT)
            got.append(['measure', t, sec, True])
    # a question heading counts as a goal only when a checklist follows it
    out = []
    for k, g in enumerate(got):
        if g[0] == 'localGoal' and not (k + 1 < len(got) and got[k + 1][0] == 'measure'):
            continue
        out.append(tuple(g[:3]))
    expect(base, 'items', out, gold_view(gold, ('kind', 'text', 'section')))


def v05(base, gold, path):
    text, _, _ = read_text(base, path)
    check_stream(base, gold, [text.replace('_', '').replace(' +\n', ' ')])
    goals = set(i['text'] for i in gold['items'] if i['kind'] == 'localGoal')
    got, sec, lines = [], None, text.split('\n')
    for i, ln in enumerate(lines):
        if ln.startswith('=== '):
            sec = ln[4:]
            for s in split_sentences(lines[i + 2]):
                if s in goals:
                    got.append(('localGoal', s, sec))
        elif ln.startswith('== '):
            sec = None
        elif re.match(r'^[A-ZÆØÅ][a-zæøå]+::$', ln):
            sec = ln[:-2]
        elif ln.startswith('* '):
            t = ln[2:].replace('_', '')
            if t.endswith(' +'):
                t = t[:-2] + ' ' + lines[i + 1]
            got.append(('measure', t, sec))
    expect(base, 'items', got, gold_view(gold, ('kind', 'text', 'section')))
    n = sum(1 for i in gold['items'] if i['kind'] == 'localGoal')
    if n != len([g for g in got if g[0] == 'localGoal']):
        problem(base, 'goal sentences not all found in the === paragraphs')


def v06(base, gold, path):
    text, _, _ = read_text(base, path)
    check_stream(base, gold, [text.replace('**', '')])
    got, sec, aside, cgoal = [], None, False, False
    for ln in text.split('\n'):
        if ln.startswith('## '):
            sec = ln[3:]
        elif ln == '<aside>':
            aside = True
        elif ln == '</aside>':
            aside, cgoal = False, False
        elif aside and ln.startswith('🎯 **'):
            cgoal = True
        elif aside and cgoal and ln:
            got.append(('localGoal', ln, sec, None))
        elif ln.startswith('🎯 '):
            got.append(('localGoal', ln[2:], sec, None))
        elif ln.startswith(('👉 ', '✅ ')):
            t = ln[2:]
            m = re.match(r'^(.*) \(Ansvar: (.*)\)$', t)
            got.append(('measure', m.group(1), sec, m.group(2)) if m else
                       ('measure', t, sec, None))
    expect(base, 'items', got, gold_view(gold, ('kind', 'text', 'section', 'responsible')))


CHECKS = {'01': v01, '02': v02, '03': v03, '04': v04, '05': v05, '06': v06}


def main(argv):
    total, n = 0, 0
    for gpath in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json'))):
        gold = json.load(open(gpath, encoding='utf-8'))
        base = os.path.basename(gpath)[:-5]
        path = os.path.join(ROOT, 'plans', gold['document'])
        if not os.path.exists(path):
            problem(base, 'document missing')
            continue
        if os.path.splitext(gold['document'])[0] != base:
            problem(base, 'document name')
        n += 1
        total += len(gold['items'])
        check_fields(base, gold)
        check_pairs(base, gold)
        check_selfscore(base, gold)
        CHECKS[base[4:6]](base, gold, path)
    print('%d documents, %d items' % (n, total))
    for x in notes:
        print('note: ' + x)
    if problems:
        print('%d problems:' % len(problems))
        for p in problems:
            print('  ' + p)
        return 1
    print('0 problems')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
