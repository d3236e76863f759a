"""b13-05 Bremanger: the source file of the plan's page on the branch's Hugo web site, sent by
the web volunteer when the county asked for the plan. YAML front matter (title, date, draft,
description, custom params avdeling / vedteke, tags), Hugo shortcodes ({{< lead >}},
{{< accordion title="…" >}} per area, {{< boks tittel="Måla våre" >}} around the goal list,
{{< kontakt … >}}), an image, an HTML comment, GitHub pipe tables Tiltak | Ansvarleg | Frist with
an escaped pipe and bold text in cells, a link whose target is a {{< ref >}} shortcode.

Written by python as the Markdown source file (UTF-8, LF).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b13-05_bremanger'
EXT = 'md'
FORMAT = 'text (Markdown with YAML front matter and Hugo shortcodes, UTF-8, LF)'
WRITER = 'Hugo page source (content/handlingsplan-2026.md), written by python'
LANG = 'nn'
STYLE = ('static-site page source: YAML front matter, {{< accordion title="N. area" >}} '
         'shortcode per area (no Markdown heading), goals as "- " list inside {{< boks '
         'tittel="Måla våre" >}}, measures as GFM pipe tables Tiltak | Ansvarleg | Frist; own '
         'section as a plain "- " list')
HARD = ('the area names exist only as the title="…" parameter of an accordion shortcode (no "#" '
        'heading in the plan part); the goal label is a shortcode parameter (tittel="Måla '
        'våre"); measures are pipe-table rows with responsible and deadline cells (some empty); '
        'a cell with an escaped pipe ("«Heil stilling \\| heilt liv»" = "|"), a cell with '
        '**bold** and one whose text holds a Markdown link with a {{< ref "…" >}} target (only '
        'the label is text); front matter with "date: 2026-02-09" (publication) beside "vedteke: '
        '2026-02-03" and a lead sentence with the adoption; an HTML comment with a to-do and the '
        'image line are no items; {{< kontakt >}} shortcode with parameters at the end; own list '
        '"7. Drift og trivsel" by content (null, 3)')

META = {'union': 'Fagforbundet Bremanger', 'branch': '474', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-03', 'language': 'nn'}
AS_WRITTEN = ('front matter "avdeling: Fagforbundet Bremanger, avdeling 474", "vedteke: '
              '2026-02-03", "date: 2026-02-09T10:15:00+01:00" (publication); lead "Årsmøtet i '
              'Fagforbundet Bremanger vedtok handlingsplanen for 2026 på Svelgen 3. februar '
              '2026."')

# (title, area, goals, [(measure, who, when)])  measure may hold markdown: (md, plain)
SECTIONS = [
    ('1. Heiltid og likeløn', 1, [
        'Fleire av dei tilsette på Bremanger helsetun skal få heile stillingar i 2026.',
        'Fagarbeidarane i Bremanger skal ha same lønsnivå som i nabokommunane.',
    ], [
        ('Krevje at alle ledige stillingar i helse blir lyste ut som heile', 'HTV', 'Løpande'),
        ('Oversikt over ufrivillig deltid til administrasjonsutvalet', 'HTV', 'Mai'),
        ('Lønsstatistikk frå Florø og Stad til forhandlingsutvalet', 'Leiar', 'August'),
        ('Pensjonsmøte for medlemar over 60 år i Svelgen og på Kalvåg', 'Nestleiar',
         'Oktober'),
    ]),
    ('2. Offentlege tenester i eigenregi', 2, [
        'Reinhald og kjøkken i kommunen skal framleis drivast med eigne tilsette.',
    ], [
        ('Krevje at kommunen reknar på kva vikarbyrå kostar helsetunet', 'Leiar', 'Juni'),
        ('Innspel til kommunedirektøren om tillitsbasert leiing i omsorgstenesta', 'HTV', ''),
    ]),
    ('3. Organisasjon og tariffmakt', 3, [
        'Fagforeininga skal ha 330 medlemar innan nyttår.',
        'Kvar arbeidsplass med medlemar skal ha plasstillitsvald.',
    ], [
        (('Vervekampanje «Heil stilling \\| heilt liv» i Svelgen og på Bremangerlandet',
          'Vervekampanje «Heil stilling | heilt liv» i Svelgen og på Bremangerlandet'),
         'Vervekontakt', 'Veke 38'),
        ('Velkomstmelding og telefon til alle nye medlemar', 'Sekretær', 'Løpande'),
        ('Grunnopplæring for nye tillitsvalde i Florø saman med nabofagforeiningane',
         'Opplæringsansvarleg', 'April'),
        ('Møte med lærlingane i kommunen', 'Ungdomstillitsvald', ''),
    ]),
    ('4. Fag og kompetanse', 4, [
        'Fleire assistentar i skule og barnehage skal ta fagbrev.',
    ], [
        ('Informasjonskveld om fagbrev på jobb', 'Seksjonsleiar helse og sosial', 'Mars'),
        (('**Fagdag** for tilsette i heimetenesta om kvardagsmeistring',
          'Fagdag for tilsette i heimetenesta om kvardagsmeistring'),
         'Seksjon helse og sosial', 'November'),
    ]),
    ('5. Politisk påverknad', 5, [
        'Fagforeininga skal bli høyrd i alle saker om omorganisering i kommunen.',
    ], [
        ('Møte med ordføraren og gruppeleiarane før budsjettet', 'Leiar', 'Oktober'),
        ('1. mai-arrangement i Svelgen saman med Fellesforbundet', 'Styret', '1. mai'),
    ]),
    ('6. Digitalisering', 6, [
        'Alle tillitsvalde skal kunne bruke Tillitsvaldportalen.',
    ], [
        ('Kurs i Tillitsvaldportalen og digitale møte', 'Opplæringsansvarleg', 'Februar'),
        ('Krevje opplæring i arbeidstida når kommunen tek i bruk nye fagsystem', 'HTV',
         'Løpande'),
    ]),
]
OWN = ('7. Drift og trivsel', [
    ('Styremøte kvar månad, utanom juli', None),
    (('Rekneskap og [årsmelding]({{< ref "arsmelding-2025.md" >}}) til årsmøtet',
      'Rekneskap og årsmelding til årsmøtet'), None),
    ('Medlemsfest med heidring av jubilantar i november', None),
    ('Innsamling til SOS-barnebyar på julemøtet', None),
    ('Nyheitsbrev på SMS fire gonger i året', 3),
])

FRONT = '''---
title: "Handlingsplan 2026"
date: 2026-02-09T10:15:00+01:00
draft: false
description: "Handlingsplanen til Fagforbundet Bremanger for 2026."
avdeling: "Fagforbundet Bremanger, avdeling 474"
vedteke: "2026-02-03"
tags: ["handlingsplan", "årsmøte"]
weight: 10
---
'''
LEAD = ('Årsmøtet i Fagforbundet Bremanger vedtok handlingsplanen for 2026 på Svelgen 3. februar '
        '2026. Her kan du lese kva vi skal arbeide med i år. Trykk på eit område for å sjå måla og '
        'tiltaka.')


def build():
    L, B = [FRONT.rstrip('\n'), ''], []
    B += [note('Handlingsplan 2026'), note('Fagforbundet Bremanger, avdeling 474'),
          note('Handlingsplanen til Fagforbundet Bremanger for 2026.')]
    L += ['{{< lead >}}', LEAD, '{{< /lead >}}', '']
    B += [note('Årsmøtet i Fagforbundet Bremanger vedtok handlingsplanen for 2026 på Svelgen 3. '
               'februar 2026.'), note('Her kan du lese kva vi skal arbeide med i år.')]
    L += ['![Frå årsmøtet på Svelgen](/bilete/arsmote-2026.jpg)', '',
          '<!-- TODO: oppdater ansvar i tabellane når styret har konstituert seg -->', '']
    B.append(note('Frå årsmøtet på Svelgen'))
    for title, area, goals, ms in SECTIONS:
        L += ['{{< accordion title="%s" >}}' % title, '']
        B.append(H(title, area=area))
        L += ['{{< boks tittel="Måla våre" >}}']
        B.append(note('Måla våre'))
        for g in goals:
            L.append('- ' + g)
            B.append(G(g))
        L += ['{{< /boks >}}', '']
        L += ['| Tiltak | Ansvarleg | Frist |', '|--------|-----------|-------|']
        B += [note('Tiltak'), note('Ansvarleg'), note('Frist')]
        for m, who, when in ms:
            md, plain = m if isinstance(m, tuple) else (m, m)
            L.append('| %s | %s | %s |' % (md, who, when))
            B.append(M(plain, resp=who or None, dl=when or None))
        L += ['', '{{< /accordion >}}', '']
    title, ms = OWN
    L += ['{{< accordion title="%s" >}}' % title, '']
    B.append(H(title, area=None))
    for m, a in ms:
        md, plain = m if isinstance(m, tuple) else (m, m)
        L.append('- ' + md)
        B.append(M(plain, area=a))
    L += ['', '{{< /accordion >}}', '']
    L += ['Spørsmål om planen? Ta kontakt med leiaren.', '',
          '{{< kontakt namn="Eli Rygg" rolle="Leiar" telefon="913 44 027" >}}', '']
    B += [note('Spørsmål om planen? Ta kontakt med leiaren.'), note('Eli Rygg')]
    return B, '\n'.join(L)


BLOCKS, TEXT = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.md'), TEXT)
