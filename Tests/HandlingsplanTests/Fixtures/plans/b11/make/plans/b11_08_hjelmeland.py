"""b11-08 Hjelmeland: the board's proposal to the annual meeting, printed with LINE NUMBERS in
the margin (as proposals are, so that amendments can refer to "linje 34"), and then turned
into text by pdftotext -layout. Every printed line, also every wrapped line of a bullet,
begins with its line number; LibreOffice numbers the page header and footer lines too, with
a count of their own.

Flat ODT (text:linenumbering-configuration, every line, empty lines not counted) ->
LibreOffice 7.4 headless PDF -> pdftotext 22.12 -layout. The intermediate FODT and PDF are
kept in make/src/.
"""
import os
import re
import subprocess
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, odf_text, fodt, lo_to, write_text  # noqa: E402

BASE = 'b11-08_hjelmeland'
EXT = 'txt'
FORMAT = 'text (UTF-8, pdftotext -layout, form feeds)'
WRITER = ('flat ODT with line numbering -> LibreOffice 7.4 headless PDF -> pdftotext 22.12 '
          '-layout')
LANG = 'nn'
STYLE = ('proposal with line numbers in the margin: typed numbered area headings, bold "Mål:" / '
         '"Tiltak:" labels and • bullets, every printed line prefixed by its number')
HARD = ('every line, wrapped continuation lines included, starts with a line number that is no '
        'part of the text, so a continuation line looks like a new numbered point; headings '
        'are typed "1. Heiltid og likeløn" after their own line number; bullets wrap with a '
        'hanging indent after the number; one continuation line begins with an amount ("1 000 '
        'kroner") and one item with "1. mai-frukost"; the page header and the "Side N av M" '
        'footer carry line numbers of their own (LibreOffice counts header and footer lines '
        'separately: 1, 2, 3, 4), form feed between pages; the date is the meeting that will consider '
        'the proposal ("Styret sitt framlegg til årsmøtet 4. februar 2026"), so adopted is '
        'null; the intro refers to "linjenummer"; own section "7. Drift, økonomi og trivsel" '
        'by content (null, 3); nynorsk')

META = {'union': 'Fagforbundet Hjelmeland', 'branch': '349', 'periodFrom': 2026,
        'periodTo': 2027, 'adopted': None, 'language': 'nn'}
AS_WRITTEN = ('"Fagforbundet Hjelmeland, avdeling 349", "Styret sitt framlegg til årsmøtet 4. '
              'februar 2026" (a proposal: adopted null)')

SECTIONS = [
    ('1. Heiltid og likeløn', 1, [
        'Fleire av dei tilsette i helse og omsorg i Hjelmeland skal ha heile og faste stillingar '
        'innan utgangen av 2027.',
        'Skilnaden i løn mellom kvinner og menn i kommunen skal bli mindre.',
    ], [
        'Krevje at kommunen lagar ein tiltaksplan for heiltid i helse og omsorg, med tal for '
        'kvar avdeling, og at planen blir lagd fram for arbeidsmiljøutvalet før sommaren 2026.',
        'Ope møte om AFP, uføretrygd og tenestepensjon hausten 2026.',
        'Gå gjennom lønsstatistikken saman med hovudtillitsvalde før dei lokale '
        'forhandlingane.',
    ]),
    ('2. Eigne tilsette i offentlege tenester', 2, [
        'Kommunen skal drive reinhald, kantine og heimeteneste med eigne tilsette også i 2027.',
    ], [
        'Følgje med på om kommunen greier ut anbod eller sal av tenester, og melde frå til '
        'medlemene med ein gong.',
        'Be om møte med kommunedirektøren om bruken av vikarbyrå ved omsorgssenteret.',
        'Skrive eit lesarinnlegg i Strandbuen om kvifor eigenregi gir betre tenester.',
    ]),
    ('3. Organisasjonsbygging og tariffmakt', 3, [
        'Fagforeininga skal ha minst 300 medlemar ved utgangen av 2026.',
        'Kvar einaste arbeidsplass i kommunen skal ha ein tillitsvald å gå til.',
    ], [
        'Vervekampanje i forbundsvekene med stand på omsorgssenteret, i barnehagane og på '
        'skulane.',
        'Ringje alle nye medlemar innan ein månad og invitere dei til neste medlemsmøte.',
        'Sende to nye tillitsvalde på grunnskulering i regi av Fagforbundet Rogaland.',
        'Informere elevane på helse- og oppvekstfag ved Strand vidaregåande skule om '
        'Fagforbundet.',
        'Vervepremie til den som vervar flest nye medlemar i året, eit gåvekort på '
        '1\u00a0000 kroner.',
    ]),
    ('4. Fag- og tenesteutvikling', 4, [
        'Fleire assistentar og ufaglærte skal ta fagbrev som praksiskandidat.',
    ], [
        'Informasjonsmøte om praksiskandidatordninga saman med vaksenopplæringa.',
        'Krevje at kommunen set av midlar til kompetanseheving for fagarbeidarar i budsjettet '
        'for 2027.',
        'Fagkveld for helsefagarbeidarar om kvardagsrehabilitering.',
    ]),
    ('5. Alliansebygging og politisk påverknad', 5, [], [
        'Møte gruppeleiarane i kommunestyret før budsjettmøtet i desember.',
        '1. mai-frukost saman med dei andre LO-forbunda i Hjelmeland.',
        'Invitere partia til open debatt om eldreomsorga før kommunevalet 2027.',
    ]),
    ('6. Digitalisering', 6, [
        'Tillitsvalde skal vere trygge på dei digitale verktøya dei brukar i vervet.',
    ], [
        'Kurs i Tillitsvaldportalen og Teams for alle tillitsvalde i mars.',
        'Krevje at tilsette i heimetenesta får opplæring i den nye fagapplikasjonen i '
        'arbeidstida.',
    ]),
    ('7. Drift, økonomi og trivsel', None, [], [
        ('Styremøte kvar fjerde veke, og oftare ved behov.', None),
        ('Kasseraren legg fram rekneskap og budsjett for styret kvart halvår.', None),
        ('Medlemsmøte med middag i mars og oktober.', 3),
        ('Julebord for medlemar og pensjonistar.', None),
        ('Informasjon på Facebook-sida og i e-post til alle medlemar.', 3),
    ]),
]

