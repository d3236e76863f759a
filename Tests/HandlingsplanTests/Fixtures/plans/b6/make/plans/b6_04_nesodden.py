"""b6-04 Nesodden (nb): minutes of the annual meeting (årsmøteprotokoll) as DOCX
(python-docx, default template).  Sak 1-7 as Heading 1; the plan is "Sak 5:
Handlingsplan 2026" with its decision text, and its areas as Heading 2 with bold
"Mål:" / "Tiltak:" labels over List Bullet paragraphs.  The other cases (konstituering,
årsberetning, regnskap, innkomne forslag, budsjett with a table, valg with a table)
hold no items; their lines that could be taken for goals or measures are notItems."""
import os

import docx
from docx.shared import Pt

from lib import Gold, LG, ME

BASE = 'b6-04_nesodden'
EXT = 'docx'

H1 = '1. Heltid og likelønn'
H2 = '2. Egne ansatte i offentlige tjenester'
H3 = '3. Organisasjonsbygging og tariffmakt'
H4 = '4. Fag og kompetanse'
H5 = '5. Politisk påvirkning og allianser'
H6 = '6. Digitalisering'
H7 = '7. Medlemsaktiviteter og drift'

# the plan inside Sak 5: (heading, area or None, goals, measures); a goal / measure is
# text (area of the heading) or (text, area) where the heading names no area
PLAN = [
    (H1, 1, [
        'Flere deltidsansatte i Nesodden kommune får økt stillingsprosent.',
        'Alle nye stillinger i helse og omsorg lyses ut som hele stillinger.',
    ], [
        'Be om oversikt over ufrivillig deltid i hjemmetjenesten og på sykehjemmene.',
        'Bistå medlemmer som krever stillingsutvidelse etter arbeidsmiljøloven § 14-3.',
        'Arrangere medlemsmøte om pensjon og ny AFP for dem som er over 55 år.',
    ]),
    (H2, 2, [
        'Ingen kommunale tjenester blir konkurranseutsatt i 2026.',
    ], [
        'Følge med på kommunens kjøp av private omsorgstjenester og bruk av vikarbyrå.',
        'Invitere hovedtillitsvalgte i nabokommunene til et erfaringsmøte om rekommunalisering.',
        'Kreve at det nye sykehjemmet på Tangen drives i egen regi.',
    ]),
    (H3, 3, [
        'Minst 1 050 medlemmer ved utgangen av 2026.',
        'Alle arbeidsplasser med mer enn fem medlemmer har plasstillitsvalgt.',
    ], [
        'Vervekampanje i forbundsukene vår og høst.',
        'Arbeidsplassbesøk i alle barnehager og skoler i løpet av året.',
        'Velkomstsamtale med nye medlemmer innen en måned.',
        'Grunnskolering for nye tillitsvalgte i samarbeid med Fagforbundet Frogn.',
        'Besøke Nesodden videregående skole og fortelle om Fagforbundet Ung.',
    ]),
    (H4, 4, [
        'Flere assistenter tar fagbrev som praksiskandidat.',
    ], [
        'Informasjonsmøte om praksiskandidatordningen for assistenter i barnehagene.',
        'Fagkveld for renholdere om nye renholdsmetoder og kjemikalier.',
        'Kreve minst fire nye læreplasser i helsearbeiderfaget.',
    ]),
    (H5, 5, [], [
        'Møte gruppelederne i kommunestyret før budsjettbehandlingen.',
        'Arrangere 1. mai sammen med LO i Nesodden.',
        'Skrive leserinnlegg i Amta om heltid og egenregi.',
    ]),
    (H6, 6, [], [
        'Kurs i Teams og Tillitsvalgtportalen for plasstillitsvalgte.',
        'Kreve at tillitsvalgte tas med når ny velferdsteknologi innføres i hjemmetjenesten.',
    ]),
    (H7, None, [], [
        ('Fire medlemsmøter i året, ett av dem med fagtema.', 3),
        ('Styremøte hver måned unntatt juli.', None),
        ('Sommeravslutning for medlemmene i juni.', None),
        ('Gi 5 000 kroner til Norsk Folkehjelps arbeid i Gaza.', None),
        ('Nyhetsbrev til medlemmene fire ganger i året.', 3),
    ]),
]


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Nesodden', '217', 2026, 2026, '2026-02-12', 'nb')
    d = docx.Document()
    d.styles['Normal'].font.name = 'Calibri'
    d.styles['Normal'].font.size = Pt(11)

    def para(text, style=None, bold_label=None):
        p = d.add_paragraph(style=style)
        if bold_label:
            p.add_run(g.no(bold_label)).bold = True
            p.add_run(' ')
        p.add_run(g.no(text) if text else '')
        return p

    def label(text):
        p = d.add_paragraph()
        p.add_run(g.no(text)).bold = True

    def table(rows):
        t = d.add_table(rows=0, cols=len(rows[0]))
        t.style = 'Table Grid'
        for i, r in enumerate(rows):
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = g.no(v)
                if i == 0:
                    c.paragraphs[0].runs[0].bold = True

    d.add_paragraph(g.no('Protokoll fra årsmøtet 2026'), style='Title')
    d.add_paragraph(g.no('Fagforbundet Nesodden avd. 217'), style='Subtitle')
    para('torsdag 12. februar 2026 kl. 18.00', bold_label='Tid:')
    para('Kantina på Nesodden rådhus', bold_label='Sted:')
    para('41 stemmeberettigede medlemmer og to gjester fra fylkeskretsen.', bold_label='Til stede:')

    d.add_heading(g.no('Sak 1: Konstituering'), level=1)
    para('a) Godkjenning av innkalling og saksliste')
    para('Innkalling og saksliste godkjennes.', bold_label='Vedtak:')
    para('b) Valg av møteleder, referent og to til å underskrive protokollen')
    para('Møteleder Per Holm, referent Anne Lie. Til å underskrive protokollen: '
         'Kari Svendsen og Ola Brekke.', bold_label='Vedtak:')

    d.add_heading(g.no('Sak 2: Årsberetning 2025'), level=1)
    para('Leder Mona Berg gikk gjennom årsberetningen.')
    para('Styret har hatt elleve styremøter og arrangert fire medlemsmøter i 2025.')
    para('Fagforeningen vervet 87 nye medlemmer i løpet av året.')
    para('Årsberetningen tas til orientering.', bold_label='Vedtak:')

    d.add_heading(g.no('Sak 3: Regnskap 2025'), level=1)
    para('Kasserer Jon Eriksen la fram regnskapet, som viser et overskudd på 48 312 kroner.')
    para('Revisor anbefaler at regnskapet godkjennes.')
    para('Regnskapet for 2025 godkjennes.', bold_label='Vedtak:')

    d.add_heading(g.no('Sak 4: Innkomne forslag'), level=1)
    para('Forslag fra seksjon helse og sosial: Fagforeningen dekker barnepass for '
         'tillitsvalgte som deltar på kurs.')
    para('Styret innstilte på at forslaget ikke vedtas.')
    para('Forslaget falt med 25 mot 16 stemmer.', bold_label='Vedtak:')

    d.add_heading(g.no('Sak 5: Handlingsplan 2026'), level=1)
    para('Leder Mona Berg la fram styrets forslag til handlingsplan. Planen følger de seks '
         'satsingsområdene i Fagforbundets strategiplan.')
    para('Trond Aas foreslo å ta inn et medlemsmøte om AFP for medlemmer over 55 år under '
         'heltid og likelønn. Forslaget ble vedtatt mot tre stemmer.')
    para('Handlingsplanen for 2026 vedtas slik den lyder med endringen over:',
         bold_label='Vedtak:')
    for heading, area, goals, measures in PLAN:
        d.add_heading(g.no(heading), level=2)
        if goals:
            label('Mål:')
            for x in goals:
                text, a = (x, area) if isinstance(x, str) else x
                d.add_paragraph(g.item(LG, a, text, heading), style='List Bullet')
        if measures:
            label('Tiltak:')
            for x in measures:
                text, a = (x, area) if isinstance(x, str) else x
                d.add_paragraph(g.item(ME, a, text, heading), style='List Bullet')

    d.add_heading(g.no('Sak 6: Budsjett 2026'), level=1)
    para('Kasserer la fram styrets forslag til budsjett.')
    table([['Post', 'Budsjett 2026'],
           ['Styrehonorarer', '60 000'],
           ['Medlemsmøter og kurs', '85 000'],
           ['Julebord og sosiale tiltak', '40 000'],
           ['Gaver og solidaritetsarbeid', '10 000'],
           ['Sum utgifter', '195 000']])
    para('Budsjettet vedtas.', bold_label='Vedtak:')

    d.add_heading(g.no('Sak 7: Valg'), level=1)
    para('Valgkomiteens leder Randi Moe la fram innstillingen.')
    table([['Verv', 'Navn', 'Periode'],
           ['Leder', 'Mona Berg', '2 år (gjenvalg)'],
           ['Nestleder', 'Silje Nygård', '2 år (ny)'],
           ['Kasserer', 'Jon Eriksen', '1 år igjen'],
           ['Ungdomstillitsvalgt', 'Amir Haddad', '1 år (ny)'],
           ['Pensjonistkontakt', 'Reidun Fjeld', '2 år (gjenvalg)']])
    para('Valgkomiteens innstilling vedtas ved akklamasjon.', bold_label='Vedtak:')
    para('Møtet ble hevet kl. 20.45.')
    para('')
    para('Nesodden, 12. februar 2026')
    para('Kari Svendsen (sign.)          Ola Brekke (sign.)')
    d.save(os.path.join(plans_dir, BASE + '.' + EXT))
    return g
