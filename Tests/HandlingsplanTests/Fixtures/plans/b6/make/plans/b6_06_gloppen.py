"""b6-06 Gloppen (nn): ODT (flat ODT written here, converted to .odt by LibreOffice
Writer) in which the kind of a paragraph is carried only by its paragraph style:
custom styles "Maal" (display name "Mål"), "Tiltak", "Hovudmaal" ("Hovudmål") and
"Utfordring" on plain paragraphs, no list markup, no labels.  Headings are text:h
level 1 numbered by the outline (chapter) numbering, so "1." … "7." is not in the
text.  A few paragraphs carry direct formatting, so LibreOffice gives them automatic
styles (P1, P2 …) whose parent is the custom style.  One Tiltak paragraph holds a
manual line break."""
import os

import national
from lib import Gold, NG, LG, ME, soffice, xml_escape

BASE = 'b6-06_gloppen'
EXT = 'odt'
NN = national.NN

# ('title'|'subtitle'|'body'|'h', text) ; ('ng'|'lg'|'me', text, area) ;
# ('utf', text) challenge ; text '\n' = manual line break ; a trailing '*' on the
# kind ('me*') gives the paragraph direct formatting (automatic style)
BLOCKS = [
    ('title', 'Handlingsplan 2026–2027'),
    ('subtitle', 'Fagforbundet Gloppen, avdeling 441'),
    ('body', 'Vedteken på årsmøtet på Sandane 27. januar 2026.'),
    ('body', 'Planen følgjer dei seks satsingsområda i strategiplanen til Fagforbundet. Under '
             'kvart område står først utfordringane slik styret ser dei, deretter måla og '
             'tiltaka våre.'),
    ('h', 'Heiltid og likeløn', 1),
    ('utf', 'Over halvparten av medlemmane våre i helse og omsorg jobbar deltid.'),
    ('utf', 'Mange får tilbod om ekstravakter i staden for større stillingar.'),
    ('ng', NN[1][1], 1),
    ('ng', NN[1][2], 1),
    ('lg', 'Fleire av medlemmane våre i Gloppen kommune har heile, faste stillingar innan 2027.', 1),
    ('lg', 'Kommunen har vedteke ein heiltidsplan med konkrete tal.', 1),
    ('me', 'Krevje drøftingsmøte om heiltid i alle einingar i helse og omsorg.', 1),
    ('me*', 'Følgje opp alle som har krav på utvida stilling etter § 14-3 i arbeidsmiljølova.', 1),
    ('me', 'Medlemsmøte om pensjon og AFP på Byrkjelo hausten 2026.', 1),
    ('me', 'Lage lønsstatistikk for medlemmane før dei lokale forhandlingane.', 1),
    ('h', 'Offentlege tenester i eigenregi', 2),
    ('utf', 'Kommunen vurderer å setje ut drifta av reinhaldet.'),
    ('lg', 'Reinhaldet blir drive med eigne tilsette også etter 2026.', 2),
    ('lg*', 'Ingen vikarbyrå i helse og omsorg.', 2),
    ('me', 'Skrive høyringssvar og møte politikarane før saka om reinhaldet kjem opp.', 2),
    ('me', 'Lage oversikt over bruken av vikarbyrå i kommunen og leggje ho fram for styret.', 2),
    ('me', 'Samle yrkesfaglege argument for eigenregi frå reinhaldarane.', 2),
    ('h', 'Organisasjon og tariffmakt', 3),
    ('utf', 'Organisasjonsgraden i barnehagane har gått ned.'),
    ('ng', NN[3][3], 3),
    ('ng', NN[3][6], 3),
    ('lg', 'Vi skal ha 480 medlemmar innan utgangen av 2027.', 3),
    ('lg', 'Alle einingar med fem medlemmar eller fleire har plasstillitsvald.', 3),
    ('me', 'Verveaksjon på arbeidsplassane i forbundsvekene.', 3),
    ('me', 'Besøkje lærlingane i kommunen kvart haustsemester.', 3),
    ('me', 'Grunnskulering for nye tillitsvalde i samarbeid med Fagforbundet Stad.', 3),
    ('me', 'Tillitsvaldsamling med overnatting i Hyen i mai.', 3),
    ('me', 'Sende velkomsthelsing til alle nye medlemmar,\nog ringje dei innan ein månad.', 3),
    ('h', 'Fag, yrke og kompetanse', 4),
    ('lg', 'Fleire assistentar i barnehagane tek fagbrev.', 4),
    ('me', 'Informasjonsmøte om praksiskandidatordninga i samarbeid med Vestland fylkeskommune.', 4),
    ('me', 'Fagkveld for helsefagarbeidarar om legemiddelhandtering.', 4),
    ('me*', 'Krevje fleire læreplassar i barne- og ungdomsarbeidarfaget.', 4),
    ('h', 'Samfunnspolitisk arbeid', 5),
    ('lg', 'Godt samarbeid med dei politiske partia som deler verdiane våre.', 5),
    ('me', 'Møte ordføraren og gruppeleiarane før budsjettet.', 5),
    ('me', '1. mai-arrangement på Sandane saman med LO.', 5),
    ('me', 'Lesarinnlegg i Firda Tidend om heiltid og eigenregi.', 5),
    ('h', 'Digitalisering og IKT', 6),
    ('lg', 'Alle tillitsvalde brukar Tillitsvalgtportalen i vervet.', 6),
    ('me', 'Kurs i Teams og Tillitsvalgtportalen for nye tillitsvalde.', 6),
    ('me', 'Digital kafé for pensjonistane med hjelp til BankID og Helsenorge.', 6),
    ('h', 'Drift av fagforeininga', None),
    ('body', 'Styret har ansvaret for at planen blir følgd opp.'),
    ('me', 'Styremøte kvar månad, unntatt i juli.', None),
    ('me', 'Medlemsmøte på Sandane og Byrkjelo to gonger i året.', 3),
    ('me', 'Rekneskapen blir send til revisor innan 20. januar.', None),
    ('me', 'Julebord for medlemmane i desember.', None),
    ('me*', 'Evaluere handlingsplanen på styreseminaret i desember.', None),
]

