"""b14-04 Hemsedal: goals written as questions the branch wants to answer "yes" to by the end
of the year, set as Heading 2 under Heading 1 areas; the measures under each question are
checklists: LibreOffice list styles whose bullet characters are ☐ (open) and ☑ (done). Some
Heading 2 questions are context questions ("Kvar står vi no?") answered by prose.

Flat ODT opened by LibreOffice 7.4 headless and saved as ODT.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, fodt, odf_text, lo_to  # noqa: E402

BASE = 'b14-04_hemsedal'
EXT = 'odt'
FORMAT = 'ODT'
WRITER = 'LibreOffice 7.4 headless, flat ODT -> ODT (list styles with ☐ / ☑ bullet characters)'
LANG = 'nn'
STYLE = ('Heading 1 per area; goals as Heading 2 questions ("Har alle … fått …?"); measures as '
         'checklist lists whose bullets are the list style\'s ☐ / ☑ characters (not in the text); '
         'context questions with prose answers')
HARD = ('the goals are headings, phrased as questions, and end in "?"; two Heading 2 questions '
        'per plan are context ("Kvar står vi no?", "Kva er nytt i år?") answered by a prose '
        'paragraph and hold no item; the checkbox glyphs exist only as text:bullet-char of two '
        'list styles (open / done), so a done measure looks like any other in the text; the '
        'Heading 1 area names are short and drifted; own Heading 1 "Drift og trivsel" has a '
        'checklist directly under it (measures, by content, null / 3); intro Heading 2 "Kva er '
        'denne planen?" before the first area')
META = {'union': 'Fagforbundet Hemsedal', 'branch': '226', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-11', 'language': 'nn'}
AS_WRITTEN = ('"Fagforbundet Hemsedal, avd. 226", "Årsmøtet vedtok planen 11. februar 2026"')

# area heading, area, [ (question-goal or ('ctx', question, answer), [ (measure, done) ]) ]
AREAS = [
    ('Heiltid', 1, [
        (('ctx', 'Kvar står vi no?',
          'Om lag halvparten av dei tilsette i pleie og omsorg i Hemsedal jobbar deltid, mange '
          'av dei i små helgestillingar.'), []),
        ('Har alle som ønskjer det i Hemsedal pleie- og omsorgssenter fått auka stillinga si?', [
            ('Ei undersøking om ønskt stillingsstorleik blant alle deltidstilsette', True),
            ('Krav om at ledige helgetimar blir slegne saman til større stillingar', False),
            ('Drøftingsmøte med kommunalsjefen om bruk av vikarbyrå i turistsesongen', False),
        ]),
        ('Har reinhaldarane og kokkane fått eit lønstillegg i lokale forhandlingar?', [
            ('Krevje eigen pott til reinhald og kjøkken i lokale forhandlingar', False),
        ]),
    ]),
    ('Eigenregi', 2, [
        ('Blir heimetenesta og reinhaldet framleis drive av kommunen sjølv?', [
            ('Følgje med på anbodsplanane til kommunen og seie ifrå tidleg', False),
            ('Lage eit lesarbrev om kva kommunen tener på eigne tilsette', False),
        ]),
    ]),
    ('Organisasjon', 3, [
        ('Har vi verva 25 nye medlemar i år?', [
            ('Vervekampanje i hotella og skisenteret før vintersesongen', False),
            ('Sende velkomstpakke til alle nye medlemar', True),
        ]),
        ('Har kvar arbeidsplass ein tillitsvald som har fått grunnopplæring?', [
            ('Grunnopplæring for nye tillitsvalde saman med Hallingdal-avdelingane', False),
            ('Fadderordning der erfarne tillitsvalde følgjer opp dei nye', False),
        ]),
    ]),
    ('Fagutvikling', 4, [
        (('ctx', 'Kva er nytt i år?',
          'Kommunen har fått tilskot til kompetanseheving i helse, og fleire tilsette har spurt '
          'etter fagbrev.'), []),
        ('Har minst fem assistentar starta på fagbrev som helsefagarbeidar?', [
            ('Informasjonsmøte om fagbrev på jobb i samarbeid med Karrieresenteret', False),
            ('Krevje at kompetanseplanen til kommunen tek med reinhaldarane', False),
        ]),
    ]),
    ('Politikk', 5, [
        ('Kjenner politikarane i Hemsedal krava våre før budsjettet?', [
            ('Møte med ordføraren og gruppeleiarane i oktober', False),
            ('Stand på torget 1. mai med appell om bemanning i barnehagane', False),
        ]),
    ]),
    ('Digitalt', 6, [
        ('Nyttar styret og dei tillitsvalde digitale verktøy i arbeidet?', [
            ('Teams-kurs for styret', True),
            ('Gå over til digital medlemsavis og SMS-varsling om møte', False),
        ]),
    ]),
]
OWN = ('Drift og trivsel', [
    ('Styremøte fyrste tysdag kvar månad', False, None),
    ('Rekneskapen blir revidert før årsmøtet', False, None),
    ('Aketur og grilling for medlemane i mars', False, None),
    ('Oppdatere medlemslista saman med regionkontoret', False, 3),
])

LISTSTYLES = '''
  <text:list-style style:name="Sjekk_open">
   <text:list-level-style-bullet text:level="1" text:bullet-char="☐">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.6cm" fo:margin-left="0.9cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:list-style style:name="Sjekk_done">
   <text:list-level-style-bullet text:level="1" text:bullet-char="☑">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.6cm" fo:margin-left="0.9cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
'''


def build():
    X, B = [], []

    def h(level, t, blk):
        X.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                 % (level, level, odf_text(t)))
        B.append(blk)

    def p(t, style='Text_20_body'):
        X.append('<text:p text:style-name="%s">%s</text:p>' % (style, odf_text(t)))
        B.append(note(t))

    def checklist(ms, own=False):
        # consecutive entries of the same state share one list; a change of state starts a new one
        groups = []
        for m in ms:
            if groups and groups[-1][0] == m[1]:
                groups[-1][1].append(m)
            else:
                groups.append((m[1], [m]))
        for done, entries in groups:
            X.append('<text:list text:style-name="%s">' % ('Sjekk_done' if done else 'Sjekk_open'))
            for m in entries:
                X.append('<text:list-item><text:p text:style-name="List_20_Bullet">%s</text:p>'
                         '</text:list-item>' % odf_text(m[0]))
                B.append(M(m[0], area=m[2]) if own else M(m[0]))
            X.append('</text:list>')

    X.append('<text:p text:style-name="Title">%s</text:p>' % 'Handlingsplan 2026')
    B.append(note('Handlingsplan 2026'))
    p('Fagforbundet Hemsedal, avd. 226', 'Subtitle')
    h(2, 'Kva er denne planen?', note('Kva er denne planen?'))
    p('Årsmøtet vedtok planen 11. februar 2026. Vi har skrive måla som spørsmål: om vi kan svare '
      'ja på dei ved årsskiftet, har vi lukkast. Kryssa boksar er tiltak som alt er gjort.')
    for head, area, goals in AREAS:
        h(1, head, H(head, area=area))
        for g, ms in goals:
            if isinstance(g, tuple):
                h(2, g[1], note(g[1]))
                p(g[2])
            else:
                h(2, g, G(g))
                checklist(ms)
    h(1, OWN[0], H(OWN[0], area=None))
    checklist(OWN[1], own=True)
    p('Spørsmål om planen kan sendast til styret på e-post.')
    return '\n'.join(X), B


BODY, BLOCKS = build()


def render():
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fodt(BODY, extra_styles=LISTSTYLES, title='Handlingsplan 2026 – Hemsedal'))
    return lo_to(src, 'odt', None, os.path.join(PLANS, BASE + '.odt'))
