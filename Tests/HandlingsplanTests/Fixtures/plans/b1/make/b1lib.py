"""Shared library of batch b1: the block model every plan is written in, gold
derivation, and small helpers for the writers (text encodings, LibreOffice,
python-docx numbering / headers / fields).

A plan file (make/b1_NN_place.py) builds a Plan out of blocks.  Every goal and
measure is an Item that carries its gold label (kind, area where no area heading
gives it, responsible, deadline); every other piece of text is recorded as a
notItem.  The plan's own render() walks the same blocks, so the gold text is
exactly the text the writer was given.  Decorations that belong to an item's
line but not to its gold text (a "Tiltak 1.2.1:" label, a glyph, an
"(ansvarlig: …, innen …)" tail) are Item.pre / Item.post.
"""
import json
import os
import shutil
import subprocess
import unicodedata

UNSET = object()
KINDS = ('nationalGoal', 'localGoal', 'measure')

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)                    # .../plans/b1
LO_PROFILE = 'file:///tmp/lo_b1'


def clean(s):
    """Gold normal form: NFC, no-break spaces as spaces, runs of whitespace as one."""
    return ' '.join(unicodedata.normalize('NFC', s).replace('\u00a0', ' ').split())


# ----------------------------------------------------------------- atoms
class Item(object):
    def __init__(self, kind, text, area=UNSET, resp=None, dl=None, pre='', post=''):
        assert kind in KINDS, kind
        self.kind, self.text, self.area = kind, text, area
        self.resp, self.dl, self.pre, self.post = resp, dl, pre, post

    @property
    def shown(self):
        """the line as it stands in the document (label + text + tail)"""
        return self.pre + self.text + self.post


def NG(text, area=UNSET, **kw):
    return Item('nationalGoal', text, area, **kw)


def LG(text, area=UNSET, **kw):
    return Item('localGoal', text, area, **kw)


def M(text, area=UNSET, **kw):
    return Item('measure', text, area, **kw)


class Not(object):
    """Text that is not an item.  record=False: not listed among the notItems
    (e.g. a bare glyph)."""

    def __init__(self, text, record=True):
        self.text, self.record = text, record

    @property
    def shown(self):
        return self.text


