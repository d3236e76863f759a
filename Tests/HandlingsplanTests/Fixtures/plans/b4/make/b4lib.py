"""Shared library of batch b4: the block model in which each plan is written once,
the derivation of the gold from those blocks, and small helpers for the real
writers (LibreOffice headless with a private profile, pandoc, python-docx,
pdftotext, w3m).

A plan file in make/plans/ builds a Plan from blocks.  Every goal and measure is
an Item that carries its gold label (kind, and area where no area heading decides
it); every other piece of text an importer might emit is a Not (or a title / raw /
heading block) and becomes a notItem.  The plan file then renders the very same
blocks with its writer, so a gold text is exactly the text put into the document.
"""
import html
import os
import re
import shutil
import subprocess

UNSET = object()
KINDS = ('nationalGoal', 'localGoal', 'measure')
LO_PROFILE = 'file:///tmp/lo_b4'


# ----------------------------------------------------------------- atoms
class Item(object):
    """A goal or measure.  `area` is needed only where no area heading decides it.
    `resp` / `dl` are the responsible / deadline written beside the item (text
    lines, "(ansvar: ...)"); table columns give them for table rows.  Extra keyword
    arguments are rendering hints (code, bold, ...), never part of the gold."""

    def __init__(self, kind, text, area=UNSET, resp=None, dl=None, **hints):
        assert kind in KINDS, kind
        assert text == clean(text), repr(text)
        self.kind, self.text, self.area = kind, text, area
        self.resp, self.dl = resp, dl
        self.hints = hints

    def __getattr__(self, name):
        if name != 'hints' and name in self.__dict__.get('hints', {}):
            return self.hints[name]
        raise AttributeError(name)


class Not(object):
    """Text that is not an item (situation sentence, template sentence, challenge
    bullet, residue, cell value ...).  record=False: not written to notItems."""

    def __init__(self, text, record=True, **hints):
        self.text, self.record, self.hints = text, record, hints


def N(text, area=UNSET, **kw):
    return Item('nationalGoal', text, area, **kw)


def G(text, area=UNSET, **kw):
    return Item('localGoal', text, area, **kw)


def M(text, area=UNSET, resp=None, dl=None, **kw):
    return Item('measure', text, area, resp=resp, dl=dl, **kw)


def X(text, **kw):
    return Not(text, **kw)


class Span(object):
    """A table cell spanning `cols` columns (the goal rows of b4-03)."""

    def __init__(self, content, cols):
        self.content, self.cols = content, cols


