#!/usr/bin/env bash
# Makes DOCX, ODT, Word 2003 XML and Flat OPC renditions of seed plans with real
# writers (python-docx, pandoc, LibreOffice), for the tests that compare them with
# the seeds' text exports. The generated files are committed; the tests need none
# of these tools. Run from anywhere: Fixtures/renditions/make-renditions.sh
# It installs what it needs when missing (Debian packages and PyPI).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd -P)"
root="$(cd "$here/../../../.." && pwd)"   # Fixtures is Tests/HandlingsplanTests/Fixtures
apt_install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; }; }
command -v pandoc >/dev/null || apt_install pandoc
command -v soffice >/dev/null || apt_install libreoffice-writer-nogui
python3 -c "import docx" 2>/dev/null || python3 -m pip install -q python-docx

python3 "$here/make_renditions.py" "$root/seeds" "$here"

# LibreOffice re-writes pandoc's DOCX of 002 as its own DOCX, ODT and Word 2003 XML,
# and python-docx's table of 001 as ODT.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/002-pandoc.docx" "$work/002-libreoffice.docx"
cp "$here/001-python-docx.docx" "$work/001-libreoffice.docx"
export HOME="$work"   # LibreOffice wants a writable profile
(cd "$work" && soffice --headless --convert-to odt --outdir odt 002-libreoffice.docx 001-libreoffice.docx >/dev/null \
  && soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir docx 002-libreoffice.docx >/dev/null \
  && soffice --headless --convert-to 'xml:MS Word 2003 XML' --outdir xml 002-libreoffice.docx >/dev/null)
cp "$work/odt/002-libreoffice.odt" "$work/odt/001-libreoffice.odt" "$work/docx/002-libreoffice.docx" "$here/"
cp "$work/xml/002-libreoffice.xml" "$here/002-word2003.xml"
ls -l "$here"