# ----------------------------------------------------------------- plan
class Plan(object):
    """meta: union, branch, periodFrom, periodTo, adopted, language.
    info: format, writer, structure, styles, hard (for README / stats)."""

    def __init__(self, base, ext, meta, **info):
        self.base, self.ext = base, ext
        self.meta = dict(meta)
        self.info = info
        self.blocks = []
        self.residue = []           # running header / footer lines (recorded as notItems)

    @property
    def document(self):
        return self.base + '.' + self.ext

    # -- builders ----------------------------------------------------------
    def title(self, text, **kw):
        self.blocks.append(dict(t='title', text=text, **kw))

    def line(self, text, **kw):
        """a metadata / closing / free line that is not an item"""
        self.blocks.append(dict(t='line', text=text, **kw))

    def heading(self, text, area, level=1, **kw):
        """A heading that starts a section.  area: int when it names one of the six
        areas, None when it is the branch's own heading (items mapped by content)."""
        assert area is None or area in range(1, 7), area
        self.blocks.append(dict(t='heading', text=text, area=area, level=level, **kw))

    def label(self, text, level=2, **kw):
        """a sub-heading or label line ("Tiltak:", "Hovudmål 2024–2025") that does
        not start a section"""
        self.blocks.append(dict(t='label', text=text, level=level, **kw))

    def para(self, *segs, **kw):
        """prose: str segments are notItems (one per sentence), Items are items"""
        segs = [Not(s) if isinstance(s, str) else s for s in segs]
        self.blocks.append(dict(t='para', segs=segs, **kw))

    def items(self, *entries, **kw):
        """a list: entries are Item | Not | str | (level, Item | Not | str)"""
        out = []
        for e in entries:
            lvl, e = e if isinstance(e, tuple) else (0, e)
            out.append((lvl, Not(e) if isinstance(e, str) else e))
        self.blocks.append(dict(t='list', entries=out, **kw))

    def table(self, header, rows, roles, **kw):
        """header: list of str; rows: list of lists of cells (Item | str);
        a row given as the string 'HEADER' repeats the header as a typed row.
        roles: one per column, 'item' | 'resp' | 'dl' | 'note' (note: value is a
        notItem, e.g. status, area column, comment)."""
        self.blocks.append(dict(t='table', header=header, rows=rows, roles=roles, **kw))

    def blank(self, n=1):
        self.blocks.append(dict(t='blank', n=n))

    def pagebreak(self):
        self.blocks.append(dict(t='pagebreak'))

    # -- gold --------------------------------------------------------------
    def gold(self):
        items, nots = [], []
        self.area_by = []
        st = dict(section=None, area=UNSET)

        def note(text):
            text = clean(text)
            if text and text not in nots:
                nots.append(text)

        def add(it, resp=None, dl=None):
            sa = st['area']
            if isinstance(sa, int):
                assert it.area in (UNSET, sa), ('item area differs from heading area', it.text)
                area, by = sa, 'heading'
            else:
                assert it.area is not UNSET, ('item needs an explicit area', it.text)
                area, by = it.area, 'content'
            if it.kind == 'nationalGoal' and not isinstance(sa, int):
                by = 'national'
            assert area is None or area in range(1, 7), (it.text, area)
            self.area_by.append(by)
            g = dict(kind=it.kind, area=area, text=clean(it.text), section=st['section'])
            r = it.resp if it.resp is not None else resp
            d = it.dl if it.dl is not None else dl
            if r:
                g['responsible'] = clean(r)
            if d:
                g['deadline'] = clean(d)
            items.append(g)

        for b in self.blocks:
            t = b['t']
            if t in ('title', 'line', 'label'):
                note(b['text'])
            elif t == 'heading':
                note(b['text'])
                st['section'] = clean(b['text'])
                st['area'] = b['area']
            elif t == 'para':
                for s in b['segs']:
                    if isinstance(s, Item):
                        add(s)
                    elif s.record:
                        note(s.text)
            elif t == 'list':
                for _, e in b['entries']:
                    if isinstance(e, Item):
                        add(e)
                    elif e.record:
                        note(e.text)
            elif t == 'table':
                roles = b['roles']
                for h in b['header']:
                    note(h)
                for row in b['rows']:
                    if row == 'HEADER':
                        continue
                    assert len(row) == len(roles), row
                    resp = dl = None
                    for role, c in zip(roles, row):
                        if role == 'resp' and isinstance(c, str) and c.strip():
                            resp = c
                        if role == 'dl' and isinstance(c, str) and c.strip():
                            dl = c
                    for role, c in zip(roles, row):
                        if isinstance(c, Item):
                            add(c, resp if c.kind == 'measure' else None,
                                dl if c.kind == 'measure' else None)
                        elif isinstance(c, Not):
                            if c.record:
                                note(c.text)
                        elif isinstance(c, str) and c.strip():
                            note(c)
        for r in self.residue:
            note(r)
        return dict(document=self.document, plan=dict(self.meta), items=items, notItems=nots)


# ----------------------------------------------------------------- output helpers
def write_gold(plan, gold_dir):
    g = plan.gold()
    path = os.path.join(gold_dir, plan.base + '.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return g


def encode_text(lines, encoding='utf-8', eol='\n', bom=False, final_eol=True):
    """lines -> bytes.  encoding: 'utf-8' | 'cp1252' | 'utf-16-le'."""
    text = eol.join(lines) + (eol if final_eol else '')
    text = unicodedata.normalize('NFC', text)
    data = text.encode(encoding)
    if bom:
        data = {'utf-8': b'\xef\xbb\xbf', 'utf-16-le': b'\xff\xfe'}[encoding] + data
    return data


def soffice(src, fmt, outdir, filt=None):
    """LibreOffice headless conversion with a private profile; returns the output path."""
    target = fmt if not filt else '%s:%s' % (fmt, filt)
    cmd = ['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless',
           '--convert-to', target, '--outdir', outdir, src]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)
    if r.returncode or not os.path.exists(out):
        raise RuntimeError('soffice failed: %s\n%s' % (' '.join(cmd), r.stderr.decode()))
    return out


