"""b12-08 Samnanger: a plan written in the layout of a Norwegian regulation (forskrift): chapters
("Kapittel 2. Satsingsområde") as Heading 1, sections "§ 3. Heiltid og likeløn" as bold
paragraphs of a custom style (not a heading), numbered subsections "(1)", "(2)" (ledd) and
lettered points "a)" … "d)" (bokstavpunkt) typed into the text. A goal is a ledd that states
what the union shall work for; the measures are the letter points after "Fagforeininga skal i
perioden:"; some § have a further ledd that names who is responsible for some of the letter
points ("Hovudtillitsvald har ansvaret for tiltaka i tredje ledd bokstav a og b.") or when a
point shall be done ("Tiltaket i tredje ledd bokstav c skal vere gjennomført innan 1. juni
2026."). Letter points end in ";" except the last, which ends in ".", and start in lower case.

Flat ODT (custom paragraph styles "Paragraf", "Ledd", "Bokstavpunkt") -> LibreOffice 7.4
headless -> ODT.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, odf_text, fodt, lo_to  # noqa: E402

BASE = 'b12-08_samnanger'
EXT = 'odt'
FORMAT = 'ODT'
WRITER = 'LibreOffice 7.4 headless, flat ODT -> ODT'
LANG = 'nn'
STYLE = ('regulation layout: "Kapittel N." Heading 1, "§ N. title" bold paragraphs of a custom '
         'style, typed ledd numbers "(1)" and letter points "a)" … ending in ";"; goals are ledd '
         'sentences, measures the letter points; responsibility and deadlines given by separate '
         'ledd that refer to letter points')
HARD = ('the areas are "§ 3." … "§ 8." lines in a custom bold paragraph style, not headings, '
        'under a Heading 1 chapter "Kapittel 2. Satsingsområde" that names no area; § 1, § 2, '
        '§ 11, § 12 are introduction and closing provisions with ledd of the same form as the '
        'goals; the ledd "(3) For å nå måla skal fagforeininga i perioden:" is a label; letter '
        'points start in lower case, end in ";" and are cut from one sentence; responsible and '
        'deadline only by reference from another ledd ("… har ansvaret for tiltaka i tredje ledd '
        'bokstav a og b", "Tiltaket i tredje ledd bokstav c skal vere gjennomført innan 1. juni '
        '2026"); "jf. § 3 første ledd" inside a measure; the adoption line names "§ 8 i '
        'vedtektene"; chapter 3 (§ 9, § 10) names no area, by content (null, 3); nynorsk')

META = {'union': 'Fagforbundet Samnanger', 'branch': '236', 'periodFrom': 2026, 'periodTo': 2027,
        'adopted': '2026-02-04', 'language': 'nn'}
AS_WRITTEN = ('"Fagforbundet Samnanger, avdeling 236", "Vedteken av årsmøtet 4. februar 2026 med '
              'heimel i § 8 i vedtektene"')

LETTERS = 'abcdefgh'
ORD = {2: 'andre', 3: 'tredje', 4: 'fjerde'}

# a § : (title, area, goals, label, points, extra) ; points: (text, own_area)
# extra: list of (sentence, {letter: ('resp'|'dl', value)})
PARAS = [
    ('Heiltid og likeløn', 1, [
        'Fagforeininga skal arbeide for at fleire tilsette i helse og omsorg i Samnanger får '
        'heile stillingar.',
        'Fagforeininga skal arbeide for at lønsskilnadene mellom kvinner og menn i kommunen '
        'minkar.',
    ], 'For å nå måla skal fagforeininga i perioden:', [
        'krevje at kommunen lagar ein ny heiltidsplan saman med dei tillitsvalde',
        'gå gjennom lønsstatistikken for kvinner og menn før kvart lokalt oppgjer',
        'invitere til ein årleg pensjonskveld for medlemane',
    ], [('Hovudtillitsvald har ansvaret for tiltaka i tredje ledd bokstav a og b.',
         {'a': ('resp', 'Hovudtillitsvald'), 'b': ('resp', 'Hovudtillitsvald')})]),
    ('Gode offentlege tenester med eigne tilsette', 2, [
        'Fagforeininga skal arbeide for at reinhald, kjøkken og heimeteneste blir drivne av '
        'kommunen sjølv.',
    ], 'Fagforeininga skal i perioden:', [
        'krevje drøftingsmøte så snart kommunen vurderer å setje ut ei teneste',
        'gi politikarane fakta om kva konkurranseutsetjing har kosta andre kommunar',
        'følgje med på bruken av vikarbyrå i barnehagane',
    ], []),
    ('Organisasjonsbygging og tariffmakt', 3, [
        'Fagforeininga skal ha minst 520 medlemar innan 31. desember 2027.',
        'Kvar arbeidsstad med fem medlemar eller fleire skal ha eigen tillitsvald.',
    ], 'Fagforeininga skal i perioden:', [
        'ha vervestand på Samnanger sjukeheim og i barnehagane i forbundsvekene',
        'ta imot alle nye medlemar med ein samtale innan fire veker',
        'gi nye tillitsvalde grunnskulering i løpet av det første året',
        'besøkje lærlingane i kommunen minst ein gong i året',
    ], [('Tiltaket i tredje ledd bokstav c skal vere gjennomført innan 1. juni 2026.',
         {'c': ('dl', 'innan 1. juni 2026')})]),
    ('Fag- og tenesteutvikling', 4, [
        'Fagforeininga skal arbeide for at fleire assistentar i skule og barnehage tek fagbrev.',
    ], 'Fagforeininga skal i perioden:', [
        'halde informasjonsmøte om praksiskandidatordninga',
        'skipe til ein fagdag for helsefagarbeidarar og hjelpepleiarar',
    ], [('Seksjonsleiarane har ansvaret for tiltaka i andre ledd.',
         {'a': ('resp', 'Seksjonsleiarane'), 'b': ('resp', 'Seksjonsleiarane')})]),
    ('Alliansebygging og politisk påverknad', 5, [
        'Fagforeininga skal vere ei tydeleg stemme i lokalpolitikken i Samnanger.',
    ], 'Fagforeininga skal i perioden:', [
        'møte ordføraren og gruppeleiarane før budsjetthandsaminga kvar haust',
        'skipe til 1. mai-markering på Tysse saman med LO',
        'skrive lesarinnlegg om bemanninga i eldreomsorga, jf. § 3 første ledd',
    ], [('Leiaren har ansvaret for tiltaka i andre ledd bokstav a og c.',
         {'a': ('resp', 'Leiaren'), 'c': ('resp', 'Leiaren')})]),
    ('Digitalisering', 6, [
        'Fagforeininga skal arbeide for at alle tillitsvalde kan bruke dei digitale verktøya '
        'til forbundet.',
    ], 'Fagforeininga skal i perioden:', [
        'halde kurs i Tillitsvaldportalen for nye tillitsvalde',
        'krevje at tilsette får opplæring i arbeidstida når kommunen tek i bruk nye fagsystem',
    ], []),
]
DRIFT = [
    ('Styret og økonomien', 'Styret skal:', [
        ('halde styremøte kvar månad utanom juli', None),
        ('leggje fram rekneskap og budsjett for årsmøtet', None),
        ('sende ut nyheitsbrev til medlemane fire gonger i året', 3),
    ], [('Kasseraren har ansvaret for tiltaket i første ledd bokstav b.',
         {'b': ('resp', 'Kasseraren')})]),
    ('Medlemsaktivitetar', 'Fagforeininga skal:', [
        ('skipe til julemøte for medlemar og pensjonistar', None),
        ('halde eit ope medlemsmøte om arbeidsmiljø kvar vår', 3),
        ('gi ei gåve til Norsk Folkehjelp kvart år', None),
    ], []),
]
INTRO_PARAS = [
    ('Føremål', ['Handlingsplanen fastset kva mål og tiltak Fagforbundet Samnanger skal arbeide '
                 'med i 2026 og 2027.',
                 'Planen byggjer på strategiplanen til Fagforbundet og på vedtektene til '
                 'fagforeininga.']),
    ('Verkeområde', ['Planen gjeld for styret, dei tillitsvalde og utvala i fagforeininga.']),
]
CLOSING_PARAS = [
    ('Rapportering', ['Styret rapporterer på planen i årsmeldinga, jf. § 3 til § 10.']),
    ('Iverksetjing', ['Planen tek til å gjelde 1. mars 2026.']),
]

EXTRA = '''
  <style:style style:name="Paragraf" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Ledd" style:class="text">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Ledd" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:text-align="justify"/>
  </style:style>
  <style:style style:name="Bokstavpunkt" style:family="paragraph" style:parent-style-name="Ledd" style:class="text">
   <style:paragraph-properties fo:margin-left="1.2cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.06cm"/>
  </style:style>
  <style:style style:name="Kapittel" style:family="paragraph" style:parent-style-name="Heading_20_1" style:class="text">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.6cm"/>
   <style:text-properties fo:font-size="13pt"/>
  </style:style>
'''
AUTO = '''
  <style:style style:name="PCenter" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.15cm"/></style:style>
'''


def build():
    body, blocks = [], []
    num = [0]

    def p(text, style):
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, odf_text(text)))

    def chapter(text):
        body.append('<text:h text:style-name="Kapittel" text:outline-level="1">%s</text:h>'
                    % odf_text(text))
        blocks.append(H(text, section=False))

    def para_head(title, area, section=True):
        num[0] += 1
        t = '§ %d. %s' % (num[0], title)
        p(t, 'Paragraf')
        blocks.append(H(t, area=area, section=section))
        return t

    def prose_para(title, ledd):
        para_head(title, None, section=False)
        for k, s in enumerate(ledd, 1):
            t = '(%d) %s' % (k, s) if len(ledd) > 1 else s
            p(t, 'Ledd')
            blocks.append(note(s))

    def points(items, own, extra, first_no):
        n = len(items)
        assigned = {}
        for sent, refs in extra:
            for letter, (f, v) in refs.items():
                assigned.setdefault(letter, {})[f] = v
        for k, it in enumerate(items):
            text, area = it if own else (it, None)
            letter = LETTERS[k]
            end = '.' if k == n - 1 else ';'
            p('%s) %s%s' % (letter, text, end), 'Bokstavpunkt')
            a = assigned.get(letter, {})
            kw = {'area': area} if own else {}
            blocks.append(M(text, resp=a.get('resp'), dl=a.get('dl'), **kw))
        for j, (sent, refs) in enumerate(extra):
            p('(%d) %s' % (first_no + j, sent), 'Ledd')
            blocks.append(note(sent))

    p('Handlingsplan for Fagforbundet Samnanger 2026–2027', 'Title')
    blocks.append(note('Handlingsplan for Fagforbundet Samnanger 2026–2027'))
    for t in ('Fagforbundet Samnanger, avdeling 236',
              'Vedteken av årsmøtet 4. februar 2026 med heimel i § 8 i vedtektene.'):
        p(t, 'PCenter')
        blocks.append(note(t))
    chapter('Kapittel 1. Innleiande føresegner')
    for title, ledd in INTRO_PARAS:
        prose_para(title, ledd)
    chapter('Kapittel 2. Satsingsområde')
    for title, area, goals, label, pts, extra in PARAS:
        para_head(title, area)
        k = 0
        for g in goals:
            k += 1
            p('(%d) %s' % (k, g), 'Ledd')
            blocks.append(G(g))
        k += 1
        p('(%d) %s' % (k, label), 'Ledd')
        blocks.append(note(label))
        points(pts, False, extra, k + 1)
    chapter('Kapittel 3. Drift av fagforeininga')
    for title, label, pts, extra in DRIFT:
        para_head(title, None)
        p('(1) %s' % label, 'Ledd')
        blocks.append(note(label))
        points(pts, True, extra, 2)
    chapter('Kapittel 4. Avsluttande føresegner')
    for title, ledd in CLOSING_PARAS:
        prose_para(title, ledd)
    doc = fodt('\n'.join(body), auto_styles=AUTO, extra_styles=EXTRA,
               title='Handlingsplan for Fagforbundet Samnanger 2026–2027')
    return blocks, doc.replace('fo:language="nb"', 'fo:language="nn"')


BLOCKS, FODT = build()


def render():
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(FODT)
    return lo_to(src, 'odt', None, os.path.join(PLANS, BASE + '.odt'))
