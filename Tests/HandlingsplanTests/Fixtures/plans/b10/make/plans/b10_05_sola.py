"""b10-05 Sola: a year plan by quarter. The headings are the quarters; the area of every goal
and measure is given only by a tag in square brackets at the end of the line ("[Org]",
"[Heltid]" …), explained in a legend. Measures carry " – who" before the tag.

Flat ODT -> LibreOffice 7.4 headless -> ODT: Title, Heading 1 / Heading 2, bullet lists
(text:list with a bullet list style).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, fodt, odf_text, lo_to  # noqa: E402

BASE = 'b10-05_sola'
EXT = 'odt'
FORMAT = 'ODT'
WRITER = 'LibreOffice 7.4 headless, flat ODT -> ODT'
LANG = 'nb'
STYLE = ('quarter-by-quarter plan: Heading 2 per quarter (1. kvartal … 4. kvartal, Hele året) '
         'with bullet measures "text – who [Tag]"; goals in a bullet list "Målene våre" with a '
         'tag each; the area is named only by the bracket tag (legend at the top)')
HARD = ('no heading names an area: the area of every item comes from the "[Tag]" at the end '
        '(Heltid, Egenregi, Org, Fag, Politikk, Digital; [Drift] = none), which must be cut '
        'from the text together with the " – who" part (responsible); the quarter heading is the '
        'deadline of the measures under it; one measure has no tag (by content, null) and one '
        'no responsible; "1. mai på Sola torg …" starts with a number; a responsible with a '
        'comma ("seksjon kirke, kultur og oppvekst"); the legend paragraph lists all tags')

META = {'union': 'Fagforbundet Sola', 'branch': '139', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-01-29', 'language': 'nb'}
AS_WRITTEN = '"Avd. 139", "Vedtatt av årsmøtet 29.01.2026"'

TAGS = {'Heltid': 1, 'Egenregi': 2, 'Org': 3, 'Fag': 4, 'Politikk': 5, 'Digital': 6,
        'Drift': None}

GOALS = [
    ('Minst 80 nye medlemmer i løpet av 2026', 'Org'),
    ('Flere deltidsansatte i Sola kommune får økt stillingen sin', 'Heltid'),
    ('Ingen kommunale tjenester i Sola settes ut på anbud', 'Egenregi'),
    ('Ti assistenter tar fagbrev på jobb', 'Fag'),
    ('Tillitsvalgte føler seg trygge på de digitale verktøyene', 'Digital'),
    ('Kravene våre står i partienes valgprogram før lokalvalget 2027', 'Politikk'),
]

# (heading, [(text, who, tag)]) ; tag None = no tag (area by content: area given as 4th)
QUARTERS = [
    ('1. kvartal (januar–mars)', [
        ('Årsmøte med valg av nytt styre', 'styret', 'Drift'),
        ('Kurs i Tillitsvalgtportalen for nye tillitsvalgte', 'opplæringsansvarlig', 'Digital'),
        ('Medlemsmøte om heltid og turnus i helse og omsorg', 'leder', 'Heltid'),
        ('Verving blant lærlingene på Sola videregående skole', 'ungdomstillitsvalgt', 'Org'),
        ('Innspill til kommunens kompetanseplan', 'HTV', 'Fag'),
    ]),
    ('2. kvartal (april–juni)', [
        ('Vervestand på Tananger sykehjem og i rådhuset i forbundsuka', 'vervekontakt', 'Org'),
        ('1. mai på Sola torg sammen med LO Stavanger', 'styret', 'Politikk'),
        ('Lønnsseminar før de lokale forhandlingene', 'HTV', 'Heltid'),
        ('Kartlegge vikarbruk fra bemanningsbyrå i barnehagene', 'HTV', 'Egenregi'),
        ('Sommeravslutning på Sola strand for medlemmer og familie', 'styret', 'Drift'),
    ]),
    ('3. kvartal (juli–september)', [
        ('Fagdag for barne- og ungdomsarbeidere', 'seksjon kirke, kultur og oppvekst', 'Fag'),
        ('Møte med gruppelederne om budsjettet for 2027', 'leder og nestleder', 'Politikk'),
        ('Grunnskolering trinn 1 for nye tillitsvalgte', 'opplæringsansvarlig', 'Org'),
    ]),
    ('4. kvartal (oktober–desember)', [
        ('Tillitsvalgtsamling på Utstein kloster', 'styret', 'Org'),
        ('Pensjonskurs for medlemmer over 55 år', 'pensjonistkontakt', 'Heltid'),
        ('Leserinnlegg i Solabladet om privatisering av eldreomsorgen', 'leder', 'Egenregi'),
        ('Julebord', 'styret', 'Drift'),
        ('Kurs i BankID og Helsenorge for pensjonistene', 'pensjonistkontakt', 'Digital'),
        ('Gave til SOS-barnebyer i stedet for julekort', 'kasserer', None, None),
    ]),
    ('Hele året', [
        ('Styremøte første mandag i måneden', 'leder', 'Drift'),
        ('Nyhetsbrev på e-post annenhver måned', 'sekretær', 'Org'),
        ('Delta i partssammensatt utvalg for heltidskultur', 'HTV', 'Heltid'),
        ('Følge opp alle varsler om anbud i kommunen', 'styret', 'Egenregi'),
        ('Besøk på arbeidsplasser uten tillitsvalgt', None, 'Org'),
    ]),
]

LEGEND = ('Merkene i hakeparentes viser satsingsområdet: [Heltid] = heltid, likelønn og pensjon, '
          '[Egenregi] = offentlige tjenester med egne ansatte, [Org] = organisasjonsbygging og '
          'tariffmakt, [Fag] = fag- og tjenesteutvikling, [Politikk] = alliansebygging og '
          'politisk påvirkning, [Digital] = digitalisering, [Drift] = drift av fagforeningen.')


def line(text, who, tag):
    s = text
    if who:
        s += ' – ' + who
    if tag:
        s += ' [%s]' % tag
    return s


def build():
    blocks, body = [], []

    def p(style, text):
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, odf_text(text)))

    def h(level, text):
        body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                    % (level, level, odf_text(text)))

    def ul(lines):
        body.append('<text:list text:style-name="LB">')
        for l in lines:
            body.append('<text:list-item><text:p text:style-name="List_20_Bullet">%s</text:p>'
                        '</text:list-item>' % odf_text(l))
        body.append('</text:list>')

    for style, t in (('Title', 'Fagforbundet Sola – handlingsplan 2026'),
                     ('Subtitle', 'Avd. 139'), ('Standard', 'Vedtatt av årsmøtet 29.01.2026')):
        p(style, t)
        blocks.append(note(t))
    intro = ('Planen er satt opp som et årshjul, slik at styret kan følge den opp kvartal for '
             'kvartal.')
    p('Text_20_body', intro)
    blocks.append(note(intro))
    p('Text_20_body', LEGEND)
    blocks.append(note(LEGEND))
    h(1, 'Målene våre')
    blocks.append(H('Målene våre', area=None))
    ul(line(t, None, tag) for t, tag in GOALS)
    for t, tag in GOALS:
        blocks.append(G(t, area=TAGS[tag]))
        blocks.append(note('[%s]' % tag))
    h(1, 'Årshjul 2026')
    blocks.append(H('Årshjul 2026', area=None))
    for qh, rows in QUARTERS:
        h(2, qh)
        blocks.append(H(qh, area=None))
        ul(line(*r[:3]) for r in rows)
        for r in rows:
            t, who, tag = r[:3]
            area = TAGS[tag] if tag else r[3]
            blocks.append(M(t, resp=who, dl=qh, area=area))
    t = 'Styret i Fagforbundet Sola'
    p('Text_20_body', t)
    blocks.append(note(t))
    auto = ('<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" '
            'text:bullet-char="•"><style:list-level-properties '
            'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-'
            'alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" '
            'fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties>'
            '</text:list-level-style-bullet></text:list-style>')
    return blocks, fodt('\n'.join(body), auto_styles=auto,
                        title='Handlingsplan 2026 Fagforbundet Sola')


BLOCKS, FODT = build()


def render():
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(FODT)
    return lo_to(src, 'odt', None, os.path.join(PLANS, BASE + '.odt'))
