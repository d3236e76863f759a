"""b8-06 Lillestrøm: one two-column key/value table per goal.

Each goal is a small Word table (Table Grid) whose left column holds the keys
Mål | Tiltak | Ansvarlig | Frist | Indikator (shaded, bold) and whose right column holds the
values; the Tiltak value is a cell with one List Bullet paragraph per measure. The
responsible and deadline of the table apply to every measure in it. Heading 1 per area.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

import docx  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

BASE = 'b8-06_lillestrom'
EXT = 'docx'
WRITER = 'python-docx 1.2.0 (default template, Table Grid)'
LANG = 'nb'
STYLE = ('one two-column key/value table per goal: Mål | Tiltak (bulleted paragraphs) | '
         'Ansvarlig | Frist | Indikator, under Heading 1 area headings')
HARD = ('the table is transposed: column names are the cells of the first column, one '
        'table per goal; the Tiltak value cell holds several bullet paragraphs (one item '
        'each) and the table\'s Ansvarlig / Frist apply to each of them; the "Indikator" row '
        'reads like a goal but is how the result is measured (not an item); one table with an '
        'empty Frist value and the own section with an empty Mål cell and a "Merknad" row; '
        'by content in "7. Drift og medlemsaktiviteter"')

META = {'union': 'Fagforbundet Lillestrøm', 'branch': '052', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-10', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Lillestrøm avd. 052", "Vedtatt på årsmøtet 10. februar 2026"'


def kv(goal, measures, resp, dl, extra=None, areas=None):
    """A key/value table; measures get the table's responsible / deadline."""
    rows = []
    rows.append({'cells': [{'children': [note('Mål')]},
                           {'children': [G(goal)] if goal else []}]})
    ms = []
    for i, m in enumerate(measures):
        kw = {'area': areas[i]} if areas else {}
        ms.append(M(m, resp=resp or None, dl=dl or None, **kw))
    rows.append({'cells': [{'children': [note('Tiltak')]}, {'children': ms, 'bullets': True}]})
    rows.append({'cells': [{'children': [note('Ansvarlig')]}, {'children': [note(resp)] if resp else []}]})
    rows.append({'cells': [{'children': [note('Frist')]}, {'children': [note(dl)] if dl else []}]})
    if extra:
        k, v = extra
        rows.append({'cells': [{'children': [note(k)]}, {'children': [note(v)]}]})
    return {'t': 'table', 'rows': rows}


def IND(text):
    return ('Indikator', text)


