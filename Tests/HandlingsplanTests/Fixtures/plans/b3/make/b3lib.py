"""Shared library of batch b3: the block model every plan is written in, the gold
derived from it, and small helpers for the real writers (python-docx, LibreOffice
headless with a private profile, pdftotext).

A plan file (make/plans/b3-NN_<place>.py) builds a Plan: a list of blocks in
document order.  Every goal and measure is an Item that carries its gold label
(kind, area where no area heading decides, responsible, deadline); every other
piece of text the reader sees is recorded as a notItem.  The plan's own render()
turns the same blocks into the document, so the gold text is exactly the text the
writer was given.

Block types (dicts with key 't'):
  title, raw, sub        text that is not an item (sub = label / sub-heading)
  heading                text, level, section (bool), area (int 1-6 | None)
  para                   segs: Item | Not (one paragraph of several sentences)
  list                   entries: (level, Item | Not)
  fields                 one "Kva/Kven/Når" block: item + responsible + deadline
  table                  rows: Sec | Hdr | Span | list of cells
"""
import os
import re
import shutil
import subprocess
import textwrap
from xml.sax.saxutils import escape as _xesc

UNSET = object()
KINDS = ('nationalGoal', 'localGoal', 'measure')


# ----------------------------------------------------------------- atoms
class Item(object):
    """A goal or a measure.  `label` is shown before the text ("Mål:", "Kva:"),
    `tail` after it (" / styret", " [leder]"); neither is part of the gold text."""

    def __init__(self, kind, text, area=UNSET, resp=None, dl=None, label=None, tail=''):
        assert kind in KINDS, kind
        self.kind, self.text, self.area = kind, text, area
        self.resp, self.dl, self.label, self.tail = resp, dl, label, tail

    @property
    def shown(self):
        return (self.label + ' ' if self.label else '') + self.text + self.tail


class Not(object):
    """Text that is not an item.  record=False: shown but not listed as notItem
    (used for 'x' marks in a year wheel)."""

    def __init__(self, text, record=True, label=None):
        self.text, self.record, self.label = text, record, label

    @property
    def shown(self):
        return (self.label + ' ' if self.label else '') + self.text


def N(text, area=UNSET):
    return Item('nationalGoal', text, area)


def G(text, area=UNSET, label=None, tail='', resp=None, dl=None):
    return Item('localGoal', text, area, resp=resp, dl=dl, label=label, tail=tail)


def M(text, area=UNSET, resp=None, dl=None, label=None, tail=''):
    return Item('measure', text, area, resp=resp, dl=dl, label=label, tail=tail)


def X(text, label=None):
    return Not(text, label=label)


# table rows
class Sec(object):
    """A row of one cell spanning the table that starts a section (area row)."""

    def __init__(self, text, area):
        self.text, self.area = text, area


class Hdr(object):
    """A header row (column names)."""

    def __init__(self, *cells, repeat=True):
        self.cells, self.repeat = list(cells), repeat


class Span(object):
    """A row of a label cell (may be None) and one cell spanning the rest, whose
    content is an Item, a Not or a list of them (one paragraph each)."""

    def __init__(self, label, content, bullets=False):
        self.label, self.content, self.bullets = label, content, bullets


def cell_list(c):
    """paragraph entries of a data cell: list of Item | Not | str"""
    if c is None:
        return []
    if isinstance(c, (list, tuple)):
        return list(c)
    return [c]


def cell_str(c):
    ents = cell_list(c)
    out = []
    for e in ents:
        out.append(e.shown if isinstance(e, (Item, Not)) else e)
    return ' '.join(x for x in out if x)


