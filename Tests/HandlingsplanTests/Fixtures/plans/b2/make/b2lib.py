"""Shared library for batch b2: blocks with gold labels, gold derivation and writers.

A plan is written once, as a list of blocks.  Every goal / measure is an Item that
carries its gold label (kind, area where the heading names no area, responsible,
deadline); every other piece of text is recorded as a notItem.  The same block list
is handed to one writer (flat ODT for LibreOffice, HTML for LibreOffice, python-docx,
or a plain-text writer), so a gold text is exactly the text the writer was given.

Blocks
    Title(text)                 title paragraph                       -> notItem
    Line(text)                  free line (metadata, signature, ...)  -> notItem
    Heading(text, area)         starts a section; area 1-6, or None for the branch's
                                own heading (its items must then carry an area)
    Sub(text)                   label / sub-heading ("Mål", "Tiltak:"), no new section
    Para(*parts, label=None)    prose: str parts are situation sentences (notItems),
                                Item parts are goal sentences
    List(entries, style)        entries: Item | Not | (Item|Not, [entries])
    Table(header, rows, ...)    cells: str | Item | VM (merged with the cell above) |
                                Span(text, area) as the only cell of a row
    PageBreak()
Items
    G(text, ...) localGoal, M(text, ...) measure, N(text) nationalGoal
    pre / post: rendered before / after the text but not part of the gold text
    (inline "(ansvarleg: leiar, innan mai)" annotations go in post, and the same
    responsible / deadline are given as resp / dl).
"""
import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)                 # .../plans/b2
PLANS = os.path.join(ROOT, 'plans')
GOLD = os.path.join(ROOT, 'gold')
SRC = os.path.join(HERE, 'src')
LO_PROFILE = 'file:///tmp/lo_b2'

UNSET = object()
KINDS = ('nationalGoal', 'localGoal', 'measure')


# ----------------------------------------------------------------- atoms
class Item(object):
    def __init__(self, kind, text, area=UNSET, resp=None, dl=None, pre='', post='', done=None):
        assert kind in KINDS, kind
        assert text == ' '.join(text.split()), repr(text)
        self.kind, self.text, self.area = kind, text, area
        self.resp, self.dl, self.pre, self.post, self.done = resp, dl, pre, post, done

    @property
    def shown(self):
        return self.pre + self.text + self.post


class Not(object):
    """Text that is not an item (challenge bullet, situation sentence, template text)."""

    def __init__(self, text, record=True):
        self.text, self.record = text, record

    @property
    def shown(self):
        return self.text


def N(text, **kw):
    return Item('nationalGoal', text, **kw)


def G(text, area=UNSET, **kw):
    return Item('localGoal', text, area, **kw)


def M(text, area=UNSET, **kw):
    return Item('measure', text, area, **kw)


def X(text):
    return Not(text)


class _VM(object):
    def __repr__(self):
        return 'VM'


VM = _VM()


class Span(object):
    """Row of one cell spanning the table (an area / section row)."""

    def __init__(self, text, area=None, section=True):
        self.text, self.area, self.section = text, area, section


# ----------------------------------------------------------------- blocks
class Block(object):
    kind = 'block'


class Title(Block):
    kind = 'title'

    def __init__(self, text):
        self.text = text


class Line(Block):
    kind = 'line'

    def __init__(self, text, bold=False, record=True, align=None):
        self.text, self.bold, self.record, self.align = text, bold, record, align


class Heading(Block):
    kind = 'heading'

    def __init__(self, text, area=None, level=1, shown=None):
        self.text, self.area, self.level = text, area, level
        self.shown = text if shown is None else shown


class Sub(Block):
    kind = 'sub'

    def __init__(self, text, bold=True):
        self.text, self.bold = text, bold


class Para(Block):
    kind = 'para'

    def __init__(self, *parts, label=None):
        self.parts, self.label = list(parts), label


