"""b9-03 Larvik: one big table, the area as a vertically merged, rotated first column, and a
"Status 2025" column with coloured symbols.

python-docx 1.2.0 (default template, Table Grid). Columns Område | Nr. | Mål og tiltak |
Ansvar | Frist | Status 2025. The Område cell of each group is merged vertically over all its
rows (w:vMerge restart/continue), its text rotated (w:textDirection btLr) and shaded. Goal
rows: the cell "Mål:" + goal text spans Nr. and Mål og tiltak (w:gridSpan 2), bold. Measure
rows: typed number, text, Ansvar, Frist, and a status symbol ✔ / ◐ / ✘ or "Ny" in a coloured
run on a shaded cell. The header row repeats on every page (w:tblHeader). A legend follows.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

import docx  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

BASE = 'b9-03_larvik'
EXT = 'docx'
WRITER = 'python-docx 1.2.0 (default template, Table Grid, raw tcPr for vMerge / textDirection / shading)'
LANG = 'nb'
STYLE = ('one table Område | Nr. | Mål og tiltak | Ansvar | Frist | Status 2025; area as a '
         'vertically merged rotated first column; goal rows "Mål: …" spanning two columns; '
         'status symbols ✔ ◐ ✘ and "Ny" in colour')
HARD = ('the area heading is a vertically merged, rotated (btLr) cell in the first column, not '
        'a row or a heading: its text is in the first row of the group only; goals and measures '
        'share one column, goals told by the "Mål:" label and a gridSpan over Nr.; status '
        'symbols (✔ ◐ ✘, "Ny") and the legend are not items; typed numbers "1.1" in their own '
        'column; header row repeated (tblHeader); the own group "Drift og trivsel" mapped by '
        'content; landscape')

META = {'union': 'Fagforbundet Larvik', 'branch': '239', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-19', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Larvik avd. 239", "Vedtatt på årsmøtet 19. februar 2026"'

OK, HALF, NO, NEW = '✔', '◐', '✘', 'Ny'
COLOURS = {OK: ('00B050', 'E2F0D9'), HALF: ('C55A11', 'FFF2CC'), NO: ('C00000', 'FBE5D6'),
           NEW: ('2F5597', 'DEEBF7')}

GROUPS = [
    ('Heltid og likelønn', 1, 'D9E2F3', [
        ('G', 'Andelen heltidsansatte i Larvik kommune øker hvert år.'),
        ('M', 'Kreve at heltidsplanen for helse og mestring følges opp i drøftingsmøter',
         'HTV', 'Hvert kvartal', HALF),
        ('M', 'Følge opp ansatte som har krav på stilling etter arbeidsmiljøloven § 14-4 a',
         'Plasstillitsvalgte', 'Løpende', OK),
        ('M', 'Kurs for tillitsvalgte i bruk av lønnsstatistikk før de lokale forhandlingene',
         'Leder og HTV', 'Før 1. mai', OK),
        ('M', 'Pensjonskveld for medlemmer over 60 år med KLP og Storebrand',
         'Styret', 'Oktober', NEW),
    ]),
    ('Offentlige tjenester med egne ansatte', 2, 'E2EFD9', [
        ('G', 'Ingen kommunale tjenester i Larvik settes ut på anbud i perioden.'),
        ('M', 'Kartlegge bruken av innleie fra vikarbyrå ved sykehjemmene',
         'HTV', 'Juni', NO),
        ('M', 'Gi innspill til kommunens anskaffelsesstrategi om krav til lønns- og '
         'arbeidsvilkår', 'Styret', 'Høsten 2026', NEW),
        ('M', 'Samarbeide med Fellesorganisasjonen om å beholde barnevernet i egen regi',
         'Leder', 'Løpende', HALF),
    ]),
    ('Organisasjonsbygging og tariffmakt', 3, 'FBE4D5', [
        ('G', 'Fagforbundet Larvik har 4\u00a0200 medlemmer innen utgangen av 2026.'),
        ('G', 'Alle nye medlemmer får en personlig velkomst.'),
        ('M', 'Vervestand på sykehuset i Larvik i forbundsukene',
         'Organisasjonsansvarlig', 'Uke 11 og 38', OK),
        ('M', 'Ringe alle nye medlemmer innen fire uker etter innmelding',
         'Styret', 'Løpende', HALF),
        ('M', 'Besøke lærlingene i kommunen sammen med ungdomstillitsvalgt',
         'Ungdomstillitsvalgt', 'September', OK),
        ('M', 'Tillitsvalgtsamling med overnatting på Farris Bad',
         'Leder', 'November', OK),
    ]),
    ('Fag- og tjenesteutvikling', 4, 'EDEDED', [
        ('G', 'Flere ansatte i kommunen tar fagbrev gjennom praksiskandidatordningen.'),
        ('M', 'Fagdag om demens for helsefagarbeidere sammen med seksjon helse og sosial',
         'Seksjonsleder helse og sosial', 'Mars', OK),
        ('M', 'Arbeide for flere læreplasser i barne- og ungdomsarbeiderfaget',
         'HTV', 'Løpende', HALF),
        ('M', 'Markere renholdernes dag på rådhuset og skolene',
         'Seksjon samferdsel og teknisk', '15. juni', NEW),
    ]),
    ('Alliansebygging og politisk påvirkning', 5, 'FFF2CC', [
        ('G', 'Politikerne i Larvik kjenner Fagforbundets syn før viktige vedtak.'),
        ('M', 'Møte med ordfører og gruppeledere før budsjettbehandlingen',
         'Leder', 'Oktober', OK),
        ('M', 'Delta i 1. mai-toget og på arrangementet på Torget', 'Styret', '1. mai', OK),
        ('M', 'Samarbeidsmøte med Arbeiderpartiet og SV i Larvik om eldreomsorgen',
         'Leder og nestleder', 'Våren 2026', NO),
    ]),
    ('Digitalisering', 6, 'DEEBF7', [
        ('G', 'Tillitsvalgte bruker digitale verktøy trygt i vervet.'),
        ('M', 'Kurs i Teams og Tillitsvalgtportalen for plasstillitsvalgte',
         'Opplæringsansvarlig', 'April', HALF),
        ('M', 'Kreve at tillitsvalgte er med når nye journalsystemer innføres',
         'HTV', 'Løpende', NEW),
        ('M', 'Digital kaffe for pensjonister med hjelp til BankID og Vipps',
         'Pensjonistkontakt', 'Første onsdag i måneden', OK),
    ]),
    ('Drift og trivsel', None, 'F2F2F2', [
        ('M', 'Styremøter og arbeidsutvalgsmøter etter fast møteplan', 'Leder', 'Hele året', OK,
         None),
        ('M', 'Regnskap og revisjon klart til årsmøtet', 'Kasserer', 'Januar', OK, None),
        ('M', 'Medlemsavis på papir og e-post fire ganger i året', 'Informasjonsansvarlig',
         'Kvartalsvis', HALF, 3),
        ('M', 'Julebord for tillitsvalgte og styret', 'Styret', 'Desember', OK, None),
        ('M', 'Sommertreff for pensjonister i Stavern', 'Pensjonistkontakt', 'Juni', OK, None),
    ]),
]

HEADER = ['Område', 'Nr.', 'Mål og tiltak', 'Ansvar', 'Frist', 'Status 2025']
LEGEND = ['Forklaring til statuskolonnen:', '✔ gjennomført i 2025', '◐ delvis gjennomført',
          '✘ ikke gjennomført, videreføres', 'Ny – nytt tiltak for 2026']


def build_blocks():
    b = [
        note('HANDLINGSPLAN 2026 – REVIDERT UTGAVE', style='Title'),
        note('Fagforbundet Larvik avd. 239', style='Subtitle'),
        note('Vedtatt på årsmøtet 19. februar 2026', style='Normal'),
        note('Planen for 2025 er videreført og oppdatert. Kolonnen til høyre viser hvordan det '
             'gikk med tiltakene i fjor. Tiltak som er merket «Ny» kom inn på årsmøtet.',
             style='Normal'),
    ]
    rows = [{'header': True, 'cells': [[note(h)] for h in HEADER]}]
    for title, area, fill, entries in GROUPS:
        nr_g = 0
        for k, e in enumerate(entries):
            area_cell = [H(title, area=area)] if k == 0 else None
            if e[0] == 'G':
                rows.append({'kind': 'G', 'area': area_cell, 'fill': fill, 'n': len(entries),
                             'cells': [[note('Mål:', role='label'), G(e[1])], [], [], []]})
                continue
            nr_g += 1
            kw = {} if area is not None else {'area': e[5]}
            nr = '%d.%d' % (area, nr_g) if area else '7.%d' % nr_g
            rows.append({'kind': 'M', 'area': area_cell, 'fill': fill, 'n': len(entries),
                         'cells': [[note(nr)], [M(e[1], resp=e[2], dl=e[3], **kw)],
                                   [note(e[2])], [note(e[3])], [note(e[4])]]})
    b.append({'t': 'table', 'rows': [{'cells': [{'children': r['area'] or []}] +
                                       [{'children': c} for c in r['cells']]}
                                      if not r.get('header') else
                                      {'cells': [{'children': c} for c in r['cells']]}
                                      for r in rows], 'raw': rows})
    for k, line in enumerate(LEGEND):
        b.append(note(line, style='Legend'))
    b.append(note('Styret, februar 2026', style='Normal'))
    return b


BLOCKS = build_blocks()


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                                                 % (nsdecls('w'), fill)))


def set_cell(cell, text, bold=False, size=10, color=None, label=None):
    p = cell.paragraphs[0]
    if label:
        r = p.add_run(label + ' ')
        r.bold = True
        r.font.size = Pt(size)
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)


def render():
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ('left_margin', 'right_margin'):
        setattr(sec, m, Cm(1.8))
    d.core_properties.title = 'Handlingsplan 2026 Fagforbundet Larvik'
    d.core_properties.author = 'Styret'
    for blk in BLOCKS:
        if blk['t'] == 'note':
            if blk['style'] == 'Legend':
                p = d.add_paragraph()
                r = p.add_run(blk['text'])
                r.font.size = Pt(9)
                if blk['text'][0] in COLOURS:
                    r.font.color.rgb = RGBColor.from_string(COLOURS[blk['text'][0]][0])
                elif blk['text'].startswith('Ny'):
                    r.font.color.rgb = RGBColor.from_string(COLOURS[NEW][0])
                else:
                    r.bold = True
            else:
                d.add_paragraph(blk['text'], style=blk['style'])
            continue
        raw = blk['raw']
        t = d.add_table(rows=len(raw), cols=6)
        t.style = 'Table Grid'
        widths = [Cm(1.6), Cm(1.2), Cm(11.5), Cm(4.2), Cm(3.4), Cm(2.2)]
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn('w:gridCol')), widths):
            gc.set(qn('w:w'), str(int(w.twips if hasattr(w, 'twips') else w / 635)))
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        # header
        hdr = t.rows[0]
        hdr._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls('w')))
        for c, h in zip(hdr.cells, HEADER):
            set_cell(c, h, bold=True)
            shade(c, '1F3864')
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        i = 1
        while i < len(raw):
            r = raw[i]
            n = r['n']
            # area column: merge rows i .. i+n-1
            top = t.cell(i, 0)
            bottom = t.cell(i + n - 1, 0)
            top.merge(bottom) if n > 1 else None
            top = t.cell(i, 0)
            set_cell(top, r['area'][0]['text'], bold=True, size=11)
            tcPr = top._tc.get_or_add_tcPr()
            tcPr.append(parse_xml('<w:textDirection %s w:val="btLr"/>' % nsdecls('w')))
            shade(top, r['fill'])
            for k in range(n):
                rr = raw[i + k]
                cells = t.rows[i + k].cells
                if rr['kind'] == 'G':
                    a, bcell = cells[1], cells[2]
                    m = a.merge(bcell)
                    set_cell(m, rr['cells'][0][1]['text'], bold=True, label='Mål:')
                    shade(m, r['fill'])
                    continue
                nr, item, resp, dl, st = rr['cells']
                set_cell(cells[1], nr[0]['text'])
                set_cell(cells[2], item[0]['text'])
                set_cell(cells[3], resp[0]['text'])
                set_cell(cells[4], dl[0]['text'])
                sym = st[0]['text']
                fg, bg = COLOURS[sym]
                set_cell(cells[5], sym, bold=True, size=12 if sym != NEW else 10, color=fg)
                cells[5].paragraphs[0].alignment = 1
                shade(cells[5], bg)
            i += n
    dest = os.path.join(PLANS, BASE + '.docx')
    d.save(dest)
    return dest
