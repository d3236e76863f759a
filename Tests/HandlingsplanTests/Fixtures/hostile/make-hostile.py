#!/usr/bin/env python3
"""Writes the small hostile reproducers of this folder (issue 8). Run from this folder:
    python3 make-hostile.py
Each file once crashed, hung or misled the importer; HostileInputTests runs the built
tool on every one. Large inputs (a million lines, a 300 KB paragraph) are made by the
tests themselves instead of being committed."""
import io, struct, zipfile

here = '.'
renditions = '../renditions/'

# 1. A ZIP with a piece cut from its middle: offsets point past the end (ZIPFoundation trapped).
odt = open(renditions + '002-libreoffice.odt', 'rb').read()
mid = len(odt) // 2
open('cut-middle.odt', 'wb').write(odt[:mid - 512] + odt[mid + 512:])

# 2. A DOCX whose central directory claims an offset past the end of the file.
docx = bytearray(open(renditions + '002-pandoc.docx', 'rb').read())
eocd = docx.rfind(b'PK\x05\x06')
struct.pack_into('<I', docx, eocd + 16, len(docx) + 4096)
open('central-directory-past-end.docx', 'wb').write(bytes(docx))

# 3. A DOCX whose first entry's local header offset points past the end.
docx = bytearray(open(renditions + '002-pandoc.docx', 'rb').read())
eocd = docx.rfind(b'PK\x05\x06')
cd = struct.unpack_from('<I', docx, eocd + 16)[0]
struct.pack_into('<I', docx, cd + 42, len(docx) + 100)
open('local-header-past-end.docx', 'wb').write(bytes(docx))

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
def fixed_time(z):
    """z.writestr with one fixed date on every entry: the same script makes the same bytes."""
    write = z.writestr
    return lambda name, data: write(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, compress_type=z.compression)
def docx_with(document, styles=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr = fixed_time(z)
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/document.xml', document)
        if styles:
            z.writestr('word/styles.xml', styles)
    return buf.getvalue()

# 4. Numbers past Int.max in list levels (paragraph and style), gridSpan and outline level.
big = '9223372036854775807'
doc = (f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'
       '<w:p><w:pPr><w:pStyle w:val="Overskrift1"/></w:pPr><w:r><w:t>Heltid og likelønn</w:t></w:r></w:p>'
       f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{big}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Kreve drøftingsmøte om deltid.</w:t></w:r></w:p>'
       '<w:p><w:pPr><w:pStyle w:val="Liste"/></w:pPr><w:r><w:t>Kurs i lokale forhandlinger.</w:t></w:r></w:p>'
       f'<w:p><w:pPr><w:outlineLvl w:val="{big}"/></w:pPr><w:r><w:t>Ikke en overskrift</w:t></w:r></w:p>'
       f'<w:tbl><w:tr><w:trPr><w:gridBefore w:val="{big}"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="{big}"/></w:tcPr><w:p><w:r><w:t>Tiltak</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
       '</w:body></w:document>')
styles = (f'<?xml version="1.0"?><w:styles xmlns:w="{W}">'
          '<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/></w:style>'
          f'<w:style w:type="paragraph" w:styleId="Liste"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:ilvl w:val="{big}"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="-{big}"/></w:pPr></w:style>'
          '</w:styles>')
open('huge-numbers.docx', 'wb').write(docx_with(doc, styles))

# 5. Word 2003 XML with a huge list level.
open('huge-numbers-word2003.xml', 'w').write(
    '<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>'
    f'<w:p><w:pPr><w:listPr><w:ilvl w:val="{big}"/><w:ilfo w:val="1"/></w:listPr></w:pPr><w:r><w:t>Verve 50 nye medlemmer.</w:t></w:r></w:p>'
    '</w:body></w:wordDocument>')

# 6. Entities expanded in an attribute value (an 11 KB DOCX once took 2.7 GB).
laughs = '<!ENTITY a "' + 'ha' * 50 + '">' + ''.join(f'<!ENTITY {c} "' + f'&{p};' * 10 + '">' for p, c in zip('abcdefgh', 'bcdefghi'))
doc = (f'<?xml version="1.0"?><!DOCTYPE w:document [{laughs}]><w:document xmlns:w="{W}"><w:body>'
       '<w:p><w:r><w:t xml:space="&i;">Latter</w:t></w:r></w:p></w:body></w:document>')
open('entities-in-attribute.docx', 'wb').write(docx_with(doc))

# 7. UTF-8 with one bad byte: still UTF-8 (every æøå right), the bad byte shown as U+FFFD.
text = 'Handlingsplan 2025 for Fagforbundet Ærøy\n\nFagforeningens tiltak:\n- Kurs i lønnsforhandlinger på Øya.\n- Styremøte hver måned.\n'
raw = text.encode('utf-8')
i = raw.index('Styremøte'.encode()) + 5
open('one-bad-byte.txt', 'wb').write(raw[:i] + b'\xff' + raw[i:])

# 8. UTF-16 without a byte order mark.
open('utf16le-no-bom.txt', 'wb').write(text.encode('utf-16-le'))
# 9. A UTF-8 byte order mark followed by UTF-16 text.
open('utf8-bom-then-utf16.txt', 'wb').write(b'\xef\xbb\xbf' + text.encode('utf-16-le'))

# 11. local-size-past-end.docx (committed, not made here): found by make fuzz; its local header gives a compressed
#     size past the end of the file where the central directory gives the right one, and ZIPFoundation
#     looped forever reading it.
# 12. deflate-never-ends.docx (committed, found by make fuzz): a deflate stream that does not end within
#     its compressed bytes; ZIPFoundation's inflate loop never ended. Now inflated here, with a bound.

# 13. A stored entry with a data descriptor and an uncompressed size past the end: ZIPFoundation
#     looks for the descriptor there and trapped (found by make fuzz).
import io as _io
buf = _io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_STORED) as z:
    z.writestr = fixed_time(z)
    z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Hei</w:t></w:r></w:p></w:body></w:document>')