class List(Block):
    kind = 'list'

    def __init__(self, entries, style='bullet'):
        self.entries, self.style = list(entries), style


class Table(Block):
    kind = 'table'

    def __init__(self, header, rows, resp_col=None, dl_col=None, widths=None, area_col=None,
                 area_of=None):
        self.header, self.rows = header, rows
        self.resp_col, self.dl_col, self.widths = resp_col, dl_col, widths
        self.area_col, self.area_of = area_col, area_of or {}


class PageBreak(Block):
    kind = 'pagebreak'


def walk_entries(entries, level=0):
    """Yield (level, entry) for a nested list."""
    for e in entries:
        if isinstance(e, tuple):
            head, kids = e
            yield level, head
            for x in walk_entries(kids, level + 1):
                yield x
        else:
            yield level, e


# ----------------------------------------------------------------- gold
class Plan(object):
    def __init__(self, base, ext, meta, blocks, info):
        self.base, self.ext, self.meta, self.blocks, self.info = base, ext, meta, blocks, info
        self.extra_not = []

    @property
    def document(self):
        return self.base + '.' + self.ext

    @property
    def path(self):
        return os.path.join(PLANS, self.document)

    def gold(self):
        items, nots = [], []
        section, sec_area = None, None

        def add_not(t):
            t = ' '.join(t.split())
            if re.search(r'\w', t) and t not in nots:
                nots.append(t)

        def add_item(it, row_area=UNSET):
            if isinstance(it, Not):
                if it.record:
                    add_not(it.text)
                return
            if it.kind == 'nationalGoal':
                area = sec_area if it.area is UNSET else it.area
                assert area is not None, it.text
            elif row_area is not UNSET:
                assert it.area is UNSET or it.area == row_area, (it.text, it.area, row_area)
                area = row_area
            elif sec_area is not None:
                assert it.area is UNSET, ('area heading; item must not set area', it.text)
                area = sec_area
            else:
                assert it.area is not UNSET, ('own heading; item needs an area', it.text)
                area = it.area
            d = dict(kind=it.kind, text=it.text, area=area, section=section)
            if it.resp:
                d['responsible'] = it.resp
            if it.dl:
                d['deadline'] = it.dl
            items.append(d)

        for b in self.blocks:
            if b.kind in ('title', 'sub'):
                add_not(b.text)
            elif b.kind == 'line':
                if b.record:
                    add_not(b.text)
            elif b.kind == 'heading':
                section, sec_area = b.text, b.area
                add_not(b.text)
            elif b.kind == 'para':
                if b.label:
                    add_not(b.label)
                for p in b.parts:
                    if isinstance(p, str):
                        add_not(p)
                    else:
                        add_item(p)
            elif b.kind == 'list':
                for _, e in walk_entries(b.entries):
                    add_item(e)
            elif b.kind == 'table':
                for h in b.header:
                    add_not(h)
                above = {}
                for row in b.rows:
                    if len(row) == 1 and isinstance(row[0], Span):
                        sp = row[0]
                        add_not(sp.text)
                        if sp.section:
                            section, sec_area = sp.text, sp.area
                        continue
                    cells = []
                    for ci, c in enumerate(row):
                        if c is VM:
                            c = above[ci]
                        else:
                            above[ci] = c
                        cells.append(c)
                    txt = lambda c: c.text if isinstance(c, (Item, Not)) else (c or '')
                    row_area = UNSET
                    if b.area_col is not None:
                        row_area = b.area_of.get(txt(cells[b.area_col]), UNSET)
                    for ci, c in enumerate(row):
                        if c is VM:
                            continue
                        if isinstance(c, Item):
                            if c.kind == 'measure':
                                if b.resp_col is not None and not c.resp and txt(cells[b.resp_col]):
                                    c.resp = txt(cells[b.resp_col])
                                if b.dl_col is not None and not c.dl and txt(cells[b.dl_col]):
                                    c.dl = txt(cells[b.dl_col])
                            add_item(c, row_area)
                        elif isinstance(c, Not):
                            add_item(c)
                        elif c:
                            add_not(c)
        for t in self.extra_not:
            add_not(t)
        return dict(document=self.document, plan=self.meta, items=items, notItems=nots)

    def write_gold(self):
        g = self.gold()
        os.makedirs(GOLD, exist_ok=True)
        with open(os.path.join(GOLD, self.base + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write('\n')
        return g


# ----------------------------------------------------------------- tools
def soffice(src, fmt, outdir):
    """Convert src with LibreOffice headless (private profile); return the output path."""
    r = subprocess.run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless',
                        '--convert-to', fmt, '--outdir', outdir, src],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ext = fmt.split(':')[0]
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + ext)
    if r.returncode or not os.path.exists(out):
        raise RuntimeError('soffice failed: %s %s' % (r.stdout, r.stderr))
    return out


