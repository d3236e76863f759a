"""b3-01 Lindesnes - bokmål; the national template filled in as one Word table per
area: an area row spanning the table, a "Hovedmål" row (label cell + a spanning cell
of bulleted national goals), the column header Mål | Tiltak | Ansvar | Frist | Status
(all three rows marked as repeating header rows), goal cells only in the first row
of their group, a "Skriv inn egne tiltak." row left in, empty trailing rows.
Written with python-docx."""
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from b3lib import Plan, N, G, M, X, Sec, Hdr, Span, Item, Not, cell_list
import national as nat

T = nat.TEMPLATE_OWN
E = ['', '', '', '', '']          # empty row


def build():
    p = Plan('b3-01_lindesnes', 'docx',
             dict(union='Fagforbundet Lindesnes', branch='164', periodFrom=2025, periodTo=2026,
                  adopted='2025-02-06', language='nb'),
             writer='python-docx 1.2.0',
             fmt='DOCX',
             styles='1 (national template as a Word table per area)',
             structure='a+c: template tables, area row + Hovedmål row + Mål | Tiltak | Ansvar | '
                       'Frist | Status',
             hard='no headings at all: the six areas are spanning first rows of the tables; '
                  'three repeating header rows per table (w:tblHeader) incl. the Hovedmål row, '
                  'whose second cell spans four columns and holds the national goals as '
                  'bulleted paragraphs (one item each); goal cell only in the first row of its '
                  'group (continuation rows have an empty Mål cell, no vMerge); '
                  '"Skriv inn egne tiltak." rows; empty trailing rows; Status values; '
                  'a 7th table "Andre tiltak" without Hovedmål, mapped by content')
    p.title('Handlingsplan 2025–2026')
    p.raw('Fagforbundet Lindesnes avd. 164', style='Subtitle')
    p.raw('Vedtatt på årsmøtet 6. februar 2025')
    p.para('Handlingsplanen følger malen fra Fagforbundet og strategiplanen for '
           'perioden.', 'For hvert satsingsområde står forbundets hovedmål øverst i tabellen, '
           'deretter fagforeningens egne mål og tiltak.',
           'Styret fyller ut statuskolonnen før hvert medlemsmøte.')
    H = Hdr('Mål', 'Tiltak', 'Ansvar', 'Frist', 'Status')

    t1 = [
        Sec('1. Heltid, likelønn og kampen for mindre forskjeller', 1),
        Span('Hovedmål', [N(nat.NB[1][0]), N(nat.NB[1][1]), N(nat.NB[1][2])], bullets=True),
        H,
        [G('Lindesnes kommune vedtar en heltidsplan med tallfestede mål innen utgangen av 2025.'),
         M('Be om møte med kommunedirektøren om oppfølging av heltidsprosjektet i omsorgssektoren'),
         'Leder og HTV', 'Mars 2025', 'Pågår'],
        ['', M('Gå gjennom turnusene på Vigeland bo- og servicesenter sammen med '
               'plasstillitsvalgt'), 'HTV', 'Juni 2025', 'Ikke startet'],
        ['', M('Ta opp alle saker der medlemmer får avslag på krav om økt stilling'), 'HTV',
         'Løpende', ''],
        [G('Medlemmene kjenner rettighetene sine om pensjon og AFP.'),
         M('Pensjonskveld med KLP for medlemmer over 55 år'), 'Styret', 'Oktober 2025', ''],
        ['', M('Lage en kort veileder om AFP i privat sektor til klubbene i private barnehager'),
         'Sekretær', '2026', ''],
        ['', X(T), '', '', ''],
        E, E,
    ]
    t2 = [
        Sec('2. Gode offentlige tjenester med egne ansatte', 2),
        Span('Hovedmål', [N(nat.NB[2][1]), N(nat.NB[2][2])], bullets=True),
        H,
        [G('Renhold og kantine i kommunen drives fortsatt i egenregi.'),
         M('Følge med på innkjøpsplanene og reagere før noe lyses ut på anbud'), 'HTV',
         'Løpende', 'Pågår'],
        ['', M('Dokumentere hva kommunen bruker på vikarbyrå i helse og omsorg'), 'Nestleder',
         'September 2025', ''],
        [G('Tillitsvalgte deltar i omstilling fra første møte.'),
         M('Kreve at drøftingsplikten i hovedavtalen følges ved omorganisering av '
           'hjemmesykepleien'), 'HTV', 'Løpende', ''],
        E, E,
    ]
    t3 = [
        Sec('3. Organisasjonsbygging og tariffmakt', 3),
        Span('Hovedmål', [N(nat.NB[3][0]), N(nat.NB[3][6])], bullets=True),
        H,
        [G('Fagforeningen passerer 1 900 medlemmer innen årsmøtet 2026.'),
         M('Vervestand i kantina på rådhuset i Mandal hver høst'), 'Vervekontakt', 'Oktober',
         'Fast'],
        ['', M('Ringe alle nye medlemmer innen en måned etter innmelding'), 'Medlemsansvarlig',
         'Løpende', 'Pågår'],
        ['', M('Invitere lærlingene i kommunen til pizzamøte med informasjon om medlemskap'),
         'Ungdomstillitsvalgt', 'April 2025', ''],
        [G('Alle tariffområder i fagforeningen har valgt tillitsvalgt.'),
         M('Arrangere valg av tillitsvalgte i de private omsorgsboligene'), 'Leder', 'Mai 2025',
         ''],
        ['', M('Sende nye tillitsvalgte på grunnskolering trinn 1 i fylket'),
         'Opplæringsansvarlig', 'Vår og høst', 'Fast'],
        ['', M('Tillitsvalgtsamling på Lindesnes fyr med tema tariffoppgjøret'), 'Styret',
         'November 2025', ''],
        ['', X(T), '', '', ''],
        E,
    ]
    t4 = [
        Sec('4. Fag- og tjenesteutvikling', 4),
        Span('Hovedmål', [N(nat.NB[4][1]), N(nat.NB[4][2])], bullets=True),
        H,
        [G('Flere assistenter i helse og oppvekst tar fagbrev som praksiskandidat.'),
         M('Informasjonsmøte om praksiskandidatordningen sammen med karrieresenteret'),
         'Seksjonsleder helse og sosial', 'Februar 2026', ''],
        ['', M('Kreve at kommunen lager en kompetanseplan for barne- og ungdomsarbeidere'),
         'HTV', '2025', 'Ikke startet'],
        [G('Kommunen tar inn minst åtte nye lærlinger i helsearbeiderfaget hvert år.'),
         M('Følge opp antallet læreplasser i budsjettmøtet med administrasjonen'), 'HTV',
         'Oktober', ''],
        ['', M('Frokostmøte for renholdere med tema ergonomi og kjemikaliebruk'),
         'Seksjon samferdsel og teknisk', 'Vår 2025', ''],
        E, E,
    ]
    t5 = [
        Sec('5. Alliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid', 5),
        Span('Hovedmål', [N(nat.NB[5][0]), N(nat.NB[5][1])], bullets=True),
        H,
        [G('Alle partier i kommunestyret kjenner fagforeningens budsjettkrav.'),
         M('Sende innspill til kommunebudsjettet til alle gruppelederne'), 'Leder',
         'September', 'Fast'],
        ['', M('Folkemøte om eldreomsorg i Mandal sammen med LO i Lindesnes'), 'Styret',
         'Mars 2025', 'Utført'],
        [G('Valgdeltakelsen blant medlemmene er høyere enn i 2021.'),
         M('Stand med valgkampmateriell på arbeidsplassene i august'), 'Styret', 'August 2025',
         ''],
        ['', M('Delta i 1. mai-toget i Mandal med eget banner'), 'Alle i styret', '1. mai',
         'Fast'],
        E, E,
    ]
    t6 = [
        Sec('6. Digitalisering', 6),
        Span('Hovedmål', [N(nat.NB[6][2]), N(nat.NB[6][3])], bullets=True),
        H,
        [G('Alle tillitsvalgte bruker Tillitsvalgtportalen i vervet.'),
         M('Opplæring i Tillitsvalgtportalen på første styremøte etter årsmøtet'), 'Sekretær',
         'Mars 2025', 'Utført'],
        ['', M('Kreve at tillitsvalgte deltar når nye journalsystemer innføres i helse og '
               'omsorg'), 'HTV', 'Løpende', ''],
        [G('Pensjonistene i fagforeningen får hjelp med BankID og digitale tjenester.'),
         M('Kurs i BankID og Helsenorge for pensjonister på biblioteket'), 'Pensjonistkontakt',
         'Høst 2025', ''],
        ['', X(T), '', '', ''],
        E, E,
    ]
    t7 = [
        Sec('7. Andre tiltak', None),
        H,
        ['', M('Styremøte første tirsdag i måneden', area=None), 'Leder', 'Månedlig', 'Fast'],
        ['', M('Regnskapet revideres av to valgte revisorer før årsmøtet', area=None), 'Kasserer', 'Januar',
         ''],
        ['', M('Medlemstur til Dyreparken for barnefamilier', area=None), 'Styret', 'Juni 2025',
         ''],
        ['', M('Julemiddag for tillitsvalgte og jubilanter', area=None), 'Styret', 'Desember',
         ''],
        ['', M('Fast månedlig bidrag til Norsk Folkehjelps arbeid i Palestina', area=None),
         'Kasserer', 'Løpende', ''],
        ['', M('Nyhetsbrev på e-post til medlemmene fire ganger i året', area=3),
         'Informasjonsansvarlig', 'Kvartalsvis', ''],
        ['', X(T), '', '', ''],
        E, E, E,
    ]
    for rows in (t1, t2, t3, t4, t5, t6, t7):
        p.table(rows, resp_col=2, dl_col=3, status_col=4)
    p.raw('Mandal, 6. februar 2025')
    p.raw('Styret i Fagforbundet Lindesnes')
    return p


