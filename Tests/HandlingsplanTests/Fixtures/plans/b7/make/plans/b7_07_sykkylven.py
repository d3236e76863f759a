"""b7-07 Sykkylven (nn): a year plan as a "Gantt" table, DOCX written by LibreOffice
Writer from HTML (`--convert-to docx:"MS Word 2007 XML"`).  Before the table a numbered
list "Måla våre for 2026" (no headings: the goals get their area by content).  One
table Tiltak | Ansvarleg | 1. kv. | 2. kv. | 3. kv. | 4. kv. with an "X" in the quarters
in which the measure runs; area rows span all six columns (gridSpan) and start the
sections; the last spanning row "Drift og sosialt" names no area (content).  Short
items ("Årsmøte", "Julebord").  The quarters are marks, not written deadlines.
Gold: goals = localGoal (section null), Tiltak cells = measure with responsible =
Ansvarleg; no deadline."""
import html
import os

from lib import Gold, LG, ME, soffice

BASE = 'b7-07_sykkylven'
EXT = 'docx'

GOALS = [
    ('Fleire av medlemmane våre i Sykkylven kommune skal ha heile stillingar.', 1),
    ('Reinhald og kantine skal framleis vere i eigenregi.', 2),
    ('Vi skal ha 700 medlemmar ved utgangen av 2026.', 3),
    ('Fleire assistentar skal ta fagbrev.', 4),
    ('Alle tillitsvalde skal bruke Tillitsvalgtportalen.', 6),
]

# section, area, [(tiltak, ansvarleg, quarters, area-override)]
ROWS = [
    ('Heiltid og likeløn', 1, [
        ('Drøftingsmøte om heiltid i alle turnuseiningar', 'HTV', '1'),
        ('Kartleggje uønskt deltid i heimetenesta', 'HTV', '23'),
        ('Medlemsmøte om pensjon og AFP', 'Leiar', '4'),
    ]),
    ('Offentlege tenester med eigne tilsette', 2, [
        ('Oversikt over innleige frå vikarbyrå', 'HTV', '24'),
        ('Innspel til budsjettet om eigenregi', 'Styret', '3'),
    ]),
    ('Organisasjonsbygging og tariffmakt', 3, [
        ('Vervekampanje i forbundsvekene', 'Verveansvarleg', '14'),
        ('Velkomstsamtale med nye medlemmar', 'Medlemsansvarleg', '1234'),
        ('Grunnskulering for nye tillitsvalde', 'Opplæringsansvarleg', '13'),
        ('Besøk hos lærlingane i kommunen', 'Ungdomstillitsvald', '3'),
    ]),
    ('Fag- og tenesteutvikling', 4, [
        ('Informasjonsmøte om praksiskandidatordninga', 'Seksjon helse og sosial', '1'),
        ('Fagdag for barne- og ungdomsarbeidarar', 'Seksjon kirke, kultur og oppvekst', '4'),
    ]),
    ('Politisk påverknad', 5, [
        ('Møte med gruppeleiarane før budsjettet', 'Leiar', '3'),
        ('1. mai-arrangement på Aure saman med LO', 'Styret', '2'),
        ('Lesarinnlegg i Sykkylvsbladet', 'Informasjonsansvarleg', '1234'),
    ]),
    ('Digitalisering', 6, [
        ('Kurs i Tillitsvalgtportalen og Teams', 'Opplæringsansvarleg', '1'),
        ('Digital kafé om BankID for pensjonistane', 'Pensjonistkontakt', '4'),
    ]),
    ('Drift og sosialt', None, [
        ('Styremøte kvar månad', 'Leiar', '1234', None),
        ('Rekneskap og revisjon', 'Kasserar', '1', None),
        ('Årsmøte', 'Styret', '1', None),
        ('Julebord', 'Styret', '4', None),
        ('Sommartur til Geiranger', 'Styret', '2', None),
        ('Medlemsmøte på Ikornnes og i Straumgjerde', 'Styret', '24', 3),
    ]),
]


def e(s):
    return html.escape(s, quote=False)


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Sykkylven', '533', 2026, 2026, '2026-01-22', 'nn')
    h = ['<html><head><meta charset="utf-8"><title>Årsplan 2026</title>',
         '<style>td, th { border: 1px solid black; padding: 2px; } '
         'table { border-collapse: collapse; }</style></head><body>']
    h.append('<h1>%s</h1>' % e(g.no('Årsplan og handlingsplan 2026')))
    h.append('<p>%s<br>%s</p>' % (e(g.no('Fagforbundet Sykkylven avd. 533')),
                                  e(g.no('Vedteke på årsmøtet 22.01.2026'))))
    h.append('<p><b>%s</b></p><ol>' % e(g.no('Måla våre for 2026')))
    for t, a in GOALS:
        h.append('<li>%s</li>' % e(g.item(LG, a, t, None)))
    h.append('</ol>')
    intro = 'Tabellen viser kva tid på året tiltaka skal gjennomførast (X = aktivt kvartal).'
    h.append('<p>%s</p>' % e(g.no(intro)))
    h.append('<table width="100%"><colgroup><col width="44%"><col width="24%">'
             '<col width="8%"><col width="8%"><col width="8%"><col width="8%"></colgroup>')
    h.append('<tr>' + ''.join('<th>%s</th>' % e(g.no(c)) for c in
                              ('Tiltak', 'Ansvarleg', '1. kv.', '2. kv.', '3. kv.', '4. kv.'))
             + '</tr>')
    for sec, area, rows in ROWS:
        h.append('<tr><td colspan="6" bgcolor="#d9e2f3"><b>%s</b></td></tr>' % e(g.no(sec)))
        for r in rows:
            text, who, q = r[:3]
            a = r[3] if len(r) > 3 else area
            cells = [e(g.item(ME, a, text, sec, responsible=who)), e(g.no(who))]
            cells += ['X' if str(k) in q else '' for k in range(1, 5)]
            h.append('<tr>' + ''.join(
                '<td>%s</td>' % c if i < 2 else '<td align="center">%s</td>' % c
                for i, c in enumerate(cells)) + '</tr>')
    h.append('</table>')
    h.append('<p>%s</p>' % e(g.no('Styret i Fagforbundet Sykkylven')))
    h.append('</body></html>')
    src = os.path.join(work, BASE + '.html')
    open(src, 'w', encoding='utf-8').write('\n'.join(h))
    out = soffice(src, 'docx:MS Word 2007 XML', work, infilter='HTML (StarWriter)')
    os.replace(out, os.path.join(plans_dir, BASE + '.' + EXT))
    return g
