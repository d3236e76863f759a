"""b13-04 Sør-Varanger: the plan as a balanced scorecard ("målekort") in the format of the
municipality's own management system, which the branch secretary knows from work. One landscape
table: Satsingsområde | Kritisk suksessfaktor | Måleindikator | Status 2025 | Mål 2027 | Tiltak |
Ansvar | Frist. The area cell spans all rows of its area, the success factor (the goal), its
indicator, status and target span the rows of their measures; one measure per row.

Flat ODT (table:number-rows-spanned + table:covered-table-cell, repeated header row) ->
LibreOffice 7.4 headless -> ODT.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, odf_text, fodt, lo_to  # noqa: E402

BASE = 'b13-04_sor-varanger'
EXT = 'odt'
FORMAT = 'ODT'
WRITER = 'LibreOffice 7.4 headless, flat ODT -> ODT'
LANG = 'nb'
STYLE = ('balanced scorecard ("målekort"): one landscape table Satsingsområde | Kritisk '
         'suksessfaktor | Måleindikator | Status 2025 | Mål 2027 | Tiltak | Ansvar | Frist; area, '
         'success factor, indicator, status and target cells span the rows of their measures')
HARD = ('the goals are the "Kritisk suksessfaktor" cells, while the column named "Mål 2027" holds '
        'target values ("55 %", "1 120", "0", "Lik", "3 per år") that are no items, nor are the '
        'indicator cells ("Andel ansatte i helse og omsorg med 100 % stilling") or the status '
        'values; the area is a cell spanning 2-5 rows (covered cells in the rows below), so is the '
        'goal with its indicator, status and target; every row has one measure with Ansvar and '
        'Frist ("Løpende", "Uke 17 og uke 38", "1. mai"); the header row repeats on page 2; the '
        'own area "Drift av fagforeningen" has a goal (null) and measures by content (null, 3); a '
        'legend under the table explains the columns; in the PDFs the area-5 row breaks across '
        'the page with the repeated header row between the halves of its cells')

META = {'union': 'Fagforbundet Sør-Varanger', 'branch': '503', 'periodFrom': 2026,
        'periodTo': 2027, 'adopted': '2026-02-12', 'language': 'nb'}
AS_WRITTEN = ('"Fagforbundet Sør-Varanger avd. 503", "Vedtatt på årsmøtet i Kirkenes 12. februar '
              '2026"; title "Handlingsplan 2026–2027 (målekort)"')

HEAD = ['Satsingsområde', 'Kritisk suksessfaktor', 'Måleindikator', 'Status 2025', 'Mål 2027',
        'Tiltak', 'Ansvar', 'Frist']

# (area name, area, [(goal, indicator, status, target, [(measure, who, when, own_area)])])
AREAS = [
    ('Heltid og likelønn', 1, [
        ('Flere ansatte i helse og omsorg får hele stillinger.',
         'Andel ansatte i helse og omsorg med 100 % stilling', '41 %', '55 %', [
             ('Kreve at turnusplanene på Kirkenes sykehjem gir langvakter til dem som ønsker det',
              'HTV', 'April 2026'),
             ('Ta opp heltidsplanen i hvert møte med kommunalsjefen', 'HTV', 'Løpende'),
         ]),
        ('Lønnsutviklingen for fagarbeidere følger kommunen for øvrig.',
         'Lønnsutvikling for fagarbeidere sammenlignet med hele kommunen',
         '2,1 prosentpoeng lavere', 'Lik', [
             ('Lønnsstatistikk per stillingskode før de lokale forhandlingene',
              'Forhandlingsutvalget', 'August 2026'),
             ('Medlemsmøte om AFP og den nye tjenestepensjonen', 'Styret', 'Oktober 2026'),
         ]),
    ]),
    ('Offentlige tjenester med egne ansatte', 2, [
        ('Kommunen drifter selv renhold, kantiner og vaktmestertjenester.',
         'Tjenester som er konkurranseutsatt', '0', '0', [
             ('Kreve at forslag om konkurranseutsetting drøftes med tillitsvalgte før politisk '
              'behandling', 'Leder', 'Løpende'),
             ('Følge med på innleie av helsepersonell fra byrå', 'HTV', 'Hvert kvartal'),
         ]),
    ]),
    ('Organisasjonsbygging og tariffmakt', 3, [
        ('Fagforeningen vokser i alle seksjoner.', 'Antall medlemmer', '1\u00a0046',
         '1\u00a0120', [
             ('Vervedager på Kirkenes sykehus og Bjørnevatn skole', 'Vervekontakt',
              'Uke 17 og uke 38'),
             ('Brev fra leder og en telefon til hvert nytt medlem', 'Sekretær', 'Løpende'),
             ('Presentere Fagforbundet på kommunens introduksjonsdag for nyansatte',
              'Ungdomstillitsvalgt', 'Hver måned'),
         ]),
        ('Ingen arbeidsplass med medlemmer står uten tillitsvalgt.',
         'Arbeidsplasser uten plasstillitsvalgt', '9', '0', [
             ('Valg av plasstillitsvalgte der det mangler', 'Opplæringsansvarlig', 'Mars 2026'),
             ('Tre kursdager i Kirkenes for nye tillitsvalgte', 'Opplæringsansvarlig',
              'Mai 2026'),
         ]),
    ]),
    ('Fag- og tjenesteutvikling', 4, [
        ('Flere assistenter og ufaglærte tar fagbrev.',
         'Medlemmer som tar fagbrev som praksiskandidat', '6', '15', [
             ('Informasjonsmøte om praksiskandidatordningen sammen med Karriere Finnmark',
              'Seksjonsleder helse og sosial', 'September 2026'),
             ('Fagdag for barne- og ungdomsarbeidere i barnehagene',
              'Seksjon kirke, kultur og oppvekst', 'November 2026'),
         ]),
    ]),
    ('Alliansebygging og politisk påvirkning', 5, [
        ('Fagforeningens krav er kjent før kommunebudsjettet vedtas.',
         'Møter med politisk ledelse', '1', '3 per år', [
             ('Budsjettmøte med ordføreren og gruppelederne', 'Leder og nestleder',
              'Oktober 2026'),
             ('Felles 1. mai-arrangement med LO i Sør-Varanger', 'Styret', '1. mai'),
             ('Samarbeidsmøte med partiene om valgkampen i 2027', 'Leder', 'Desember 2026'),
         ]),
    ]),
    ('Digitalisering', 6, [
        ('Tillitsvalgte har digitale verktøy og kan bruke dem.',
         'Tillitsvalgte som har tatt kurs i Tillitsvalgtportalen', '40 %', '90 %', [
             ('Kurs i Tillitsvalgtportalen for alle plasstillitsvalgte', 'Opplæringsansvarlig',
              'Juni 2026'),
             ('Kreve at tillitsvalgte er med når kommunen kjøper inn ny velferdsteknologi', 'HTV',
              'Løpende'),
         ]),
    ]),
]
OWN = ('Drift av fagforeningen', [
    ('Fagforeningen har orden i økonomien og et aktivt styre.', None, 'Merknader fra revisor',
     '0', '0', [
         ('Elleve styremøter i året', 'Leder', 'Løpende', None),
         ('Regnskap og årsberetning for 2026 til årsmøtet', 'Kasserer', 'Januar 2027', None),
         ('Julebord for medlemmene', 'Styret', 'Desember 2026', None),
         ('Nyhetsbrev til medlemmene fire ganger i året', 'Sekretær', 'Løpende', 3),
     ]),
])

TITLE = 'Handlingsplan 2026–2027 (målekort)'
SUB = ['Fagforbundet Sør-Varanger avd. 503', 'Vedtatt på årsmøtet i Kirkenes 12. februar 2026']
INTRO = ('Planen er satt opp som et målekort etter modell fra kommunens styringssystem. For hvert '
         'satsingsområde står det vi må lykkes med (kritiske suksessfaktorer), hvordan vi måler '
         'det, hvor vi står, hvor vi skal, og hva vi gjør.')
LEGEND = ['Status 2025 = tall per 31. desember 2025.',
          'Mål 2027 = det vi skal ha nådd innen utgangen av perioden.',
          'HTV = hovedtillitsvalgt.']

EXTRA = '''
  <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="SmallHead" style:family="paragraph" style:parent-style-name="Table_20_Heading">
   <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
'''
COLW = ['3.0cm', '4.0cm', '3.4cm', '1.8cm', '1.6cm', '6.3cm', '3.4cm', '2.6cm']


def auto_styles():
    s = ['<style:style style:name="Tbl" style:family="table"><style:table-properties '
         'style:width="26.1cm" table:align="margins"/></style:style>']
    for i, w in enumerate(COLW):
        s.append('<style:style style:name="Tbl.%s" style:family="table-column">'
                 '<style:table-column-properties style:column-width="%s"/></style:style>'
                 % (chr(65 + i), w))
    s.append('<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
             'fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>')
    s.append('<style:style style:name="HeadCell" style:family="table-cell"><style:table-cell-'
             'properties fo:padding="0.08cm" fo:background-color="#d9e2f3" fo:border="0.5pt solid '
             '#000000"/></style:style>')
    s.append('<style:style style:name="PCenter" style:family="paragraph" style:parent-style-name='
             '"Text_20_body"><style:paragraph-properties fo:text-align="center"/></style:style>')
    return '\n'.join(s)


def build():
    body, blocks = [], []

    def p(text, style='Text_20_body'):
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, odf_text(text)))

    def cell(text, rows=1, style='Small', cstyle='Cell'):
        span = ' table:number-rows-spanned="%d"' % rows if rows > 1 else ''
        return ('<table:table-cell table:style-name="%s" office:value-type="string"%s>'
                '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                % (cstyle, span, style, odf_text(text)))

    covered = '<table:covered-table-cell/>'
    p(TITLE, 'Title')
    blocks.append(note(TITLE))
    for t in SUB:
        p(t, 'PCenter')
        blocks.append(note(t))
    p(INTRO)
    blocks += [note(INTRO.split('. ')[0] + '.'), note(INTRO.split('. ', 1)[1])]
    body.append('<table:table table:name="Malekort" table:style-name="Tbl">')
    for i in range(len(COLW)):
        body.append('<table:table-column table:style-name="Tbl.%s"/>' % chr(65 + i))
    body.append('<table:table-header-rows><table:table-row>%s</table:table-row>'
                '</table:table-header-rows>'
                % ''.join(cell(h, style='SmallHead', cstyle='HeadCell') for h in HEAD))
    blocks += [note(h) for h in HEAD]
    for area_name, area, goals in AREAS + [(OWN[0], None, OWN[1])]:
        n_area = sum(len(g[-1]) for g in goals)
        blocks.append(H(area_name, area=area))
        first_area = True
        for goal, *rest in goals:
            if area is None:
                gi_area, indicator, status, target, ms = rest
            else:
                indicator, status, target, ms = rest
                gi_area = None
            blocks.append(G(goal, **({'area': gi_area} if area is None else {})))
            blocks += [note(indicator), note(status), note(target)]
            for k, m in enumerate(ms):
                text, who, when = m[:3]
                cells = []
                cells.append(cell(area_name, n_area) if first_area else covered)
                first_area = False
                if k == 0:
                    cells += [cell(goal, len(ms)), cell(indicator, len(ms)),
                              cell(status, len(ms)), cell(target, len(ms))]
                else:
                    cells += [covered] * 4
                cells += [cell(text), cell(who), cell(when)]
                body.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
                kw = {'area': m[3]} if area is None else {}
                blocks.append(M(text, resp=who, dl=when, **kw))
    body.append('</table:table>')
    for t in LEGEND:
        p(t)
        blocks.append(note(t))
    return blocks, fodt('\n'.join(body), auto_styles=auto_styles(), extra_styles=EXTRA,
                        landscape=True, title=TITLE + ' – Fagforbundet Sør-Varanger')


BLOCKS, FODT = build()


def render():
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(FODT)
    return lo_to(src, 'odt', None, os.path.join(PLANS, BASE + '.odt'))