def html_escape(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def copy(src, dst):
    shutil.copyfile(src, dst)


# ----------------------------------------------------------------- python-docx helpers
def docx_add_bullet_numbering(document, glyph, font, left=720, hanging=360, levels=None):
    """Append a one-level (or multi-level) bullet w:abstractNum + w:num to the
    document's numbering part; returns the numId.  levels: list of (glyph, font,
    left) for ilvl 0.. ."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    numbering = document.part.numbering_part.element
    ids = [int(a.get(qn('w:abstractNumId'))) for a in numbering.findall(qn('w:abstractNum'))]
    nids = [int(n.get(qn('w:numId'))) for n in numbering.findall(qn('w:num'))]
    absid = max(ids + [0]) + 1
    numid = max(nids + [0]) + 1
    a = OxmlElement('w:abstractNum')
    a.set(qn('w:abstractNumId'), str(absid))
    mlt = OxmlElement('w:multiLevelType')
    mlt.set(qn('w:val'), 'hybridMultilevel')
    a.append(mlt)
    levels = levels or [(glyph, font, left)]
    for ilvl, (g, fnt, lft) in enumerate(levels):
        lvl = OxmlElement('w:lvl')
        lvl.set(qn('w:ilvl'), str(ilvl))
        for tag, val in (('w:start', '1'), ('w:numFmt', 'bullet'), ('w:lvlText', g),
                         ('w:lvlJc', 'left')):
            e = OxmlElement(tag)
            e.set(qn('w:val'), val)
            lvl.append(e)
        ppr = OxmlElement('w:pPr')
        ind = OxmlElement('w:ind')
        ind.set(qn('w:left'), str(lft))
        ind.set(qn('w:hanging'), str(hanging))
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement('w:rPr')
        f = OxmlElement('w:rFonts')
        for k in ('w:ascii', 'w:hAnsi', 'w:cs'):
            f.set(qn(k), fnt)
        f.set(qn('w:hint'), 'default')
        rpr.append(f)
        lvl.append(rpr)
        a.append(lvl)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement('w:num')
    n.set(qn('w:numId'), str(numid))
    an = OxmlElement('w:abstractNumId')
    an.set(qn('w:val'), str(absid))
    n.append(an)
    numbering.append(n)
    return numid


def docx_set_numpr(paragraph, numid, ilvl=0):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl')
    il.set(qn('w:val'), str(ilvl))
    ni = OxmlElement('w:numId')
    ni.set(qn('w:val'), str(numid))
    numPr.append(il)
    numPr.append(ni)
    # schema order: pStyle, keepNext, keepLines, pageBreakBefore, ..., numPr, ..., ind
    pos = 0
    for i, ch in enumerate(pPr):
        if ch.tag in (qn('w:pStyle'), qn('w:keepNext'), qn('w:keepLines'),
                      qn('w:pageBreakBefore'), qn('w:framePr'), qn('w:widowControl')):
            pos = i + 1
    pPr.insert(pos, numPr)


def docx_field(paragraph, instr, placeholder='1'):
    """append a simple field (PAGE, NUMPAGES) to a paragraph"""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), instr)
    r = OxmlElement('w:r')
    t = OxmlElement('w:t')
    t.text = placeholder
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def docx_repeat_header(row):
    """mark a table row as the header row Word repeats on every page (w:tblHeader)"""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    trPr.append(h)


def docx_cant_split(row):
    from docx.oxml import OxmlElement
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement('w:cantSplit'))


def docx_core(document, title, author):
    """fixed core properties so that rebuilding changes as little as possible"""
    import datetime
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1
    ts = datetime.datetime(2025, 1, 20, 12, 0, 0)
    cp.created = ts
    cp.modified = ts


def normalize_zip(path, stamp=(2025, 1, 20, 12, 0, 0)):
    """Rewrite a ZIP container (DOCX / ODT) with fixed entry timestamps, keeping the
    order and compression of the entries (ODT's uncompressed 'mimetype' stays first),
    so that rebuilding gives byte-identical files where the writer itself is
    deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + '.tmp'
    with zipfile.ZipFile(tmp, 'w') as z:
        for info, data in entries:
            ni = zipfile.ZipInfo(info.filename, date_time=stamp)
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            z.writestr(ni, data)
    os.replace(tmp, path)