STYLE = {'title': 'Title', 'subtitle': 'Subtitle', 'body': 'Text_20_body',
         'ng': 'Hovudmaal', 'lg': 'Maal', 'me': 'Tiltak', 'utf': 'Utfordring'}
KIND = {'ng': NG, 'lg': LG, 'me': ME}


def para_xml(style, text):
    inner = '<text:line-break/>'.join(xml_escape(x) for x in text.split('\n'))
    return '<text:p text:style-name="%s">%s</text:p>' % (style, inner)


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Gloppen', '441', 2026, 2027, '2026-01-27', 'nn')
    body = []
    section = None
    auto = 0
    for b in BLOCKS:
        kind = b[0]
        if kind == 'h':
            section = b[1]
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>'
                        % xml_escape(g.no(b[1])))
            continue
        direct = kind.endswith('*')
        kind = kind.rstrip('*')
        style = STYLE[kind]
        if direct:
            auto += 1
            style = 'D%d_%s' % (auto, style)
        if kind in KIND:
            g.item(KIND[kind], b[2], b[1], section)
        else:
            g.no(b[1])
        body.append(para_xml(style, b[1]))
    autostyles = []
    n = 0
    for b in BLOCKS:
        if b[0].endswith('*'):
            n += 1
            parent = STYLE[b[0].rstrip('*')]
            autostyles.append(
                '<style:style style:name="D%d_%s" style:family="paragraph" '
                'style:parent-style-name="%s"><style:paragraph-properties fo:keep-with-next="always"/>'
                '<style:text-properties fo:color="#1f3864"/></style:style>' % (n, parent, parent))
    fodt = FODT.replace('@AUTO@', '\n'.join(autostyles)).replace('@BODY@', '\n'.join(body))
    src = os.path.join(work, BASE + '.fodt')
    open(src, 'w', encoding='utf-8').write(fodt)
    out = soffice(src, 'odt', work)
    os.replace(out, os.path.join(plans_dir, BASE + '.' + EXT))
    return g


FODT = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:title>Handlingsplan 2026–2027 Fagforbundet Gloppen</meta:title></office:meta>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="nn" fo:country="NO"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"
  style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="24pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
  <style:text-properties fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
  style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
  <style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#c00000"/>
 </style:style>
 <style:style style:name="Utfordring" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text">
  <style:text-properties fo:font-style="italic" fo:color="#595959"/>
 </style:style>
 <style:style style:name="Hovudmaal" style:display-name="Hovudmål" style:family="paragraph"
  style:parent-style-name="Text_20_body" style:class="text">
  <style:paragraph-properties fo:margin-left="0.5cm" fo:border-left="0.06pt solid #c00000" fo:padding-left="0.2cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Maal" style:display-name="Mål" style:family="paragraph"
  style:parent-style-name="Text_20_body" style:class="text">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Tiltak" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text">
  <style:paragraph-properties fo:margin-left="1cm" fo:margin-bottom="0.1cm"/>
 </style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/>
   </style:list-level-properties>
  </text:outline-level-style>
 </text:outline-style>
</office:styles>
<office:automatic-styles>
@AUTO@
</office:automatic-styles>
<office:body><office:text>
@BODY@
</office:text></office:body></office:document>
'''
