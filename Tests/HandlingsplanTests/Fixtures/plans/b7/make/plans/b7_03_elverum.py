"""b7-03 Elverum (nb): an HTML e-mail from the branch leader to the members, with the
adopted plan pasted into the body, saved as text with `pandoc -f html -t plain`
(wrapped at 72 columns).  Forwarded-mail header lines (Fra/Sendt/Til/Emne), a
greeting, per area an <h3> with a drifted name, "Dette vil vi:" + <ul> goals and
"Dette gjør vi:" + <ol> measures (numbers restart in every area; one measure has
<ul> sub-bullets), a P.S. with a meeting date, a signature block and the quoted
earlier mail from a member (<blockquote>) whose suggestions look like measures.
Gold: ul under "Dette vil vi:" = localGoal, ol items and their sub-bullets = measure.
"""
import html
import os

from lib import Gold, LG, ME, run

BASE = 'b7-03_elverum'
EXT = 'txt'

# heading, area, goals, measures; measure = text | (text, area) | (text, area, [subs])
AREAS = [
    ('Heltid og likelønn', 1,
     ['Flere av medlemmene våre i Elverum kommune jobber i hele stillinger.',
      'Likelønn skal prege de lokale forhandlingene.'],
     ['Kreve at kommunen lager en handlingsplan for heltid innen sommeren 2026.',
      'Kartlegge ufrivillig deltid i hjemmetjenesten og på Elverum helsetun.',
      'Medlemsmøte om AFP og ny offentlig tjenestepensjon i oktober.']),
    ('Egne ansatte i offentlige tjenester', 2,
     ['Ingen flere kommunale tjenester i Elverum settes ut på anbud.'],
     ['Be om oversikt over konkurranseutsatte tjenester og bruk av bemanningsbyråer.',
      'Skrive høringsinnspill hver gang kommunen vurderer privat drift.']),
    ('Organisasjon og tariff', 3,
     ['Avdelingen skal passere 1 900 medlemmer i løpet av 2026.'],
     [('Vervekampanje i forbundsukene:', 3,
       ['Stand på Sykehuset Innlandet Elverum i mars.',
        'Arbeidsplassbesøk i alle kommunale barnehager i oktober.']),
      'Grunnskolering for nye tillitsvalgte i februar og september.',
      'Besøke helse- og oppvekstfag på Elverum videregående skole.']),
    ('Fag og kompetanse', 4,
     ['Flere ufaglærte i kommunen tar fagbrev.'],
     ['Informasjonsmøte om praksiskandidatordningen sammen med Innlandet fylkeskommune.',
      'Fagkveld for barne- og ungdomsarbeidere på Barne- og ungdomsarbeidernes dag.',
      'Kreve minst ti nye læreplasser i kommunen hvert år.']),
    ('Politisk påvirkning', 5, [],
     ['Møte med ordføreren og gruppelederne før budsjettet.',
      '1. mai-tog og appell på Torget sammen med LO Elverum.',
      'Folkemøte om eldreomsorgen sammen med pensjonistforeningen.']),
    ('Digitalisering og IKT', 6,
     ['Tillitsvalgte er trygge på de digitale verktøyene forbundet bruker.'],
     ['Kurs i Teams og Tillitsvalgtportalen for alle plasstillitsvalgte.',
      'Hjelp til BankID og Helsenorge for pensjonistene.']),
    ('Annet', None, [],
     [('Styremøte første tirsdag i måneden.', None),
      ('Medlemsmøter fire ganger i året.', 3),
      ('Julebord 28. november.', None),
      ('Sommertur for pensjonistene i juni.', None),
      ('Regnskap og budsjett legges fram for årsmøtet.', None),
      ('Facebook-siden vår oppdateres hver uke.', 3)]),
]


def e(s):
    return html.escape(s, quote=False)


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Elverum', '064', 2026, 2026, '2026-02-03', 'nb')
    h = ['<html><head><meta charset="utf-8"><title>Handlingsplan</title></head><body>']
    hdr = [('Fra:', 'Fagforbundet Elverum <post@fagforbundet-elverum.no>'),
           ('Sendt:', 'onsdag 4. februar 2026 09:12'),
           ('Til:', 'medlemmer-elverum@lister.fagforbundet.no'),
           ('Emne:', 'Handlingsplan 2026 – vedtatt på årsmøtet')]
    h.append('<p>' + '<br>'.join('<b>%s</b> %s' % (e(a), e(b)) for a, b in hdr) + '</p>')
    for a, b in hdr:
        g.no(a + ' ' + b)
    h.append('<p>%s</p>' % e(g.no('Hei alle sammen!')))
    intro = [
        'Årsmøtet i Fagforbundet Elverum (avd. 064) vedtok 3. februar 2026 handlingsplanen '
        'for 2026.',
        'Her er den i sin helhet, så slipper dere å åpne vedlegget på mobilen.',
        'Si gjerne fra hvis du vil være med på noe av dette!',
    ]
    h.append('<p>%s</p>' % ' '.join(e(g.no(s)) for s in intro))
    for heading, area, goals, measures in AREAS:
        h.append('<h3>%s</h3>' % e(g.no(heading)))
        if goals:
            h.append('<p><strong>%s</strong></p><ul>' % e(g.no('Dette vil vi:')))
            for t in goals:
                h.append('<li>%s</li>' % e(g.item(LG, area, t, heading)))
            h.append('</ul>')
        h.append('<p><strong>%s</strong></p><ol>' % e(g.no('Dette gjør vi:')))
        for m in measures:
            if isinstance(m, str):
                m = (m, area)
            text, a = m[0], m[1]
            h.append('<li>%s' % e(g.item(ME, a, text, heading)))
            if len(m) > 2:
                h.append('<ul>')
                for s in m[2]:
                    h.append('<li>%s</li>' % e(g.item(ME, a, s, heading)))
                h.append('</ul>')
            h.append('</li>')
        h.append('</ol>')
    ps = 'PS! Husk medlemsmøtet 12. mars kl. 18 på Folkets hus. Tema er lønnsoppgjøret.'
    h.append('<p>%s</p>' % e(g.no(ps)))
    g.no('Husk medlemsmøtet 12. mars kl. 18 på Folkets hus.')
    sig = ['Med vennlig hilsen', 'Per Arne Løken', 'leder, Fagforbundet Elverum',
           'Tlf. 900 12 345 | Storgata 10, 2406 Elverum']
    h.append('<p>%s</p>' % '<br>'.join(e(g.no(s)) for s in sig))
    h.append('<p>%s</p>' % e(g.no('Den 28. jan. 2026 kl. 21:14 skrev Ingrid Nordseth:')))
    quoted = [
        'Hei Per Arne!',
        'Jeg har noen forslag til handlingsplanen før årsmøtet.',
        'Kan vi ta med en sommertur til Trysil for pensjonistene?',
        'Jeg foreslår også at vi verver på Terningen arena under håndballkampene.',
        'Og hva med et kurs i lønnsforhandlinger for plasstillitsvalgte?',
    ]
    h.append('<blockquote>%s</blockquote>' % ''.join('<p>%s</p>' % e(g.no(s)) for s in quoted))
    h.append('</body></html>')
    src = os.path.join(work, BASE + '.html')
    open(src, 'w', encoding='utf-8').write('\n'.join(h))
    run(['pandoc', '-f', 'html', '-t', 'plain', '--columns=72', '-o',
         os.path.join(plans_dir, BASE + '.' + EXT), src])
    return g
