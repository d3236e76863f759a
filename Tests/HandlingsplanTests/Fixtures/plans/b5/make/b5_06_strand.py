"""b5-06 Strand - bokmål, ODT written by LibreOffice (from a flat ODT).

The whole plan is one automatically numbered list: level 1 uses roman numerals
("I.", "II." ...) and holds the area name as the first (numbered) paragraph of the
list item; the goals follow as further, unnumbered paragraphs of the same list item;
after each goal a nested level-2 list numbered "a)", "b)" ... (restarting for every
goal) holds its measures.  No heading styles: the areas are list items, the numbers
exist only in the list style.
"""
from planlib import Title, Meta, Para, Area, Own, Mark, G, M, esc, soffice, src_path, move

INFO = dict(
    id='b5-06', base='b5-06_strand', ext='odt', format='ODT',
    writer='LibreOffice 7.4 headless, flat ODT -> ODT', language='nb',
    structure='one auto-numbered list: I./II. area items, goal paragraphs inside the item, '
              'nested a)/b) measure lists after each goal',
    styles='6 (ODT nested numbered lists: roman areas, unnumbered goal paragraphs, a) measures)',
    hard='no headings at all: areas are the numbered first paragraphs of level-1 list items '
         '("I." ... "VIII." only in the list style, not in the text); goals are unnumbered '
         'paragraphs inside the same list item (text:p after the first), measures are level-2 '
         'list items numbered a), b) that restart under every goal; one goal without '
         'measures; the last two roman items are own sections ("Drift av fagforeningen", '
         '"Sosialt og internasjonalt") mapped by content; period 2024–2026')

PLAN = dict(union='Fagforbundet Strand', branch='155', periodFrom=2024, periodTo=2026,
            adopted='2024-02-15', language='nb')

BLOCKS = [
    Title('Handlingsplan 2024–2026'),
    Meta('Fagforbundet Strand avd. 155'),
    Meta('Vedtatt på årsmøtet 15. februar 2024'),
    Para('Planen følger de seks satsingsområdene i Fagforbundets strategiplan, og til slutt '
         'kommer fagforeningens egne områder. Under hvert område står målene våre som egne '
         'avsnitt, og tiltakene står som bokstavpunkter under det målet de hører til.'),
    Mark('list'),

    Area('Heltid, likelønn og kampen for mindre forskjeller', 1),
    G('Flere ansatte i helse og omsorg i Strand kommune går i hele stillinger.'),
    M('Kreve at kommunen følger opp heltidserklæringen fra KS og Fagforbundet med konkrete '
      'tall.'),
    M('Gjennomgå alle turnuser med lav stillingsprosent sammen med tillitsvalgte på '
      'arbeidsplassene.'),
    G('Medlemmene får god informasjon om offentlig tjenestepensjon og AFP.'),
    M('Pensjonsmøte på Jørpeland for medlemmer over 55 år.'),
    M('Legge ut en forklaring av ny offentlig AFP på fagforeningens Facebook-side.'),
    G('Lønnsforskjellen mellom fagarbeidere og ufaglærte i kommunen skal ikke øke.'),

    Area('Gode offentlige tjenester med egne ansatte', 2),
    G('Strand kommune driver alle pleie- og omsorgstjenester i egen regi.'),
    M('Følge med på bruken av vikarbyrå i sykehjemmene og kreve faste stillinger i stedet.'),
    M('Kreve at trepartssamarbeidet brukes før omorganiseringer i hjemmetjenesten.'),
    G('Renholdet i kommunale bygg blir ikke satt ut på anbud.'),
    M('Invitere formannskapet til et møte om erfaringene med innleid renhold i '
      'nabokommunene.'),

    Area('Organisasjonsbygging og tariffmakt', 3),
    G('Fagforeningen har minst 1 000 medlemmer ved utgangen av 2025.'),
    M('Verveaksjon for elever på helse- og oppvekstfag ved Strand vidaregåande skule.'),
    M('Gi alle nye medlemmer en velkomstsamtale med plasstillitsvalgt.'),
    M('Vervekonkurranse mellom arbeidsplassene med premie til den som verver flest.'),
    G('Alle arbeidsplasser med medlemmer har en plasstillitsvalgt.'),
    M('Kartlegge arbeidsplasser uten tillitsvalgt og ta kontakt med medlemmene der.'),
    M('Holde grunnskolering for nye tillitsvalgte sammen med nabofagforeningene i Ryfylke.'),
    M('Samling for alle tillitsvalgte hver høst med hovedavtalen som tema.'),

    Area('Fag- og tjenesteutvikling', 4),
    G('Flere medlemmer tar fagbrev, og kommunen har nok læreplasser.'),
    M('Kreve at kommunen øker antall lærlinger i helsearbeiderfaget fra fire til åtte.'),
    M('Orientere om praksiskandidatordningen på personalmøter i barnehagene.'),
    G('Alle yrkesgrupper får tilbud om kompetanseheving.'),
    M('Kreve at kompetanseplanene i helse og omsorg også omfatter renholdere og '
      'kjøkkenansatte.'),
    M('Fagdag for ansatte i skolefritidsordningen.'),

    Area('Alliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid', 5),
    G('Fagforbundets krav er kjent for lokalpolitikerne i Strand.'),
    M('Årlig møte med ordfører og gruppelederne før budsjettet legges fram.'),
    M('Arrangere 1. mai på Jørpeland sammen med LO i Ryfylke.'),
    M('Oppfordre medlemmer til å stille til nominasjon før kommunevalget i 2027.'),
    G('Flest mulig medlemmer bruker stemmeretten i 2025.'),
    M('Valgkampmøte med Fagforbundets kandidater fra Rogaland.'),

    Area('Digitalisering', 6),
    G('Tillitsvalgte har utstyret og kunnskapen de trenger for å jobbe digitalt.'),
    M('Sørge for at alle hovedtillitsvalgte har PC eller nettbrett fra fagforeningen.'),
    M('Kurs i Tillitsvalgtportalen og Fagforbundet-appen for nye tillitsvalgte.'),
    G('Eldre medlemmer får hjelp til BankID og andre digitale tjenester.'),
    M('Digital hjelp for pensjonistene på Strand bibliotek to ganger i semesteret.'),

    Own('Drift av fagforeningen'),
    G('Styret arbeider etter en fast årsplan.', None),
    M('Styremøter den andre tirsdagen i måneden.', None),
    M('Regnskapet revideres og legges fram for årsmøtet.', None),
    M('Evaluere handlingsplanen hvert år i desember.', None),

    Own('Sosialt og internasjonalt'),
    G('Medlemmene møtes også utenfor jobben.', None),
    M('Juleavslutning med gløgg for alle medlemmer på Jørpeland.', None),
    M('Sommertur med båt på Lysefjorden for medlemmer og pensjonister.', None),
    M('Fast månedlig støtte til en SOS-barneby gjennom Fagforbundets solidaritetsarbeid.',
      None),
    Mark('/list'),

    Para('Jørpeland, 15. februar 2024'),
    Para('Styret i Fagforbundet Strand'),
]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

