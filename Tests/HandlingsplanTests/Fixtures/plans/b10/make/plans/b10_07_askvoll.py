"""b10-07 Askvoll: one table, one row per area. Columns Satsingsområde | Mål | Tiltak |
Ansvarleg | Frist. The Tiltak, Ansvarleg and Frist cells hold one paragraph per measure, lined
up by position (the 2nd paragraph of Ansvarleg belongs to the 2nd measure); "–" keeps the
place where a measure has no responsible or no deadline.

HTML -> LibreOffice 7.4 headless -> DOCX (MS Word 2007 XML).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, xesc, lo_to  # noqa: E402

BASE = 'b10-07_askvoll'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'LibreOffice 7.4 headless, HTML -> DOCX (MS Word 2007 XML)'
LANG = 'nn'
STYLE = ('one table with one row per area: Satsingsområde | Mål | Tiltak | Ansvarleg | Frist; '
         'several paragraphs per cell, the Tiltak / Ansvarleg / Frist paragraphs lined up by '
         'position')
HARD = ('a row holds a whole area: the first cell is the section, the Mål cell one or two goals '
        '(one per paragraph), the Tiltak cell 2-4 measures; responsible and deadline only by '
        'paragraph position in the neighbouring cells ("–" = none); reading the row as one '
        'record, or a cell as one text, merges several items; in the PDFs long measures wrap and '
        'the lines of the five columns interleave; the own row "Drift og trivsel" has "–" as '
        'its goal cell and is mapped by content; nynorsk')

META = {'union': 'Fagforbundet Askvoll', 'branch': '449', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-03', 'language': 'nn'}
AS_WRITTEN = '"Avdeling 449 – vedteken av årsmøtet 3. februar 2026"'

# (area cell, area, goals, measures); measure = (text, who, when, area-if-own)
ROWS = [
    ('Heiltid og likeløn', 1, [
        'Fleire deltidstilsette i Askvoll kommune får auka stillingsstorleik.',
    ], [
        ('Krevje oversikt over deltid og ledige vakter i pleie og omsorg.', 'HTV', 'Mars'),
        ('Medlemsmøte om pensjon og AFP.', 'Styret', 'Oktober'),
        ('Følgje opp lønsutviklinga for fagarbeidarar i dei lokale forhandlingane.', 'HTV',
         'Mai'),
    ]),
    ('Offentlege tenester i eigenregi', 2, [
        'Alle kommunale tenester i Askvoll blir drivne av eigne tilsette.',
    ], [
        ('Følgje med på planane for nytt omsorgssenter i Holmedal.', None, 'Heile året'),
        ('Møte med kommunedirektøren om reinhald i eigen regi.', 'Leiar', 'April'),
    ]),
    ('Organisasjon og tariffmakt', 3, [
        '390 medlemar innan utgangen av 2026.',
        'Tillitsvald på alle arbeidsplassar med meir enn fem medlemar.',
    ], [
        ('Vervekampanje i forbundsvekene.', 'Vervekontakt', 'Veke 16 og 40'),
        ('Ringje alle nye medlemar.', 'Sekretær', 'Løpande'),
        ('Grunnopplæring for nye tillitsvalde.', 'Opplæringsansvarleg', 'Haust'),
        ('Besøk hos lærlingane i kommunen.', 'Ungdomstillitsvald', 'Februar'),
    ]),
    ('Fag og kompetanse', 4, [
        'Fleire ufaglærte tek fagbrev på jobb.',
    ], [
        ('Informasjonsmøte om fagbrev for assistentar i barnehage og skule.', 'Seksjon KKO',
         'Mars'),
        ('Fagkveld om demens for helsefagarbeidarar.', 'Seksjon helse og sosial', 'November'),
    ]),
    ('Politisk påverknad', 5, [
        'Krava våre er kjende for alle partia før budsjettet blir lagt fram.',
    ], [
        ('Møte med gruppeleiarane i kommunestyret.', 'Leiar', 'September'),
        ('Markere 1. mai i Askvoll sentrum.', 'Styret', '1. mai'),
        ('Samarbeid med LO i Sunnfjord om valkampen 2027.', 'Leiar', None),
    ]),
    ('Digitalisering', 6, [
        'Tillitsvalde meistrar Teams og Tillitsvaldportalen.',
    ], [
        ('Kurs i Tillitsvaldportalen.', 'Opplæringsansvarleg', 'Januar'),
        ('Krevje opplæring før nye fagsystem blir tekne i bruk.', 'HTV', 'Løpande'),
    ]),
    ('Drift og trivsel', None, [], [
        ('Styremøte kvar månad.', 'Leiar', 'Løpande', None),
        ('Rekneskap og revisjon.', 'Kasserar', 'Januar', None),
        ('Informasjon på Facebook og i nyheitsbrev.', 'Sekretær', 'Løpande', 3),
        ('Medlemsfest i samband med årsmøtet.', 'Styret', 'Februar', None),
    ]),
]

DASH = '–'


def cell(paras, bold=False):
    inner = ''.join('<p>%s%s%s</p>' % ('<b>' if bold else '', xesc(x), '</b>' if bold else '')
                    for x in paras)
    return '<td>%s</td>' % inner


def build():
    blocks = []
    html = ['<html><head><meta charset="utf-8"><title>Handlingsplan 2026</title>',
            '<style>table{border-collapse:collapse} td,th{border:1px solid #000;padding:3px;'
            'vertical-align:top;font-size:9pt}</style></head><body>']
    for tag, t in (('h1', 'Handlingsplan 2026 – Fagforbundet Askvoll'),
                   ('p', 'Avdeling 449 – vedteken av årsmøtet 3. februar 2026')):
        html.append('<%s>%s</%s>' % (tag, xesc(t), tag))
        blocks.append(note(t))
    intro = ('Tabellen viser kva vi vil oppnå og kva vi skal gjere innanfor kvart '
             'satsingsområde. Ansvarleg og frist står på same linje som tiltaket.')
    html.append('<p>%s</p>' % xesc(intro))
    blocks.append(note(intro))
    heads = ['Satsingsområde', 'Mål', 'Tiltak', 'Ansvarleg', 'Frist']
    html.append('<table width="100%"><colgroup><col width="15%"><col width="25%">'
                '<col width="34%"><col width="14%"><col width="12%"></colgroup><thead><tr>' +
                ''.join('<th><p>%s</p></th>' % h for h in heads) + '</tr></thead><tbody>')
    for h in heads:
        blocks.append(note(h))
    for name, area, goals, measures in ROWS:
        blocks.append(H(name, area=area))
        kw = {} if area is not None else {'area': None}
        for g in goals:
            blocks.append(G(g, **kw))
        for m in measures:
            text, who, when = m[:3]
            kw = {} if area is not None else {'area': m[3]}
            blocks.append(M(text, resp=who, dl=when, **kw))
        row = [cell([name], bold=True), cell(goals or [DASH]),
               cell([m[0] for m in measures]),
               cell([m[1] or DASH for m in measures]),
               cell([m[2] or DASH for m in measures])]
        html.append('<tr>%s</tr>' % ''.join(row))
    html.append('</tbody></table>')
    t = 'Styret gjennomgår planen på styremøta i juni og desember.'
    html.append('<p>%s</p>' % xesc(t))
    blocks.append(note(t))
    html.append('</body></html>')
    return blocks, '\n'.join(html)


BLOCKS, HTML = build()


def render():
    src = os.path.join(SRC, BASE + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(HTML)
    return lo_to(src, 'docx', 'MS Word 2007 XML', os.path.join(PLANS, BASE + '.docx'))