b = bytearray(buf.getvalue())
cd = struct.unpack_from('<I', b, b.rfind(b'PK\x05\x06') + 16)[0]
struct.pack_into('<H', b, cd + 8, 0x0008)
struct.pack_into('<I', b, cd + 24, 0x00100000)
open('descriptor-past-end.docx', 'wb').write(bytes(b))

# 18. fuzz-row-wider-than-table.txt (committed, found by make fuzz in issue 21's run): a pasted table
#     whose row has more cells than its header and passed for an area row; the row was filled to the
#     table's width with a negative count (SIGILL).

# 10. A PDF (named as such, with what to do).
open('plan.pdf', 'wb').write(b'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

# 14. ZIP64 records before the end record (issue 21): the central entries give their local offset in a
#     ZIP64 extra field (the 32-bit field full), one with disk number 0xFFFF, and the end record says
#     "see ZIP64". The container check and ZIPFoundation read such a directory differently; the
#     library read it twice and trapped (SIGILL). A valid container: it is read.
def zip64_tail(zip_bytes, disk_ffff=False):
    b = bytearray(zip_bytes)
    eocd = b.rfind(b'PK\x05\x06')
    count = struct.unpack_from('<H', b, eocd + 10)[0]
    cd = struct.unpack_from('<I', b, eocd + 16)[0]
    body = bytes(b[:cd])
    entries, p = [], cd
    for n in range(count):
        (sig, vmade, vneed, flags, method, mtime, mdate, crc, csize, usize, nlen, elen, clen,
         disk, iattr, eattr, local) = struct.unpack_from('<IHHHHHHIIIHHHHHII', b, p)
        name = bytes(b[p + 46:p + 46 + nlen])
        extra = struct.pack('<HHQ', 0x0001, 8, local)
        entries.append(struct.pack('<IHHHHHHIIIHHHHHII', sig, 45, 45, flags, method, mtime, mdate, crc, csize, usize,
                                   nlen, len(extra), 0, 0xFFFF if disk_ffff and n == 0 else 0, iattr, eattr, 0xFFFFFFFF) + name + extra)
        p += 46 + nlen + elen + clen
    central = b''.join(entries)
    z64 = len(body) + len(central)
    record = struct.pack('<IQHHIIQQQQ', 0x06064B50, 44, 45, 45, 0, 0, count, count, len(central), len(body))
    locator = struct.pack('<IIQI', 0x07064B50, 0, z64, 1)
    end = struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return body + central + record + locator + end
plain = docx_with(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Tiltak:</w:t></w:r></w:p>'
                  '<w:p><w:r><w:t>- Verve nye medlemmer på sykehjemmet</w:t></w:r></w:p></w:body></w:document>')
open('zip64-offsets.docx', 'wb').write(zip64_tail(plain))
open('zip64-disk-ffff.docx', 'wb').write(zip64_tail(plain, disk_ffff=True))

# 15. 42-55 bytes: a local header signature, a ZIP64 locator and an end record with 0xFFFF entries
#     (a size computed as count - 56 went negative: SIGILL).
tiny = b'PK\x03\x04' + struct.pack('<IIQI', 0x07064B50, 0, 0, 1) + struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
open('zip64-tiny.docx', 'wb').write(tiny)

# 16. Password-protected documents (issue 21): each was reported as a missing or damaged part.
#     a) a DOCX whose document.xml entry has the ZIP encryption flag (bit 0) set;
#     b) a DOCX whose central directory is encrypted (flag bit 13, names masked as SES does);
#     c) an ODT whose manifest gives content.xml encryption data (its bytes are no deflate stream);
#     d) an encrypted OOXML package: an OLE compound file with an "EncryptedPackage" stream.
def set_flags(zip_bytes, names, bit, mask_names=False):
    b = bytearray(zip_bytes)
    eocd = b.rfind(b'PK\x05\x06')
    count, cd = struct.unpack_from('<H', b, eocd + 10)[0], struct.unpack_from('<I', b, eocd + 16)[0]
    p = cd
    for _ in range(count):
        nlen, elen, clen = struct.unpack_from('<HHH', b, p + 28)
        name = bytes(b[p + 46:p + 46 + nlen])
        local = struct.unpack_from('<I', b, p + 42)[0]
        if name in names:
            struct.pack_into('<H', b, p + 8, struct.unpack_from('<H', b, p + 8)[0] | bit)
            struct.pack_into('<H', b, local + 6, struct.unpack_from('<H', b, local + 6)[0] | bit)
            if mask_names:
                b[p + 46:p + 46 + nlen] = b'0' * nlen
                b[local + 30:local + 30 + nlen] = b'0' * nlen
        p += 46 + nlen + elen + clen
    return bytes(b)
plain = docx_with(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Tiltak:</w:t></w:r></w:p>'
                  '<w:p><w:r><w:t>- Verve nye medlemmer</w:t></w:r></w:p></w:body></w:document>')
open('encrypted-entry.docx', 'wb').write(set_flags(plain, [b'word/document.xml'], 0x0001))
open('encrypted-directory.docx', 'wb').write(set_flags(plain, [b'[Content_Types].xml', b'_rels/.rels', b'word/document.xml'], 0x2000 | 0x0040, mask_names=True))
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr = fixed_time(z)
    z.writestr('mimetype', 'application/vnd.oasis.opendocument.text')
    z.writestr('META-INF/manifest.xml', '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
               '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
               '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="2048">'
               '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA">'
               '<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/>'
               '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/>'
               '</manifest:encryption-data></manifest:file-entry></manifest:manifest>')
    z.writestr('content.xml', bytes(range(256)) * 8)
open('encrypted.odt', 'wb').write(buf.getvalue())
ole = bytearray(b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 504)
ole += 'EncryptedPackage'.encode('utf-16-le') + b'\x00' * (512 - 32)
ole += 'EncryptionInfo'.encode('utf-16-le') + b'\x00' * (512 - 28)
open('encrypted-ooxml.docx', 'wb').write(bytes(ole))

# 17. A relationship target of 60 KB (it was quoted whole in the error).
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr = fixed_time(z)
    z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/'
               + 'a' * 60000 + '.xml"/></Relationships>')
    z.writestr('word/document.xml', f'<w:document xmlns:w="{W}"><w:body/></w:document>')
open('long-target.docx', 'wb').write(buf.getvalue())