# ----------------------------------------------------------------- plan
class Plan(object):
    def __init__(self, pid, place, ext, meta, fmt, writer, styles, structure, hard):
        self.pid, self.place, self.ext = pid, place, ext
        self.base = '%s_%s' % (pid, place)
        self.meta = meta
        self.fmt, self.writer, self.styles = fmt, writer, styles
        self.structure, self.hard = structure, hard
        self.blocks = []
        self.residue = []          # regexes of page lines (footers) in rendered text plans
        self.extra_not = []        # notItems that exist only in the rendered file

    # -- builders ----------------------------------------------------------
    def title(self, text, **kw):
        self.blocks.append(dict(t='title', text=text, **kw))

    def raw(self, text, **kw):
        """a line that is not an item (name, date, signature, residue)"""
        self.blocks.append(dict(t='raw', text=text, **kw))

    def heading(self, text, area, level=1, **kw):
        """a heading that starts a section: area int (names one of the six areas)
        or None (the branch's own heading: items are mapped by content)"""
        assert area is None or area in range(1, 7)
        self.blocks.append(dict(t='heading', text=text, area=area, level=level,
                                section=True, **kw))

    def sub(self, text, level=2, **kw):
        """a sub-heading or label that does not start a section"""
        self.blocks.append(dict(t='heading', text=text, area=UNSET, level=level,
                                section=False, **kw))

    def para(self, *segs, **kw):
        segs = [Not(s) if isinstance(s, str) else s for s in segs]
        self.blocks.append(dict(t='para', segs=segs, **kw))

    def bullets(self, *entries, **kw):
        """entries: Item | Not | str | (level, Item | Not | str)"""
        out = []
        for e in entries:
            lvl, x = e if isinstance(e, tuple) else (0, e)
            out.append((lvl, Not(x) if isinstance(x, str) else x))
        self.blocks.append(dict(t='list', entries=out, **kw))

    def table(self, header, rows, resp_col=None, dl_col=None, note_cols=(), **kw):
        """rows: lists of cells; a cell is str | Item | Not | list (paragraphs) | Span"""
        self.blocks.append(dict(t='table', header=header, rows=rows, resp_col=resp_col,
                                dl_col=dl_col, note_cols=tuple(note_cols), **kw))

    def lines(self, entries, **kw):
        """one item per line ("Tiltak – ansvarleg")"""
        self.blocks.append(dict(t='lines', entries=entries, **kw))

    def toc(self, label, entries, **kw):
        self.blocks.append(dict(t='toc', label=label, entries=entries, **kw))

    def pagebreak(self):
        self.blocks.append(dict(t='pagebreak'))

    # -- gold --------------------------------------------------------------
    def gold(self):
        items, nots = [], []
        by = self.area_by = []
        state = dict(section=None, area=UNSET)

        def note(text):
            text = clean(text)
            if text and re.search(r'[^\W\d_]', text) and text not in nots:
                nots.append(text)

        def add(it, resp=None, dl=None):
            sa = state['area']
            if isinstance(sa, int):
                assert it.area in (UNSET, sa), ('item area differs from heading area', it.text)
                area = sa
            else:
                assert it.area is not UNSET, ('item needs an explicit area', it.text)
                area = it.area
            assert area is None or area in range(1, 7), (it.text, area)
            by.append('heading' if isinstance(sa, int) else 'content')
            g = dict(kind=it.kind, area=area, text=it.text, section=state['section'])
            r = it.resp if it.resp is not None else resp
            d = it.dl if it.dl is not None else dl
            if r:
                g['responsible'] = clean(r)
            if d:
                g['deadline'] = clean(d)
            items.append(g)

        def seg(x, resp=None, dl=None):
            if isinstance(x, Item):
                add(x, resp, dl)
            elif isinstance(x, Not):
                if x.record:
                    note(x.text)
            elif isinstance(x, str):
                note(x)
            elif isinstance(x, (list, tuple)):
                for y in x:
                    seg(y, resp, dl)
            elif isinstance(x, Span):
                seg(x.content, resp, dl)

        for b in self.blocks:
            t = b['t']
            if t in ('title', 'raw'):
                note(b['text'])
            elif t == 'heading':
                note(b['text'])
                if b['section']:
                    state['section'] = clean(b['text'])
                    state['area'] = b['area']
            elif t == 'para':
                for s in b['segs']:
                    seg(s)
            elif t == 'list':
                for _, e in b['entries']:
                    seg(e)
            elif t == 'lines':
                for e in b['entries']:
                    seg(e)
            elif t == 'toc':
                note(b['label'])
            elif t == 'table':
                for hc in b['header'] or []:
                    note(hc)
                for row in b['rows']:
                    def val(ci):
                        if ci is None or ci >= len(row):
                            return None
                        c = row[ci]
                        return c if isinstance(c, str) and c.strip() else None
                    resp, dl = val(b['resp_col']), val(b['dl_col'])
                    for ci, c in enumerate(row):
                        if isinstance(c, str):
                            if c.strip() and (ci in b['note_cols'] or ci in (b['resp_col'], b['dl_col'])):
                                note(c)
                            continue
                        if isinstance(c, Span):
                            seg(c.content)          # goal rows carry no responsible / deadline
                        elif isinstance(c, Item) and c.kind != 'measure':
                            seg(c)
                        else:
                            seg(c, resp, dl)
        for t in self.extra_not:
            note(t)
        return dict(document=self.base + '.' + self.ext, plan=dict(self.meta),
                    items=items, notItems=nots)

    def readme_row(self):
        return dict(base=self.base, ext=self.ext, fmt=self.fmt, writer=self.writer,
                    lang=self.meta['language'], styles=self.styles,
                    structure=self.structure, hard=self.hard)


def clean(s):
    return ' '.join(s.replace('\u00a0', ' ').split())


# ----------------------------------------------------------------- helpers
def esc(s):
    """HTML / XML escape (non-ASCII as numeric references for LibreOffice's HTML import)"""
    return html.escape(s, quote=False).encode('ascii', 'xmlcharrefreplace').decode('ascii')


def xesc(s):
    return html.escape(s, quote=True)


def run(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode:
        raise SystemExit('command failed: %s\n%s' % (' '.join(cmd), r.stderr.decode('utf-8', 'replace')))
    return r.stdout


def soffice(src, convert_to, outdir, infilter=None):
    """LibreOffice headless with a private profile; returns the path written."""
    cmd = ['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless']
    if infilter:
        cmd.append('--infilter=' + infilter)
    run(cmd + ['--convert-to', convert_to, '--outdir', outdir, src])
    ext = convert_to.split(':')[0]
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + ext)
    if not os.path.exists(out):
        raise SystemExit('soffice wrote nothing for %s' % src)
    return out


def copy(src, dst):
    shutil.copyfile(src, dst)


# ----------------------------------------------------------------- flat ODT
FODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


