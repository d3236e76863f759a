#!/usr/bin/env bash
# The PDF fixtures, made by real writers from documents the project already has:
#   LibreOffice (soffice --headless, a private profile) tagged and untagged, from the seeds'
#   ODT/DOCX renditions (../renditions) and from blind plans (../plans); a two-column page
#   (an ODT whose page style has two columns); a table that runs over pages (seed 001);
#   a scan (a page that is only an image, written by hand below), a password-protected PDF
#   (qpdf --encrypt) and a truncated one.
# Needs: soffice (Debian libreoffice-writer-nogui), qpdf, python3. Run from anywhere:
#   bash Fixtures/pdf/make-pdfs.sh
set -euo pipefail
cd "$(dirname "$0")"
PROFILE=file:///tmp/lo-handlingsplan-pdf
TAGGED='pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
UNTAGGED='pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"}}'
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

pdf() {   # pdf SOURCE NAME: NAME.tagged.pdf and NAME.untagged.pdf
  local src=$1 name=$2 base
  base=$(basename "${src%.*}")
  soffice -env:UserInstallation=$PROFILE --headless --convert-to "$TAGGED" --outdir "$tmp/t" "$src" >/dev/null 2>&1
  soffice -env:UserInstallation=$PROFILE --headless --convert-to "$UNTAGGED" --outdir "$tmp/u" "$src" >/dev/null 2>&1
  cp "$tmp/t/$base.pdf" "$name.tagged.pdf"
  cp "$tmp/u/$base.pdf" "$name.untagged.pdf"
}

pdf ../renditions/001-libreoffice.odt 001            # the national template: one long table over pages
pdf ../renditions/002-libreoffice.docx 002           # headings, goals and measures as lists
pdf ../plans/b2/plans/b2-04_rana.docx b2-04          # tables of measures with who and when
pdf ../plans/b4/plans/b4-01_orkland.docx b4-01
pdf ../plans/b6/plans/b6-05_ringerike.docx b6-05

# Two columns a page: the ODT of 002 with its page style set to two columns.
python3 - "$tmp" <<'PY'
import re, sys, zipfile
tmp = sys.argv[1]
src = zipfile.ZipFile('../renditions/002-libreoffice.odt')
out = zipfile.ZipFile(tmp + '/two.odt', 'w')
for info in src.infolist():
    data = src.read(info.filename)
    if info.filename == 'styles.xml':
        s = data.decode()
        # every page layout: two columns with a gap
        s = re.sub(r'(<style:page-layout-properties[^>]*?)(/>)', r'\1><style:columns fo:column-count="2" fo:column-gap="0.5cm"/></style:page-layout-properties>', s)
        s = re.sub(r'(<style:page-layout-properties(?:(?!/>)[^>])*>)(?!<style:columns)', r'\1<style:columns fo:column-count="2" fo:column-gap="0.5cm"/>', s)
        data = s.encode()
    out.writestr(info, data)
out.close()
PY
soffice -env:UserInstallation=$PROFILE --headless --convert-to "$UNTAGGED" --outdir "$tmp/u" "$tmp/two.odt" >/dev/null 2>&1
cp "$tmp/u/two.pdf" 002-two-columns.untagged.pdf

# A scan: one A4 page whose only content is a grey image (no text layer).
python3 - <<'PY'
import zlib
pixels = zlib.compress(bytes([200]) * (100 * 140))
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
    b"<< /Type /XObject /Subtype /Image /Width 100 /Height 140 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream",
]
content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for o in offsets:
    out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open("scan.pdf", "wb").write(out)
PY

qpdf --encrypt secret secret 256 -- 002.untagged.pdf encrypted.pdf
head -c 3000 002.untagged.pdf > truncated.pdf
ls -l
