"""b7-06 Kristiansund (nb): plain text with ASCII grid tables (+----+----+ / | cell |,
"+====+" under the header row), written by pandoc from HTML with
`-t plain-simple_tables-multiline_tables --columns=78`: the cells are wrapped INSIDE
their columns, so one measure runs over two or three table lines while Ansvar / Frist
sit on the first of them.  Per area a heading line "1 Heltid og likelønn", a
"Mål: …" paragraph (label inline, wrapped) and a table Tiltak | Ansvar | Frist; one
Frist cell is empty; "7 Annet" has no goal and is mapped by content.
Gold: "Mål:" sentence = localGoal; Tiltak cell = measure with responsible = Ansvar,
deadline = Frist (cell text joined with spaces)."""
import html
import os

from lib import Gold, LG, ME, run

BASE = 'b7-06_kristiansund'
EXT = 'txt'

AREAS = [
    ('1 Heltid og likelønn', 1,
     'Flere deltidsansatte i Kristiansund kommune får større stillinger i 2026.', [
         ('Kreve drøftingsmøter om heltid i alle turnusenheter i helse og omsorg', 'HTV',
          'Mars 2026'),
         ('Følge opp medlemmer med krav på utvidet stilling etter § 14-3',
          'Plasstillitsvalgte', 'Løpende'),
         ('Medlemsmøte om AFP og pensjon', 'Leder', 'Oktober 2026'),
         ('Lønnsstatistikk til de lokale forhandlingene', 'HTV', ''),
     ]),
    ('2 Offentlige tjenester med egne ansatte', 2,
     'Kommunen bruker ikke bemanningsbyrå i helse og omsorg.', [
         ('Be om oversikt over innleie fra bemanningsbyrå hvert halvår', 'HTV',
          'Juni og desember'),
         ('Skrive høringsinnspill mot konkurranseutsetting av renholdet', 'Styret', 'Ved behov'),
         ('Kurs om trepartssamarbeid og tillitsreform for tillitsvalgte', 'Nestleder',
          'Høsten 2026'),
     ]),
    ('3 Organisasjonsbygging og tariffmakt', 3,
     'Avdelingen har 1 450 medlemmer ved utgangen av 2026.', [
         ('Vervekampanje i forbundsukene', 'Verveansvarlig', 'Mars og oktober'),
         ('Velkomstsamtale med alle nye medlemmer', 'Medlemsansvarlig', 'Løpende'),
         ('Grunnskolering for nye tillitsvalgte', 'Opplæringsansvarlig', 'Februar 2026'),
         ('Besøke helse- og oppvekstfag på Atlanten videregående skole', 'Ungdomstillitsvalgt',
          'September 2026'),
         ('Velge plasstillitsvalgte på alle sykehjem', 'HTV', 'April 2026'),
     ]),
    ('4 Fag- og tjenesteutvikling', 4,
     'Flere assistenter og ufaglærte tar fagbrev.', [
         ('Informasjonsmøte om praksiskandidatordningen', 'Seksjon helse og sosial',
          'Januar 2026'),
         ('Fagdag for barne- og ungdomsarbeidere', 'Seksjon kirke, kultur og oppvekst',
          'November 2026'),
         ('Kreve flere læreplasser i kommunen', 'HTV', 'Budsjettet 2027'),
     ]),
    ('5 Alliansebygging og politisk påvirkning', 5,
     'Alle partiene i bystyret kjenner kravene våre.', [
         ('Møte med gruppelederne før budsjettbehandlingen', 'Leder', 'September 2026'),
         ('1. mai-arrangement på Kongens plass sammen med LO', 'Styret', '1. mai'),
         ('Leserinnlegg i Tidens Krav om heltid', 'Infoansvarlig', ''),
     ]),
    ('6 Digitalisering', 6,
     'Tillitsvalgte har digital kompetanse til å utøve vervet.', [
         ('Kurs i Tillitsvalgtportalen', 'Opplæringsansvarlig', 'Mars 2026'),
         ('Kreve at tillitsvalgte deltar når nye fagsystemer innføres', 'HTV', 'Løpende'),
     ]),
    ('7 Annet', None, None, [
         ('Styremøte hver måned', 'Leder', 'Hele året', None),
         ('Regnskap og revisjon', 'Kasserer', 'Januar 2027', None),
         ('Medlemsmøte for pensjonistene', 'Pensjonistkontakt', 'Vår og høst', 3),
         ('Julebord for medlemmene', 'Styret', 'Desember', None),
         ('Nyhetsbrev på e-post', 'Infoansvarlig', 'Fire ganger i året', 3),
     ]),
]


def e(s):
    return html.escape(s, quote=False)


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Kristiansund', '528', 2026, 2026, '2026-02-17',
             'nb')
    h = ['<html><head><meta charset="utf-8"><title>Handlingsplan</title></head><body>']
    h.append('<h1>%s</h1>' % e(g.no('HANDLINGSPLAN 2026')))
    h.append('<p>%s<br>%s</p>' % (e(g.no('Fagforbundet Kristiansund, avd. 528')),
                                  e(g.no('Vedtatt på årsmøtet 17.02.2026'))))
    intro = ('Tabellene viser hvem i styret som har ansvaret for hvert tiltak, og når det '
             'skal være gjort. Styret rapporterer på planen i årsmeldingen.')
    h.append('<p>%s</p>' % e(g.no(intro)))
    for heading, area, goal, rows in AREAS:
        h.append('<h2>%s</h2>' % e(g.no(heading)))
        if goal:
            h.append('<p>%s %s</p>' % (e(g.no('Mål:')), e(g.item(LG, area, goal, heading))))
        h.append('<table><colgroup><col width="47%"><col width="30%"><col width="23%">'
                 '</colgroup><thead><tr>')
        for c in ('Tiltak', 'Ansvar', 'Frist'):
            h.append('<th>%s</th>' % e(g.no(c)))
        h.append('</tr></thead><tbody>')
        for r in rows:
            text, who, when = r[:3]
            a = r[3] if len(r) > 3 else area
            h.append('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % (
                e(g.item(ME, a, text, heading, responsible=who, deadline=when or None)),
                e(g.no(who)), e(g.no(when)) if when else ''))
        h.append('</tbody></table>')
    h.append('<p>%s</p>' % e(g.no('Kristiansund, 17. februar 2026')))
    h.append('</body></html>')
    src = os.path.join(work, BASE + '.html')
    open(src, 'w', encoding='utf-8').write('\n'.join(h))
    run(['pandoc', '-f', 'html', '-t', 'plain-simple_tables-multiline_tables', '--columns=78',
         '-o', os.path.join(plans_dir, BASE + '.' + EXT), src])
    return g
