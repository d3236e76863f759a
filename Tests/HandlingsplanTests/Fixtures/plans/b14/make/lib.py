"""Block model and gold derivation for blind batch b14.

Every plan module (make/plans/b14_NN_*.py) describes its content once as a list of
blocks; the same blocks are given to the plan's writer and to derive_gold(), so a gold
text is exactly the text put into the document.

Block kinds (plain dicts):
  h     heading-like text; section=True makes it the section of the items after it
        (area = the area it names, or None for an own heading)
  note  any other text that is not an item (titles, labels, prose, cells, residue)
  item  a goal or measure: kind, text, area (only where no area heading decides),
        resp / dl (responsible / deadline), lead (a bold lead-in, a note), hints
  prose a paragraph of sentences: children are items and notes
  table rows -> cells -> children
Anything with 'children' is walked in order.

Text conventions inside the blocks: '\n' is a manual line break (w:br, text:line-break,
RTF \\line), U+00A0 a no-break space; the gold joins both with one space.
"""
import json
import os
import subprocess
import sys
import shutil
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLANS = os.path.join(ROOT, 'plans')
GOLD = os.path.join(ROOT, 'gold')
PDF = os.path.join(ROOT, 'pdf')
PDFGOLD = os.path.join(PDF, 'gold')
SRC = os.path.join(HERE, 'src')
LO_PROFILE = 'file:///tmp/b14lo'

UNSET = 'UNSET'
KINDS = ('nationalGoal', 'localGoal', 'measure')


# ----------------------------------------------------------------- constructors
def item(kind, text, area=UNSET, resp=None, dl=None, **kw):
    assert kind in KINDS, kind
    d = dict(t='item', kind=kind, text=text, area=area, resp=resp, dl=dl)
    d.update(kw)
    return d


def G(text, **kw):
    return item('localGoal', text, **kw)


def M(text, **kw):
    return item('measure', text, **kw)


def NG(text, **kw):
    return item('nationalGoal', text, **kw)


def note(text, **kw):
    d = dict(t='note', text=text)
    d.update(kw)
    return d


def H(text, area=None, section=True, level=1, **kw):
    d = dict(t='h', text=text, area=area, section=section, level=level)
    d.update(kw)
    return d


def clean(s):
    """Gold form of a document text: NFC, NBSP and line breaks as spaces, spaces collapsed."""
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ').replace('\t', ' ')
    return ' '.join(s.split())


# ----------------------------------------------------------------- walking
def walk(obj):
    if isinstance(obj, list):
        for x in obj:
            yield from walk(x)
        return
    if not isinstance(obj, dict):
        return
    if obj.get('t') in ('h', 'note', 'item'):
        yield obj
    if obj.get('t') == 'table':
        for row in obj['rows']:
            yield from walk(row.get('pre', []))
            for cell in row['cells']:
                if cell is None:
                    continue
                yield from walk(cell.get('children', []))
        return
    if 'children' in obj:
        yield from walk(obj['children'])


def derive_gold(meta, blocks, document):
    items, notes = [], []
    sec, secarea = None, None
    for b in walk(blocks):
        t = b['t']
        if t == 'h':
            notes.append(clean(b['text']))
            if b.get('section'):
                sec = clean(b.get('sectext', b['text']))
                secarea = b['area']
        elif t == 'note':
            if b.get('lead'):
                notes.append(clean(b['lead']).rstrip(':').strip())
            if b['text'].strip():
                notes.append(clean(b['text']))
        elif t == 'item':
            area = b['area']
            if secarea is not None:
                if area not in (UNSET, secarea):
                    raise ValueError('area %r under area heading %r: %s' % (area, sec, b['text']))
                area = secarea
            elif area is UNSET:
                raise ValueError('no area for %r (section %r)' % (b['text'], sec))
            g = {'kind': b['kind'], 'area': area, 'text': clean(b['text']),
                 'section': b.get('section_override', sec)}
            if b.get('resp'):
                g['responsible'] = clean(b['resp'])
                notes.append(g['responsible'])
            if b.get('dl'):
                g['deadline'] = clean(b['dl'])
                notes.append(g['deadline'])
            if b.get('lead'):
                notes.append(clean(b['lead']).rstrip(':').strip())
            items.append(g)
    seen, notitems = set(), []
    texts = set(g['text'] for g in items)
    for n in notes:
        if n and n not in seen and n not in texts:
            seen.add(n)
            notitems.append(n)
    return {'document': document, 'plan': meta, 'items': items, 'notItems': notitems}