def pdftotext(pdf, mode=None):
    args = ['pdftotext', '-enc', 'UTF-8']
    if mode:
        args.append(mode)
    args += [pdf, '-']
    return subprocess.run(args, check=True, stdout=subprocess.PIPE).stdout


def pdf_pages(pdf):
    out = subprocess.run(['pdfinfo', pdf], check=True, stdout=subprocess.PIPE).stdout.decode()
    return int(re.search(r'^Pages:\s+(\d+)', out, re.M).group(1))


# ----------------------------------------------------------------- flat ODT writer
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _level_props(level, indent=0.635, tab=None):
    ml = indent * level
    return ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" '
            'text:list-tab-stop-position="%.3fcm" fo:text-indent="-%.3fcm" fo:margin-left="%.3fcm"/>'
            '</style:list-level-properties>' % (ml, indent, ml))


def list_style_xml(name, levels):
    """levels: list of ('bullet', char) or ('number', format, prefix, suffix)."""
    out = ['<text:list-style style:name="%s">' % name]
    for i, lv in enumerate(levels, 1):
        if lv[0] == 'bullet':
            out.append('<text:list-level-style-bullet text:level="%d" text:bullet-char="%s">%s'
                       '<style:text-properties style:font-name="DejaVu Sans"/>'
                       '</text:list-level-style-bullet>' % (i, xesc(lv[1]), _level_props(i)))
        else:
            _, fmt, prefix, suffix = lv
            out.append('<text:list-level-style-number text:level="%d" style:num-prefix="%s" '
                       'style:num-suffix="%s" style:num-format="%s">%s</text:list-level-style-number>'
                       % (i, xesc(prefix), xesc(suffix), fmt, _level_props(i)))
    out.append('</text:list-style>')
    return ''.join(out)


def _hf_xml(parts, style):
    """parts: str with {page} / {count} placeholders."""
    s = xesc(parts)
    s = s.replace('{page}', '<text:page-number text:select-page="current">1</text:page-number>')
    s = s.replace('{count}', '<text:page-count>1</text:page-count>')
    s = s.replace('\t', '<text:tab/>')
    return '<text:p text:style-name="%s">%s</text:p>' % (style, s)


