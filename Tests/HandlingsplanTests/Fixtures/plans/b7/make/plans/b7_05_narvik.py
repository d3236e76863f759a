"""b7-05 Narvik (nb): a numbered outline written in Markdown (nested ordered lists,
1. / 1.1 / 1.1.1 as the author thinks of it) and converted to ODT by pandoc.  The
areas are NOT headings: they are the level-1 items of one ordered list; level 2 holds
the goals, level 3 the measures.  The numbers exist only as list numbering (not in
the text).  In the last entry ("Medlemsaktiviteter og drift") the level-2 entries are
measures (an activity list with no goals), mapped by content.
Gold: level 1 = section (area of its name), level 2 = localGoal, level 3 = measure;
level 2 of the last entry = measure."""
import os

from lib import Gold, LG, ME, run, md_escape

BASE = 'b7-05_narvik'
EXT = 'odt'

# heading, area, [(goal, [measures])] ; goal None = measures directly at level 2
AREAS = [
    ('Heltid og likelønn', 1, [
        ('Flere medlemmer i Narvik kommune har hele, faste stillinger innen 2027.',
         ['Kreve drøftingsmøter om heltid i alle turnusenheter.',
          'Bruke fortrinnsretten og § 14-3 aktivt for deltidsansatte medlemmer.']),
        ('Lønnsforskjellene mellom kvinner og menn skal reduseres.',
         ['Lage lønnsstatistikk før de lokale forhandlingene.',
          'Medlemsmøte om AFP og pensjon i november.']),
    ]),
    ('Offentlige tjenester i egen regi', 2, [
        ('Renhold, kjøkken og hjemmetjenester drives med egne ansatte.',
         ['Be om oversikt over bruk av vikarbyrå og innleie hvert halvår.',
          'Kurs for tillitsvalgte om konkurranseutsetting og virksomhetsoverdragelse.']),
    ]),
    ('Organisasjonsbygging og tariffmakt', 3, [
        ('Avdelingen har 1 600 medlemmer ved utgangen av 2026.',
         ['Vervekampanje i forbundsukene på UNN Narvik og i kommunen.',
          'Velkomstmøte for nye medlemmer to ganger i året.',
          'Besøke lærlingene i kommunen hvert høstsemester.']),
        ('Alle enheter har plasstillitsvalgt eller kontaktperson.',
         ['Grunnskolering for nye tillitsvalgte i mars.',
          'Tillitsvalgtsamling på Bjørnfjell i oktober.']),
    ]),
    ('Fag og kompetanse', 4, [
        ('Flere ufaglærte tar fagbrev gjennom praksiskandidatordningen.',
         ['Informasjonsmøte om fagbrev på jobb sammen med Nordland fylkeskommune.',
          'Fagdag for renholdere på Renholdernes dag.',
          'Kreve flere læreplasser i helsearbeiderfaget.']),
    ]),
    ('Alliansebygging og politisk påvirkning', 5, [
        ('Fagforbundets krav er kjent for alle partiene i bystyret.',
         ['Møte med ordføreren og gruppelederne før budsjettet.',
          '1. mai-arrangement på Torget sammen med LO i Narvik.',
          'Samarbeidsmøte med Arbeiderpartiet og SV om eldreomsorgen.']),
    ]),
    ('Digitalisering', 6, [
        ('Tillitsvalgte bruker Tillitsvalgtportalen i vervet.',
         ['Kurs i Tillitsvalgtportalen og Teams.',
          'Digitalkafé for pensjonister om BankID og nettbank.']),
    ]),
    ('Medlemsaktiviteter og drift', None, [
        (None, [('Styremøte hver måned unntatt juli.', None),
                ('Regnskap til revisor innen 20. januar.', None),
                ('Medlemsmøte for pensjonistene hver vår og høst.', 3),
                ('Julebord for medlemmene i desember.', None),
                ('Sommertur til Rombaksbotn for medlemmer og familier.', None),
                ('Støtte Palestinakomiteen med 5 000 kroner.', None)]),
    ]),
]


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Narvik', '246', 2026, 2026, '2026-02-10', 'nb')
    md = ['---', 'title: "%s"' % g.no('Handlingsplan for Fagforbundet Narvik 2026'), '---', '']
    md += [g.no('Avd. 246 – vedtatt på årsmøtet 10.02.2026'), '']
    intro = ['Planen bygger på Fagforbundets strategiplan.',
             'Punktene på nivå to er målene våre, punktene under dem er tiltakene.']
    md += [' '.join(g.no(s) for s in intro), '']
    for i, (heading, area, goals) in enumerate(AREAS, 1):
        md.append('%d. %s' % (i, g.no(heading)))
        md.append('')
        for j, (goal, measures) in enumerate(goals, 1):
            if goal:
                md.append('    %d. %s' % (j, g.item(LG, area, goal, heading)))
                md.append('')
                for k, m in enumerate(measures, 1):
                    md.append('        %d. %s' % (k, md_escape(g.item(ME, area, m, heading))))
                md.append('')
            else:
                for k, (m, a) in enumerate(measures, 1):
                    md.append('    %d. %s' % (k, g.item(ME, a, m, heading)))
                md.append('')
    md += [g.no('Narvik, februar 2026'), '', g.no('Styret')]
    src = os.path.join(work, BASE + '.md')
    open(src, 'w', encoding='utf-8').write('\n'.join(md) + '\n')
    run(['pandoc', '-f', 'markdown-smart', '-t', 'odt', '-o',
         os.path.join(plans_dir, BASE + '.' + EXT), src])
    return g
