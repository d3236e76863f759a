"""b7-04 Kvam (nn): DOCX by pandoc from Markdown definition lists.  Per area a
Heading 1; under it one or more definition lists: the term (style "Definition Term")
is the branch's goal and its definitions (style "Definition", one paragraph each) are
the measures for that goal.  In areas 2 and 4 a term "Hovudmål" has the national goals
as its definitions.  In the own section "Drift og sosialt" the terms are only group
labels ("Styrearbeid", "Sosialt", "Informasjon"), not goals.
Gold: term = localGoal (except "Hovudmål" and the labels of the last section),
definitions = measure (nationalGoal under "Hovudmål")."""
import os

import national
from lib import Gold, NG, LG, ME, run, md_escape

BASE = 'b7-04_kvam'
EXT = 'docx'
NN = national.NN

# heading, area, [(term, kind-of-term, [definitions])] ; kind-of-term: 'lg', 'hm', 'label'
# a definition may be (text, area) under a heading that names no area
AREAS = [
    ('Heiltid og likeløn', 1, [
        ('Fleire medlemmar i Kvam herad har heile, faste stillingar.', 'lg',
         ['Krevje drøftingsmøte om heiltidskultur i pleie og omsorg.',
          'Følgje opp kravet om utvida stilling etter § 14-3 for alle medlemmar som ber om det.']),
        ('Medlemmane kjenner pensjonsordninga si.', 'lg',
         ['Medlemsmøte om AFP og pensjon i Øystese.',
          'Pensjonskurs for medlemmar over 55 år saman med KLP.']),
    ]),
    ('Offentlege tenester med eigne tilsette', 2, [
        ('Hovudmål', 'hm', [NN[2][0], NN[2][3]]),
        ('Reinhald og heimeteneste blir drivne av heradet sjølv.', 'lg',
         ['Krevje oversikt over kjøp av tenester frå private.',
          'Møte kommunedirektøren om bruken av vikarbyrå i helsetenesta.']),
    ]),
    ('Organisasjonsbygging og tariffmakt', 3, [
        ('Vi skal auke til 900 medlemmar innan 2027.', 'lg',
         ['Vervekampanje i forbundsvekene.',
          'Velkomstsamtale med alle nye medlemmar.',
          'Besøkje lærlingane i heradet kvart år.']),
        ('Alle tillitsvalde har grunnskulering.', 'lg',
         ['Grunnskulering trinn 1 for nye tillitsvalde.',
          'Tillitsvaldsamling i Ålvik i september.']),
    ]),
    ('Fag- og tenesteutvikling', 4, [
        ('Hovudmål', 'hm', [NN[4][1], NN[4][2]]),
        ('Fleire ufaglærte tek fagbrev.', 'lg',
         ['Informasjonsmøte om praksiskandidatordninga.',
          'Fagdag for helsefagarbeidarar på Helsefagarbeidarens dag.']),
    ]),
    ('Alliansebygging og politisk påverknad', 5, [
        ('Politikarane i Kvam kjenner Fagforbundet sine krav.', 'lg',
         ['Møte med gruppeleiarane før budsjettet.',
          '1. mai-arrangement i Norheimsund saman med LO.',
          'Lesarinnlegg i Hardanger Folkeblad før budsjettvedtaket.']),
    ]),
    ('Digitalisering', 6, [
        ('Tillitsvalde brukar dei digitale verktøya til forbundet.', 'lg',
         ['Kurs i Tillitsvalgtportalen.',
          'Krevje at tillitsvalde er med når nye fagsystem blir innførte i heradet.']),
    ]),
    ('Drift og sosialt', None, [
        ('Styrearbeid', 'label',
         [('Styremøte kvar månad.', None), ('Rekneskap og revisjon før årsmøtet.', None)]),
        ('Sosialt', 'label',
         [('Julebord for medlemmane.', None),
          ('Sommartur til Ulvik for pensjonistane.', None),
          ('Gåve til Norsk Folkehjelp.', None)]),
        ('Informasjon', 'label',
         [('Nyheitsbrev på SMS og e-post kvar månad.', 3)]),
    ]),
]


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Kvam', '455', 2026, 2027, '2026-01-29', 'nn')
    md = ['---', 'title: "%s"' % g.no('Handlingsplan 2026–2027'),
          'subtitle: "%s"' % g.no('Fagforbundet Kvam, avdeling 455'), '---', '']
    md += [g.no('Vedteken på årsmøtet i Norheimsund 29. januar 2026.'), '']
    intro = ('Under kvart område står måla våre. Under kvart mål står tiltaka som skal '
             'hjelpe oss å nå det.')
    md += [g.no(intro), '']
    for heading, area, groups in AREAS:
        md += ['# ' + g.no(heading), '']
        for term, tk, defs in groups:
            if tk == 'lg':
                md.append(g.item(LG, area, term, heading))
            else:
                md.append(g.no(term))
            md.append('')
            for d in defs:
                text, a = d if isinstance(d, tuple) else (d, area)
                md.append(':   ' + md_escape(g.item(NG if tk == 'hm' else ME, a, text, heading)))
                md.append('')
    md += [g.no('Styret i Fagforbundet Kvam'), '']
    src = os.path.join(work, BASE + '.md')
    open(src, 'w', encoding='utf-8').write('\n'.join(md))
    run(['pandoc', '-f', 'markdown-smart', '-t', 'docx', '-o',
         os.path.join(plans_dir, BASE + '.' + EXT), src])
    return g