# ----------------------------------------------------------------- plan
class Plan(object):
    def __init__(self, base, ext, meta, writer, styles, structure, hard, fmt):
        self.base, self.ext, self.meta = base, ext, meta
        self.writer, self.styles, self.structure, self.hard, self.fmt = \
            writer, styles, structure, hard, fmt
        self.blocks = []
        self.residue = []      # page header / footer lines of text extractions

    # builders
    def title(self, text, **kw):
        self.blocks.append(dict(t='title', text=text, **kw))

    def raw(self, text, **kw):
        self.blocks.append(dict(t='raw', text=text, **kw))

    def sub(self, text, **kw):
        self.blocks.append(dict(t='sub', text=text, **kw))

    def heading(self, text, area=UNSET, level=1, section=True, **kw):
        if section:
            assert area is not UNSET, 'section heading needs area=int|None: %r' % text
        self.blocks.append(dict(t='heading', text=text, area=area, level=level,
                                section=section, **kw))

    def para(self, *segs, **kw):
        segs = [Not(s) if isinstance(s, str) else s for s in segs]
        self.blocks.append(dict(t='para', segs=segs, **kw))

    def list(self, *entries, **kw):
        out = [e if isinstance(e, tuple) else (0, e) for e in entries]
        self.blocks.append(dict(t='list', entries=out, **kw))

    def fields(self, item, fields, **kw):
        """fields: [(label, value)] shown after the item's line; the item's resp /
        dl name the gold values"""
        self.blocks.append(dict(t='fields', item=item, fields=fields, **kw))

    def table(self, rows, resp_col=None, dl_col=None, status_col=None, **kw):
        self.blocks.append(dict(t='table', rows=rows, resp_col=resp_col, dl_col=dl_col,
                                status_col=status_col, **kw))

    # gold
    def gold(self):
        items, nots = [], []
        self.area_by = by = []
        st = dict(section=None, area=UNSET)

        def note(text):
            text = clean(text)
            if text and text not in nots:
                nots.append(text)

        def add(it, resp=None, dl=None):
            sa = st['area']
            if isinstance(sa, int):
                assert it.area in (UNSET, sa), ('item area differs from heading area', it.text)
                area = sa
                by.append('heading')
            else:
                assert it.area is not UNSET, ('item needs explicit area', it.text)
                area = it.area
                by.append('content')
            assert area is None or area in range(1, 7), (it.text, area)
            g = dict(kind=it.kind, area=area, text=clean(it.text), section=st['section'])
            r = it.resp if it.resp is not None else resp
            d = it.dl if it.dl is not None else dl
            if r:
                g['responsible'] = clean(r)
            if d:
                g['deadline'] = clean(d)
            items.append(g)

        def entry(e, resp=None, dl=None):
            if isinstance(e, Item):
                add(e, resp, dl)
            elif isinstance(e, Not):
                if e.record:
                    note(e.text)
            elif isinstance(e, str):
                note(e)

        for b in self.blocks:
            t = b['t']
            if t in ('title', 'raw', 'sub'):
                note(b['text'])
            elif t == 'heading':
                note(b['text'])
                if b['section']:
                    st['section'] = clean(b['text'])
                    st['area'] = b['area']
            elif t == 'para':
                for s in b['segs']:
                    entry(s)
            elif t == 'list':
                for _, e in b['entries']:
                    entry(e)
            elif t == 'fields':
                entry(b['item'])
                for lab, val in b['fields']:
                    note(val)
            elif t == 'table':
                for row in b['rows']:
                    if isinstance(row, Sec):
                        note(row.text)
                        st['section'] = clean(row.text)
                        st['area'] = row.area
                    elif isinstance(row, Hdr):
                        for c in row.cells:
                            if c:
                                note(c)
                    elif isinstance(row, Span):
                        if row.label:
                            note(row.label)
                        for e in cell_list(row.content):
                            entry(e)
                    else:
                        resp = cell_str(row[b['resp_col']]) if b['resp_col'] is not None else None
                        dl = cell_str(row[b['dl_col']]) if b['dl_col'] is not None else None
                        for ci, c in enumerate(row):
                            if ci in (b['resp_col'], b['dl_col'], b['status_col']):
                                if cell_str(c):
                                    note(cell_str(c))
                                continue
                            for e in cell_list(c):
                                if isinstance(e, Item) and e.kind == 'measure':
                                    entry(e, resp or None, dl or None)
                                else:
                                    entry(e)
        for r in self.residue:
            note(r)
        return dict(document=self.base + '.' + self.ext, plan=dict(self.meta),
                    items=items, notItems=nots)


def clean(s):
    return ' '.join(s.replace('\u00a0', ' ').split())


# ----------------------------------------------------------------- text helpers
def wrap(text, width, first='', cont=''):
    """textwrap without hyphen breaks; asserts the reader can see item ends: no
    non-final line ends in '.' or ':'"""
    if not width:
        return [first + text]
    lines = textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=cont,
                          break_on_hyphens=False, break_long_words=False)
    for l in lines[:-1]:
        assert not l.rstrip().endswith(('.', ':')), ('wrapped line ends a sentence', l)
    return lines


def write_bytes(path, data):
    with open(path, 'wb') as f:
        f.write(data)


# ----------------------------------------------------------------- office helpers
LO_PROFILE = 'file:///tmp/lo_b3'


def soffice(src, fmt, outdir, filt=None):
    """Convert src with LibreOffice headless (private profile); returns the output path."""
    target = fmt if not filt else '%s:%s' % (fmt, filt)
    cmd = ['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless',
           '--convert-to', target, '--outdir', outdir, src]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)
    if r.returncode or not os.path.exists(out):
        raise RuntimeError('soffice failed: %s\n%s' % (r.stdout, r.stderr))
    return out


def pdftotext(pdf, layout=False):
    cmd = ['pdftotext'] + (['-layout'] if layout else []) + [pdf, '-']
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    return r.stdout


def x(s):
    """XML-escape text for content.xml / HTML"""
    return _xesc(s, {'"': '&quot;'})


FODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def fodt(meta_title, styles, auto_styles, master, body, lang='nb'):
    """A flat ODT document (what LibreOffice's 'Flat XML ODF' writes), for soffice to
    turn into ODT / PDF."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">\n'
            '<office:meta><dc:title>%s</dc:title><dc:language>%s-NO</dc:language></office:meta>\n'
            '<office:font-face-decls><style:font-face style:name="Liberation Sans" '
            'svg:font-family="\'Liberation Sans\'" style:font-family-generic="swiss"/>'
            '<style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'" '
            'style:font-family-generic="roman"/></office:font-face-decls>\n'
            '<office:styles>%s</office:styles>\n'
            '<office:automatic-styles>%s</office:automatic-styles>\n'
            '<office:master-styles>%s</office:master-styles>\n'
            '<office:body><office:text>\n%s\n</office:text></office:body></office:document>\n'
            % (FODT_NS, x(meta_title), lang, styles, auto_styles, master, body))


def tmpdir(base):
    d = os.path.join('/tmp', 'b3-build', base)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    return d


def strip_trailing_ws(text):
    return '\n'.join(l.rstrip() for l in text.split('\n'))


def words(s):
    return re.findall(r'\w+', s)
