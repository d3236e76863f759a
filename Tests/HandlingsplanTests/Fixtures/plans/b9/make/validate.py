#!/usr/bin/env python3
"""Check the b9 gold against the rendered files, without the generator.

    python3 make/validate.py [--no-pdf]

Reads every plan on its own (DOCX: word/document.xml found through _rels/.rels, read with
lxml, body paragraphs and table cells in document order, w:br as a line break, w:tab as a
TAB, w:delText ignored; ODT: content.xml with lxml, text:p / text:h in document order,
text:s / text:tab / text:line-break expanded; text: bytes decoded as UTF-8 and cut into
entries at the typed markers) and checks:

  * 20-45 items; kinds and areas valid; plan fields present and typed;
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
    if not 20 <= n <= 45:
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
# ----------------------------------------------------------------- per plan (b9)
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'


def docx_paras_b9(path):
    """Body paragraphs in document order, text boxes included once: paragraphs under
    mc:Fallback are skipped; a paragraph's text excludes nested (text box) paragraphs."""
    z = zipfile.ZipFile(path)
    rels = etree.fromstring(z.read('_rels/.rels'))
    main = [r.get('Target').lstrip('/') for r in rels.findall('{%s}Relationship' % REL)
            if r.get('Type').endswith('/officeDocument')][0]
    doc = etree.fromstring(z.read(main))
    out = []
    for p in doc.find('{%s}body' % W).iter('{%s}p' % W):
        anc = list(p.iterancestors())
        if any(a.tag == '{%s}Fallback' % MC for a in anc):
            continue
        parts = []

        def rec(el):
            for c in el:
                if not isinstance(c.tag, str):
                    continue
                ln = etree.QName(c).localname
                if c.tag == '{%s}p' % W or c.tag == '{%s}Fallback' % MC:
                    continue
                if ln == 't' and etree.QName(c).namespace == W:
                    parts.append(c.text or '')
                elif ln == 'tab' and etree.QName(c.getparent()).localname == 'r':
                    parts.append('\t')
                elif ln in ('br', 'cr'):
                    parts.append('\n')
                else:
                    rec(c)
        rec(p)
        out.append({'text': ''.join(parts), 'el': p,
                    'txbx': any(etree.QName(a).localname == 'txbxContent' for a in anc),
                    'sdt': any(etree.QName(a).localname == 'sdt' for a in anc)
                    or p.find('{%s}sdt' % W) is not None,
                    'table': any(etree.QName(a).localname == 'tc' for a in anc),
                    'anc': anc})
    return out, doc, z


def substring_in_para(it, p):
    return it['text'] in p


def v01(base, gold, path):
    paras, doc, z = docx_paras_b9(path)
    texts = [norm(p['text']) for p in paras]
    check_in_order(base, gold, texts, whole_para)
    where = {t: p for p, t in zip(paras, texts)}
    for it in gold['items']:
        p = where.get(it['text'])
        if p is None:
            continue
        if (it['kind'] == 'localGoal') != p['txbx']:
            problem(base, 'item %r: kind %s but in text box = %s' % (it['text'], it['kind'], p['txbx']))
    xml = z.read('word/document.xml').decode('utf-8')
    nfb = xml.count('<mc:Fallback')
    goals = [i['text'] for i in gold['items'] if i['kind'] == 'localGoal']
    twice = sum(1 for g in goals if xml.count(xesc_(g)) >= 2)
    notes.append('%s: %d text boxes (mc:Fallback %d); %d/%d goal texts occur twice in document.xml'
                 % (base, xml.count('<w:txbxContent'), nfb, twice, len(goals)))
    if nfb < 7:
        problem(base, 'expected 7 text boxes with VML fallback, found %d' % nfb)


