"""b4-04 Oppdal - the plan as copied as text from the branch's web page.

The page is written as HTML (CMS-like: skip link, menu, breadcrumb, publication
date, capital headings, "»" and "–" typed bullets in paragraphs, one real <ul>,
"Les mer" links, share buttons, related articles, footer with the avd. number, a
cookie banner) and turned into text by w3m -dump, i.e. what a browser shows and a
copy gives: one line per paragraph, no wrapping."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from b4lib import Plan, G, M, X, esc, run  # noqa: E402

COOKIE = ('Vi bruker informasjonskapsler (cookies) for å gi deg en bedre brukeropplevelse. '
          'Les mer om personvern. Godta alle Bare nødvendige')


def build():
    p = Plan('b4-04', 'oppdal', 'txt',
             dict(union='Fagforbundet Oppdal', branch='335', periodFrom=2025, periodTo=2025,
                  adopted=None, language='nb'),
             fmt='text, UTF-8, LF', writer='w3m -dump of the branch\'s web page (HTML written for it)',
             styles='4 (plain text copied from a web page)',
             structure='a/b: capital area headings (drifted) + "Målene våre:" / "Dette gjør vi:" labels; '
                       'own section',
             hard='web residue before and after the plan (skip link, menu as "•" list, "Søk", '
                  'breadcrumb with ›, "Publisert ..." date, "Les mer ..." links after sections, share '
                  'buttons, related articles, footer, cookie banner on one line); headings only in '
                  'capitals, no numbers; goals are "» " lines after "Målene våre:" / "Målet vårt:", '
                  'measures "– " lines after "Dette gjør vi:", one area with the measures as a real '
                  'list ("•" from w3m) and two areas with measures only; the adoption is "i februar" '
                  '(month only -> adopted null) and the publication date is not it; avd. number only '
                  'in the footer; "MEDLEMSAKTIVITETER" is an own heading mapped by content (null and 3)')
    p.raw('Hopp til hovedinnhold', kind='skip')
    p.raw('Fagforbundet Oppdal', kind='site')
    p.bullets('Forsiden', 'Om oss', 'Tillitsvalgte', 'Kurs og arrangementer', 'Bli medlem', kind='nav')
    p.raw('Søk', kind='p')
    p.raw('Forsiden › Om oss › Handlingsplan', kind='crumb')
    p.title('HANDLINGSPLAN 2025')
    p.raw('Publisert 12.02.2025 | Sist oppdatert 14.02.2025', kind='p')
    p.para('Årsmøtet i februar vedtok handlingsplanen for 2025.',
           'Her finner du målene og tiltakene fagforeningen skal jobbe med gjennom året.', lead=True)
    p.para('Har du innspill til planen?', 'Ta gjerne kontakt med styret.')

    def goals(label, *gs):
        p.sub(label)
        p.bullets(*gs, kind='raquo')

    def doing(*ms, kind='dash'):
        p.sub('Dette gjør vi:')
        p.bullets(*ms, kind=kind)

    def more(text):
        p.raw(text, kind='link')

    p.heading('HELTID OG LIKELØNN', 1)
    goals('Målene våre:',
          G('Flere medlemmer i Oppdal kommune har en stilling på minst 80 prosent.'),
          G('Ingen medlemmer skal gå i ufrivillig midlertidig stilling i mer enn ett år.'))
    doing(M('Krever at ledige vakter tilbys deltidsansatte før det leies inn ekstrahjelp.'),
          M('Tar opp midlertidige ansettelser på hvert møte mellom hovedtillitsvalgte og '
            'personalsjefen.'),
          M('Arrangerer kurs om pensjon og AFP på Oppdal kulturhus i mars.'))
    more('Les mer om heltidskultur')

    p.heading('OFFENTLIGE TJENESTER I EGEN REGI', 2)
    goals('Målet vårt:',
          G('Kommunens renhold, kjøkken og hjemmetjeneste drives av kommunalt ansatte også etter '
            '2025.'))
    doing(M('Følger med på saker om anbud i formannskapet og kommunestyret.'),
          M('Gir innspill til kommunens arbeidsgiverstrategi om bruk av egne ansatte framfor '
            'innleie.'), kind='ul')
    more('Les mer')

    p.heading('ORGANISASJON OG TARIFFMAKT', 3)
    goals('Målene våre:',
          G('60 nye medlemmer i løpet av 2025.'),
          G('Alle skoler, barnehager og omsorgsboliger har egen tillitsvalgt.'))
    doing(M('Vervedag på Oppdal helsesenter og i hjemmetjenesten i forbundsukene.'),
          M('Stand på Oppdal videregående skole for elever på helse- og oppvekstfag.'),
          M('Tillitsvalgtkurs om hovedavtalen for alle nye tillitsvalgte.'),
          M('Informerer om fagforeningen i en fast spalte i lokalavisa Opdalingen.'))
    more('Les mer')

    p.heading('FAG OG KOMPETANSE', 4)
    doing(M('Fagkveld om vold og trusler for ansatte i barnevern og psykisk helse.'),
          M('Jobber for flere læreplasser i kommunen i samarbeid med opplæringskontoret.'),
          M('Markerer helsefagarbeiderdagen og barne- og ungdomsarbeiderdagen.'))

    p.heading('POLITISK PÅVIRKNING', 5)
    goals('Målet vårt:',
          G('Fagforbundets politikk får gjennomslag i kommunebudsjettet for 2026.'))
    doing(M('Inviterer partiene til debatt om velferd og arbeidsliv før valget i september.'),
          M('Deltar i 1. mai-arrangementet sammen med Oppdal LO.'),
          M('Sender innspill til kommunebudsjettet innen fristen i oktober.'))
    more('Les mer om valget 2025')

    p.heading('DIGITALISERING', 6)
    doing(M('Kurs i digitale verktøy for tillitsvalgte, blant annet Teams og Tillitsvalgtportalen.'),
          M('BankID-hjelp for pensjonister i samarbeid med biblioteket.'),
          M('Krever opplæring i arbeidstiden når nye fagsystemer tas i bruk i kommunen.'))

    p.heading('MEDLEMSAKTIVITETER', None)
    doing(M('Familiedag i alpinbakken i mars.', None),
          M('Julegrøt for medlemmene første lørdag i desember.', None),
          M('Tur til Trollheimen for pensjonistene i august.', None),
          M('Styremøter en gang i måneden og årsmøte i februar 2026.', None),
          M('Nyhetsbrev på SMS og e-post til alle medlemmer hver måned.', 3))

    p.raw('Del på Facebook Del på LinkedIn Skriv ut', kind='share')
    p.sub('Relaterte saker', level=3)
    p.bullets('Nytt styre i Fagforbundet Oppdal', 'Se bildene fra 1. mai 2024',
              'Kurskalender for tillitsvalgte høsten 2025', kind='related')
    p.raw('Fagforbundet Oppdal avd. 335', kind='footer')
    p.raw('Kontortid tirsdag og torsdag kl. 10–14', kind='footer')
    p.raw(COOKIE, kind='cookie')
    return p


def render(plan, out, work):
    h = ['<!DOCTYPE html>', '<html lang="nb"><head><meta charset="utf-8">',
         '<title>Handlingsplan 2025 - Fagforbundet Oppdal</title></head><body>']
    in_main = False
    for b in plan.blocks:
        t = b['t']
        k = b.get('kind')
        if t == 'raw':
            x = esc(b['text'])
            if k == 'skip':
                h.append('<p><a href="#innhold">%s</a></p>' % x)
            elif k == 'site':
                h.append('<header><p><a href="/"><strong>%s</strong></a></p>' % x)
            elif k == 'crumb':
                h.append('</header><main id="innhold"><nav aria-label="brødsmuler"><p>%s</p></nav>' % x)
                in_main = True
            elif k == 'link':
                h.append('<p><a href="/artikkel">%s</a></p>' % x)
            elif k == 'share':
                h.append('<p><a href="#">Del på Facebook</a> <a href="#">Del på LinkedIn</a> '
                         '<a href="#">Skriv ut</a></p>'.replace('å', '&#229;'))
            elif k == 'footer':
                if in_main:
                    h.append('</main><footer>')
                    in_main = False
                h.append('<p>%s</p>' % x)
            elif k == 'cookie':
                h.append('</footer><div class="cookie"><p>Vi bruker informasjonskapsler (cookies) for '
                         '&#229; gi deg en bedre brukeropplevelse. <a href="/personvern">Les mer om '
                         'personvern</a>. <a href="#">Godta alle</a> <a href="#">Bare '
                         'n&#248;dvendige</a></p></div>')
            else:
                h.append('<p>%s</p>' % x)
        elif t == 'title':
            h.append('<article><h1>%s</h1>' % esc(b['text']))
        elif t == 'heading':
            if b['section']:
                h.append('<h2>%s</h2>' % esc(b['text']))
            elif b['level'] == 3:
                h.append('</article><aside><h3>%s</h3>' % esc(b['text']))
            else:
                h.append('<p><strong>%s</strong></p>' % esc(b['text']))
        elif t == 'para':
            txt = esc(' '.join(s.text for s in b['segs']))
            h.append('<p class="ingress"><em>%s</em></p>' % txt if b.get('lead') else '<p>%s</p>' % txt)
        elif t == 'list':
            if k == 'nav':
                h.append('<nav><ul>%s</ul></nav>' % ''.join('<li><a href="#">%s</a></li>' % esc(e.text)
                                                             for _, e in b['entries']))
            elif k == 'related':
                h.append('<ul>%s</ul></aside>' % ''.join('<li><a href="#">%s</a></li>' % esc(e.text)
                                                         for _, e in b['entries']))
            elif k == 'ul':
                h.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % esc(e.text) for _, e in b['entries']))
            else:
                mark = '&#187; ' if k == 'raquo' else '&#8211; '
                for _, e in b['entries']:
                    h.append('<p>%s%s</p>' % (mark, esc(e.text)))
        else:
            raise ValueError(t)
    h.append('</body></html>')
    src = os.path.join(work, plan.base + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('\n'.join(h) + '\n')
    data = run(['w3m', '-dump', '-cols', '400', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', src])
    with open(out, 'wb') as f:
        f.write(data)