# ----------------------------------------------------------------- writer
WIDTHS = [Cm(4.2), Cm(6.3), Cm(2.8), Cm(2.4), Cm(2.0)]


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls('w'), fill)))


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls('w')))


def set_text(cell, text, bold=False, style=None):
    par = cell.paragraphs[0]
    if style:
        par.style = style
    r = par.add_run(text)
    r.bold = bold


def render(p, out, work):
    doc = docx.Document()
    doc.styles['Normal'].font.name = 'Calibri'
    doc.styles['Normal'].font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    cp = doc.core_properties
    cp.author, cp.title = 'Fagforbundet Lindesnes', 'Handlingsplan 2025-2026'
    for b in p.blocks:
        t = b['t']
        if t == 'title':
            doc.add_paragraph(b['text'], style='Title')
        elif t == 'raw':
            doc.add_paragraph(b['text'], style=b.get('style'))
        elif t == 'para':
            doc.add_paragraph(' '.join(s.shown for s in b['segs']))
        elif t == 'table':
            tbl = doc.add_table(rows=0, cols=5)
            tbl.style = doc.styles['Table Grid']
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            header_zone = True
            for row in b['rows']:
                r = tbl.add_row()
                for i, w in enumerate(WIDTHS):
                    r.cells[i].width = w
                if isinstance(row, Sec):
                    c = r.cells[0].merge(r.cells[4])
                    set_text(c, row.text, bold=True)
                    shade(c, 'C00000' if False else 'D9E2F3')
                    repeat_header(r)
                elif isinstance(row, Span):
                    set_text(r.cells[0], row.label, bold=True)
                    shade(r.cells[0], 'F2F2F2')
                    c = r.cells[1].merge(r.cells[4])
                    for k, e in enumerate(cell_list(row.content)):
                        par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                        par.style = doc.styles['List Bullet']
                        par.add_run(e.shown)
                    repeat_header(r)
                elif isinstance(row, Hdr):
                    for i, h in enumerate(row.cells):
                        set_text(r.cells[i], h, bold=True)
                        shade(r.cells[i], 'F2F2F2')
                    if header_zone:
                        repeat_header(r)
                    header_zone = False
                else:
                    for i, c in enumerate(row):
                        s = c.shown if isinstance(c, (Item, Not)) else c
                        if s:
                            set_text(r.cells[i], s)
            doc.add_paragraph()
    doc.save(out)
