"""b6-08 Porsgrunn (nb): a member newsletter page (flat ODT written here: running
header, page-number footer, kicker, headline, ingress and byline at full width, then
the plan in a two-column section, then a full-width calendar box) made into a PDF by
LibreOffice Writer and read with `pdftotext -layout`, so the two columns stand side
by side on the same text lines and continue onto page 2."""
import os

from lib import Gold, LG, ME, run, soffice, xml_escape

BASE = 'b6-08_porsgrunn'
EXT = 'txt'

VI = 'Vi vil:'
SLIK = 'Slik gjør vi det:'
# (heading, area, goals, measures); goal / measure = text or (text, area)
PLAN = [
    ('Heltid og likelønn', 1, [
        'Flere medlemmer i hele, faste stillinger, særlig i helse og omsorg.',
        'Lønnsforskjellene mellom kvinner og menn i kommunen skal bli mindre.',
    ], [
        'Vi krever drøftingsmøter om heltid på alle sykehjem og i hjemmetjenesten.',
        'Vi hjelper medlemmer som har krav på større stilling etter arbeidsmiljøloven § 14-3.',
        'Vi inviterer til medlemsmøte om pensjon og AFP i Brevik i oktober.',
        'Lønnsstatistikk for medlemmene før de lokale forhandlingene.',
    ]),
    ('Gode offentlige tjenester med egne ansatte', 2, [
        'Ingen flere kommunale tjenester settes ut på anbud.',
    ], [
        'Vi ber om oversikt over alle anbud og over bruken av vikarbyrå.',
        'Vi samarbeider med Fagforbundet Skien om en felles kampanje for egenregi i renholdet.',
        'Vi krever at kjøkkenet på Vestsiden sykehjem fortsatt drives i egen regi.',
    ]),
    ('Organisasjonsbygging og tariffmakt', 3, [
        'Vi skal passere 2 000 medlemmer i løpet av 2026.',
        'Alle arbeidsplasser med minst fem medlemmer skal ha en plasstillitsvalgt.',
    ], [
        'Verveaksjoner på arbeidsplassene i forbundsukene.',
        'Besøk på Porsgrunn videregående skole for elever på helse- og oppvekstfag.',
        'Grunnskolering for nye tillitsvalgte vår og høst.',
        'Alle nye medlemmer får en velkomstsamtale.',
        'Månedlige arbeidsplassbesøk i barnehagene.',
        'Tillitsvalgtsamling på Herøya i november.',
    ]),
    ('Fag- og tjenesteutvikling', 4, [
        'Flere ufaglærte skal ta fagbrev.',
        'Alle enheter har en kompetanseplan.',
    ], [
        'Informasjonsmøte om praksiskandidatordningen.',
        'Fagdag for helsefagarbeidere i kommunen og på sykehuset.',
        'Vi krever flere læreplasser i kommunen.',
        'Kurs for renholdere om nye renholdsmetoder.',
    ]),
    ('Alliansebygging og politisk påvirkning', 5, [], [
        'Møte med ordføreren og gruppelederne før budsjettet.',
        '1. mai-arrangement sammen med LO i Grenland.',
        'Leserinnlegg i Varden om velferd i egen regi.',
        'Valgkamp før kommunevalget 2027 sammen med de andre LO-forbundene.',
    ]),
    ('Digitalisering', 6, [
        'Alle tillitsvalgte skal bruke Tillitsvalgtportalen.',
    ], [
        'Kurs i Teams og Tillitsvalgtportalen.',
        'Hjelp til pensjonister med BankID og Helsenorge på biblioteket.',
        'Vi krever at tillitsvalgte er med når nye fagsystemer innføres.',
    ]),
    ('I tillegg', None, [], [
        ('Styremøte hver måned.', None),
        ('Medlemsfest i juni.', None),
        ('Regnskap og revisjon før årsmøtet.', None),
        ('Nyhetsbrev som dette fire ganger i året.', 3),
        ('Støtte til Palestinakomiteens arbeid.', None),
        ('Sommertur for pensjonistene til Kragerø.', None),
    ]),
]

HEADER = 'MEDLEMSNYTT · Fagforbundet Porsgrunn · Nr. 1 – mars 2026'
CALENDAR = [
    '12. mars: Medlemsmøte om lønnsoppgjøret',
    '1. mai: Tog fra Rådhusplassen kl. 11',
    '6. juni: Medlemsfest på Vestsiden',
]


def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, xml_escape(text))


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Porsgrunn', '153', 2026, 2026, '2026-02-24', 'nb')
    g.no(HEADER)
    body = [
        p('Kicker', g.no('HANDLINGSPLAN 2026')),
        p('Headline', g.no('Dette skal vi jobbe med i 2026')),
        p('Ingress', g.no('Årsmøtet i Fagforbundet Porsgrunn avd. 153 vedtok 24. februar 2026 '
                          'handlingsplanen for året. Her er hele planen, med målene og tiltakene '
                          'for hvert av de seks satsingsområdene.')),
        p('Byline', g.no('Tekst: Styret')),
        '<text:section text:style-name="Sect1" text:name="Planen">',
    ]
    for heading, area, goals, measures in PLAN:
        body.append(p('Mellomtittel', g.no(heading)))
        for label, kind, entries in ((VI, LG, goals), (SLIK, ME, measures)):
            if not entries:
                continue
            body.append(p('Etikett', g.no(label)))
            body.append('<text:list text:style-name="Bullets">')
            for e in entries:
                text, a = (e, area) if isinstance(e, str) else e
                body.append('<text:list-item>%s</text:list-item>'
                            % p('Punkt', g.item(kind, a, text, heading)))
            body.append('</text:list>')
    body.append('</text:section>')
    body.append(p('Boks_20_tittel', g.no('Kalender våren 2026')))
    for c in CALENDAR:
        body.append(p('Boks', g.no(c)))
    body.append(p('Boks', g.no('Spørsmål? Kontakt leder Hilde Sørensen på porsgrunn@fagforbundet.no.')))
    fodt = FODT.replace('@HEADER@', xml_escape(HEADER)).replace('@BODY@', '\n'.join(body))
    src = os.path.join(work, BASE + '.fodt')
    open(src, 'w', encoding='utf-8').write(fodt)
    pdf = soffice(src, 'pdf', work)
    txt = run(['pdftotext', '-layout', pdf, '-'])
    for n in range(1, 4):
        g.no('Side %d' % n) if ('Side %d' % n).encode() in txt else None
    with open(os.path.join(plans_dir, BASE + '.' + EXT), 'wb') as f:
        f.write(txt)
    return g


FODT = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt" fo:language="nb" fo:country="NO"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Kicker" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#c00000" fo:letter-spacing="0.05cm"/>
 </style:style>
 <style:style style:name="Headline" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.25cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="26pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Ingress" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Byline" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="8pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Mellomtittel" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold" fo:color="#c00000"/>
 </style:style>
 <style:style style:name="Etikett" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Punkt" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.05cm"/>
 </style:style>
 <style:style style:name="Boks_20_tittel" style:display-name="Boks tittel" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:background-color="#f2dcdb" fo:padding="0.1cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Boks" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:background-color="#f2dcdb" fo:padding="0.1cm"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.4cm" fo:margin-left="0.45cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Sect1" style:family="section">
  <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.9cm"/></style:section-properties>
 </style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">@HEADER@</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Side <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
@BODY@
</office:text></office:body></office:document>
'''