class Fodt(object):
    """A small flat-ODT (.fodt) writer: the document LibreOffice is given.

    Text arguments are strings or lists of runs; a run is a string or a tuple
    (text, 'b') for bold.  A TAB in a string becomes <text:tab/>."""

    def __init__(self, font='Liberation Sans', size='11pt', lang='nb', country='NO',
                 footer=None, title=None):
        self.body = []
        self.font, self.size = font, size
        self.lang, self.country = lang, country
        self.footer = footer          # list of runs; ('PAGE',) / ('PAGES',) are fields
        self.doc_title = title
        self.tables = 0

    # runs -> xml
    def runs(self, content):
        if isinstance(content, str):
            content = [content]
        out = []
        for r in content:
            if isinstance(r, tuple) and r and r[0] == 'PAGE':
                out.append('<text:page-number text:select-page="current">1</text:page-number>')
                continue
            if isinstance(r, tuple) and r and r[0] == 'PAGES':
                out.append('<text:page-count>1</text:page-count>')
                continue
            text, fmt = (r, '') if isinstance(r, str) else r
            x = xesc(text).replace('\t', '<text:tab/>').replace('\n', '<text:line-break/>')
            x = re.sub(r'  +', lambda m: ' <text:s text:c="%d"/>' % (len(m.group()) - 1), x)
            if fmt == 'b':
                x = '<text:span text:style-name="Tb">%s</text:span>' % x
            elif fmt == 'i':
                x = '<text:span text:style-name="Ti">%s</text:span>' % x
            out.append(x)
        return ''.join(out)

    def p(self, content, style='Text_20_body'):
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, self.runs(content)))

    def h(self, content, level=1, style=None, page_break=False):
        st = style or ('Heading_20_%d' % level)
        if page_break:
            st = 'PBH%d' % level
        self.body.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                         % (st, level, self.runs(content)))

    def blist(self, entries, style='L1', pstyle='List_20_Bullet_20_P'):
        """entries: (level, content)"""
        def build(i, lvl):
            out = []
            while i < len(entries) and entries[i][0] >= lvl:
                l, c = entries[i]
                if l > lvl:
                    inner, i = build(i, l)
                    if out:
                        out[-1] = out[-1][:-len('</text:list-item>')] + inner + '</text:list-item>'
                    continue
                out.append('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                           % (pstyle, self.runs(c)))
                i += 1
            return '<text:list%s>%s</text:list>' % (
                ' text:style-name="%s"' % style if lvl == 0 else '', ''.join(out)), i
        xml, _ = build(0, 0)
        self.body.append(xml)

    def table(self, widths, rows, header_rows=1):
        """rows: lists of cells; a cell is content (runs), or dict(c=content|[paras],
        span=n, bold=bool); a cell spanning n columns is followed by n-1 covered cells."""
        self.tables += 1
        name = 'Tabell%d' % self.tables
        out = ['<table:table table:name="%s" table:style-name="Tbl">' % name]
        for k, w in enumerate(widths):
            out.append('<table:table-column table:style-name="TblC%s"/>' % w)
        for ri, row in enumerate(rows):
            if ri == 0 and header_rows:
                out.append('<table:table-header-rows>')
            out.append('<table:table-row>')
            for cell in row:
                if not isinstance(cell, dict):
                    cell = dict(c=cell)
                span = cell.get('span', 1)
                paras = cell['c'] if isinstance(cell['c'], list) and cell['c'] and \
                    isinstance(cell['c'][0], list) else [cell['c']]
                ps = 'Table_20_Heading' if (ri < header_rows) else 'Table_20_Contents'
                inner = ''.join('<text:p text:style-name="%s">%s</text:p>'
                                % (ps, self.runs([(x if isinstance(x, tuple) else (x, 'b'))
                                                  for x in (pp if isinstance(pp, list) else [pp])]
                                                 if cell.get('bold') else pp))
                                for pp in paras if pp is not None)
                if not inner:
                    inner = '<text:p text:style-name="%s"/>' % ps
                out.append('<table:table-cell table:style-name="TblCell" office:value-type="string"%s>%s</table:table-cell>'
                           % (' table:number-columns-spanned="%d"' % span if span > 1 else '', inner))
                for _ in range(span - 1):
                    out.append('<table:covered-table-cell/>')
            out.append('</table:table-row>')
            if ri == header_rows - 1 and header_rows:
                out.append('</table:table-header-rows>')
        out.append('</table:table>')
        self.body.append(''.join(out))

    def toc(self, title, entries):
        """a table of contents whose body is already filled in (entries: (text, page))"""
        out = ['<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Innholdsfortegnelse1">',
               '<text:table-of-content-source text:outline-level="1">',
               '<text:index-title-template text:style-name="Contents_20_Heading">%s</text:index-title-template>' % xesc(title),
               '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1">'
               '<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-chapter/>'
               '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
               '<text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>',
               '</text:table-of-content-source><text:index-body>',
               '<text:index-title text:name="Innholdsfortegnelse1_Head"><text:p text:style-name="Contents_20_Heading">%s</text:p></text:index-title>' % xesc(title)]
        for text, page in entries:
            out.append('<text:p text:style-name="Contents_20_1">%s<text:tab/>%s</text:p>' % (xesc(text), page))
        out.append('</text:index-body></text:table-of-content>')
        self.body.append(''.join(out))

    def pagebreak(self):
        self.body.append('<text:p text:style-name="PB"/>')

    def xml(self):
        f = self.font
        lang = 'fo:language="%s" fo:country="%s"' % (self.lang, self.country)
        styles = '''
<office:font-face-decls>
 <style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" style:font-charset="x-symbol"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="{f}" fo:font-size="{s}" {lang} fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="24pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt"/></style:style>
 <style:style style:name="List_20_Bullet_20_P" style:display-name="List Contents" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Code_20_Para" style:display-name="Code paragraph" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-left="1.25cm" fo:text-indent="-1.25cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Code_20_Para_20_2" style:display-name="Code paragraph 2" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-left="2.5cm" fo:text-indent="-1.25cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:margin-bottom="0.15cm"><style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>
 <text:list-style style:name="Punktliste">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.5cm" fo:margin-left="0.8cm"/></style:list-level-properties><style:text-properties style:font-name="OpenSymbol"/></text:list-level-style-bullet>
  <text:list-level-style-bullet text:level="2" text:bullet-char="◦"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.6cm" fo:text-indent="-0.5cm" fo:margin-left="1.6cm"/></style:list-level-properties><style:text-properties style:font-name="OpenSymbol"/></text:list-level-style-bullet>
 </text:list-style>
</office:styles>'''.format(f=f, s=self.size, lang=lang)
        auto = '''
<office:automatic-styles>
 <style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-after="page"/></style:style>
 <style:style style:name="PBH1" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="TblC1" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
 <style:style style:name="TblC2" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="TblC3" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
 <style:style style:name="TblC6" style:family="table-column"><style:table-column-properties style:column-width="6.8cm"/></style:style>
 <style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="L1" style:family="paragraph"/>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>'''
        footer = ''
        if self.footer:
            footer = '<style:footer><text:p text:style-name="Footer">%s</text:p></style:footer>' % self.runs(self.footer)
        master = ('<office:master-styles><style:master-page style:name="Standard" '
                  'style:page-layout-name="pm1">%s</style:master-page></office:master-styles>' % footer)
        meta = ''
        if self.doc_title:
            meta = '<office:meta><dc:title>%s</dc:title></office:meta>' % xesc(self.doc_title)
        body = '\n'.join(self.body).replace('<text:list text:style-name="L1">',
                                             '<text:list text:style-name="Punktliste">')
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
                'office:mimetype="application/vnd.oasis.opendocument.text">%s%s%s%s'
                '<office:body><office:text>\n%s\n</office:text></office:body></office:document>\n'
                % (FODT_NS, meta, styles, auto, master, body))

    def save(self, path):
        with open(path, 'w', encoding='utf-8') as f:
            f.write(self.xml())


