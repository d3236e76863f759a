"""b8-05 Tønsberg: LibreOffice Writer plan with outline-numbered headings 1 / 1.1 / 1.1.1
and a table of contents.

Headings use Writer's chapter (outline) numbering: "1 Innledning", "2.1 Heltid og
likelønn", "2.1.1 Mål" – the numbers come from text:outline-style, not from the text. The
labels Mål / Tiltak / Utfordringer / Forbundets hovedmål are level-3 headings, so they
are numbered like sub-sections ("2.3.1 Forbundets hovedmål"). A table of contents at the
start lists levels 1–2 with their numbers as text and page numbers. Goals and measures
are bullet lists (• / – for the second level). Written as flat ODT, converted to ODT by
LibreOffice.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, NG, H, note, lo_to, SRC, PLANS, fodt, odf_text, walk  # noqa: E402
from national import NB  # noqa: E402

BASE = 'b8-05_tonsberg'
EXT = 'odt'
WRITER = 'flat ODT -> LibreOffice 7.4 headless -> ODT'
LANG = 'nb'
STYLE = ('LibreOffice outline numbering on the headings (1 / 2.1 / 2.1.1, numbers not in the '
         'text) with the labels Mål / Tiltak as numbered level-3 headings, a table of '
         'contents, bullet lists')
HARD = ('the labels Mål, Tiltak, Utfordringer and Forbundets hovedmål are numbered level-3 '
        'headings (2.1.1 …) and must not become sections; the areas are level-2 headings '
        'under "2 Våre satsingsområder"; the table of contents repeats the level-1/2 headings '
        'with their numbers as text and page numbers; "Utfordringer" bullets are not items; '
        'one area has Tiltak only; a measure ending in ":" with two sub-bullets that are '
        'fragments ("på medlemsmøtet i mars"); chapter 3 "Drift og medlemsaktiviteter" has '
        'level-2 headings that name no area (by content)')

META = {'union': 'Fagforbundet Tønsberg', 'branch': '104', 'periodFrom': 2026,
        'periodTo': 2027, 'adopted': '2026-01-29', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Tønsberg avd. 104", "Vedtatt på årsmøtet 29. januar 2026"'


def lst(*entries):
    return {'t': 'list', 'children': list(entries)}


def sub(parent, *children):
    parent['children'] = [{'t': 'list', 'children': list(children)}]
    return parent


def h1(t, **kw):
    return H(t, level=1, section=False, **kw)


def h2(t, area=None):
    return H(t, level=2, area=area, section=True)


def h3(t):
    return H(t, level=3, section=False)


def p(t):
    return note(t)


BLOCKS = [
    note('Handlingsplan 2026–2027', style='Title'),
    note('Fagforbundet Tønsberg avd. 104', style='Subtitle'),
    note('Vedtatt på årsmøtet 29. januar 2026', style='Text_20_body'),
    {'t': 'toc'},
    h1('Innledning'),
    p('Handlingsplanen viser hva Fagforbundet Tønsberg skal prioritere i 2026 og 2027. Den '
      'bygger på Fagforbundets strategiplan og på innspill fra tillitsvalgte og seksjoner.'),
    p('Kapittel 2 følger de seks satsingsområdene i strategiplanen. Kapittel 3 gjelder driften av '
      'fagforeningen.'),
    h1('Våre satsingsområder'),
    p('Under hvert område står først målene våre og deretter tiltakene.'),
    h2('Heltid og likelønn', 1),
    h3('Mål'),
    lst(G('Flere medlemmer i Tønsberg kommune går over i hele, faste stillinger.'),
        G('Likelønnsgapet i kommunen blir mindre for hver forhandlingsrunde.')),
    h3('Tiltak'),
    lst(M('Kreve at alle nye stillinger i helse og omsorg lyses ut som 100 prosent'),
        M('Støtte tillitsvalgte som fremmer krav etter arbeidsmiljøloven § 14-4 a'),
        M('Gjennomgå lønnsstatistikken for kvinnedominerte stillingsgrupper før hvert oppgjør'),
        sub(M('Informere om tjenestepensjon og AFP:'),
            M('på medlemsmøtet i mars'),
            M('i nyhetsbrevet før sommeren'))),
    h2('Egne ansatte i offentlige tjenester', 2),
    h3('Utfordringer'),
    lst(note('Kommunen vurderer å sette ut driften av to sykehjem.'),
        note('Bruken av vikarbyrå i hjemmetjenesten har økt siden 2024.')),
    h3('Mål'),
    lst(G('Sykehjemmene i Tønsberg forblir i kommunal drift.')),
    h3('Tiltak'),
    lst(M('Lage faktaark om kostnadene ved privat drift av sykehjem'),
        M('Arrangere folkemøte om offentlig eldreomsorg sammen med pensjonistene'),
        M('Kreve månedlig rapport om innleie fra vikarbyrå i hjemmetjenesten')),
    h2('Organisasjon og tariffmakt', 3),
    h3('Forbundets hovedmål'),
    lst(NG(NB[3][0]), NG(NB[3][6])),
    h3('Mål'),
    lst(G('Fagforeningen passerer 3 000 medlemmer i løpet av 2027.'),
        G('Alle tillitsvalgte har grunnskolering innen ett år etter at de er valgt.')),
    h3('Tiltak'),
    lst(M('Vervedager på Sykehuset i Vestfold og i kommunens barnehager'),
        M('Fadderordning for nye plasstillitsvalgte'),
        M('Grunnskolering i samarbeid med Fagforbundet Vestfold og Telemark'),
        M('Besøke elever på helse- og oppvekstfag ved Greveskogen videregående skole'),
        M('Kartlegge private virksomheter i Tønsberg uten tariffavtale')),
    h2('Fag, yrke og kompetanse', 4),
    h3('Tiltak'),
    lst(M('Fagdag for helsefagarbeidere om legemiddelhåndtering'),
        M('Kreve kompetanseplan for alle enheter i oppvekst'),
        M('Markere Renholdernes dag med besøk på alle renholdsbaser'),
        M('Kreve flere læreplasser i renholdsoperatørfaget')),
    h2('Politisk påvirkning og allianser', 5),
    h3('Mål'),
    lst(G('Politikerne i Tønsberg kjenner Fagforbundets syn på eldreomsorg og heltid.')),
    h3('Tiltak'),
    lst(M('Møte gruppelederne i bystyret før budsjettbehandlingen'),
        M('Stå på stand med LO i Tønsberg 1. mai'),
        M('Skrive leserinnlegg i Tønsbergs Blad før budsjettvedtaket')),
    h2('Digitalisering og IKT', 6),
    h3('Mål'),
    lst(G('Tillitsvalgte er trygge brukere av digitale verktøy.')),
    h3('Tiltak'),
    lst(M('Kurs i Tillitsvalgtportalen for nye tillitsvalgte'),
        M('Kreve opplæring før nytt journalsystem tas i bruk i hjemmetjenesten')),
    h1('Drift og medlemsaktiviteter'),
    h2('Styrearbeid og økonomi'),
    lst(M('Styremøter hver tredje uke', area=None),
        M('Budsjett og regnskap legges fram for årsmøtet', area=None),
        M('Styreseminar i august med opplæring i styrearbeid', area=3)),
    h2('Medlemsaktiviteter og sosialt'),
    lst(M('Medlemsmøte med kulturinnslag i mars og oktober', area=3),
        M('Sommerfest for medlemmer og familie', area=None),
        M('Pensjonisttur til Kragerø i juni', area=None),
        M('Gave til jubilanter med 25 og 40 års medlemskap', area=None)),
    h1('Oppfølging av planen'),
    p('Årsberetningene for 2026 og 2027 viser hva som er gjennomført.'),
    note('Tønsberg, 29. januar 2026', style='Text_20_body'),
]


def heading_numbers(blocks):
    """(level, number string, text) for every heading, as the outline numbering shows them."""
    counters = [0, 0, 0]
    out = []
    for b in blocks:
        if isinstance(b, dict) and b.get('t') == 'h':
            lv = b['level']
            counters[lv - 1] += 1
            for i in range(lv, 3):
                counters[i] = 0
            out.append((lv, '.'.join(str(c) for c in counters[:lv]), b['text']))
    return out


# page numbers as Writer showed them when the contents were last updated
TOC_PAGES = {'Innledning': 2, 'Våre satsingsområder': 2, 'Heltid og likelønn': 2,
             'Egne ansatte i offentlige tjenester': 3, 'Organisasjon og tariffmakt': 3,
             'Fag, yrke og kompetanse': 4, 'Politisk påvirkning og allianser': 4,
             'Digitalisering og IKT': 4, 'Drift og medlemsaktiviteter': 5,
             'Styrearbeid og økonomi': 5, 'Medlemsaktiviteter og sosialt': 5,
             'Oppfølging av planen': 5}


def toc_entries():
    return [(lv, '%s %s\t%d' % (num, text, TOC_PAGES[text]))
            for lv, num, text in heading_numbers(BLOCKS) if lv <= 2]


# the TOC lines are notes too (inserted into BLOCKS so the gold lists them)
BLOCKS[BLOCKS.index({'t': 'toc'})] = {'t': 'toc', 'children':
                                      [note('Innhold')] + [note(t) for _, t in toc_entries()]}

OUTLINE = '''
  <text:outline-style style:name="Outline">
%s
  </text:outline-style>''' % '\n'.join(
    '   <text:outline-level-style text:level="%d" style:num-format="1" text:display-levels="%d">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="listtab" '
    'text:list-tab-stop-position="%.2fcm" fo:text-indent="-%.2fcm" fo:margin-left="%.2fcm"/>'
    '</style:list-level-properties></text:outline-level-style>'
    % (lv, lv, 0.8 + 0.4 * lv, 0.8 + 0.4 * lv, 0.8 + 0.4 * lv) for lv in range(1, 11))

EXTRA_STYLES = '''
  <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index">
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>
  </style:style>
  <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties fo:margin-left="0.5cm"><style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>
  </style:style>
  <style:style style:name="List_20_Contents" style:display-name="List Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="html">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/>
  </style:style>
'''

AUTO = '''
  <style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"><style:columns fo:column-count="1" fo:column-gap="0cm"/></style:section-properties></style:style>
  <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
  <text:list-style style:name="L1">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet>
   <text:list-level-style-bullet text:level="2" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.905cm" fo:text-indent="-0.635cm" fo:margin-left="1.905cm"/></style:list-level-properties></text:list-level-style-bullet>
  </text:list-style>
'''


def render_list(lst_block, out, level=1):
    out.append('<text:list text:style-name="L1">' if level == 1 else '<text:list>')
    for e in lst_block['children']:
        out.append('<text:list-item><text:p text:style-name="List_20_Contents">%s</text:p>'
                   % odf_text(e['text']))
        for c in e.get('children', []):
            render_list(c, out, level + 1)
        out.append('</text:list-item>')
    out.append('</text:list>')


def render():
    body = []
    for b in BLOCKS:
        t = b['t']
        if t == 'toc':
            body.append('<text:table-of-content text:style-name="Sect1" text:protected="true" '
                        'text:name="Innholdsfortegnelse1">')
            body.append('<text:table-of-content-source text:outline-level="2">'
                        '<text:index-title-template text:style-name="Contents_20_Heading">Innhold'
                        '</text:index-title-template>')
            for lv in (1, 2):
                body.append('<text:table-of-content-entry-template text:outline-level="%d" '
                            'text:style-name="Contents_20_%d"><text:index-entry-chapter/>'
                            '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" '
                            'style:leader-char="."/><text:index-entry-page-number/>'
                            '</text:table-of-content-entry-template>' % (lv, lv))
            body.append('</text:table-of-content-source><text:index-body>'
                        '<text:index-title text:style-name="Sect1" text:name="Innholdsfortegnelse1_Head">'
                        '<text:p text:style-name="Contents_20_Heading">Innhold</text:p></text:index-title>')
            for lv, txt in toc_entries():
                a, pg = txt.split('\t')
                body.append('<text:p text:style-name="Contents_20_%d">%s<text:tab/>%s</text:p>'
                            % (lv, odf_text(a), pg))
            body.append('</text:index-body></text:table-of-content>')
        elif t == 'h':
            style = 'Heading_20_%d' % b['level']
            body.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                        % (style, b['level'], odf_text(b['text'])))
        elif t == 'list':
            render_list(b, body)
        else:
            style = b.get('style', 'Text_20_body')
            body.append('<text:p text:style-name="%s">%s</text:p>' % (style, odf_text(b['text'])))
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fodt('\n'.join(body), auto_styles=AUTO, extra_styles=EXTRA_STYLES,
                     title='Handlingsplan 2026–2027', outline=OUTLINE))
    dest = os.path.join(PLANS, BASE + '.odt')
    lo_to(src, 'odt', None, dest)
    return dest
