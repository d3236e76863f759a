"""b11-05 Verdal: one layout table with a row per area (Satsingsområde | Mål og tiltak); the
right cell holds the goals as paragraphs after a bold "Mål:" and then a NESTED table
Tiltak | Hvem | Når with the measures (in the organisation row two nested tables, each after a
bold sub-label). Long words carry Word's optional hyphens (w:softHyphen) and a few hyphens are
non-breaking (w:noBreakHyphen), as Word writes them when the author types Ctrl+- and
Ctrl+Shift+-.

python-docx 1.2.0 (default template, Table Grid), nested tables through cell.add_table();
w:softHyphen / w:noBreakHyphen elements inserted between w:t runs.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

BASE = 'b11-05_verdal'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'python-docx 1.2.0 (default template, nested tables, w:softHyphen / w:noBreakHyphen)'
LANG = 'nb'
STYLE = ('layout table, one row per area: area name | "Mål:" + goal paragraphs + a nested '
         'table Tiltak | Hvem | Når (two nested tables with bold sub-labels in one row)')
HARD = ('the measures are rows of tables nested inside the cells of the outer table: a reader '
        'that flattens the outer row gets goals, header cells and measures as one text, and a '
        'reader that skips nested tables loses every measure; the outer header "Mål og tiltak" '
        'names two kinds; the section is the left cell of the outer row; bold sub-labels '
        '("Verving", "Tillitsvalgte") inside a cell are no sections; optional hyphens '
        '(w:softHyphen) inside seven words must vanish ("tillits­valgt" -> "tillitsvalgt") and '
        'non-breaking hyphens (w:noBreakHyphen, no character in w:t) must become "-" '
        '("LO-kurs", "1. mai-tog"); the last row "Drift og medlemsaktiviteter" has no goals '
        '(by content: null and 3)')

META = {'union': 'Fagforbundet Verdal', 'branch': '189', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-17', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Verdal avd. 189", "Vedtatt av årsmøtet 17.02.2026"'

SHY, NBH = '\u00ad', '\u2011'   # written as w:softHyphen / w:noBreakHyphen

# (area name, area, goals, groups); group = (sublabel or None, rows); row = (text, who, when[, own])
ROWS = [
    ('Heltid og likelønn', 1, [
        'Andelen hele stillinger i helse og velferd skal øke fra 41 til 50 prosent.',
        'Medlemmene skal kjenne pensjons' + SHY + 'rettighetene sine.',
    ], [(None, [
        ('Følge opp heltidsprosjektet i Verdal kommune i hvert partssamarbeidsmøte', 'HTV',
         'Løpende'),
        ('Kveld om pensjon for medlemmer som nærmer seg 62 år', 'Styret', 'Oktober'),
        ('Lønnskartlegging av kvinnedominerte yrker før forhandlingene',
         'Forhandlingsutvalget', 'Juni'),
    ])]),
    ('Egne ansatte i offentlige tjenester', 2, [
        'Verdal kommune skal ikke sette ut flere tjenester på anbud i perioden.',
    ], [(None, [
        ('Be om drøftingsmøte straks kommunen varsler utredning om anbud', 'HTV', 'Ved behov'),
        ('Informasjonsmøte for ansatte i renhold og kantine om virksomhets' + SHY +
         'overdragelse', 'Styret', 'Mars'),
        ('Kartlegge bruken av bemanningsbyrå i helse og velferd', 'HTV', 'Hvert halvår'),
    ])]),
    ('Organisasjon og tariffmakt', 3, [
        'Organisasjons' + SHY + 'graden i barnehagene skal øke.',
        'Alle arbeidsplasser skal ha en tillits' + SHY + 'valgt.',
    ], [('Verving', [
        ('Vervedager på arbeidsplassene i forbundsukene', 'Vervekontakt', 'Uke 16 og 39'),
        ('Arbeidsplassbesøk i alle barnehager', 'Styret', 'Våren 2026'),
        ('Nye medlemmer får besøk av plasstillitsvalgt innen fire uker', 'Sekretær', 'Løpende'),
    ]), ('Tillitsvalgte', [
        ('Valg av tillitsvalgte på arbeidsplasser som mangler', 'HTV', 'Mars'),
        ('Påmelding av nye tillits' + SHY + 'valgte til trinn 1', 'Opplæringsansvarlig',
         'Høsten 2026'),
        ('Tillitsvalgtsamling på Stiklestad', 'Styret', 'November'),
    ])]),
    ('Fag- og tjenesteutvikling', 4, [
        'Flere ufaglærte skal ta fagbrev gjennom praksiskandidatordningen.',
    ], [(None, [
        ('Fagbrevkveld for assistenter i barnehagene og SFO',
         'Seksjon kirke, kultur og oppvekst', 'Februar'),
        ('Kompetanse' + SHY + 'heving i velferds' + SHY + 'teknologi for helsefagarbeidere',
         'Seksjon helse og sosial', 'Høsten 2026'),
    ])]),
    ('Politisk påvirkning', 5, [
        'Fagforbundets krav skal være kjent for politikerne før budsjettet vedtas.',
    ], [(None, [
        ('Møte med formannskapet før budsjettbehandlingen', 'Leder', 'November'),
        ('1. mai' + NBH + 'tog på Verdalsøra sammen med LO', 'Styret', '1. mai'),
        ('Leserinnlegg om bemanningen i eldreomsorgen i Trønder' + NBH + 'Avisa', 'Leder',
         'Våren 2026'),
    ])]),
    ('Digitalisering', 6, [
        'Tillitsvalgte skal bruke digitale verktøy trygt i vervet.',
    ], [(None, [
        ('LO' + NBH + 'kurs i digitale verktøy for tillitsvalgte', 'Opplæringsansvarlig', 'Mars'),
        ('Hjelp til BankID og Helsenorge for pensjonistmedlemmer på biblioteket',
         'Pensjonistkontakt', 'Høsten 2026'),
    ])]),
    ('Drift og medlemsaktiviteter', None, [], [(None, [
        ('Styremøte den første mandagen i måneden', 'Leder', 'Løpende', None),
        ('Årsmøte med valg og regnskap', 'Styret', 'Februar 2027', None),
        ('Medlemsmøte med besøk fra fylkeskretsen', 'Styret', 'April', 3),
        ('Sommerfest for medlemmer og familie', 'Styret', 'Juni', None),
        ('Legge ut bilder og nyheter fra arbeidsplassene på Facebook', 'Informasjonsansvarlig',
         'Løpende', 3),
    ])]),
]


def gold_text(s):
    return s.replace(SHY, '').replace(NBH, '-')


def build_blocks():
    blocks = [note('Handlingsplan 2026'), note('Fagforbundet Verdal avd. 189'),
              note('Vedtatt av årsmøtet 17.02.2026')]
    blocks.append(note(INTRO))
    blocks += [note('Satsingsområde'), note('Mål og tiltak')]
    for name, area, goals, groups in ROWS:
        blocks.append(H(name, area=area))
        if goals:
            blocks.append(note('Mål:'))
            for g in goals:
                blocks.append(G(gold_text(g)))
        for sub, rows in groups:
            if sub:
                blocks.append(note(sub))
            blocks += [note('Tiltak'), note('Hvem'), note('Når')]
            for r in rows:
                kw = {'area': r[3]} if area is None else {}
                blocks.append(M(gold_text(r[0]), resp=r[1], dl=r[2], **kw))
    blocks.append(note(CLOSING))
    return blocks


INTRO = ('Tabellen viser målene og tiltakene for hvert satsingsområde. Hvem som har ansvaret, '
         'og når tiltaket skal gjennomføres, står i tabellen for hvert område.')
CLOSING = 'Styret i Fagforbundet Verdal'
BLOCKS = build_blocks()


def render():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    d = docx.Document()
    d.core_properties.title = 'Handlingsplan 2026 – Fagforbundet Verdal'

    def add_text(par, s, bold=False):
        """Add s to the paragraph as one run; SHY / NBH become w:softHyphen / w:noBreakHyphen."""
        run = par.add_run()
        if bold:
            run.bold = True
        r = run._r
        buf = ''
        for ch in s + '\0':
            if ch in (SHY, NBH, '\0'):
                if buf:
                    t = OxmlElement('w:t')
                    t.text = buf
                    t.set(qn('xml:space'), 'preserve')
                    r.append(t)
                    buf = ''
                if ch == SHY:
                    r.append(OxmlElement('w:softHyphen'))
                elif ch == NBH:
                    r.append(OxmlElement('w:noBreakHyphen'))
            else:
                buf += ch
        return run

    def set_widths(table, widths):
        for row in table.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        grid = table._tbl.tblGrid
        for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
            gc.set(qn('w:w'), str(int(w.twips)))
        table.autofit = False

    def header_row(row):
        trPr = row._tr.get_or_add_trPr()
        h = OxmlElement('w:tblHeader')
        trPr.append(h)

    d.add_heading('Handlingsplan 2026', level=0)
    p = d.add_paragraph()
    add_text(p, 'Fagforbundet Verdal avd. 189', bold=True)
    d.add_paragraph('Vedtatt av årsmøtet 17.02.2026')
    d.add_paragraph(INTRO)

    outer = d.add_table(rows=1, cols=2)
    outer.style = 'Table Grid'
    hdr = outer.rows[0].cells
    for c, t in zip(hdr, ('Satsingsområde', 'Mål og tiltak')):
        c.paragraphs[0].text = ''
        add_text(c.paragraphs[0], t, bold=True)
    header_row(outer.rows[0])
    for name, area, goals, groups in ROWS:
        row = outer.add_row()
        left, right = row.cells
        add_text(left.paragraphs[0], name, bold=True)
        first = right.paragraphs[0]
        used_first = False
        if goals:
            add_text(first, 'Mål:', bold=True)
            used_first = True
            for g in goals:
                add_text(right.add_paragraph(), g)
        for sub, rows in groups:
            if sub:
                if used_first:
                    add_text(right.add_paragraph(), sub, bold=True)
                else:
                    add_text(first, sub, bold=True)
                    used_first = True
            nested = right.add_table(rows=1, cols=3)
            nested.style = 'Table Grid'
            for c, t in zip(nested.rows[0].cells, ('Tiltak', 'Hvem', 'Når')):
                add_text(c.paragraphs[0], t, bold=True)
            header_row(nested.rows[0])
            for r in rows:
                cells = nested.add_row().cells
                for c, t in zip(cells, r[:3]):
                    add_text(c.paragraphs[0], t)
            set_widths(nested, (Cm(5.2), Cm(3.9), Cm(2.7)))
            # Word requires a paragraph after a nested table at the end of a cell
            right.add_paragraph()
        if not used_first:
            # the cell starts with the nested table: drop the empty first paragraph
            first._p.getparent().remove(first._p)
    set_widths(outer, (Cm(4.4), Cm(12.0)))
    d.add_paragraph()
    d.add_paragraph(CLOSING)
    for s in d.styles:
        pass
    d.styles['Normal'].font.size = Pt(10.5)
    path = os.path.join(PLANS, BASE + '.docx')
    d.save(path)
    return path
