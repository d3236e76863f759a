"""b6-07 Luster (nn): a status report on last year's plan that is also next year's
plan, DOCX by pandoc from Markdown.  Per area a "Mål for 2026:" paragraph and a pipe
table Tiltak | Ansvar | Status | Vidare (status Gjennomført / Delvis / Ikkje starta /
Utsett); then "Nye tiltak for 2026" as a bullet list and a summary.
Gold convention: every measure listed is an item (also Gjennomført ones and the one
that is dropped), with responsible = Ansvar; Status and Vidare cells are notItems
(Vidare is not a deadline); the "Mål for 2026:" sentence is a localGoal."""
import os

from lib import Gold, LG, ME, run

BASE = 'b6-07_luster'
EXT = 'docx'

# (heading, area, goal or None, [(tiltak, ansvar, status, vidare, area-if-content)])
AREAS = [
    ('1 Heiltid og likeløn', 1,
     'Fleire medlemmar i heile stillingar i helse og omsorg, særleg i Gaupne og Skjolden.', [
         ('Kartleggje ufrivillig deltid i heimetenesta', 'HTV', 'Gjennomført',
          'Tala blir brukte i drøftingane i 2026'),
         ('Krevje drøftingsmøte om heiltidskultur i alle einingar', 'HTV', 'Delvis', 'Held fram'),
         ('Medlemsmøte om AFP og pensjon', 'Leiar', 'Utsett', 'Hausten 2026'),
         ('Lønsstatistikk før dei lokale forhandlingane', 'Leiar', 'Gjennomført', 'Kvart år'),
     ]),
    ('2 Offentlege tenester med eigne tilsette', 2,
     'Reinhald, kjøkken og heimeteneste blir framleis drivne av kommunen sjølv.', [
         ('Be om oversikt over kjøp av tenester og bruk av vikarbyrå', 'Leiar', 'Gjennomført',
          'Ny oversikt i februar'),
         ('Skrive innspel til budsjettet om eigenregi', 'Styret', 'Gjennomført', 'Held fram'),
         ('Ope møte om tillitsreforma saman med LO i Sogn', 'Nestleiar', 'Ikkje starta',
          'Går ut av planen'),
     ]),
    ('3 Organisasjonsbygging og tariffmakt', 3,
     'Vi skal vere 560 medlemmar ved utgangen av 2026.', [
         ('Vervekampanje på sjukeheimane og i barnehagane', 'Verveansvarleg', 'Delvis',
          'Held fram, no med fokus på barnehagane'),
         ('Velkomstsamtale med alle nye medlemmar', 'Medlemsansvarleg', 'Gjennomført', 'Held fram'),
         ('Grunnskulering for nye tillitsvalde', 'Opplæringsansvarleg', 'Gjennomført',
          'Nytt kurs i april'),
         ('Besøkje lærlingane i kommunen', 'Ungdomstillitsvald', 'Utsett', 'Våren 2026'),
         ('Vel plasstillitsvald på Luster sjukeheim', 'HTV', 'Delvis', 'Val i mars'),
     ]),
    ('4 Fag- og tenesteutvikling', 4,
     'Fleire assistentar og ufaglærte tek fagbrev.', [
         ('Informasjonsmøte om praksiskandidatordninga', 'Seksjon helse og sosial', 'Gjennomført',
          'Nytt møte hausten 2026'),
         ('Fagdag for barne- og ungdomsarbeidarar', 'Seksjon kirke, kultur og oppvekst',
          'Ikkje starta', 'Flyttast til 2026'),
         ('Krevje fleire læreplassar i helsearbeidarfaget', 'HTV', 'Delvis', 'Held fram'),
     ]),
    ('5 Politisk påverknad', 5,
     'Politikarane i Luster kjenner krava våre før kvart budsjett.', [
         ('Møte med gruppeleiarane før budsjettet', 'Leiar', 'Gjennomført', 'Kvart år'),
         ('1. mai-arrangement i Gaupne saman med LO', 'Styret', 'Gjennomført', 'Kvart år'),
         ('Lesarinnlegg i Sogn Avis om heiltid', 'Informasjonsansvarleg', 'Ikkje starta',
          'Held fram'),
     ]),
    ('6 Digitalisering', 6,
     'Alle tillitsvalde brukar Tillitsvalgtportalen.', [
         ('Kurs i Tillitsvalgtportalen for nye tillitsvalde', 'Opplæringsansvarleg', 'Delvis',
          'Held fram'),
         ('Krevje at tillitsvalde er med når nye fagsystem blir innførte', 'HTV', 'Gjennomført',
          'Held fram'),
     ]),
    ('7 Drift og sosiale tiltak', None, None, [
         ('Styremøte kvar månad', 'Leiar', 'Gjennomført', 'Held fram', None),
         ('Rekneskap og revisjon i tide til årsmøtet', 'Kasserar', 'Gjennomført', 'Held fram', None),
         ('Sommartur til Urnes for medlemmane', 'Styret', 'Utsett', 'Juni 2026', None),
         ('Julebord', 'Styret', 'Gjennomført', 'Desember', None),
         ('Nyheitsbrev på e-post fire gonger i året', 'Informasjonsansvarleg', 'Delvis',
          'Held fram', 3),
     ]),
]

