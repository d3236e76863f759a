"""b14-02 Stange: a plan typed in a spreadsheet and copied into Writer. The range was copied
from Calc (column A "Nr", B "Aktivitet", an empty narrow column C left as a spacer, D
"Ansvarlig", E "Frist", F "Merknad"), pasted as a table and saved as DOCX. Area rows and the
title rows are merged across all six columns and shaded; goal rows say "Mål" in column A and
are merged over B–C; measure rows carry a typed number "1.1" in A.

Rendered as the HTML a spreadsheet copy gives, opened by LibreOffice 7.4 headless and saved as
DOCX (MS Word 2007 XML).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, lo_to, html_text  # noqa: E402

BASE = 'b14-02_stange'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'LibreOffice 7.4 headless, spreadsheet-style HTML table -> DOCX (MS Word 2007 XML)'
LANG = 'nb'
STYLE = ('spreadsheet range pasted into Word: one table Nr | Aktivitet | (empty spacer column) | '
         'Ansvarlig | Frist | Merknad; title, date and area rows merged over all six columns and '
         'shaded; goal rows "Mål" in Nr, merged over Aktivitet + spacer; measures numbered "1.1"')
HARD = ('everything is one table, including the title, the adoption row and empty spacer rows; '
        'column C is empty in every row (a reader that counts cells by header position is off by '
        'one after the merged goal rows, where B spans C); area rows are merged rows, not '
        'headings; kind only from column A ("Mål" vs "1.1"); Frist as spreadsheet dates '
        '("15.03.2026") or words ("Løpende", "Uke 37"); Merknad cells ("Videreføres fra 2025", '
        '"Budsjett kr 15 000") are no items; own area row "7 Drift av avdelingen" by content '
        '(null, 3); a final "Sum budsjett" row')
META = {'union': 'Fagforbundet Stange', 'branch': '412', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-05', 'language': 'nb'}
AS_WRITTEN = '"Handlingsplan 2026 – Fagforbundet Stange avd. 412", "Vedtatt på årsmøtet 05.02.2026"'

# (area row text, area, goals, measures (text, resp, deadline, comment))
AREAS = [
    ('1 Heltid og likelønn', 1, [
        'Andelen heltidsansatte i helse og omsorg i Stange øker med ti prosentpoeng.',
    ], [
        ('Kartlegge ønsket stillingsstørrelse blant deltidsansatte på Stangehjemmet',
         'Hovedtillitsvalgt', '15.03.2026', ''),
        ('Kreve drøfting av ny turnusmodell med lengre vakter i helgene', 'Hovedtillitsvalgt',
         '30.04.2026', 'Videreføres fra 2025'),
        ('Sjekke at likelønnspotten i lokale forhandlinger går til kvinnedominerte grupper',
         'Forhandlingsutvalget', '01.09.2026', ''),
    ]),
    ('2 Egne ansatte i offentlige tjenester', 2, [
        'Ingen kommunale tjenester i Stange blir satt ut på anbud i perioden.',
    ], [
        ('Følge opp utredningen av private aktører i hjemmetjenesten', 'Leder', 'Løpende', ''),
        ('Ha dialog med rådmannen om å ta renholdet av skolene tilbake i egen regi', 'Leder',
         '01.06.2026', ''),
    ]),
    ('3 Organisasjonsbygging', 3, [
        'Stange skal ha 30 aktive plasstillitsvalgte ved årsslutt.',
        'Netto medlemsvekst på minst 50.',
    ], [
        ('Vervestand på Stangehallen under messa i august', 'Vervetillitsvalgt', 'Uke 34',
         'Budsjett kr 15 000'),
        ('Samling for plasstillitsvalgte med tema arbeidsmiljø', 'Opplæringsansvarlig',
         '20.10.2026', ''),
        ('Besøke alle barnehagene med informasjon til nyansatte', 'Vervetillitsvalgt', 'Uke 37',
         ''),
    ]),
    ('4 Fag og kompetanse', 4, [
        'Flere ufaglærte i kommunen starter på fagbrev via praksiskandidatordningen.',
    ], [
        ('Søke om fagforeningsmidler til et kurs om demens for helsefagarbeidere',
         'Fagansvarlig', '01.03.2026', ''),
        ('Samarbeide med Hedmark fagskole om vekslingsmodellen', 'Fagansvarlig', 'Løpende', ''),
    ]),
    ('5 Politisk påvirkning', 5, [
        'Stange-politikerne kjenner avdelingens krav før budsjettet vedtas.',
    ], [
        ('Møte gruppelederne i kommunestyret i september', 'Styret', '15.09.2026', ''),
        ('Skrive innlegg i Hamar Arbeiderblad om bemanning i barnehagene', 'Leder',
         '31.05.2026', ''),
    ]),
    ('6 Digitalisering', 6, [], [
        ('Opplæring i Teams for styret og hovedtillitsvalgte', 'Sekretær', '28.02.2026', ''),
        ('Krev medvirkning når kommunen innfører ny velferdsteknologi', 'Hovedtillitsvalgt',
         'Løpende', ''),
    ]),
]
OWN = ('7 Drift av avdelingen', [
    ('Styremøte hver andre onsdag', 'Leder', 'Løpende', '', None),
    ('Regnskapet revideres før årsmøtet', 'Kasserer', '15.01.2027', '', None),
    ('Julemiddag for tillitsvalgte og styret', 'Styret', '04.12.2026', 'Budsjett kr 40 000', None),
    ('Velkomstbrev til alle nye medlemmer', 'Sekretær', 'Løpende', '', 3),
])

CSS = ('table{border-collapse:collapse;font-family:Calibri;font-size:10pt}'
       'td{border:1px solid #bfbfbf;padding:1px 3px;vertical-align:bottom}')


def td(text='', span=1, bg=None, bold=False, align=None, width=None):
    st = []
    if bg:
        st.append('background:%s' % bg)
    if bold:
        st.append('font-weight:bold')
    if align:
        st.append('text-align:%s' % align)
    attr = ' colspan="%d"' % span if span > 1 else ''
    if width:
        attr += ' width="%d"' % width
    if bg:
        attr += ' bgcolor="%s"' % bg
    inner = html_text(text) if text else '&#160;'
    if bold:
        inner = '<b>%s</b>' % inner
    return '<td%s style="%s">%s</td>' % (attr, ';'.join(st), inner)


def build():
    rows, B = [], []
    title = 'Handlingsplan 2026 – Fagforbundet Stange avd. 412'
    rows.append(td(title, 6, '#c00000', True)); B.append(note(title))
    dt = 'Vedtatt på årsmøtet 05.02.2026'
    rows.append(td(dt, 6)); B.append(note(dt))
    rows.append(''.join(td() for _ in range(6)))
    hdr = ['Nr', 'Aktivitet', '', 'Ansvarlig', 'Frist', 'Merknad']
    rows.append(''.join(td(h, 1, '#d9d9d9', True) for h in hdr))
    for h in hdr:
        if h:
            B.append(note(h))

    def measure_row(nr, t, r, d, c, area=None, own=False):
        rows.append(td(nr, align='right') + td(t) + td() + td(r) + td(d, align='right') + td(c))
        B.append(note(nr))
        kw = {'resp': r, 'dl': d}
        if own:
            kw['area'] = area
        B.append(M(t, **kw))
        if c:
            B.append(note(c))

    for k, (head, area, goals, meas) in enumerate(AREAS, 1):
        rows.append(td(head, 6, '#f4b084', True)); B.append(H(head, area=area))
        for g in goals:
            rows.append(td('Mål', bold=True) + td(g, 2) + td() + td() + td())
            B.append(G(g))
        for i, (t, r, d, c) in enumerate(meas, 1):
            measure_row('%d.%d' % (k, i), t, r, d, c)
    head = OWN[0]
    rows.append(td(head, 6, '#f4b084', True)); B.append(H(head, area=None))
    for i, (t, r, d, c, a) in enumerate(OWN[1], 1):
        measure_row('7.%d' % i, t, r, d, c, area=a, own=True)
    rows.append(''.join(td() for _ in range(6)))
    rows.append(td() + td('Sum budsjett', bold=True) + td() + td() + td() +
                td('kr 55 000', bold=True))
    B.append(note('Sum budsjett'))
    B.append(note('kr 55 000'))
    body = ''.join('<tr>%s</tr>\n' % r for r in rows)
    colg = ''.join('<col width="%d">' % w for w in (40, 330, 12, 120, 75, 120))
    html = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Handlingsplan 2026</title>'
            '<style>%s</style></head><body>\n<table cellspacing="0" border="1">%s\n%s</table>\n'
            '</body></html>\n' % (CSS, colg, body))
    return html, B


HTML, BLOCKS = build()


def render():
    src = os.path.join(SRC, BASE + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(HTML)
    return lo_to(src, 'docx', 'MS Word 2007 XML', os.path.join(PLANS, BASE + '.docx'))