def xesc_(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\u00a0', '\u00a0')


def v02(base, gold, path):
    paras, x = odt_paragraphs(path)
    texts = [norm(p['text']) for p in paras]
    subst = lambda it, p: it['text'] in p  # noqa: E731
    check_in_order(base, gold, texts, subst)
    for it in gold['items']:
        want = 'Vi vil' if it['kind'] == 'localGoal' else 'Difor skal vi'
        if not it['text'].startswith(want):
            problem(base, 'item %r does not start with %r' % (it['text'], want))
        if it['section'] is not None:
            problem(base, 'section should be null')
    if any(p['heading'] or p['list'] for p in paras):
        problem(base, 'headings or lists in a letter without them')
    hdr = b''.join(x['styles'].itertext() and [etree.tostring(x['styles'])])
    if '437'.encode() not in hdr or b'437' in etree.tostring(x['content']):
        problem(base, 'avdeling 437 should stand in the page header only')
    # each prose sentence of the gold must be a whole sentence of its paragraph
    for it in gold['items']:
        for t in texts:
            if it['text'] in t:
                i = t.index(it['text'])
                if (i and t[i - 2:i] not in ('. ', '! ')) or not it['text'].endswith('.'):
                    problem(base, 'item %r is not a whole sentence' % it['text'])
                break


def v03(base, gold, path):
    paras, doc, z = docx_paras_b9(path)
    texts = [norm(p['text']) for p in paras]
    form = lambda it, p: (p == 'Mål: ' + it['text']) if it['kind'] == 'localGoal' else p == it['text']  # noqa: E731
    form.advance = True
    check_in_order(base, gold, texts, form)
    tbl = doc.find('.//{%s}tbl' % W)
    restarts = [tc for tc in tbl.iter('{%s}tc' % W)
                if tc.find('{%s}tcPr/{%s}vMerge' % (W, W)) is not None
                and tc.find('{%s}tcPr/{%s}vMerge' % (W, W)).get('{%s}val' % W) == 'restart']
    rot = [tc for tc in restarts if tc.find('{%s}tcPr/{%s}textDirection' % (W, W)) is not None]
    secs = sorted(set(i['section'] for i in gold['items']))
    heads = sorted(norm(''.join(t.text or '' for t in tc.iter('{%s}t' % W))) for tc in rot)
    if heads != secs:
        problem(base, 'rotated vMerge area cells %r != sections %r' % (heads, secs))
    if tbl.find('.//{%s}tblHeader' % W) is None:
        problem(base, 'no repeated header row')


def v04(base, gold, path):
    paras, doc, z = docx_paras_b9(path)
    texts = [norm(p['text']) for p in paras]
    check_in_order(base, gold, texts, whole_para)
    where = {t: p for p, t in zip(paras, texts)}
    for it in gold['items']:
        p = where.get(it['text'])
        if p is None:
            continue
        if (it['kind'] != 'nationalGoal') != p['sdt']:
            problem(base, 'item %r: in content control = %s' % (it['text'], p['sdt']))
    ph = [s for s in doc.iter('{%s}sdt' % W) if s.find('{%s}sdtPr/{%s}showingPlcHdr' % (W, W)) is not None]
    dates = [s for s in doc.iter('{%s}date' % W)]
    notes.append('%s: %d content controls, %d showing their placeholder, %d date control(s)'
                 % (base, len(list(doc.iter('{%s}sdt' % W))), len(ph), len(dates)))
    for s in ph:
        t = norm(''.join(x.text or '' for x in s.iter('{%s}t' % W)))
        if t != 'Klikk eller trykk her for å skrive inn tekst.':
            problem(base, 'placeholder control with text %r' % t)
    if not dates or dates[0].get('{%s}fullDate' % W)[:10] != gold['plan']['adopted']:
        problem(base, 'date control does not hold the adoption date')


NUM = re.compile(r'^(\d+(?:\.\d+)*\.?)([\t ])(.*)$', re.S)


def v05(base, gold, path):
    paras, x = odt_paragraphs(path)
    entries = []
    for p in paras:
        m = NUM.match(p['text'])
        if not m:
            entries.append((None, norm(p['text']), None))
            continue
        rest = m.group(3)
        resp = None
        if '\t' in rest:
            rest, resp = rest.split('\t', 1)
        entries.append((m.group(1), norm(rest), resp and norm(resp)))
    if any(p['heading'] or p['list'] for p in paras):
        problem(base, 'heading or list markup in a typed outline')
    texts = [e[1] for e in entries]
    check_in_order(base, gold, texts, whole_para,
                   extra=[norm(p['text']) for p in paras] + [e[2] for e in entries if e[2]])
    by_text = {e[1]: e for e in entries}
    for it in gold['items']:
        e = by_text.get(it['text'])
        if e is None:
            continue
        depth = e[0].rstrip('.').count('.')
        want = {1: 'localGoal', 2: 'measure'}.get(depth)
        if want != it['kind']:
            problem(base, 'item %r numbered %r but kind %s' % (it['text'], e[0], it['kind']))
        if e[2] != it.get('responsible'):
            problem(base, 'item %r responsible %r != tab part %r' % (it['text'], it.get('responsible'), e[2]))


def v06(base, gold, path):
    paras, x = odt_paragraphs(path)
    texts = [norm(p['text']) for p in paras]
    check_in_order(base, gold, texts, whole_para)
    content = x['content']
    tbl = content.find('.//{%s}table' % TABLE)
    rows = list(tbl.iter('{%s}table-row' % TABLE))
    header = [norm(''.join(c.itertext())) for c in rows[0].findall('{%s}table-cell' % TABLE)]
    cellpos = {}
    for r in rows[1:]:
        cells = r.findall('{%s}table-cell' % TABLE)
        label = norm(''.join(cells[0].itertext()))
        for j, c in enumerate(cells):
            for p in c.iter('{%s}p' % TEXT):
                parts = []
                odf_inline(p, parts)
                cellpos[norm(''.join(parts))] = (header[j], label)
    for it in gold['items']:
        if it['text'] in cellpos:
            col, label = cellpos[it['text']]
            if it['section'] != col:
                problem(base, 'item %r in column %r but section %r' % (it['text'], col, it['section']))
            if (label == 'Måla våre') != (it['kind'] == 'localGoal'):
                problem(base, 'item %r in row %r but kind %s' % (it['text'], label, it['kind']))
            if it['kind'] == 'measure' and it.get('deadline') != label:
                problem(base, 'item %r deadline %r != row %r' % (it['text'], it.get('deadline'), label))
        elif it['section'] != 'Drift av fagforeininga':
            problem(base, 'item %r not in the table' % it['text'])


CHECKS = {'01': v01, '02': v02, '03': v03, '04': v04, '05': v05, '06': v06}


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
