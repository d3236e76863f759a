#!/usr/bin/env python3
"""Check the b8 gold against the rendered files, without the generator.

    python3 make/validate.py [--no-pdf]

Reads every plan on its own (DOCX: word/document.xml found through _rels/.rels, read with
lxml, body paragraphs and table cells in document order, w:br as a line break, w:tab as a
TAB, w:delText ignored; ODT: content.xml with lxml, text:p / text:h in document order,
text:s / text:tab / text:line-break expanded; text: bytes decoded as UTF-8 and cut into
entries at the typed markers) and checks:

  * 20-50 items; kinds and areas valid; plan fields present and typed;
  * every item text occurs in the document, in gold order (paragraph by paragraph), and is
    the whole paragraph / entry where the plan's style says it should be;
  * every section, responsible and deadline is the whole text of some paragraph or cell;
  * every notItem occurs in the document;
  * no two gold items, and no notItem and item, are match candidates under score.py's rule;
    local items have token Jaccard <= 0.6 to every national goal; national goals are
    verbatim in make/national.py;
  * score.py scores each gold against itself as 1.0 on every measure;
  * the structural features each plan is about (see STRUCT below);
  * PDFs: pdfinfo says "Tagged: yes" / "Tagged: no"; every gold item text occurs in
    `pdftotext` output (whitespace and line-end hyphens ignored); pdf/gold copies equal
    the gold apart from "document".
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
    if not 20 <= n <= 50:
        problem(base, '%d items (want 20-50)' % n)
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


# ----------------------------------------------------------------- per plan
def style_name_map(styles):
    """styleId -> w:name, lower-cased (Word writes "heading 1", LibreOffice "Heading 1")"""
    m = {}
    for s in styles.findall('{%s}style' % W):
        n = s.find('{%s}name' % W)
        m[s.get('{%s}styleId' % W)] = (n.get('{%s}val' % W) if n is not None else '').lower()
    return m


def v01(base, gold, path):
    paras, x = docx_paragraphs(path)
    names = style_name_map(x['styles'])
    texts = [norm(p['text']) for p in paras]
    check_in_order(base, gold, texts, whole_para)
    lvl = {p_text: names.get(p['style'], '') for p, p_text in zip(paras, texts)}
    for it in gold['items']:
        want = 'heading 2' if it['kind'] == 'localGoal' or it['section'] == 'Styret og drift' else 'heading 3'
        if lvl.get(it['text']) != want:
            problem(base, 'item %r has style %r, want %r' % (it['text'], lvl.get(it['text']), want))
    if any(p['el'].find('.//{%s}numPr' % W) is not None for p in paras):
        problem(base, 'list markup found (should be none)')
    if not any('\n' in p['text'] for p in paras if names.get(p['style']) == 'heading 1'):
        problem(base, 'no slide title with a line break')


def v02(base, gold, path):
    paras, x = docx_paragraphs(path)
    names = style_name_map(x['styles'])
    texts = [norm(p['text']) for p in paras]
    check_in_order(base, gold, texts, whole_para)
    # heading numbering lives in the styles, not on the paragraphs
    for sid in ('Heading1', 'Heading2'):
        st = x['styles'].find('{%s}style[@{%s}styleId="%s"]' % (W, W, sid))
        if st is None or st.find('{%s}pPr/{%s}numPr' % (W, W)) is None:
            problem(base, 'style %s has no numPr' % sid)
    ps = {norm(p['text']): p for p in paras}
    for it in gold['items']:
        p = ps[it['text']]
        sname = names.get(p['style'], '')
        want = {'localGoal': 'heading 2', 'nationalGoal': 'list bullet'}.get(it['kind'])
        if want and sname != want:
            problem(base, '%r style %r' % (it['text'], sname))
        if it['kind'] == 'measure' and sname not in ('list number', 'list number 2'):
            problem(base, '%r style %r' % (it['text'], sname))
        if re.match(r'^\d+(\.\d+)*\s', p['text']) and not p['text'].startswith('1. mai'):
            problem(base, 'typed number in %r' % p['text'])
    if not any(names.get(p['style']) == 'list continue' for p in paras):
        problem(base, 'no List Continue paragraph')
    if '\u00a0' not in ''.join(p['text'] for p in paras):
        problem(base, 'no NBSP')
    overrides = x['numbering'].findall('.//{%s}startOverride' % W)
    if len(overrides) < 5:
        problem(base, 'expected restarted lists (startOverride), found %d' % len(overrides))


def v03(base, gold, path):
    paras, x = odt_paragraphs(path)
    texts = [norm(p['text']) for p in paras]
    check_in_order(base, gold, texts, whole_para)
    c = x['content']
    hdr = c.find('.//{%s}table-header-rows' % TABLE)
    rows = hdr.findall('{%s}table-row' % TABLE) if hdr is not None else []
    if len(rows) != 2:
        problem(base, 'want 2 header rows, found %d' % len(rows))
    else:
        spans = [(cell.get('{%s}number-rows-spanned' % TABLE), cell.get('{%s}number-columns-spanned' % TABLE))
                 for cell in rows[0].findall('{%s}table-cell' % TABLE)]
        if spans.count(('2', None)) != 2 or spans.count((None, '2')) != 2:
            problem(base, 'header spans %r' % spans)
        if len(rows[1].findall('{%s}covered-table-cell' % TABLE)) != 2:
            problem(base, 'second header row should start with 2 covered cells')
    # landscape
    st = x['styles']
    pl = st.find('.//{%s}page-layout-properties' % STYLE)
    if pl is None or pl.get('{%s}print-orientation' % STYLE) != 'landscape':
        problem(base, 'not landscape')
    for it in gold['items']:
        p = [q for q in paras if norm(q['text']) == it['text']][0]
        if not p['table']:
            problem(base, 'item outside the table: %r' % it['text'])


def v04(base, gold, path):
    paras, x = odt_paragraphs(path)
    texts = [norm(p['text']) for p in paras]

    def lead_form(it, p):
        if p == it['text']:
            return False
        return p.endswith(' ' + it['text']) and ':' in p[:len(p) - len(it['text'])]
    lead_form.advance = True
    check_in_order(base, gold, texts, lead_form)
    bolds = set()
    for s in x['content'].iter('{%s}style' % STYLE):
        tp = s.find('{%s}text-properties' % STYLE)
        if tp is not None and tp.get('{%s}font-weight' % FO) == 'bold' and s.get('{%s}family' % STYLE) == 'text':
            bolds.add(s.get('{%s}name' % STYLE))
    n_lead = 0
    for p in paras:
        first = p['el'].find('{%s}span' % TEXT)
        if first is not None and first.get('{%s}style-name' % TEXT) in bolds and not (p['el'].text or '').strip():
            n_lead += 1
    if n_lead < len(gold['items']):
        problem(base, 'only %d paragraphs with a bold lead-in' % n_lead)
    if 'office:document-content' not in open_zip_text(path, 'content.xml')[:400]:
        problem(base, 'content.xml root')


def open_zip_text(path, name):
    return zipfile.ZipFile(path).read(name).decode('utf-8')


def v05(base, gold, path):
    paras, x = odt_paragraphs(path)
    body = [p for p in paras if not p['toc']]
    texts = [norm(p['text']) for p in body]
    toc = [norm(p['text']) for p in paras if p['toc']]
    check_in_order(base, gold, texts, whole_para, extra=toc)
    if len(toc) < 10 or not any(re.match(r'^2\.1 Heltid og likelønn \d+$', t) for t in toc):
        problem(base, 'table of contents missing or without numbers: %r' % toc[:3])
    ol = x['styles'].find('.//{%s}outline-style' % TEXT)
    if ol is None or ol.find('{%s}outline-level-style[@{%s}level="2"]' % (TEXT, TEXT)).get(
            '{%s}display-levels' % TEXT) != '2':
        problem(base, 'outline numbering missing')
    heads = [p for p in body if p['heading']]
    if any(re.match(r'^\d', norm(h['text'])) for h in heads):
        problem(base, 'typed number in a heading')
    lv3 = [norm(h['text']) for h in heads if h['level'] == '3']
    if sorted(set(lv3)) != ['Forbundets hovedmål', 'Mål', 'Tiltak', 'Utfordringer']:
        problem(base, 'level-3 headings %r' % sorted(set(lv3)))
    for it in gold['items']:
        p = [q for q in body if norm(q['text']) == it['text']][0]
        if not p['list']:
            problem(base, 'item not a list item: %r' % it['text'])


def v06(base, gold, path):
    paras, x = docx_paragraphs(path)
    names = style_name_map(x['styles'])
    texts = [norm(p['text']) for p in paras]
    check_in_order(base, gold, texts, whole_para)
    tables = x['doc'].findall('.//{%s}tbl' % W)
    ngoals = sum(1 for i in gold['items'] if i['kind'] == 'localGoal')
    if len(tables) != ngoals + 1:
        problem(base, '%d tables for %d goals (+1 without goal)' % (len(tables), ngoals))
    for t in tables:
        keys = [norm(''.join(x.text or '' for x in tr.findall('{%s}tc' % W)[0].iter('{%s}t' % W)))
                for tr in t.findall('{%s}tr' % W)]
        if keys[:4] != ['Mål', 'Tiltak', 'Ansvarlig', 'Frist']:
            problem(base, 'table keys %r' % keys)
    for p in paras:
        if norm(p['text']) in [i['text'] for i in gold['items'] if i['kind'] == 'measure']:
            if names.get(p['style']) != 'list bullet' or not p['table']:
                problem(base, 'measure not a List Bullet cell paragraph: %r' % p['text'])


def v07(base, gold, path):
    entries, text = txt_entries(path)
    if '\r' in text or text.startswith('\ufeff'):
        problem(base, 'CR or BOM in text')
    texts = [norm(e['text']) for e in entries]
    full = [norm(' '.join(e['lines'])) for e in entries]
    check_in_order(base, gold, texts, whole_para, extra=full)
    emap = {norm(e['text']): e for e in entries}
    for it in gold['items']:
        e = emap[it['text']]
        if it['kind'] == 'localGoal' and not re.match(r'^\d+\.$', e['marker'] or ''):
            problem(base, 'goal marker %r' % e['marker'])
        if it['kind'] == 'measure' and not re.match(r'^[a-z]\)$', e['marker'] or ''):
            problem(base, 'measure marker %r' % e['marker'])
    secs = [e for e in entries if e['marker'] and re.match(r'^[IVX]+\.$', e['marker'])]
    if len(secs) != 7:
        problem(base, '%d roman sections' % len(secs))
    for m in ('i)', 'j)'):
        if not any(e['marker'] == m for e in entries):
            problem(base, 'no %s point' % m)
    if not any(len(e['lines']) > 1 for e in entries if e['marker'] and e['marker'].endswith(')')):
        problem(base, 'no wrapped measure')
    # sections are lines "I. ..."
    for it in gold['items']:
        if it['section'] not in [norm(e['lines'][0]) for e in secs]:
            problem(base, 'section %r not a roman line' % it['section'])


def v08(base, gold, path):
    paras, x = docx_paragraphs(path)
    texts = [norm(p['text']) for p in paras]

    def form(it, p):
        if it['kind'] == 'localGoal':
            return p != it['text'] and it['text'] in p
        return p == it['text']
    check_in_order(base, gold, texts, form)
    tables = x['doc'].findall('.//{%s}tbl' % W)
    if len(tables) != 1:
        problem(base, '%d tables' % len(tables))
    else:
        rows = tables[0].findall('{%s}tr' % W)
        if [len(r.findall('{%s}tc' % W)) for r in rows] != [2, 2]:
            problem(base, 'year wheel is not 2 x 2')
    for it in gold['items']:
        if it['section'] == 'Årshjul 2026':
            p = [q for q in paras if norm(q['text']) == it['text']][0]
            if not p['table'] or p['el'].find('.//{%s}numPr' % W) is None:
                problem(base, 'wheel item not a list paragraph in the table: %r' % it['text'])


CHECKS = {'01': v01, '02': v02, '03': v03, '04': v04, '05': v05, '06': v06, '07': v07, '08': v08}


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
        CHECKS[base[3:5]](base, gold, path)
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