HEADER = 'Fagforbundet Hjelmeland – framlegg til handlingsplan 2026–2027'

EXTRA = '''
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  </style:style>
  <text:list-style style:name="LB">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.0cm" fo:text-indent="-0.5cm" fo:margin-left="1.0cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:linenumbering-configuration text:number-lines="true" text:offset="0.6cm" style:num-format="1" text:number-position="left" text:increment="1" text:count-empty-lines="false" text:count-in-text-boxes="false" text:restart-on-page="false"/>
'''

MASTER = ('<style:master-page style:name="Standard" style:page-layout-name="pm1">'
          '<style:header><text:p text:style-name="Header">%s</text:p></style:header>'
          '<style:footer><text:p text:style-name="Footer">Side <text:page-number '
          'text:select-page="current">1</text:page-number> av <text:page-count>2'
          '</text:page-count></text:p></style:footer></style:master-page>')


def build():
    body, blocks = [], []

    def p(text, style='Text_20_body'):
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, odf_text(text)))

    def bullets(items):
        body.append('<text:list text:style-name="LB">')
        for t in items:
            body.append('<text:list-item><text:p text:style-name="Bullet">%s</text:p>'
                        '</text:list-item>' % odf_text(t))
        body.append('</text:list>')

    p('Handlingsplan 2026–2027', 'Title')
    blocks.append(note('Handlingsplan 2026–2027'))
    for t in ('Fagforbundet Hjelmeland, avdeling 349',
              'Styret sitt framlegg til årsmøtet 4. februar 2026'):
        p(t)
        blocks.append(note(t))
    intro = ['Handlingsplanen byggjer på strategiplanen til Fagforbundet.',
             'Under kvart område står måla våre først og deretter tiltaka.',
             'Endringsframlegg skal vise til linjenummer og sendast til styret innan 28. januar.']
    p(' '.join(intro))
    blocks += [note(s) for s in intro]
    for head, area, goals, ms in SECTIONS:
        body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>'
                    % odf_text(head))
        blocks.append(H(head, area=area))
        if goals:
            p('Mål:', 'Label')
            blocks.append(note('Mål:'))
            bullets(goals)
            blocks += [G(g) for g in goals]
        p('Tiltak:', 'Label')
        blocks.append(note('Tiltak:'))
        texts = [m if isinstance(m, str) else m[0] for m in ms]
        bullets(texts)
        for m in ms:
            if isinstance(m, str):
                blocks.append(M(m))
            else:
                blocks.append(M(m[0], area=m[1]))
    t = 'Hjelmeland, 12. januar 2026. Styret'
    p(t)
    blocks.append(note(t))
    doc = fodt('\n'.join(body), extra_styles=EXTRA,
               title='Framlegg til handlingsplan 2026–2027')
    doc = doc.replace('<style:master-page style:name="Standard" style:page-layout-name="pm1"/>',
                      MASTER % odf_text(HEADER))
    doc = doc.replace('fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>',
                      'fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>'
                      '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" '
                      'fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style>'
                      '<style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/>'
                      '</style:footer-style>', 1)
    blocks.append(note(HEADER))
    return blocks, doc


BLOCKS, FODT = build()


def render():
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(FODT)
    pdf = lo_to(src, 'pdf', None, os.path.join(SRC, BASE + '.pdf'))
    txt = subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', pdf, '-'],
                         stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
    return write_text(os.path.join(PLANS, BASE + '.txt'), txt)