# ----------------------------------------------------------------- python-docx numbering
W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def docx_numbering_add(doc, abstract_xml, abstract_id):
    """Add a w:abstractNum (given as XML without namespace declaration) to the
    document's numbering part, before the first w:num as the schema requires."""
    from docx.oxml import parse_xml
    numbering = doc.part.numbering_part.element
    el = parse_xml(abstract_xml.replace('<w:abstractNum ', '<w:abstractNum xmlns:w="%s" ' % W_NS, 1))
    el.set('{%s}abstractNumId' % W_NS, str(abstract_id))
    first_num = numbering.find('{%s}num' % W_NS)
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)


def docx_num_add(doc, abstract_id, restart_levels=()):
    """A w:num instance of an abstractNum; restart_levels: levels whose numbering
    starts again at 1 (w:lvlOverride/w:startOverride).  Returns the numId."""
    from docx.oxml import parse_xml
    numbering = doc.part.numbering_part.element
    ids = [int(n.get('{%s}numId' % W_NS)) for n in numbering.findall('{%s}num' % W_NS)]
    nid = max(ids + [0]) + 1
    over = ''.join('<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="1"/></w:lvlOverride>' % l
                   for l in restart_levels)
    el = parse_xml('<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>'
                   % (W_NS, nid, abstract_id, over))
    numbering.append(el)
    return nid


def docx_set_num(paragraph, num_id, ilvl):
    from docx.oxml import parse_xml
    pPr = paragraph._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (W_NS, ilvl, num_id))
    # w:numPr follows w:pStyle / w:keepNext ... / w:pageBreakBefore in the schema order
    style = pPr.find('{%s}pStyle' % W_NS)
    if style is not None:
        style.addnext(numPr)
    else:
        pPr.insert(0, numPr)