def write_json(path, obj):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=1) + '\n')


# ----------------------------------------------------------------- LibreOffice
def soffice_convert(src, target_filter, outdir):
    """Convert src with LibreOffice headless (private profile) into outdir; returns the path."""
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless',
           '--convert-to', target_filter, '--outdir', outdir, src]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    if r.returncode != 0:
        raise RuntimeError('soffice failed: %s\n%s' % (r.stdout, r.stderr))
    ext = target_filter.split(':')[0]
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + ext)
    if not os.path.exists(out):
        raise RuntimeError('soffice wrote nothing: %s %s' % (r.stdout, r.stderr))
    return out


def lo_to(src, ext, filt, dest):
    """Convert src to dest (final path) through a temp dir."""
    tmp = tempfile.mkdtemp(prefix='b14lo')
    try:
        out = soffice_convert(src, ext + ':' + filt if filt else ext, tmp)
        shutil.move(out, dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


PDF_FILTER = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"%s"}}'


def make_pdfs(doc_path):
    base = os.path.splitext(os.path.basename(doc_path))[0]
    os.makedirs(PDF, exist_ok=True)
    res = {}
    for tag, val in (('tagged', 'true'), ('untagged', 'false')):
        tmp = tempfile.mkdtemp(prefix='b14pdf')
        try:
            out = soffice_convert(doc_path, PDF_FILTER % val, tmp)
            dest = os.path.join(PDF, '%s.%s.pdf' % (base, tag))
            shutil.move(out, dest)
            res[tag] = dest
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return res


# ----------------------------------------------------------------- XML helpers
def xesc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def odf_text(s):
    """Text for ODF XML: escapes, line breaks as text:line-break, runs of spaces as text:s."""
    out = []
    for i, part in enumerate(s.split('\n')):
        if i:
            out.append('<text:line-break/>')
        p = xesc(part)
        # protect multiple spaces
        while '  ' in p:
            p = p.replace('  ', ' <text:s/>')
        out.append(p)
    return ''.join(out)


def html_text(s):
    return '<br/>'.join(xesc(x) for x in s.split('\n')).replace('\u00a0', '&#160;')


# ----------------------------------------------------------------- flat ODT
FODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

FODT_BASE_STYLES = '''
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="nb" fo:country="NO" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
   <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
   <style:text-properties fo:font-size="24pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
   <style:text-properties fo:font-size="14pt"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
   <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text">
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>
'''


def fodt(body, auto_styles='', extra_styles='', landscape=False, title='', outline=''):
    w, h = ('29.7cm', '21cm') if landscape else ('21cm', '29.7cm')
    orient = 'landscape' if landscape else 'portrait'
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">\n'
            ' <office:meta><dc:title>%s</dc:title></office:meta>\n'
            ' <office:font-face-decls><style:font-face style:name="Liberation Sans" '
            'svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss"/>'
            '</office:font-face-decls>\n'
            ' <office:styles>%s%s%s</office:styles>\n'
            ' <office:automatic-styles>\n'
            '  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" '
            'fo:page-height="%s" style:print-orientation="%s" fo:margin-top="1.5cm" '
            'fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/></style:page-layout>\n'
            '%s\n </office:automatic-styles>\n'
            ' <office:master-styles><style:master-page style:name="Standard" '
            'style:page-layout-name="pm1"/></office:master-styles>\n'
            ' <office:body><office:text>\n%s\n </office:text></office:body>\n</office:document>\n'
            % (FODT_NS, xesc(title), FODT_BASE_STYLES, extra_styles, outline, w, h, orient,
               auto_styles, body))


# ---- b14 helpers
def write_text(path, text, encoding='utf-8', crlf=False, bom=False):
    """Write a text plan: text uses '\n'; CRLF and BOM on request."""
    if crlf:
        text = text.replace('\n', '\r\n')
    data = text.encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    with open(path, 'wb') as f:
        f.write(data)
    return path


def wrap_hanging(first_prefix, text, width, indent):
    """Hard-wrap text at width; first line starts with first_prefix, the others with
    `indent` spaces (hanging indent, as typed in a text editor)."""
    words = text.split(' ')
    lines, cur = [], first_prefix
    for w in words:
        if cur.strip() and len(cur) + 1 + len(w) > width and not cur.endswith(' ' * len(cur)):
            lines.append(cur.rstrip())
            cur = ' ' * indent + w
        else:
            cur = cur + ('' if cur.endswith(' ') or not cur else ' ') + w
    lines.append(cur.rstrip())
    return lines
