"""Seed plans → python-docx and pandoc documents, and a Flat OPC package.

The text seeds are turned into a simple structure (headings, labels, paragraphs,
list items at two levels, a table) by rules of their own, independent of the
tool's readers, then written by the real writers."""
import base64, io, pathlib, re, subprocess, sys, zipfile
import docx
from docx.enum.text import WD_BREAK

seeds, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
seed = lambda prefix: next(seeds.glob(prefix + "_*.txt")).read_text(encoding="utf-8")

BULLETS = {"●": 1, "•": 1, "-": 1, "·": 1, "○": 2}
TOP_HEADINGS = re.compile(r"^(Innleiing|Innledning|Strategiplanen|Heiltid|Heltid|Offentlege|Gode offentlige|Organisasjonsbygging|Fag- og|Alliansebygging|Digitalisering|Skulering|Verve plan|Fagforeininga sine utfordringar|Eventuelle organisatoriske)")

def structure(text):
    """Running text → [(kind, text)] with kind h1, h2, label, p, li1, li2, oli."""
    blocks = []
    for raw in text.split("\n"):
        line = raw.replace("\u00a0", " ").strip()
        if not line:
            continue
        line = line.replace("**", "")
        marker = line[0] if line[0] in BULLETS and len(line) > 1 and line[1] == " " else None
        numbered = re.match(r"^(\d{1,2})\.\s*(\S.*)$", line)
        if marker:
            blocks.append(["li%d" % BULLETS[marker], line[1:].strip()])
            continue
        if numbered and not re.match(r"^\d{4}", line):
            blocks.append(["oli", numbered.group(2)])
            continue
        if blocks:
            prev = blocks[-1]
            ends = prev[1][-1:] in ".:!?"
            looks_like_heading = TOP_HEADINGS.match(line) or line.endswith(":") or (len(line) < 50 and line[-1:] not in ".!?,")
            if line[0].islower() or (not ends and not looks_like_heading and len(prev[1]) >= 66 and prev[0] in ("p", "li1", "li2", "oli")):
                prev[1] += " " + line
                continue
        blocks.append(["p", line])
    for b in blocks:
        if b[0] != "p":
            continue
        t = b[1]
        if t.endswith(":") and len(t) < 80:
            b[0] = "label"
        elif len(t) < 75 and t[-1:] not in ".!?,":
            b[0] = "h1" if TOP_HEADINGS.match(t) else "h2"
    return blocks

def python_docx(blocks, path):
    d = docx.Document()
    for kind, text in blocks:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "label":
            d.add_paragraph().add_run(text).bold = True
        elif kind == "li1":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "li2":
            d.add_paragraph(text, style="List Bullet 2")
        elif kind == "oli":
            d.add_paragraph(text, style="List Number")
        else:
            d.add_paragraph(text)
    d.save(path)

def markdown(blocks):
    esc = lambda t: re.sub(r"([\\*_`#\[\]<>])", r"\\\1", t)
    lines = []
    for kind, text in blocks:
        t = esc(text)
        if re.match(r"^\d+[.)]", t):
            t = t.replace(".", "\\.", 1)
        lines.append({"h1": "# " + t, "h2": "## " + t, "label": "**" + t + "**", "li1": "- " + t,
                      "li2": "    - " + t, "oli": "1. " + t}.get(kind, t))
        lines.append("")
    return "\n".join(lines)

def pandoc(blocks, path):
    subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", "-o", str(path)], input=markdown(blocks).encode(), check=True)

# --- 001: the tab-table as a real Word table ------------------------------------
def tab_rows(text):
    groups, cur = [], []
    for line in text.split("\n"):
        if line.startswith("\t"):
            cur.append([line[1:]])
        elif not line.replace("\u00a0", " ").strip():
            if cur:
                groups.append(cur); cur = []
        elif cur:
            cur[-1].append(line)
        else:
            cur.append([line])
    if cur:
        groups.append(cur)
    rows, i = [], 0
    while i < len(groups):
        g = groups[i]
        if len(g) < 7 and i + 1 < len(groups) and len(g) + len(groups[i + 1]) == 7:
            g = g + groups[i + 1]; i += 1
        rows.append([[p.replace("\u00a0", " ").strip() for p in cell] for cell in g])
        i += 1
    return rows

def table_docx(rows, path):
    d = docx.Document()
    d.add_paragraph("Handlingsplan/tiltaksplan").runs[0].bold = True
    t = d.add_table(rows=0, cols=7)
    t.style = "Table Grid"
    previous_deadline = None
    for row in rows:
        texts = ["\n".join(p for p in cell if p) for cell in row]
        filled = [x for x in texts if x]
        if not filled:
            continue
        cells = t.add_row().cells
        # Rows of one cell in the export, and numbered section rows, span the table;
        # rows of the branch's own with only TILTAK filled keep their seven cells.
        if len(filled) == 1 and (len(row) == 1 or re.match(r"^\d+\.(\d+\.?)?\s", texts[0])):
            merged = cells[0].merge(cells[6])          # a section or national-measure row: gridSpan 7
            merged.text = filled[0]
            previous_deadline = None
            continue
        for c, value in enumerate(texts[:7]):
            paragraphs = value.split("\n") if value else [""]
            cells[c].text = paragraphs[0]
            for extra in paragraphs[1:]:                # multi-paragraph cells (Ansvar over two lines)
                cells[c].add_paragraph(extra)
        deadline = texts[3] if len(texts) > 3 else ""
        if deadline and deadline == previous_deadline and len(t.rows) > 1:
            above = t.rows[len(t.rows) - 2].cells[3]
            cells[3].text = ""                          # python-docx's merge joins the texts: keep the one above
            above.merge(cells[3])                       # vMerge: one "Kontinuerlig" over two rows
        previous_deadline = deadline or None
    d.save(path)

# --- Flat OPC: a real writer's DOCX parts in one pkg:package -----------------------
def flat_opc(docx_path, path):
    z = zipfile.ZipFile(docx_path)
    parts = []
    for name in z.namelist():
        data = z.read(name)
        content_type = "application/xml"
        if name.endswith(".rels"):
            content_type = "application/vnd.openxmlformats-package.relationships+xml"
        elif name == "word/document.xml":
            content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        if name.endswith(".xml") or name.endswith(".rels"):
            if name == "[Content_Types].xml":
                continue
            xml = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", data).decode("utf-8")
            parts.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="{content_type}"><pkg:xmlData>{xml}</pkg:xmlData></pkg:part>')
        # Binary parts (the template's thumbnail) are left out to keep the fixture small.
    path.write_text('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
                    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
                    + "".join(parts) + "</pkg:package>\n", encoding="utf-8")

s002 = structure(seed("002"))
python_docx(s002, out / "002-python-docx.docx")
pandoc(s002, out / "002-pandoc.docx")
flat_opc(out / "002-pandoc.docx", out / "002-flat-opc.xml")
pandoc(structure(seed("000")), out / "000-pandoc.docx")
table_docx(tab_rows(seed("001")), out / "001-python-docx.docx")
