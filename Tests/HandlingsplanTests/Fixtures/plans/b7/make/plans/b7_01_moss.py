"""b7-01 Moss (nb): DOCX by python-docx.  Every area is a Heading 1 followed by a
two-column table "Hva vi vil oppnå" | "Slik gjør vi det" (header row repeated in
every table).  The left cell holds the branch's goal(s), the right cell several
measures separated by manual line breaks (w:br) in ONE paragraph; in one row the
measures are separate paragraphs of the cell instead, and one goal cell holds two goals
separated by a line break.  The last table ("7. Drift og medlemsaktiviteter") has an
empty goal cell; its measures are mapped by content.  A trailing row holds only a
no-break space.
Gold: left cell lines = localGoal, right cell lines = measure, area of the heading."""
import os

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Cm

from lib import Gold, LG, ME

BASE = 'b7-01_moss'
EXT = 'docx'

# (heading, area, [ (goals, measures, mode) ]) ; mode 'br' = one paragraph with
# line breaks, 'par' = one paragraph per measure ; measure (text, area) overrides area
AREAS = [
    ('1. Heltid, likelønn og mindre forskjeller', 1, [
        (['Flere medlemmer i helse og omsorg har hele, faste stillinger innen 2027.'],
         ['Kreve drøftingsmøter om heltidskultur i alle enheter med turnus.',
          'Følge opp medlemmer som har krav på utvidet stilling etter arbeidsmiljøloven § 14-3.',
          'Kartlegge uønsket deltid i hjemmetjenesten høsten 2026.'], 'br'),
        (['Lønnsforskjellene mellom kvinner og menn i Moss kommune blir mindre.',
          'Medlemmene kjenner pensjonsrettighetene sine.'],
         ['Lage lønnsstatistikk før de lokale forhandlingene.',
          'Medlemsmøte om AFP og pensjon i oktober.'], 'br'),
    ]),
    ('2. Gode offentlige tjenester med egne ansatte', 2, [
        (['Renhold og kantiner i kommunale bygg drives fortsatt med egne ansatte.'],
         ['Be om oversikt over kjøp av tjenester og bruk av vikarbyrå hvert halvår.',
          'Skrive høringsinnspill mot konkurranseutsetting av renholdet.',
          'Kurs om virksomhetsoverdragelse for hovedtillitsvalgte.'], 'br'),
    ]),
    ('3. Organisasjonsbygging og tariffmakt', 3, [
        (['Avdelingen har 2 400 medlemmer ved utgangen av 2027.'],
         ['Vervekampanje i forbundsukene vår og høst.',
          'Velkomstsamtale med alle nye medlemmer innen en måned.',
          'Arbeidsplassbesøk på alle sykehjem i løpet av 2026.'], 'br'),
        (['Alle arbeidsplasser med fem medlemmer eller flere har tillitsvalgt.'],
         ['Grunnskolering for nye tillitsvalgte to ganger i året.',
          'Tillitsvalgtsamling med overnatting i september.',
          'Besøke helsefaglinjene på Malakoff videregående skole.'], 'par'),
    ]),
    ('4. Fag- og tjenesteutvikling', 4, [
        (['Flere assistenter tar fagbrev som praksiskandidat.'],
         ['Informasjonsmøte om praksiskandidatordningen.',
          'Fagdag for helsefagarbeidere på Helsefagarbeidernes dag.',
          'Kreve flere læreplasser i barne- og ungdomsarbeiderfaget.'], 'br'),
    ]),
    ('5. Alliansebygging og politisk påvirkning', 5, [
        (['Politikerne i Moss kjenner Fagforbundets krav før hvert budsjett.'],
         ['Møte med gruppelederne før budsjettbehandlingen.',
          '1. mai-arrangement sammen med LO i Moss.',
          'Leserinnlegg i Moss Avis om heltid og egenregi.'], 'br'),
    ]),
    ('6. Digitalisering', 6, [
        (['Alle tillitsvalgte bruker Tillitsvalgtportalen og Teams i vervet.'],
         ['Kurs i Tillitsvalgtportalen for nye tillitsvalgte.',
          'Kreve at tillitsvalgte deltar når nye fagsystemer innføres.'], 'br'),
    ]),
    ('7. Drift og medlemsaktiviteter', None, [
        ([],
         [('Styremøte hver måned unntatt juli.', None),
          ('Regnskapet sendes revisor innen 15. januar.', None),
          ('Medlemsmøte for pensjonistene hver vår.', 3),
          ('Julebord for tillitsvalgte i desember.', None),
          ('Sommertur til Jeløy for medlemmene.', None),
          ('Nyhetsbrev på e-post fire ganger i året.', 3)], 'br'),
    ]),
]


def lines_to_cell(cell, lines, mode):
    p = cell.paragraphs[0]
    if mode == 'br':
        for i, t in enumerate(lines):
            r = p.add_run(t)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
    else:
        for i, t in enumerate(lines):
            (p if i == 0 else cell.add_paragraph()).add_run(t)


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Moss', '117', 2026, 2027, '2026-02-05', 'nb')
    d = docx.Document()
    d.add_paragraph(g.no('Handlingsplan 2026–2027'), style='Title')
    d.add_paragraph(g.no('Fagforbundet Moss avd. 117'))
    d.add_paragraph(g.no('Vedtatt på årsmøtet 5. februar 2026.'))
    intro = ('Handlingsplanen følger Fagforbundets strategiplan. For hvert område står '
             'målene våre til venstre og tiltakene til høyre.')
    d.add_paragraph(g.no(intro))
    for heading, area, rows in AREAS:
        d.add_heading(g.no(heading), level=1)
        t = d.add_table(rows=1, cols=2)
        t.style = 'Table Grid'
        hdr = t.rows[0].cells
        hdr[0].paragraphs[0].add_run(g.no('Hva vi vil oppnå')).bold = True
        hdr[1].paragraphs[0].add_run(g.no('Slik gjør vi det')).bold = True
        for goals, measures, mode in rows:
            cells = t.add_row().cells
            gl = [g.item(LG, area, x, heading) for x in goals]
            ml = []
            for m in measures:
                text, a = (m if isinstance(m, tuple) else (m, area))
                ml.append(g.item(ME, a, text, heading))
            lines_to_cell(cells[0], gl, 'br')
            lines_to_cell(cells[1], ml, mode)
        if heading.startswith('7.'):
            cells = t.add_row().cells
            cells[0].paragraphs[0].add_run('\u00a0')
            cells[1].paragraphs[0].add_run('\u00a0')
        for row in t.rows:
            row.cells[0].width = Cm(6)
            row.cells[1].width = Cm(10)
    d.add_paragraph('')
    d.add_paragraph(g.no('For styret: Kari Holm, leder'))
    d.save(os.path.join(plans_dir, BASE + '.' + EXT))
    return g