class Fodt(object):
    """Writes a plan's blocks as a flat ODT document (what LibreOffice saves as .fodt).

    opts:
      lang ('nb'|'nn'), font_size, header, footer (str with {page}/{count}),
      lists: {style_key: [level specs]}, heading_mode ('h' | 'bold'),
      list_para_space (cm), table_widths
    """

    def __init__(self, plan, lang='nb', header=None, footer=None, lists=None, font_size='11pt',
                 heading_mode='h', title_meta=None):
        self.plan, self.lang = plan, lang
        self.header, self.footer = header, footer
        self.lists = lists or {'bullet': [('bullet', '•'), ('bullet', '◦')]}
        self.font_size, self.heading_mode = font_size, heading_mode
        self.title_meta = title_meta
        self.ntable = 0
        self.auto = []

    def styles(self):
        lang = self.lang
        ls = ''.join(list_style_xml('L_' + k, v) for k, v in self.lists.items())
        return (
            '<office:font-face-decls><style:font-face style:name="DejaVu Sans" '
            'svg:font-family="\'DejaVu Sans\'" style:font-family-generic="swiss"/></office:font-face-decls>'
            '<office:styles>'
            '<style:default-style style:family="paragraph"><style:text-properties '
            'style:font-name="DejaVu Sans" fo:font-size="%(fs)s" fo:language="%(lang)s" fo:country="NO" '
            'fo:hyphenate="false"/></style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
            '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
            'style:parent-style-name="Standard" style:class="text"><style:paragraph-properties '
            'fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="115%%"/></style:style>'
            '<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" '
            'style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties '
            'fo:margin-top="0cm" fo:margin-bottom="0.08cm"/></style:style>'
            '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" '
            'style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.3cm"/>'
            '<style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
            'style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">'
            '<style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" '
            'fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>'
            '</style:style>'
            '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
            'style:parent-style-name="Standard" style:default-outline-level="2" style:class="text">'
            '<style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.12cm" '
            'fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>'
            '</style:style>'
            '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" '
            'style:class="extra"><style:text-properties fo:font-size="9pt" fo:color="#555555"/></style:style>'
            '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" '
            'style:class="extra"><style:paragraph-properties fo:text-align="end"/>'
            '<style:text-properties fo:font-size="9pt"/></style:style>'
            '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" '
            'style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
            '<style:text-properties fo:font-size="10pt"/></style:style>'
            '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" '
            'style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">'
            '<style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" '
            'style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
            '%(ls)s</office:styles>' % dict(fs=self.font_size, lang=lang, ls=ls))

    def master(self):
        hf = ''
        if self.header:
            hf += '<style:header>%s</style:header>' % _hf_xml(self.header, 'Header')
        if self.footer:
            hf += '<style:footer>%s</style:footer>' % _hf_xml(self.footer, 'Footer')
        return ('<office:automatic-styles>'
                '<style:style style:name="P_bold" style:family="paragraph" '
                'style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-top="0.3cm" '
                'fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>'
                '<style:style style:name="P_center" style:family="paragraph" '
                'style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="center"/>'
                '</style:style>'
                '<style:style style:name="P_break" style:family="paragraph" '
                'style:parent-style-name="Text_20_body"><style:paragraph-properties fo:break-before="page"/>'
                '</style:style>'
                '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
                'fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>'
                '<style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties '
                'fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#dde4ee"/>'
                '</style:style>%s'
                '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
                'fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" '
                'fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
                '<style:header-style><style:header-footer-properties fo:min-height="0cm" '
                'fo:margin-bottom="0.6cm"/></style:header-style><style:footer-style>'
                '<style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/>'
                '</style:footer-style></style:page-layout></office:automatic-styles>'
                '<office:master-styles><style:master-page style:name="Standard" '
                'style:page-layout-name="pm1">%s</style:master-page></office:master-styles>'
                % (''.join(self.auto), hf))

    # -- body
    def p(self, text, style='Text_20_body'):
        return '<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text))

    def item_inline(self, it):
        if isinstance(it, Not):
            return xesc(it.text)
        return xesc(it.pre) + xesc(it.text) + xesc(it.post)

    def list_xml(self, entries, style, top=True):
        out = ['<text:list%s>' % (' text:style-name="L_%s"' % style if top else '')]
        for e in entries:
            head, kids = (e if isinstance(e, tuple) else (e, None))
            out.append('<text:list-item><text:p text:style-name="List_20_Paragraph">%s</text:p>'
                       % self.item_inline(head))
            if kids:
                out.append(self.list_xml(kids, style, top=False))
            out.append('</text:list-item>')
        out.append('</text:list>')
        return ''.join(out)

    def cell_text(self, c):
        if isinstance(c, (Item, Not)):
            return self.item_inline(c)
        return xesc(c or '')

    def table_xml(self, t):
        self.ntable += 1
        name = 'Tabell%d' % self.ntable
        ncol = len(t.header)
        widths = t.widths or [16.6 / ncol] * ncol
        self.auto.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                         'style:width="%.2fcm" table:align="left"/></style:style>' % (name, sum(widths)))
        for i, w in enumerate(widths):
            self.auto.append('<style:style style:name="%s.%s" style:family="table-column">'
                             '<style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                             % (name, chr(65 + i), w))
        out = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
        for i in range(ncol):
            out.append('<table:table-column table:style-name="%s.%s"/>' % (name, chr(65 + i)))
        out.append('<table:table-header-rows><table:table-row>')
        for h in t.header:
            out.append('<table:table-cell table:style-name="CellHead" office:value-type="string">'
                       '<text:p text:style-name="Table_20_Heading">%s</text:p></table:table-cell>' % xesc(h))
        out.append('</table:table-row></table:table-header-rows>')
        # row spans: count VM below each cell
        rows = t.rows
        for ri, row in enumerate(rows):
            out.append('<table:table-row>')
            if len(row) == 1 and isinstance(row[0], Span):
                out.append('<table:table-cell table:style-name="CellHead" office:value-type="string" '
                           'table:number-columns-spanned="%d"><text:p text:style-name="Table_20_Heading">'
                           '%s</text:p></table:table-cell>' % (ncol, xesc(row[0].text)))
                out += ['<table:covered-table-cell/>'] * (ncol - 1)
            else:
                for ci, c in enumerate(row):
                    if c is VM:
                        out.append('<table:covered-table-cell/>')
                        continue
                    span = 1
                    while ri + span < len(rows) and len(rows[ri + span]) > ci and rows[ri + span][ci] is VM:
                        span += 1
                    attr = ' table:number-rows-spanned="%d"' % span if span > 1 else ''
                    out.append('<table:table-cell table:style-name="Cell" office:value-type="string"%s>'
                               '<text:p text:style-name="Table_20_Contents">%s</text:p></table:table-cell>'
                               % (attr, self.cell_text(c)))
            out.append('</table:table-row>')
        out.append('</table:table>')
        return ''.join(out)

    def body(self):
        out = []
        brk = False
        for b in self.plan.blocks:
            k = b.kind
            if k == 'pagebreak':
                brk = True
                continue
            if brk and k not in ('heading',):
                out.append('<text:p text:style-name="P_break"/>')
                brk = False
            if k == 'title':
                out.append(self.p(b.text, 'Title'))
            elif k == 'line':
                style = 'P_bold' if b.bold else ('P_center' if b.align == 'center' else 'Text_20_body')
                out.append(self.p(b.text, style))
            elif k == 'heading':
                if self.heading_mode == 'h':
                    st = 'Heading_20_%d' % b.level
                    if brk:
                        # a page break before a heading: an automatic style on the heading
                        out.append('<text:p text:style-name="P_break"/>')
                        brk = False
                    out.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                               % (st, b.level, xesc(b.shown)))
                else:
                    out.append(self.p(b.shown, 'P_bold'))
            elif k == 'sub':
                out.append(self.p(b.text, 'P_bold' if b.bold else 'Text_20_body'))
            elif k == 'para':
                parts = []
                if b.label:
                    parts.append('<text:span text:style-name="Strong_20_Emphasis">%s</text:span> '
                                 % xesc(b.label))
                parts.append(' '.join(self.item_inline(x) if not isinstance(x, str) else xesc(x)
                                      for x in b.parts))
                out.append('<text:p text:style-name="Text_20_body">%s</text:p>' % ''.join(parts))
            elif k == 'list':
                out.append(self.list_xml(b.entries, b.style))
            elif k == 'table':
                out.append(self.table_xml(b))
                out.append(self.p('', 'Text_20_body'))
        return ''.join(out)

    def xml(self):
        body = self.body()        # fills self.auto
        meta = ''
        if self.title_meta:
            meta = '<office:meta><dc:title>%s</dc:title></office:meta>' % xesc(self.title_meta)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
                'office:mimetype="application/vnd.oasis.opendocument.text">%s%s%s<office:body>'
                '<office:text>%s</office:text></office:body></office:document>\n'
                % (NS, meta, self.styles(), self.master(), body))