NEW = 'Nye tiltak for 2026'
NEW_ITEMS = [
    ('Kurs om konkurranseutsetjing for alle tillitsvalde i helse og omsorg.', 2),
    ('Kartleggje kven som manglar fagbrev blant assistentane i skulane.', 4),
    ('Temamøte om arbeidsmiljølova § 14-3 og retten til utvida stilling.', 1),
    ('Valkamp før kommunevalet 2027 saman med LO i Sogn.', 5),
    ('Digital kafé for pensjonistane om BankID og Helsenorge.', 6),
    ('Medlemsmøte for pensjonistane i Skjolden.', 3),
    ('Gåve til Norsk Folkehjelp sitt arbeid i Ukraina.', None),
]


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Luster', '429', 2026, 2026, '2026-02-04', 'nn')
    md = ['---', 'title: "%s"' % g.no('Handlingsplan 2026 med rapport for 2025'), '---', '']
    md += [g.no('Fagforbundet Luster, avdeling 429') + '  ',
           g.no('Vedteke på årsmøtet 4. februar 2026'), '']
    intro = [
        'Styret legg her fram status for tiltaka i handlingsplanen for 2025.',
        'Kolonna «Vidare» viser kva som skjer med kvart tiltak i 2026.',
        'Saman med dei nye tiltaka til slutt er dette handlingsplanen for 2026.',
    ]
    md += [' '.join(g.no(s) for s in intro), '']
    md += ['%s: Gjennomført = ferdig, Delvis = starta, men ikkje ferdig, Ikkje starta, '
           'Utsett = flytta til 2026.' % g.no('Forklaring'), '']
    g.no('Gjennomført = ferdig, Delvis = starta, men ikkje ferdig, Ikkje starta, '
         'Utsett = flytta til 2026.')
    head = ['Tiltak', 'Ansvar', 'Status', 'Vidare']
    for heading, area, goal, rows in AREAS:
        md += ['# ' + g.no(heading), '']
        if goal:
            md += ['**%s** %s' % (g.no('Mål for 2026:'), g.item(LG, area, goal, heading)), '']
        md += ['| ' + ' | '.join(g.no(h) for h in head) + ' |',
               '|:---|:---|:---|:---|']
        for r in rows:
            tiltak, ansvar, status, vidare = r[:4]
            a = r[4] if len(r) > 4 else area
            md.append('| %s | %s | %s | %s |' % (
                g.item(ME, a, tiltak, heading, responsible=ansvar),
                g.no(ansvar), g.no(status), g.no(vidare)))
        md.append('')
    md += ['# ' + g.no(NEW), '']
    for text, a in NEW_ITEMS:
        md.append('- ' + g.item(ME, a, text, NEW))
    md += ['', '# ' + g.no('Oppsummering'), '']
    summ = ['Av 25 tiltak i 2025 vart 13 gjennomførte, 6 delvis gjennomførte, 3 utsette og '
            '3 ikkje starta.', 'Eitt tiltak går ut av planen.']
    md += [' '.join(g.no(s) for s in summ), '']
    md += ['Gaupne, 4. februar 2026  ', g.no('Styret i Fagforbundet Luster'), '']
    src = os.path.join(work, BASE + '.md')
    open(src, 'w', encoding='utf-8').write('\n'.join(md))
    run(['pandoc', '-f', 'markdown-smart', '-t', 'docx', '-o',
         os.path.join(plans_dir, BASE + '.' + EXT), src])
    return g
