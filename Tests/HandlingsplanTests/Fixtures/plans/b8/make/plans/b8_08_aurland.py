"""b8-08 Aurland: goals in prose per area, then a year wheel (årshjul) as a 2 x 2 table
with one quarter per cell, then a list of recurring work.

Heading 2 "Kva vil vi oppnå i 2026?" with Heading 3 per area (drifted nynorsk names), each
a prose paragraph mixing situation sentences and goal sentences. Heading 2 "Årshjul 2026":
a 2 x 2 table (1. kvartal | 2. kvartal / 3. kvartal | 4. kvartal); every cell starts with a
bold quarter label and holds a bullet list of activities. Heading 2 "Fast arbeid gjennom
året" with a bullet list. Written as HTML, converted to DOCX by LibreOffice.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, lo_to, SRC, PLANS, html_text, xesc  # noqa: E402

BASE = 'b8-08_aurland'
EXT = 'docx'
WRITER = 'HTML -> LibreOffice 7.4 headless -> DOCX (MS Word 2007 XML)'
LANG = 'nn'
STYLE = ('goals as prose sentences under area headings, then a year wheel as a 2 x 2 table '
         '(one quarter per cell, bold quarter label + bullet list), then a list of recurring work')
HARD = ('goal sentences ("Vi vil at …", "Målet vårt er …", "Fagforeininga skal …") stand in '
        'paragraphs between situation sentences; the area headings are Heading 3 under an '
        'own Heading 2; the year wheel is a 2 x 2 grid, so reading by rows gives 1., 2., 3., '
        '4. kvartal but a PDF reader sees the two columns side by side; each cell starts '
        'with its quarter label (the deadline of the activities under it) and the '
        'activities are mapped by content (1, 2, 3, 4, 5, 6 and null); "1. mai-arrangement" '
        'starts a bullet; recurring work list by content')

META = {'union': 'Fagforbundet Aurland', 'branch': '507', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-01-22', 'language': 'nn'}
AS_WRITTEN = '"Fagforbundet Aurland, avd. 507", "Vedteke på årsmøtet i Aurlandsvangen 22. januar 2026."'


def prose(*parts):
    return {'t': 'prose', 'children': list(parts)}


S = note  # a situation sentence


def quarter(label, *acts):
    """acts: (text, area)"""
    return {'children': [note(label, bold=True),
                         {'t': 'list', 'children': [M(t, area=a, dl=label) for t, a in acts]}]}


BLOCKS = [
    note('Handlingsplan og årshjul 2026', style='h1'),
    note('Fagforbundet Aurland, avd. 507'),
    note('Vedteke på årsmøtet i Aurlandsvangen 22. januar 2026.'),
    H('Kva vil vi oppnå i 2026?', section=False, level=2),
    prose(S('Fagforbundet har seks satsingsområde i strategiplanen.'),
          S('Under kvart av dei har styret skrive kva vi vil oppnå i Aurland.')),
    H('Heiltid og likeløn', area=1, level=3),
    prose(S('Om lag halvparten av medlemmane våre i kommunen har deltidsstilling.'),
          G('Vi vil at alle nye stillingar i omsorga skal lysast ut som heile stillingar.'),
          G('Vi skal òg arbeide for at kvinnedominerte yrke i kommunen får ei betre lønsutvikling.')),
    H('Offentlege tenester i eigenregi', area=2, level=3),
    prose(S('Reinhaldet i skulane og vaskeriet på helsetunet er i dag drivne av kommunen.'),
          G('Målet vårt er at begge framleis skal drivast med eigne tilsette.'),
          G('Fagforeininga vil krevje at kommunen ikkje leiger inn vikarar frå byrå i sommarferien.')),
    H('Organisasjon og tariffmakt', area=3, level=3),
    prose(S('Vi har i dag 186 medlemmar.'),
          G('Målet vårt er 200 medlemmar innan utgangen av 2026.'),
          G('Alle dei fire største arbeidsplassane skal ha plasstillitsvald med opplæring.')),
    H('Fag og kompetanse', area=4, level=3),
    prose(S('Mange assistentar i barnehagane manglar fagbrev.'),
          G('Vi vil at minst fem medlemmar tek fagbrev som praksiskandidat i 2026.')),
    H('Politisk påverknad', area=5, level=3),
    prose(S('Kommunestyret skal vedta ny eldreplan i 2026.'),
          G('Vi vil påverke planen slik at han byggjer på heile stillingar og eigne tilsette.'),
          G('Fagforeininga skal ha eit fast møte med ordføraren kvart halvår.')),
    H('Digitalisering', area=6, level=3),
    prose(G('Vi vil at alle tillitsvalde skal kunne bruke Teams og Tillitsvalgtportalen innan sommaren.'),
          S('Kommunen har lova å setje av tid til opplæring.')),
    H('Årshjul 2026', section=True, level=2),
    note('Årshjulet viser når vi gjer kva. Ansvaret blir fordelt på det første styremøtet i kvart kvartal.'),
    {'t': 'table', 'rows': [
        {'cells': [
            quarter('1. kvartal (januar–mars)',
                    ('Årsmøte med val og rekneskap', None),
                    ('Grunnskulering for nye tillitsvalde', 3),
                    ('Vervekampanje på helsetunet og i barnehagane', 3),
                    ('Markering av 8. mars saman med LO', 5),
                    ('Kartlegging av deltid i pleie og omsorg', 1)),
            quarter('2. kvartal (april–juni)',
                    ('1. mai-arrangement i Aurlandsvangen', 5),
                    ('Pensjonskurs for medlemmar over 60 år', 1),
                    ('Fagdag for helsefagarbeidarar i Sogn', 4),
                    ('Sommaravslutning for styret og tillitsvalde', None)),
        ]},
        {'cells': [
            quarter('3. kvartal (juli–september)',
                    ('Besøk hos lærlingane i kommunen', 3),
                    ('Budsjettinnspel til formannskapet', 5),
                    ('Tillitsvaldsamling med overnatting i Flåm', 3),
                    ('Kurs i Tillitsvalgtportalen', 6)),
            quarter('4. kvartal (oktober–desember)',
                    ('Møte med gruppeleiarane før budsjettet', 5),
                    ('Drøftingsmøte om innleige frå vikarbyrå', 2),
                    ('Julebord for alle medlemmar', None),
                    ('Evaluering av handlingsplanen på styremøtet i desember', None),
                    ('Gåve til SOS-barnebyar', None)),
        ]},
    ]},
    H('Fast arbeid gjennom året', section=True, level=2),
    {'t': 'list', 'children': [
        M('Styremøte første tysdag i månaden', area=None),
        M('Nyheitsbrev på e-post til medlemmane kvar månad', area=3),
        M('Velkomstsamtale med nye medlemmar', area=3),
        M('Digital hjelp til pensjonistar med BankID og Helsenorge', area=6),
    ]},
    note('Styret i Fagforbundet Aurland'),
]


def html_list(block):
    return '<ul>' + ''.join('<li><p>%s</p></li>' % html_text(i['text'])
                            for i in block['children']) + '</ul>'


def render():
    out = ['<!DOCTYPE html>', '<html lang="nn"><head><meta charset="utf-8">',
           '<title>Handlingsplan og årshjul 2026</title>',
           '<style>body{font-family:"Liberation Sans";font-size:11pt} '
           '</style>',
           '</head><body>']
    for b in BLOCKS:
        t = b['t']
        if t == 'note':
            if b.get('style') == 'h1':
                out.append('<h1>%s</h1>' % html_text(b['text']))
            else:
                out.append('<p>%s</p>' % html_text(b['text']))
        elif t == 'h':
            out.append('<h%d>%s</h%d>' % (b['level'], html_text(b['text']), b['level']))
        elif t == 'prose':
            out.append('<p>%s</p>' % ' '.join(html_text(c['text']) for c in b['children']))
        elif t == 'list':
            out.append(html_list(b))
        elif t == 'table':
            out.append('<table width="660" border="1" cellpadding="6" cellspacing="0">'
                       '<colgroup><col width="330"><col width="330"></colgroup>')
            for row in b['rows']:
                out.append('<tr>')
                for c in row['cells']:
                    lab, lst = c['children']
                    out.append('<td valign="top"><p><b>%s</b></p>%s</td>' % (xesc(lab['text']), html_list(lst)))
                out.append('</tr>')
            out.append('</table>')
    out.append('</body></html>')
    src = os.path.join(SRC, BASE + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    dest = os.path.join(PLANS, BASE + '.docx')
    lo_to(src, 'docx', 'MS Word 2007 XML', dest)
    return dest
