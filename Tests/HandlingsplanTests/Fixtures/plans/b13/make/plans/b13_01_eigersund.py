"""b13-01 Eigersund: the annual report and the action plan in one document, as many branches
hand them to the annual meeting. Part 1 ("Del 1 Årsmelding 2025") reports on 2025 under the
SAME area headings the plan uses later (Heading 2 "Heltid og likelønn", "Organisasjonsbygging
og tariffmakt", "Fag- og tjenesteutvikling"), with past-tense List Bullet paragraphs about what
was done; there are also a board table, a membership table and an accounts paragraph. Part 2
("Del 2 Handlingsplan 2026") is the plan: Heading 2 per area, bold "Mål" and "Tiltak" labels,
List Bullet goals and List Number measures. Part 3 is the accounts and budget table.

python-docx 1.2.0 (default template: Title, Heading 1, Heading 2, List Bullet, List Number,
Table Grid).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

BASE = 'b13-01_eigersund'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'python-docx 1.2.0 (default template)'
LANG = 'nb'
STYLE = ('annual report and action plan in one document: "Del 1 Årsmelding 2025" with past-tense '
         'bullets under the same Heading 2 area names as the plan, board and membership tables; '
         '"Del 2 Handlingsplan 2026" with Heading 2 areas, bold "Mål" / "Tiltak" labels, List '
         'Bullet goals and List Number measures; "Del 3 Regnskap og budsjett" table')
HARD = ('the report part uses the same Heading 2 area names ("Heltid og likelønn", '
        '"Organisasjonsbygging og tariffmakt", "Fag- og tjenesteutvikling") and the same List '
        'Bullet style for what was done in 2025 ("Vi vervet 112 nye medlemmer …", "Tolv nye '
        'plasstillitsvalgte fullførte grunnskoleringen.") — none of it is an item; only Heading 1 '
        '"Del 2 Handlingsplan 2026" tells the plan from the report; the title names two years '
        '("Årsmelding 2025 og handlingsplan 2026"): the period is 2026; board / membership / '
        'budget tables with words like "Medlemsfest og julebord" and "Kurs og skolering" are no '
        'items; area 5 has measures only; own section "Drift og medlemsaktiviteter" by content '
        '(null, 3)')

META = {'union': 'Fagforbundet Eigersund', 'branch': '172', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-10', 'language': 'nb'}
AS_WRITTEN = ('"Fagforbundet Eigersund avd. 172", "Godkjent og vedtatt av årsmøtet 10. februar '
              '2026"; title "Årsmelding 2025 og handlingsplan 2026"; "Styrets beretning for '
              'perioden 1.1.–31.12.2025"')

TITLE = 'Årsmelding 2025 og handlingsplan 2026'
SUB = ['Fagforbundet Eigersund avd. 172', 'Godkjent og vedtatt av årsmøtet 10. februar 2026']

BOARD = [('Verv', 'Navn'), ('Leder', 'Kari Omdal'), ('Nestleder', 'Tor Egeland'),
         ('Kasserer', 'Linn Hetland'), ('Sekretær', 'Asbjørn Sirevåg'),
         ('Opplæringsansvarlig', 'Hege Skadberg'), ('Ungdomstillitsvalgt', 'Martin Eia')]
MEMBERS = [('Medlemmer', '31.12.2024', '31.12.2025'), ('Yrkesaktive', '884', '921'),
           ('Pensjonister', '231', '236'), ('Lærlinger og elever', '51', '55')]

REPORT = [
    ('h2', 'Styret i 2025'),
    ('p', 'Styrets beretning for perioden 1.1.–31.12.2025. Styret har hatt denne '
          'sammensetningen:'),
    ('table', BOARD),
    ('p', 'Styret har hatt elleve styremøter og tre medlemsmøter i 2025.'),
    ('h2', 'Medlemstall'),
    ('p', 'Ved utgangen av 2025 hadde fagforeningen 1\u00a0212 medlemmer, 46 flere enn året før.'),
    ('table', MEMBERS),
    ('h2', 'Heltid og likelønn'),
    ('li', 'Vi krevde drøftingsmøte da kommunen la fram ny bemanningsplan for Lagård bo- og '
           'servicesenter.'),
    ('li', 'Forhandlingsutvalget gjennomførte de lokale forhandlingene i kapittel 4 i september.'),
    ('h2', 'Organisasjonsbygging og tariffmakt'),
    ('li', 'Vi vervet 112 nye medlemmer, de fleste i helse og omsorg.'),
    ('li', 'Tolv nye plasstillitsvalgte fullførte grunnskoleringen.'),
    ('li', 'Styret besøkte alle barnehagene i kommunen i løpet av høsten.'),
    ('h2', 'Fag- og tjenesteutvikling'),
    ('li', 'Fagdagen for helsefagarbeidere på Grand Hotell samlet 64 deltakere.'),
    ('h2', 'Økonomi'),
    ('p', 'Regnskapet for 2025 viser et overskudd på 48\u00a0300 kroner. Revisor har ingen '
          'merknader.'),
]

# (heading, area, goals, measures)
PLAN = [
    ('Heltid og likelønn', 1, [
        'Minst halvparten av de ansatte i hjemmetjenesten i Eigersund har hel stilling innen '
        'utgangen av 2026.',
        'Lønnsgapet mellom fagarbeidere i barnehage og i helse øker ikke i årets oppgjør.',
    ], [
        'Kreve årlig rapport til partssamarbeidet om uønsket deltid per enhet',
        'Delta i arbeidsgruppen som reviderer kommunens heltidsplan',
        'Pensjonsmøte sammen med KLP for medlemmer over 58 år i oktober',
        'Forberede de lokale forhandlingene med lønnsstatistikk fra alle klubbene',
    ]),
    ('Offentlige tjenester med egne ansatte', 2, [
        'Renholdet i kommunens bygg drives fortsatt av kommunens egne renholdere.',
    ], [
        'Be rådmannen redegjøre for bruken av bemanningsbyrå i sommerferien',
        'Samarbeide med Sykepleierforbundet og FO mot privatisering av legevakta',
        'Kreve at tillitsvalgte tas med fra starten når nye tjenester planlegges',
    ]),
    ('Organisasjonsbygging og tariffmakt', 3, [
        'Fagforeningen passerer 1\u00a0250 medlemmer i løpet av året.',
        'Hver enhet med fem eller flere medlemmer har en plasstillitsvalgt.',
    ], [
        'Vervekampanje på Lagård og Egersund sykehus i forbundsukene',
        'Velkomstsamtale på telefon med hvert nytt medlem innen to uker',
        'Grunnskolering for nye plasstillitsvalgte i mars og i september',
        'Besøk i vg2-klassene for helse og oppvekst på Eigersund videregående skole',
        'Medlemsmøte om tariffoppgjøret når resultatet foreligger',
    ]),
    ('Fag- og tjenesteutvikling', 4, [
        'Flere ufaglærte assistenter tar fagbrev mens de står i jobb.',
    ], [
        'Informasjonsmøte om praksiskandidatordningen for assistenter i skole og SFO',
        'Fagdag for renholdere og vaktmestere sammen med seksjon samferdsel og teknisk',
        'Markere Helsefagarbeiderens dag med kaffe og kake på alle sykehjem',
    ]),
    ('Politisk påvirkning', 5, [], [
        'Innspillsmøte med formannskapet før budsjettbehandlingen i november',
        'Arrangere 1. mai sammen med LO Dalane',
        'Skrive i Dalane Tidende om bemanningen i eldreomsorgen',
    ]),
    ('Digitalisering', 6, [
        'Alle tillitsvalgte finner fram i Tillitsvalgtportalen og i Teams.',
    ], [
        'Kveldskurs i digitale verktøy for nyvalgte tillitsvalgte',
        'Kreve opplæring i arbeidstiden når det nye journalsystemet tas i bruk',
    ]),
]
OWN = ('Drift og medlemsaktiviteter', [
    ('Ti styremøter og to styreseminarer', None),
    ('Regnskapet for 2026 revideres og legges fram i januar 2027', None),
    ('Medlemsfest for jubilanter med 25 og 40 års medlemskap', None),
    ('Nyhetsbrev på e-post og SMS til medlemmene hver måned', 3),
    ('Julegave til Kirkens Bymisjon i Stavanger', None),
])

BUDGET = [('Post', 'Regnskap 2025', 'Budsjett 2026'),
          ('Kurs og skolering', '84\u00a0200', '90\u00a0000'),
          ('Medlemsmøter', '31\u00a0500', '35\u00a0000'),
          ('Medlemsfest og julebord', '42\u00a0800', '45\u00a0000'),
          ('Gaver og solidaritet', '10\u00a0000', '10\u00a0000')]

PLAN_INTRO = ('Handlingsplanen bygger på Fagforbundets strategiplan og på erfaringene fra 2025. '
              'Styret rapporterer på planen i årsmeldingen for 2026.')
CLOSE = ['Egersund, 10. februar 2026', 'Kari Omdal, leder']


def build_blocks():
    b = [note(TITLE)] + [note(s) for s in SUB]
    b.append(H('Del 1 Årsmelding 2025', section=False))
    for kind, x in REPORT:
        if kind == 'h2':
            b.append(H(x, section=False))
        elif kind in ('p', 'li'):
            b.append(note(x))
        elif kind == 'table':
            for row in x:
                for c in row:
                    b.append(note(c))
    b.append(H('Del 2 Handlingsplan 2026', section=False))
    b.append(note(PLAN_INTRO))
    for head, area, goals, ms in PLAN:
        b.append(H(head, area=area))
        if goals:
            b.append(note('Mål'))
            b += [G(g) for g in goals]
        b.append(note('Tiltak'))
        b += [M(m) for m in ms]
    head, ms = OWN
    b.append(H(head, area=None))
    b.append(note('Tiltak'))
    b += [M(m, area=a) for m, a in ms]
    b.append(H('Del 3 Regnskap og budsjett', section=False))
    for row in BUDGET:
        for c in row:
            b.append(note(c))
    b += [note(c) for c in CLOSE]
    return b


BLOCKS = build_blocks()


def render():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    d.styles['Normal'].font.name = 'Liberation Sans'
    d.styles['Normal'].font.size = Pt(11)

    def restart_numbering(par):
        """Give a List Number paragraph a new w:num (restart at 1) pointing to the style's
        abstract numbering."""
        numbering = d.part.numbering_part.numbering_definitions._numbering
        style_num = d.styles['List Number']._element.pPr.numPr.numId.val
        absid = None
        for n in numbering.findall(qn('w:num')):
            if n.get(qn('w:numId')) == str(style_num):
                absid = n.find(qn('w:abstractNumId')).get(qn('w:val'))
        ids = [int(n.get(qn('w:numId'))) for n in numbering.findall(qn('w:num'))]
        new = OxmlElement('w:num')
        new.set(qn('w:numId'), str(max(ids) + 1))
        a = OxmlElement('w:abstractNumId')
        a.set(qn('w:val'), absid)
        new.append(a)
        ov = OxmlElement('w:lvlOverride')
        ov.set(qn('w:ilvl'), '0')
        so = OxmlElement('w:startOverride')
        so.set(qn('w:val'), '1')
        ov.append(so)
        new.append(ov)
        numbering.append(new)
        ppr = par._p.get_or_add_pPr()
        numpr = OxmlElement('w:numPr')
        il = OxmlElement('w:ilvl')
        il.set(qn('w:val'), '0')
        ni = OxmlElement('w:numId')
        ni.set(qn('w:val'), str(max(ids) + 1))
        numpr.append(il)
        numpr.append(ni)
        ppr.append(numpr)

    def table(rows):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = 'Table Grid'
        for i, row in enumerate(rows):
            for j, c in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ''
                r = cell.paragraphs[0].add_run(c)
                if i == 0:
                    r.bold = True
        d.add_paragraph()

    def label(text):
        p = d.add_paragraph()
        p.add_run(text).bold = True

    d.add_paragraph(TITLE, style='Title')
    for s in SUB:
        d.add_paragraph(s)
    d.add_paragraph('Del 1 Årsmelding 2025', style='Heading 1')
    for kind, x in REPORT:
        if kind == 'h2':
            d.add_paragraph(x, style='Heading 2')
        elif kind == 'p':
            d.add_paragraph(x)
        elif kind == 'li':
            d.add_paragraph(x, style='List Bullet')
        elif kind == 'table':
            table(x)
    d.add_paragraph('Del 2 Handlingsplan 2026', style='Heading 1')
    d.add_paragraph(PLAN_INTRO)
    for head, area, goals, ms in PLAN + [(OWN[0], None, [], [m for m, _ in OWN[1]])]:
        d.add_paragraph(head, style='Heading 2')
        if goals:
            label('Mål')
            for g in goals:
                d.add_paragraph(g, style='List Bullet')
        label('Tiltak')
        for k, m in enumerate(ms):
            p = d.add_paragraph(m, style='List Number')
            if k == 0 and head != PLAN[0][0]:
                restart_numbering(p)
    d.add_paragraph('Del 3 Regnskap og budsjett', style='Heading 1')
    table(BUDGET)
    for c in CLOSE:
        d.add_paragraph(c)
    d.core_properties.title = TITLE + ' – Fagforbundet Eigersund'
    d.core_properties.author = 'Fagforbundet Eigersund'
    path = os.path.join(PLANS, BASE + '.docx')
    d.save(path)
    return path