def write_src(name, text):
    os.makedirs(SRC, exist_ok=True)
    p = os.path.join(SRC, name)
    with open(p, 'w', encoding='utf-8') as f:
        f.write(text)
    return p


def render_pdftotext(plan, fodt, mode):
    """flat ODT -> PDF (LibreOffice) -> text (pdftotext in `mode`); writes plans/<base>.txt.
    Returns (text, pages).  The PDF is kept in make/src/ for inspection only."""
    src = write_src(plan.base + '.fodt', fodt.xml())
    tmp = tempfile.mkdtemp(prefix='b2_')
    try:
        pdf = soffice(src, 'pdf', tmp)
        pages = pdf_pages(pdf)
        data = pdftotext(pdf, mode)
        shutil.copy(pdf, os.path.join(SRC, plan.base + '.pdf'))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(plan.path, 'wb') as f:
        f.write(data)
    return data.decode('utf-8'), pages


def render_office(plan, src_path, fmt):
    """Convert a source (fodt / html) with LibreOffice to plans/<base>.<ext>."""
    tmp = tempfile.mkdtemp(prefix='b2_')
    try:
        out = soffice(src_path, fmt, tmp)
        shutil.copy(out, plan.path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------- checks used by build
def crossing_lists(plan, text):
    """Lists (block index) whose items lie on more than one page of a pdftotext text."""
    pages = text.split('\f')
    flat_pages = [' '.join(p.split()) for p in pages]

    def page_of(t):
        t = ' '.join(t.split())
        for i, p in enumerate(flat_pages):
            if t in p:
                return i
        return None
    out = []
    for bi, b in enumerate(plan.blocks):
        if b.kind != 'list':
            continue
        pg = set()
        for _, e in walk_entries(b.entries):
            pg.add(page_of(e.text))
        pg.discard(None)
        if len(pg) > 1:
            out.append(bi)
    return out


# ----------------------------------------------------------------- HTML for LibreOffice
def render_html(plan, lang='nb', typed=None, heading_mode='bold', title=None, css=''):
    """Blocks -> HTML for LibreOffice's HTML import.

    heading_mode 'bold': headings are <p><b>…</b></p> (no heading style);
    typed: {list style: marker} -- list entries become plain paragraphs starting with the
    typed marker ('– ', or '1) ' where '{n}' is replaced by the running number)."""
    typed = typed or {}
    out = ['<!DOCTYPE html>', '<html lang="%s"><head><meta charset="utf-8">' % lang,
           '<title>%s</title>' % html.escape(title or plan.base),
           '<style>body{font-family:"DejaVu Sans";font-size:11pt} p{margin:0 0 6pt 0}%s</style>'
           % css, '</head><body>']
    e = html.escape

    def inline(it):
        return e(it.shown) if isinstance(it, (Item, Not)) else e(it)

    for b in plan.blocks:
        k = b.kind
        if k == 'title':
            out.append('<p style="font-size:18pt"><b>%s</b></p>' % e(b.text))
        elif k == 'line':
            out.append('<p>%s</p>' % (('<b>%s</b>' % e(b.text)) if b.bold else e(b.text)))
        elif k == 'heading':
            if heading_mode == 'bold':
                out.append('<p style="margin-top:12pt"><b>%s</b></p>' % e(b.shown))
            else:
                out.append('<h%d>%s</h%d>' % (b.level, e(b.shown), b.level))
        elif k == 'sub':
            out.append('<p>%s</p>' % (('<b>%s</b>' % e(b.text)) if b.bold else e(b.text)))
        elif k == 'para':
            lab = ('<b>%s</b> ' % e(b.label)) if b.label else ''
            out.append('<p>%s%s</p>' % (lab, ' '.join(inline(x) for x in b.parts)))
        elif k == 'list':
            mk = typed.get(b.style)
            if mk is None:
                raise ValueError('only typed lists in render_html')
            for n, (lvl, it) in enumerate(walk_entries(b.entries), 1):
                pad = ' style="margin-left:%.1fcm"' % (0.6 * lvl) if lvl else ''
                out.append('<p%s>%s%s</p>' % (pad, e(mk.replace('{n}', str(n))), inline(it)))
        elif k == 'table':
            raise ValueError('no tables in render_html')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


# ----------------------------------------------------------------- python-docx helpers
def docx_add_numbering(doc, levels, abstract_id=90, num_id=90):
    """Add a multi-level list definition to doc's numbering part.

    levels: list of dicts {text: '%1.', fmt: 'decimal', left: twips, hanging: twips,
    suff: 'tab'|'space'|'nothing', bold: bool}.  Returns the w:numId to use."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = doc.part.numbering_part.element
    lv = []
    for i, L in enumerate(levels):
        rpr = '<w:rPr><w:b/></w:rPr>' if L.get('bold') else ''
        lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                  '<w:suff w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                  '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
                  % (i, L.get('fmt', 'decimal'), L.get('suff', 'space'), xesc(L['text'], {'"': '&quot;'}),
                     L.get('left', 0), L.get('hanging', 0), rpr))
    absn = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>'
                     '%s</w:abstractNum>' % (nsdecls('w'), abstract_id, ''.join(lv)))
    nums = numbering.findall('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num')
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls('w'), num_id, abstract_id)))
    return num_id


def docx_set_num(paragraph, num_id, ilvl):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    pPr = paragraph._p.get_or_add_pPr()
    pPr.insert_element_before(
        parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                  % (nsdecls('w'), ilvl, num_id)),
        'w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens',
        'w:kinsoku', 'w:wordWrap', 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE',
        'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
        'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
        'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl',
        'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')


def docx_fix_core(doc, title, author='Fagforbundet', when=None):
    """Deterministic core properties (python-docx stamps the current time otherwise)."""
    import datetime
    when = when or datetime.datetime(2025, 1, 20, 12, 0, 0)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = when
    cp.revision = 1


# ----------------------------------------------------------------- spreadsheet text
def render_tsv(plan, ncol):
    """Blocks -> rows of TAB-separated cells, as a spreadsheet saves "Unicode text":
    title / free lines are rows with one filled cell; tables give their header and rows
    (a Span row is one filled cell; VM cells are empty, as merged cells paste)."""
    rows = []

    def cell(c):
        if c is VM or c is None:
            return ''
        if isinstance(c, (Item, Not)):
            return c.shown
        return c
    for b in plan.blocks:
        if b.kind in ('title', 'line', 'sub'):
            rows.append([b.text] + [''] * (ncol - 1))
        elif b.kind == 'table':
            rows.append(list(b.header))
            for r in b.rows:
                if len(r) == 1 and isinstance(r[0], Span):
                    rows.append([r[0].text] + [''] * (ncol - 1))
                else:
                    rows.append([cell(c) for c in r])
        elif b.kind == 'blank':
            rows.append([''] * ncol)
        else:
            raise ValueError(b.kind)
    for r in rows:
        assert len(r) == ncol and not any('\t' in c or '\n' in c or '"' in c for c in r), r
    return rows


class Blank(Block):
    kind = 'blank'
