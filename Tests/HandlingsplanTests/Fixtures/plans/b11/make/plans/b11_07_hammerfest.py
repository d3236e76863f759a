"""b11-07 Hammerfest: the plan as the annual meeting's decision record (protokollutskrift).
The plan consists of numbered decisions "Vedtak 6.1.1: Årsmøtet vedtar som mål at …" /
"Vedtak 6.1.2: Årsmøtet ber styret om å …", grouped under bold typed sub-case lines
"6.1 Heltid og likelønn"; after each decision an italic vote line, between them rejected
amendments (quoted proposals that read like measures), an amendment note and a protocol
remark.

Flat ODT -> LibreOffice 7.4 headless -> ODT. No heading style for the sub-cases (bold Text body
paragraphs); the "Vedtak n.n.n:" label is a bold run at the start of the decision paragraph.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, odf_text, xesc, fodt, lo_to  # noqa: E402

BASE = 'b11-07_hammerfest'
EXT = 'odt'
FORMAT = 'ODT'
WRITER = 'LibreOffice 7.4 headless, flat ODT -> ODT'
LANG = 'nb'
STYLE = ('decision record of the annual meeting: one Heading 1 "Sak 6/2026 Handlingsplan '
         '2026", bold typed sub-case lines "6.1 Heltid og likelønn" …, numbered decisions '
         '"Vedtak 6.1.1: …" each followed by an italic vote line; rejected amendments and a '
         'protocol remark between them')
HARD = ('every item is a decision paragraph with a bold run-in label "Vedtak n.n.n:" that is '
        'no part of the text; kind only from the decision formula ("Årsmøtet vedtar som mål at '
        '…" / "Fagforeningen skal …" = localGoal, "Årsmøtet ber styret / hovedtillitsvalgt / '
        'forhandlingsutvalget om å …" and "Årsmøtet bevilger …" = measure), every item starts '
        'with "Årsmøtet" or "Fagforeningen"; vote lines ("Enstemmig vedtatt.", "Vedtatt mot 2 '
        'stemmer."), two rejected amendments whose quoted text reads exactly like a measure '
        '(«Årsmøtet ber styret om å …» … "Forslaget falt …"), an amendment note and a protocol '
        'remark are no items; the sub-case lines are bold Text body (no heading style) with '
        'typed numbers; "6.7 Drift og medlemsaktiviteter" is mapped by content (null, 3); '
        'adopted = the meeting date in the "Tid:" line')

META = {'union': 'Fagforbundet Hammerfest', 'branch': '283', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-11', 'language': 'nb'}
AS_WRITTEN = ('"Årsmøte i Fagforbundet Hammerfest avd. 283", "Tid: onsdag 11. februar 2026 kl. '
              '18.00"; "Handlingsplanen som helhet ble deretter enstemmig vedtatt."')

E = 'Enstemmig vedtatt.'
# (sub-case, area, entries); entry = ('G'|'M', text, vote[, own_area]) or ('n', text)
CASES = [
    ('6.1 Heltid og likelønn', 1, [
        ('G', 'Årsmøtet vedtar som mål at minst halvparten av de ansatte i helse og omsorg i '
              'Hammerfest kommune skal ha hel stilling innen utgangen av 2026.', E),
        ('M', 'Årsmøtet ber styret om å kreve en egen heltidsplan for hjemmetjenesten i '
              'drøftingene med kommunen.', E),
        ('M', 'Årsmøtet ber styret om å arrangere et åpent møte om AFP og tjenestepensjon før '
              'sommeren.', 'Vedtatt mot 2 stemmer.'),
        ('M', 'Årsmøtet ber forhandlingsutvalget om å prioritere fagarbeidere uten tillegg i de '
              'lokale forhandlingene.', E),
    ]),
    ('6.2 Offentlige tjenester med egne ansatte', 2, [
        ('G', 'Årsmøtet vedtar som mål at renholdet i kommunens bygg fortsatt skal utføres av '
              'egne ansatte.', E),
        ('M', 'Årsmøtet ber hovedtillitsvalgt om å kartlegge innleie fra vikarbyrå i helse og '
              'omsorg hvert kvartal.', E),
        ('M', 'Årsmøtet ber styret om å ta initiativ til et felles møte med de andre forbundene '
              'i kommunen om egenregi.', E),
        ('n', 'Endringsforslag fra Tone Isaksen:'),
        ('q', 'Årsmøtet ber styret om å lage en kampanje mot privatisering i hele Finnmark.'),
        ('n', 'Forslaget falt med 11 mot 33 stemmer.'),
    ]),
    ('6.3 Organisasjonsbygging og tariffmakt', 3, [
        ('G', 'Årsmøtet vedtar som mål at fagforeningen skal passere 1\u00a0100 medlemmer i '
              'løpet av 2026.', E),
        ('M', 'Årsmøtet ber styret om å gjennomføre tre vervedager på sykehjemmene og i '
              'barnehagene.', 'Vedtatt med endring fra Per Olsen («tre» i stedet for «to»).'),
        ('M', 'Årsmøtet ber styret om å sørge for at alle nye tillitsvalgte får grunnskolering '
              'innen et år.', E),
        ('M', 'Årsmøtet ber styret om å besøke lærlingene i kommunen og på Hammerfest sykehus.',
         E),
        ('G', 'Fagforeningen skal ha plasstillitsvalgt på alle sykehjem og i alle barnehager.',
         'Vedtatt mot 1 stemme.'),
    ]),
    ('6.4 Fag- og tjenesteutvikling', 4, [
        ('G', 'Årsmøtet vedtar som mål at flere assistenter og ufaglærte tar fagbrev i '
              'perioden.', E),
        ('M', 'Årsmøtet ber styret om å holde en informasjonskveld om '
              'praksiskandidatordningen.', E),
        ('M', 'Årsmøtet ber styret om å arrangere en fagdag for ansatte i renhold og drift.', E),
    ]),
    ('6.5 Alliansebygging og politisk påvirkning', 5, [
        ('M', 'Årsmøtet ber styret om å møte formannskapet før budsjettbehandlingen i '
              'desember.', E),
        ('M', 'Årsmøtet ber styret om å stille med egen parole i 1. mai-toget i Hammerfest.', E),
        ('M', 'Årsmøtet ber styret om å samarbeide med pensjonistforeningen om et felles krav '
              'om bedre bemanning i eldreomsorgen.', 'Vedtatt mot 3 stemmer.'),
    ]),
    ('6.6 Digitalisering', 6, [
        ('G', 'Årsmøtet vedtar som mål at alle tillitsvalgte skal bruke Tillitsvalgtportalen i '
              'vervet sitt.', E),
        ('M', 'Årsmøtet ber styret om å lære opp alle tillitsvalgte i Tillitsvalgtportalen.', E),
        ('M', 'Årsmøtet ber hovedtillitsvalgt om å kreve opplæring i arbeidstiden når kommunen '
              'tar i bruk digitalt tilsyn.', E),
    ]),
    ('6.7 Drift og medlemsaktiviteter', None, [
        ('M', 'Årsmøtet ber styret om å holde styremøte hver måned og legge protokollene ut for '
              'medlemmene.', E, None),
        ('M', 'Årsmøtet ber styret om å gi ut et nyhetsbrev til medlemmene hvert kvartal.', E, 3),
        ('M', 'Årsmøtet ber styret om å arrangere julebord for medlemmene i desember.', E, None),
        ('M', 'Årsmøtet bevilger 15\u00a0000 kroner til Fagforbundets solidaritetsfond.',
         'Vedtatt mot 4 stemmer.', None),
        ('n', 'Endringsforslag fra Kjell Mikkelsen:'),
        ('q', 'Årsmøtet ber styret om å arrangere en medlemstur til Nordkapp i august.'),
        ('n', 'Forslaget falt med 14 mot 29 stemmer.'),
    ]),
]

EXTRA = '''
  <style:style style:name="Vote" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-left="0.8cm" fo:margin-bottom="0.25cm"/>
   <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Decision" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-bottom="0.05cm"/>
  </style:style>
'''
AUTO = '''
  <style:style style:name="PCase" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="PQuote" style:family="paragraph" style:parent-style-name="Text_20_body">
   <style:paragraph-properties fo:margin-left="0.8cm"/>
  </style:style>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
'''


def build():
    body, blocks = [], []

    def p(text, style='Text_20_body', label=None):
        lab = '<text:span text:style-name="T1">%s</text:span> ' % xesc(label) if label else ''
        body.append('<text:p text:style-name="%s">%s%s</text:p>' % (style, lab, odf_text(text)))

    p('Protokollutskrift', 'Title')
    blocks.append(note('Protokollutskrift'))
    for t in ('Årsmøte i Fagforbundet Hammerfest avd. 283',
              'Tid: onsdag 11. februar 2026 kl. 18.00',
              'Sted: Kulturhuset i Hammerfest',
              'Til stede: 47 stemmeberettigede medlemmer'):
        p(t)
        blocks.append(note(t))
    body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">'
                'Sak 6/2026 Handlingsplan 2026</text:h>')
    blocks.append(H('Sak 6/2026 Handlingsplan 2026', section=False))
    for t in ('Styrets innstilling: Årsmøtet vedtar handlingsplanen for 2026 slik den er lagt '
              'fram, med de endringene som blir vedtatt i møtet.',
              'Innstillingen ble behandlet punkt for punkt.',
              'Årsmøtet gjorde disse vedtakene:'):
        blocks.append(note(t))
    p('Styrets innstilling: Årsmøtet vedtar handlingsplanen for 2026 slik den er lagt fram, '
      'med de endringene som blir vedtatt i møtet.')
    p('Innstillingen ble behandlet punkt for punkt. Årsmøtet gjorde disse vedtakene:')
    for case, area, entries in CASES:
        p(case, 'PCase')
        blocks.append(H(case, area=area))
        n = 0
        for e in entries:
            if e[0] in ('G', 'M'):
                n += 1
                label = 'Vedtak %s.%d:' % (case.split(' ')[0], n)
                p(e[1], 'Decision', label=label)
                blocks.append(note(label))
                kw = {'area': e[3]} if area is None else {}
                blocks.append((G if e[0] == 'G' else M)(e[1], **kw))
                p(e[2], 'Vote')
                blocks.append(note(e[2]))
            elif e[0] == 'q':
                p('«%s»' % e[1], 'PQuote')
                blocks.append(note(e[1]))
            else:
                p(e[1])
                blocks.append(note(e[1]))
    t = ('Protokolltilførsel fra Anne Berit Hætta: Fagforeningen burde prioritere de ansatte '
         'ved Hammerfest sykehus høyere i perioden.')
    p(t)
    blocks.append(note(t))
    t = 'Handlingsplanen som helhet ble deretter enstemmig vedtatt.'
    p(t)
    blocks.append(note(t))
    t = 'Protokollen godkjent: Hanne Johansen (sign.) og Odd Nilsen (sign.)'
    p(t)
    blocks.append(note(t))
    doc = fodt('\n'.join(body), auto_styles=AUTO, extra_styles=EXTRA,
               title='Protokollutskrift sak 6/2026 – Fagforbundet Hammerfest')
    return blocks, doc


BLOCKS, FODT = build()


def render():
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(FODT)
    return lo_to(src, 'odt', None, os.path.join(PLANS, BASE + '.odt'))