BLOCKS = [
    note('Handlingsplan 2026', style='Title'),
    note('Fagforbundet Lillestrøm avd. 052', style='Normal', bold=True),
    note('Vedtatt på årsmøtet 10. februar 2026', style='Normal'),
    note('Hvert mål har sin egen tabell med tiltak, hvem som har ansvaret, frist og hvordan vi '
         'måler resultatet.', style='Normal'),
    H('1. Heltid og likelønn', area=1),
    kv('Flere medlemmer i Lillestrøm kommune har hele stillinger.',
       ['Kreve at kommunens heltidsstrategi evalueres i 2026',
        'Gå gjennom alle deltidsutlysninger i helse og mestring',
        'Bistå medlemmer som krever stillingsutvidelse'],
       'HTV i kommunen', '31. desember 2026',
       IND('Andel ansatte i hele stillinger i kommunens årsrapport')),
    kv('Kvinner og menn i like stillinger får lik lønn.',
       ['Lønnsstatistikk fordelt på kjønn før lokale forhandlinger',
        'Kurs for forhandlingsutvalget i likelønnsarbeid'],
       'Forhandlingsutvalget', 'Før lokale forhandlinger',
       IND('Lønnsforskjell mellom kvinner og menn i KS-statistikken')),
    H('2. Egne ansatte i offentlige tjenester', area=2),
    kv('Ingen kommunale tjenester i Lillestrøm blir satt ut på anbud.',
       ['Følge kommunens innkjøpsplan og varsle styret om planlagte anbud',
        'Samle argumenter for egenregi i renhold og kantine',
        'Møte HTV i Akershus fylkeskommune om tannhelsetjenesten'],
       'Leder og HTV', 'Løpende',
       IND('Antall anbudsprosesser i perioden')),
    H('3. Organisasjonsbygging og tariffmakt', area=3),
    kv('Fagforeningen får 350 nye medlemmer i 2026.',
       ['Vervestand på Ahus og på kommunens tjenestesteder i forbundsukene',
        'Ringe alle nye medlemmer innen to uker',
        'Skolebesøk på helse- og oppvekstfag ved Lillestrøm videregående skole'],
       'Vervekontakt og ungdomstillitsvalgt', 'Desember 2026',
       IND('Netto medlemsvekst i medlemsregisteret')),
    kv('Alle arbeidsplasser har en tillitsvalgt som har gjennomført grunnopplæring.',
       ['Grunnskolering trinn 1 og 2 for nye tillitsvalgte',
        'Mentorordning der erfarne tillitsvalgte følger opp nye'],
       'Opplæringsansvarlig', 'Høsten 2026',
       IND('Antall tillitsvalgte med fullført grunnskolering')),
    H('4. Fag- og tjenesteutvikling', area=4),
    kv('Flere ufaglærte medlemmer tar fagbrev.',
       ['Kartlegge medlemmer uten fagbrev i barnehagene',
        'Informasjonsmøte om fagbrev på jobb sammen med kommunen'],
       'Seksjon kirke, kultur og oppvekst', 'Juni 2026',
       IND('Antall medlemmer som har meldt seg opp til fagprøve')),
    kv('Våre yrkesgrupper blir sett og hørt.',
       ['Markere Helsefagarbeiderdagen på sykehjemmene',
        'Fagkveld for renholdere om nye rengjøringsmetoder'],
       'Seksjonslederne', '',
       IND('Antall deltakere på fagkveldene')),
    H('5. Alliansebygging og fagligpolitisk arbeid', area=5),
    kv('Kommunestyret vedtar et budsjett som styrker egne tjenester.',
       ['Møte med ordføreren og gruppelederne i september',
        'Felles budsjettinnspill med LO Lillestrøm',
        'Valgkampinnsats for partier som støtter Fagforbundets politikk'],
       'Styret', 'Oktober 2026',
       IND('Budsjettvedtaket for 2027')),
    H('6. Digitalisering', area=6),
    kv('Alle tillitsvalgte bruker Tillitsvalgtportalen i vervet.',
       ['Praktisk kurs i Tillitsvalgtportalen',
        'Sørge for at alle plasstillitsvalgte har Teams-tilgang fra arbeidsgiver'],
       'Opplæringsansvarlig', 'Mai 2026',
       IND('Antall tillitsvalgte som har logget inn i portalen')),
    H('7. Drift og medlemsaktiviteter'),
    kv('',
       ['Styremøte hver måned',
        'Regnskap og budsjett til årsmøtet',
        'Medlemsmøte med middag vår og høst',
        'Julebord',
        'Tur for pensjonistene'],
       'Styret', 'Løpende',
       ('Merknad', 'Styret fordeler oppgavene på første styremøte.'),
       areas=[None, None, 3, None, None]),
    note('Styret i Fagforbundet Lillestrøm', style='Normal'),
]


def _shade(cell, color):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), color)
    tcpr.append(shd)


def render():
    doc = docx.Document()
    doc.core_properties.author = 'Fagforbundet Lillestrøm'
    doc.core_properties.title = 'Handlingsplan 2026'
    for b in BLOCKS:
        if b['t'] == 'h':
            doc.add_heading(b['text'], level=1)
        elif b['t'] == 'note':
            p = doc.add_paragraph(style=b.get('style', 'Normal'))
            r = p.add_run(b['text'])
            r.bold = bool(b.get('bold'))
        elif b['t'] == 'table':
            t = doc.add_table(rows=0, cols=2)
            t.style = doc.styles['Table Grid']
            t.autofit = False
            t.columns[0].width = Cm(3.2)
            t.columns[1].width = Cm(12.8)
            for row in b['rows']:
                cells = t.add_row().cells
                key, val = row['cells']
                cells[0].width = Cm(3.2)
                cells[1].width = Cm(12.8)
                kp = cells[0].paragraphs[0]
                kp.add_run(key['children'][0]['text']).bold = True
                _shade(cells[0], 'DCE6F1')
                first = True
                for c in val['children']:
                    if first:
                        p = cells[1].paragraphs[0]
                        first = False
                    else:
                        p = cells[1].add_paragraph()
                    if val.get('bullets'):
                        p.style = doc.styles['List Bullet']
                    p.add_run(c['text'])
            doc.add_paragraph()
    dest = os.path.join(PLANS, BASE + '.docx')
    doc.save(dest)
    return dest