STYLES = '''<office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="11pt" fo:language="nb" fo:country="NO"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard" style:class="list"/>
 </office:styles>'''

AUTO = '''<office:automatic-styles>
  <text:list-style style:name="L1">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="I">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.8cm" fo:text-indent="-0.6cm" fo:margin-left="1.8cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
  <style:style style:name="PArea" style:family="paragraph" style:parent-style-name="List_20_Paragraph" style:list-style-name="L1">
   <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="PGoal" style:family="paragraph" style:parent-style-name="List_20_Paragraph" style:list-style-name="L1">
   <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.1cm"/>
   <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="PMeasure" style:family="paragraph" style:parent-style-name="List_20_Paragraph" style:list-style-name="L1"/>
  <style:style style:name="PMeta" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:automatic-styles>'''


def render(path):
    body = []
    in_list = False
    open_item = False          # a level-1 list item is open
    open_sub = False           # a level-2 list is open
    for b in BLOCKS:
        if b.kind == 'title':
            body.append('<text:p text:style-name="Title">%s</text:p>' % esc(b.text))
        elif b.kind == 'meta':
            body.append('<text:p text:style-name="PMeta">%s</text:p>' % esc(b.text))
        elif b.kind == 'para':
            body.append('<text:p text:style-name="Text_20_body">%s</text:p>' % esc(b.text))
        elif b.kind == 'mark' and b.text == 'list':
            body.append('<text:list text:style-name="L1">')
            in_list = True
        elif b.kind in ('area', 'own'):
            if open_sub:
                body.append('</text:list>')
                open_sub = False
            if open_item:
                body.append('</text:list-item>')
            body.append('<text:list-item><text:p text:style-name="PArea">%s</text:p>'
                        % esc(b.text))
            open_item = True
        elif b.kind == 'item' and b.ikind == 'localGoal':
            if open_sub:
                body.append('</text:list>')
                open_sub = False
            body.append('<text:p text:style-name="PGoal">%s</text:p>' % esc(b.text))
        elif b.kind == 'item':
            if not open_sub:
                body.append('<text:list>')
                open_sub = True
                body.append('<text:list-item text:start-value="1">')
            else:
                body.append('<text:list-item>')
            body.append('<text:p text:style-name="PMeasure">%s</text:p></text:list-item>'
                        % esc(b.text))
        elif b.kind == 'mark' and b.text == '/list':
            if open_sub:
                body.append('</text:list>')
                open_sub = False
            body.append('</text:list-item></text:list>')
            open_item = in_list = False
        else:
            raise ValueError(b.kind)
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document %s office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.text">\n'
           ' <office:meta><dc:title>Handlingsplan 2024–2026</dc:title>'
           '<meta:initial-creator>Fagforbundet Strand</meta:initial-creator></office:meta>\n'
           ' %s\n %s\n <office:body><office:text>\n%s\n </office:text></office:body>\n'
           '</office:document>\n') % (NS, STYLES, AUTO, '\n'.join(body))
    src = src_path('b5-06_strand.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(doc)
    out = soffice(src, 'odt', '/tmp/b5_out')
    move(out, path)
