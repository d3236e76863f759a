#!/usr/bin/env python3
"""Seeds for `make fuzz` (bench/fuzz.sh) in the shapes of issue 21's hostile files, small
enough for the fuzzer's input lengths (4 KiB for text, 64 KiB for containers and XML), so
that mutations start near each class: nested mc:AlternateContent, vMerge and
number-rows-spanned merged cells, long runs of combining marks, crowded start tags (just
below and just above the attribute and namespace limits), invisible characters in words.
(ZIP64 records are in ../hostile/zip64-*.docx, which the fuzzer also starts from.)
Run from this folder: python3 make-fuzz-seeds.py"""
import io, zipfile

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
O = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
T = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
TB = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'

def zip_of(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED)
    return buf.getvalue()

RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
def document(body, extra=''):
    return f'<?xml version="1.0"?><w:document xmlns:w="{W}" xmlns:mc="{MC}"{extra}><w:body>{body}</w:body></w:document>'
def docx(xml):
    return zip_of([('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
                   ('_rels/.rels', RELS), ('word/document.xml', xml)])
def odt(content):
    return zip_of([('mimetype', 'application/vnd.oasis.opendocument.text'), ('content.xml', content)])
def p(text): return f'<w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
head = p('Tiltak:')

# Nested AlternateContent inside a run, 12 levels (each level doubled the time before).
ac = '<w:t>Verve nye medlemmer</w:t>'
for _ in range(12):
    ac = f'<mc:AlternateContent><mc:Choice Requires="w14">{ac}</mc:Choice><mc:Fallback><w:t>Verve</w:t></mc:Fallback></mc:AlternateContent>'
nested = document(head + f'<w:p><w:r>{ac}</w:r></w:p>')
# vMerge: a restarted cell with text, continued in 200 rows.
def tc(text, merge=None):
    val = '' if merge is None else ' w:val="%s"' % merge
    pr = f'<w:tcPr><w:vMerge{val}/></w:tcPr>' if merge is not False else ''
    return f'<w:tc>{pr}{p(text)}</w:tc>'
rows = f'<w:tr>{tc("Område", False)}{tc("Tiltak", False)}</w:tr>' + f'<w:tr>{tc("Heltid og likelønn " * 20, "restart")}{tc("Kurs 0", False)}</w:tr>'
rows += ''.join(f'<w:tr>{tc("", None)}{tc(f"Kurs {i}", False)}</w:tr>' for i in range(1, 200))
vmerge = document(f'<w:tbl>{rows}</w:tbl>')
# Combining marks in reverse canonical order (a run of 1,000; the limit is 30 in a row).
marks = 'a' + '\u0316\u0301' * 500
combining = document(head + p('- Kurs ' + marks))
# Crowded start tags: 999 and 1,001 attributes on a w:p, 1,001 namespaces on the root.
def attrs(n): return ''.join(f' a{i}="1"' for i in range(n))
below = document(head + f'<w:p{attrs(999)}><w:r><w:t>- Kurs</w:t></w:r></w:p>')
above = document(head + f'<w:p{attrs(1001)}><w:r><w:t>- Kurs</w:t></w:r></w:p>')
namespaces = document(head + p('- Kurs'), ''.join(f' xmlns:n{i}="urn:{i}"' for i in range(1001)))
# Invisible characters in a heading's words.
invisible = document(p('Digi\u00adtali\u200dsering') + p('- Kurs i nye fag\u2060systemer'))

for name, xml in [('nested-alternate-content', nested), ('vmerge', vmerge), ('combining', combining),
                  ('attributes-999', below), ('attributes-1001', above), ('namespaces-1001', namespaces), ('invisible', invisible)]:
    open(f'{name}.docx', 'wb').write(docx(xml))
    if len(xml.encode()) <= 65536:
        open(f'{name}.xml', 'w', encoding='utf-8').write(xml)

# ODT: number-rows-spanned over 200 rows, and a crowded content.xml root.
cells = (f'<table:table-row><table:table-cell table:number-rows-spanned="200"><text:p>{"Heltid og likelønn " * 20}</text:p></table:table-cell>'
         '<table:table-cell><text:p>Kurs 0</text:p></table:table-cell></table:table-row>'
         + ''.join(f'<table:table-row><table:covered-table-cell/><table:table-cell><text:p>Kurs {i}</text:p></table:table-cell></table:table-row>' for i in range(1, 200)))
def content(body, extra=''):
    return (f'<?xml version="1.0"?><office:document-content xmlns:office="{O}" xmlns:text="{T}" xmlns:table="{TB}"{extra}>'
            f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
open('rows-spanned.odt', 'wb').write(odt(content(f'<table:table>{cells}</table:table>')))
open('namespaces-1001.odt', 'wb').write(odt(content('<text:p>Tiltak:</text:p><text:p>- Kurs</text:p>', ''.join(f' xmlns:n{i}="urn:{i}"' for i in range(1001)))))

# Text (4 KiB): a long combining run, invisible characters, a pasted table with merged-looking rows.
open('combining.txt', 'w', encoding='utf-8').write('Tiltak:\n\n- Kurs a' + '\u0316\u0301' * 600 + '\n- Styremøte\n')
open('invisible.txt', 'w', encoding='utf-8').write('Handlingsplan 2025\n\nDigi\u00adtali\u200dsering\n\nTiltak:\n\n- Kurs i nye fag\u2060systemer\u200e.\n- Alle tillits\ufe0fvalgte\U000E0041 bruker portalen.\n')
