#!/usr/bin/env python3
"""Check every gold/<base>.json of batch b5 against its RENDERED plans/<file>.

    python3 make/validate.py [-v]

The documents are re-read here without the generator (nothing from planlib or the
plan modules is imported):
  .docx  python-docx: body paragraphs and table cells in document order (a merged
         cell once); second reading `pandoc -t plain --wrap=none` (notes only)
  .odt   content.xml: text:h / text:p in document order; second reading pandoc
  .txt   bytes -> UTF-8 (BOM) / UTF-8 / Windows-1252, CRLF -> LF, form feed -> LF;
         mail quoting ("> ", "> > ") stripped at line starts;
         pdftotext -layout tables: from the first line holding the header cells
         (LAYOUT below) every line is cut into chunks at runs of >= 2 spaces and each
         chunk is given to the column whose header starts nearest to its left; the
         first column joins the running text, the other columns become side streams.
Checks (every failed check is a problem; exit 1 if there is any):
  * every item text occurs in the document, in gold order (whitespace collapsed,
    whole words); sections in order; responsibles in order; deadlines in order;
    every notItem occurs (in order for those of >= 3 tokens in the running text)
  * kinds, areas, plan fields valid; 20-60 items; no duplicate texts
  * no two gold items of a plan are match candidates under score.py's rule
  * no notItem is a match candidate for an item of its plan
  * no local item (localGoal/measure) is a match candidate for an item of the dev
    sets (../../../../../../shared/devset*/gold); national goals are verbatim
    national text and are exempt
  * nationalGoal texts are verbatim national goals (../devset/make/national.py); no
    local item has a token Jaccard above 0.6 to a national goal
  * score.py scores each gold against itself as 1.0
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
SHARED = '/work/shared'
sys.path.insert(0, os.path.join(SHARED, 'devset'))
import score  # noqa: E402  (the evaluation scorer)

KINDS = ('nationalGoal', 'localGoal', 'measure')
PLAN_FIELDS = ('union', 'branch', 'periodFrom', 'periodTo', 'adopted', 'language')
LAYOUT = {  # pdftotext -layout tables: the header cells of the table
    'b5-03_kvam.txt': ['Aktivitet', 'Kven', 'Når', 'Kostnad'],
}


def collapse(s):
    return ' '.join(s.replace('\u00a0', ' ').split())


# ----------------------------------------------------------------- readers
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
    return collapse('\n'.join(out)), []


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
        elif ch.tag in (ODT_T + 'note', ODT_T + 'list', ODT_T + 'p', ODT_T + 'h'):
            pass
        else:
            parts.append(odt_text(ch))
        parts.append(ch.tail or '')
    return ''.join(parts)


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('content.xml'))
    out = [odt_text(el) for el in root.iter() if el.tag in (ODT_T + 'p', ODT_T + 'h')]
    return collapse('\n'.join(out)), []


def decode(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8'), 'utf-8-bom'
    try:
        return raw.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        return raw.decode('cp1252'), 'windows-1252'


QUOTE = re.compile(r'^(?:> ?)+')


def read_txt(path):
    raw = open(path, 'rb').read()
    text, enc = decode(raw)
    text = text.replace('\r\n', '\n').replace('\f', '\n')
    lines = text.split('\n')
    quoted = sum(1 for l in lines if l.startswith('>'))
    if quoted > len(lines) * 0.8:
        lines = [QUOTE.sub('', l) for l in lines]
    header = LAYOUT.get(os.path.basename(path))
    if not header:
        return collapse('\n'.join(lines)), []
    # pdftotext -layout table: column streams
    hdr_re = re.compile(r'\s{2,}'.join(re.escape(h) for h in header))
    main, side = [], [[] for _ in header[1:]]
    starts = None
    for l in lines:
        m = hdr_re.search(l)
        if m:
            starts = [l.index(h, m.start()) for h in header]
            main.append(header[0])
            for i, h in enumerate(header[1:]):
                side[i].append(h)
            continue
        if starts is None:
            main.append(l)
            continue
        chunks = []
        for cm in re.finditer(r'\S+(?: \S+)*', l):
            a, z = cm.start(), cm.end()
            # a cell that ran into the next column with a single space: cut where a
            # word starts at that column's header position (+-1)
            for s in starts[1:]:
                if a < s - 1 and z > s + 1:
                    for cut in (s, s - 1, s + 1):
                        if l[cut - 1] == ' ' and l[cut] != ' ':
                            chunks.append((a, l[a:cut - 1]))
                            a = cut
                            break
            chunks.append((a, l[a:z]))
        for a, chunk in chunks:
            col = 0
            for j, s in enumerate(starts):
                if a >= s - 3:
                    col = j
            (main if col == 0 else side[col - 1]).append(chunk)
    return collapse('\n'.join(main)), [collapse('\n'.join(s)) for s in side]


def read(path):
    ext = os.path.splitext(path)[1]
    if ext == '.docx':
        return read_docx(path)
    if ext == '.odt':
        return read_odt(path)
    if ext == '.txt':
        return read_txt(path)
    raise ValueError(path)


def pandoc_plain(path):
    r = subprocess.run(['pandoc', '-t', 'plain', '--wrap=none', path],
                       capture_output=True, text=True)
    return collapse(r.stdout)


# ----------------------------------------------------------------- search
def find(hay, needle, start=0):
    n = collapse(needle)
    # a hyphen may be followed by a line break (pdftotext: "e-" / "post")
    pat = ('(?<!\\w)' if n[:1].isalnum() else '') + re.escape(n).replace('\\-', '-\\ ?') + \
          ('(?!\\w)' if n[-1:].isalnum() else '')
    m = re.compile(pat).search(hay, start)
    return m.start() if m else -1


def in_order(hay, needles, what, problems, base, side=()):
    pos = 0
    for s in needles:
        if any(find(x, s) >= 0 for x in side) and find(hay, s, pos) < 0:
            continue                                  # lives in a side column
        p = find(hay, s, pos)
        if p < 0:
            where = 'elsewhere' if find(hay, s) >= 0 else 'nowhere'
            problems.append('%s: %s not found in order (%s): %r' % (base, what, where, s))
            continue
        pos = p


# ----------------------------------------------------------------- checks
def dev_items():
    out = []
    for path in sorted(glob.glob(os.path.join(SHARED, 'devset*', 'gold', '*.json'))):
        g = json.load(open(path, encoding='utf-8'))
        for it in g['items']:
            out.append((os.path.basename(path), it['text'], score.tokens(it['text'])))
    return out


def _jac(a, b):
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def national_goals():
    """the national goals as copied from the seeds in ../devset/make/national.py"""
    sys.path.insert(0, os.path.join(SHARED, 'devset', 'make'))
    import national
    out = []
    for d in (national.NB, national.NN):
        for goals in d.values():
            out.extend(goals)
    out.extend(national.NB2_TEMPLATE)
    return out


national_texts = national_goals()
national = [score.tokens(t) for t in national_texts]


def check(gold_path, dev, problems, notes, verbose):
    g = json.load(open(gold_path, encoding='utf-8'))
    base = os.path.basename(gold_path)[:-5]
    doc = os.path.join(ROOT, 'plans', g['document'])
    if not os.path.exists(doc):
        problems.append('%s: document %s missing' % (base, g['document']))
        return
    text, side = read(doc)
    items, nots = g['items'], g['notItems']

    # plan fields
    plan = g.get('plan') or {}
    for f in PLAN_FIELDS:
        if f not in plan:
            problems.append('%s: plan.%s missing' % (base, f))
    if plan.get('language') not in ('nb', 'nn'):
        problems.append('%s: bad language' % base)
    if plan.get('adopted') is not None and not re.match(r'^\d{4}-\d\d-\d\d$', plan['adopted']):
        problems.append('%s: bad adopted' % base)
    for f in ('periodFrom', 'periodTo'):
        if plan.get(f) is not None and not isinstance(plan[f], int):
            problems.append('%s: %s not int' % (base, f))
    if plan.get('union') and find(text, plan['union']) < 0 and \
            find(text.casefold(), plan['union'].casefold()) < 0:
        problems.append('%s: union %r not in the document' % (base, plan['union']))
    if plan.get('branch') and not re.search(r'(?i)avd(?:\.|eling)\s*%s\b' % plan['branch'], text):
        problems.append('%s: branch %r not in the document' % (base, plan['branch']))

    # items
    if not 20 <= len(items) <= 60:
        problems.append('%s: %d items (want 20-60)' % (base, len(items)))
    texts = [it['text'] for it in items]
    if len(set(texts)) != len(texts):
        problems.append('%s: duplicate item texts' % base)
    for it in items:
        if it.get('kind') not in KINDS:
            problems.append('%s: bad kind %r' % (base, it.get('kind')))
        if it.get('area') not in (1, 2, 3, 4, 5, 6, None):
            problems.append('%s: bad area %r' % (base, it.get('area')))
        for k in ('responsible', 'deadline'):
            if k in it and not it[k]:
                problems.append('%s: empty %s' % (base, k))
    in_order(text, texts, 'item', problems, base)
    secs = []
    for it in items:
        if it.get('section') and (not secs or secs[-1] != it['section']):
            secs.append(it['section'])
    in_order(text, secs, 'section', problems, base)
    in_order(text, [it['responsible'] for it in items if it.get('responsible')],
             'responsible', problems, base, side)
    in_order(text, [it['deadline'] for it in items if it.get('deadline')],
             'deadline', problems, base, side)
    for s in nots:
        if find(text, s) < 0 and not any(find(x, s) >= 0 for x in side):
            problems.append('%s: notItem not in document: %r' % (base, s))
    in_order(text, [s for s in nots if len(score.tokens(s)) >= 3], 'notItem', problems,
             base, side)

    # second reading
    if doc.endswith(('.docx', '.odt')):
        plain = pandoc_plain(doc)
        miss = [t for t in texts if find(plain, t) < 0]
        if miss:
            notes.append('%s: %d item texts not contiguous in pandoc plain (%s)'
                         % (base, len(miss), '; '.join(m[:40] for m in miss[:3])))

    # matching rule
    toks = [score.tokens(t) for t in texts]
    for i in range(len(toks)):
        if not toks[i]:
            problems.append('%s: item without tokens %r' % (base, texts[i]))
        for j in range(i + 1, len(toks)):
            if score.match_score(toks[i], toks[j]) is not None:
                problems.append('%s: items match each other: %r ~ %r' % (base, texts[i], texts[j]))
    for s in nots:
        nt = score.tokens(s)
        for i, t in enumerate(toks):
            if score.match_score(nt, t) is not None:
                problems.append('%s: notItem %r matches item %r' % (base, s, texts[i]))
    for i, it in enumerate(items):
        if it['kind'] == 'nationalGoal':
            continue
        for dbase, dtext, dt in dev:
            if score.match_score(toks[i], dt) is not None:
                problems.append('%s: item %r matches dev item %r (%s)'
                                % (base, texts[i], dtext, dbase))

    # local goals that paraphrase a national goal stay far from it (Jaccard <= 0.6),
    # national goals are verbatim national text
    for i, it in enumerate(items):
        best = max(score.match_score(toks[i], nt) or _jac(toks[i], nt) for nt in national)
        if it['kind'] == 'nationalGoal' and it['text'] not in national_texts:
            problems.append('%s: nationalGoal not verbatim national text: %r' % (base, texts[i]))
        if it['kind'] != 'nationalGoal' and best > 0.6:
            problems.append('%s: local item too close to a national goal (%.2f): %r'
                            % (base, best, texts[i]))

    # self score
    res, _ = score.score(g, {'items': items})
    for k in ('recall', 'precision', 'kind_accuracy', 'area_local'):
        if res[k] is not None and abs(res[k] - 1.0) > 1e-9:
            problems.append('%s: self-score %s = %s' % (base, k, res[k]))
    if verbose:
        print('%-20s items=%d notItems=%d ok' % (base, len(items), len(nots)))


def main(argv):
    verbose = '-v' in argv
    problems, notes = [], []
    dev = dev_items()
    golds = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json')))
    for gp in golds:
        check(gp, dev, problems, notes, verbose)
    for n in notes:
        print('note:', n)
    for p in problems:
        print('PROBLEM:', p)
    print('%d plans, %d problems, %d notes' % (len(golds), len(problems), len(notes)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
