"""b9-01 Sarpsborg: the goals stand in a text box beside the measures.

Written as flat ODT and converted by LibreOffice 7.4 headless to DOCX (MS Word 2007 XML).
Every area heading (Heading 1, typed number) is followed by an empty paragraph that anchors
a text box (draw:frame / draw:text-box -> DOCX wps:txbx inside mc:AlternateContent, with a
VML fallback that repeats the text). The box holds a bold title "Dette vil vi oppnå" and the
branch's goals as a bullet list; the measures are a plain bullet list in the body beside it,
with no label. The own section 7 has a second kind of box, "Kontakt oss", which holds no items.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, fodt, odf_text, lo_to  # noqa: E402

BASE = 'b9-01_sarpsborg'
EXT = 'docx'
WRITER = 'LibreOffice 7.4 headless, flat ODT -> DOCX (MS Word 2007 XML)'
LANG = 'nb'
STYLE = ('goals in a text box ("Dette vil vi oppnå") anchored to an empty paragraph after each '
         'area heading; measures as an unlabelled bullet list beside the box')
HARD = ('goals live only in text boxes (DOCX wps:txbx inside mc:AlternateContent, repeated in the '
        'VML mc:Fallback: an importer that reads both gets every goal twice); kind only from '
        'where the text stands (box = goal, body list = measure); the box title is a label; a '
        'second box "Kontakt oss" with address lines in the own section; own section 7 mapped '
        'by content; in the PDFs the box text stands beside the measures')

META = {'union': 'Fagforbundet Sarpsborg', 'branch': '061', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-11', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Sarpsborg avd. 061", "Vedtatt på årsmøtet 11. februar 2026"'

BOX_TITLE = 'Dette vil vi oppnå'

AREAS = [
    ('1. Heltid, likelønn og mindre forskjeller', 1, [
        'Flere deltidsansatte i helse og omsorg i Sarpsborg kommune har fått økt '
        'stillingsprosent innen utgangen av 2026.',
        'Alle medlemmer over 55 år vet hva AFP og tjenestepensjon betyr for dem.',
    ], [
        'Kreve at kommunen legger fram tall for uønsket deltid per virksomhet to ganger i året.',
        'Bistå medlemmer som vil bruke fortrinnsretten etter arbeidsmiljøloven § 14-3.',
        'Pensjonsfrokost for medlemmer over 55 år i samarbeid med KLP i oktober.',
        'Forberede de lokale forhandlingene med tall fra Fagforbundets lønnsstatistikk.',
    ]),
    ('2. Offentlige tjenester i egen regi', 2, [
        'Renhold, kantine og vaktmestertjenester i kommunen drives fortsatt med egne ansatte.',
        'Bruken av vikarbyrå i sykehjemmene går ned.',
    ], [
        'Be om oversikt over innleie fra bemanningsbyrå i alle sykehjem hvert halvår.',
        'Delta i høringen om framtidig drift av Tuneheimen og argumentere for kommunal drift.',
        'Invitere hovedtillitsvalgt i Fredrikstad til å fortelle om hvordan de tok tilbake '
        'renholdet.',
    ]),
    ('3. Organisasjon og tariffmakt', 3, [
        'Avdelingen har 3\u00a0900 medlemmer ved utgangen av 2026.',
        'Alle arbeidsplasser med mer enn ti medlemmer har en plasstillitsvalgt.',
    ], [
        'Vervekampanje i forbundsukene med stand på Kalnes og på Borg videregående skole.',
        'Velkomstsamtale på telefon til alle nye medlemmer innen en måned.',
        'Grunnskolering trinn 1 for nye tillitsvalgte i mars og september.',
        'Kartlegge private barnehager i Sarpsborg som mangler tariffavtale.',
    ]),
    ('4. Fag og kompetanse', 4, [
        'Flere assistenter i skole og barnehage starter på fagbrev.',
        'Yrkesseksjonene er synlige på arbeidsplassene gjennom hele året.',
    ], [
        'Informasjonsmøte om praksiskandidatordningen for ansatte uten fagbrev.',
        'Markere helsefagarbeiderdagen med kake og besøk på alle sykehjem.',
        'Seksjon kirke, kultur og oppvekst holder en fagkveld om vold og trusler i barnehagen.',
    ]),
    ('5. Politisk påvirkning og allianser', 5, [
        'Fagforbundets saker er tatt med i kommunens budsjett for 2027.',
        'Vi samarbeider tett med partiene i bystyret som vil ha offentlig drift.',
    ], [
        'Møte gruppelederne i bystyret før budsjettbehandlingen i november.',
        '1. mai-arrangement sammen med LO i Sarpsborg.',
        'Skrive minst to leserinnlegg i Sarpsborg Arbeiderblad om eldreomsorgen.',
    ]),
    ('6. Digitalisering', 6, [
        'Alle tillitsvalgte bruker Tillitsvalgtportalen og Teams i vervet.',
        'Ansatte blir hørt før nye fagsystemer tas i bruk i kommunen.',
    ], [
        'Kurs i Tillitsvalgtportalen for alle plasstillitsvalgte i april.',
        'Kreve drøftinger før kommunen innfører digitalt nattilsyn med kamera.',
    ]),
]

OWN = ('7. Drift av avdelingen', [
    ('Styremøte første tirsdag i måneden, unntatt juli.', None),
    ('Regnskapet revideres i god tid før årsmøtet.', None),
    ('Nyhetsbrev på e-post til medlemmene hver måned.', 3),
    ('Julebord for tillitsvalgte i desember.', None),
    ('Sommertur for pensjonistene til Hvaler i juni.', None),
    ('Støtte Norsk Folkehjelps minearbeid med 5\u00a0000 kroner.', None),
])
CONTACT = ['Kontakt oss', 'Kontoret ligger i Kulås-bygget, 2. etasje.',
           'Åpent tirsdag og torsdag kl. 10–14.', 'Telefon 69 10 22 40']


def build_blocks():
    b = [
        note('Handlingsplan 2026', style='Title'),
        note('Fagforbundet Sarpsborg avd. 061', style='Subtitle'),
        note('Vedtatt på årsmøtet 11. februar 2026', style='Text_20_body'),
        H('Om planen', section=False),
        note('Planen følger de seks satsingsområdene i Fagforbundets strategiplan. I rammen ved '
             'hvert område står det vi vil oppnå, og i lista står det vi skal gjøre.',
             style='Text_20_body'),
    ]
    for head, area, goals, measures in AREAS:
        b.append(H(head, area=area))
        b.append({'t': 'box', 'children': [note(BOX_TITLE, role='boxtitle')] +
                  [G(g) for g in goals]})
        b.append({'t': 'list', 'children': [M(m) for m in measures]})
    head, ms = OWN
    b.append(H(head, area=None))
    b.append({'t': 'box', 'children': [note(CONTACT[0], role='boxtitle')] +
              [note(x, role='boxline') for x in CONTACT[1:]]})
    b.append({'t': 'list', 'children': [M(t, area=a) for t, a in ms]})
    b.append(note('Styret i Fagforbundet Sarpsborg', style='Text_20_body'))
    return b


BLOCKS = build_blocks()

AUTO = '''
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties
 style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top"
 style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph"
 fo:background-color="#eef3e2" draw:fill="solid" draw:fill-color="#eef3e2" style:run-through="foreground" fo:border="0.06pt solid #4f7f2f" fo:padding="0.2cm"
 fo:margin-left="0.3cm" draw:auto-grow-height="true"/></style:style>
<style:style style:name="PBoxT" style:family="paragraph" style:parent-style-name="Standard">
 <style:text-properties fo:font-weight="bold" fo:color="#4f7f2f"/></style:style>
<style:style style:name="PBox" style:family="paragraph" style:parent-style-name="Standard">
 <style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="PAnchor" style:family="paragraph" style:parent-style-name="Standard"/>
<text:list-style style:name="LB">
 <text:list-level-style-bullet text:level="1" text:bullet-char="•">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
   <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.5cm" fo:margin-left="0.6cm"/>
  </style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="LBox">
 <text:list-level-style-bullet text:level="1" text:bullet-char="✓">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
   <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.4cm" fo:margin-left="0.5cm"/>
  </style:list-level-properties></text:list-level-style-bullet></text:list-style>
'''


def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, odf_text(text))


def render():
    body = []
    nbox = 0
    for blk in BLOCKS:
        t = blk['t']
        if t == 'h':
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>'
                        % odf_text(blk['text']))
        elif t == 'note':
            body.append(p(blk['style'], blk['text']))
        elif t == 'box':
            nbox += 1
            inner = []
            lst = []
            for c in blk['children']:
                if c.get('role') == 'boxtitle':
                    inner.append(p('PBoxT', c['text']))
                elif c['t'] == 'item':
                    lst.append('<text:list-item>%s</text:list-item>' % p('PBox', c['text']))
                else:
                    inner.append(p('PBox', c['text']))
            if lst:
                inner.append('<text:list text:style-name="LBox">%s</text:list>' % ''.join(lst))
            body.append('<text:p text:style-name="PAnchor"><draw:frame draw:style-name="fr1" '
                        'draw:name="Ramme%d" text:anchor-type="paragraph" svg:width="6.4cm" '
                        'draw:z-index="%d"><draw:text-box fo:min-height="2cm">%s</draw:text-box>'
                        '</draw:frame></text:p>' % (nbox, nbox, ''.join(inner)))
        elif t == 'list':
            body.append('<text:list text:style-name="LB">%s</text:list>' % ''.join(
                '<text:list-item>%s</text:list-item>' % p('Text_20_body', c['text'])
                for c in blk['children']))
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fodt('\n'.join(body), auto_styles=AUTO, title='Handlingsplan 2026 Fagforbundet Sarpsborg'))
    dest = os.path.join(PLANS, BASE + '.docx')
    lo_to(src, 'docx', 'MS Word 2007 XML', dest)
    return dest
