"""b12-05 Vik: a plan whose measures say who is responsible and by when only in footnotes.
Heading 1 per area (drifted nynorsk names), a bold "Mål" paragraph with a bullet list of
goals, a bold "Tiltak" paragraph with an automatically numbered list of measures; every
measure but two ends in a footnote reference, and the footnote reads "Ansvarleg: X. Frist: Y."
(or one of the two). Three footnotes are remarks instead ("Tiltaket held fram frå planen for
2025."), one measure has two footnotes (remark + responsible). The own section has measures
only.

Flat ODT (text:note footnotes, text:list) -> LibreOffice 7.4 headless -> DOCX (MS Word 2007
XML): w:footnoteReference in the body, the texts in word/footnotes.xml.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, odf_text, fodt, lo_to  # noqa: E402

BASE = 'b12-05_vik'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'LibreOffice 7.4 headless, flat ODT -> DOCX (MS Word 2007 XML)'
LANG = 'nn'
STYLE = ('Heading 1 per area; bold "Mål" + bullet goals, bold "Tiltak" + numbered measures; '
         'responsible and deadline only in footnotes ("Ansvarleg: X. Frist: Y.") referenced '
         'from the end of each measure')
HARD = ('responsible and deadline are in word/footnotes.xml, reached only through the '
        'w:footnoteReference at the end of the measure; some footnotes give only one of the two, '
        'three are remarks that give neither ("Tiltaket held fram frå planen for 2025.", "Jf. '
        'vedtaket i kommunestyret 10.12.2025 om eigenregi."), one measure has a remark and a '
        'responsible footnote; footnote texts are no items and the reference number is no part '
        'of the text (in the PDFs it is a superscript digit glued to the last word and the '
        'footnote texts stand at the page foot among the items); "Mål" / "Tiltak" are bold body '
        'paragraphs, the measure numbers only list numbering; nynorsk; own section "Styre, '
        'økonomi og medlemsaktivitetar" by content (null, 3)')

META = {'union': 'Fagforbundet Vik', 'branch': '452', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-01-22', 'language': 'nn'}
AS_WRITTEN = '"Fagforbundet Vik, avdeling 452", "Vedteken på årsmøtet i Vikøyri 22. januar 2026"'

R1 = 'Tiltaket held fram frå planen for 2025.'
R2 = 'Jf. vedtaket i kommunestyret 10.12.2025 om eigenregi.'
R3 = 'Kostnaden er teken med i budsjettet for 2026.'

# measure = (text, who, when, remark, own_area)
SECTIONS = [
    ('Heiltid og likeløn', 1, [
        'Alle som ønskjer det, skal få heil stilling i omsorgstenesta i Vik innan 2027.',
        'Lønsutviklinga for reinhaldarar og fagarbeidarar skal følgje resten av kommunen.',
    ], [
        ('Krevje at kommunen lagar ein oversikt over ufrivillig deltid kvart halvår',
         'hovudtillitsvald', '1. juni 2026', None),
        ('Pensjonskveld saman med KLP for medlemar over 55 år', 'nestleiar', 'oktober 2026',
         None),
        ('Samle lønsdata frå klubbane før dei lokale forhandlingane', 'forhandlingsutvalet',
         None, None),
    ]),
    ('Offentlege tenester i eigenregi', 2, [
        'Kjøkkenet på Vik helsetun skal framleis drivast av kommunen.',
    ], [
        ('Krevje at alle planar om privatisering blir lagde fram for partssamarbeidet', 'leiar',
         None, R2),
        ('Halde oversikt over innleige av vikarar i helse og omsorg', 'hovudtillitsvald',
         'kvart kvartal', None),
    ]),
    ('Organisasjonsbygging og tariffmakt', 3, [
        'Fagforeininga skal vekse til 480 medlemar i løpet av 2026.',
        'Alle einingar i kommunen skal ha plasstillitsvald.',
    ], [
        ('Vervestand på Vik helsetun og Vik skule i forbundsvekene', 'vervekontakten',
         'veke 38', None),
        ('Personleg velkomst til alle nye medlemar', 'sekretæren', None, R1),
        ('Valdagar for plasstillitsvalde i alle einingane', None, 'mars 2026', None),
        ('Tillitsvaldsamling over to dagar i Vikøyri', 'styret', 'november 2026', None),
        ('Møte med lærlingane i kommunen kvar haust', 'ungdomstillitsvald', None, None),
    ]),
    ('Fag- og tenesteutvikling', 4, [
        'Minst fem assistentar i barnehagane skal byrje på fagbrev som praksiskandidat.',
    ], [
        ('Informasjonskveld om vegen til fagbrev for assistentar',
         'seksjonsleiar for kyrkje, kultur og oppvekst', 'september 2026', None),
        ('Fagdag om kvardagsrehabilitering for helsefagarbeidarar', 'seksjon helse og sosial',
         'april 2026', None),
    ]),
    ('Alliansebygging og politisk påverknad', 5, [
        'Fagforeininga skal bli høyrd før kommunestyret vedtek budsjettet.',
    ], [
        ('Budsjettmøte med ordføraren og gruppeleiarane', 'leiar og nestleiar', 'november 2026',
         None),
        ('1. mai-markering på kaia i Vikøyri saman med LO', 'styret', None, None),
        ('Lesarinnlegg i Sogn Avis om bemanninga i eldreomsorga', None, None, 'nofoot'),
    ]),
    ('Digitalisering', 6, [
        'Tillitsvalde skal ha digitale verktøy som fungerer i vervet.',
    ], [
        ('Kurs i Tillitsvaldportalen for nye tillitsvalde', None, 'februar 2026', None),
        ('Krevje opplæring i arbeidstida før nytt turnusprogram blir innført',
         'hovudtillitsvald', None, None),
    ]),
]
OWN = ('Styre, økonomi og medlemsaktivitetar', [
    ('Styremøte kvar fjerde tysdag', 'leiar', None, None, None),
    ('Rekneskap og årsmelding til årsmøtet 2027', 'kasserar', '15. januar 2027', None, None),
    ('Medlemsmøte med tema arbeidstid og turnus', 'styret', None, None, 3),
    ('Julemøte for medlemar og pensjonistar', None, 'desember 2026', R3, None),
    ('Gåve til Norsk Folkehjelp sitt arbeid for born i krigsområde', 'kasserar', None, None,
     None),
    ('Nyheitsbrev på SMS til alle medlemar', None, None, 'nofoot', 3),
])

TITLE = 'Handlingsplan 2026'
SUB = ['Fagforbundet Vik, avdeling 452', 'Vedteken på årsmøtet i Vikøyri 22. januar 2026']
INTRO = ['Handlingsplanen følgjer dei seks satsingsområda i strategiplanen til Fagforbundet.',
         'Kven som har ansvaret og kva frist som gjeld for kvart tiltak, står i fotnotane.']

EXTRA = '''
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <text:list-style style:name="Bullet">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.5cm" fo:margin-left="0.8cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:list-style style:name="Numbered">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.6cm" fo:margin-left="0.8cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
'''
AUTO = '''
  <style:style style:name="PLabel" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="PCenter" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="center"/></style:style>
'''


def foot_text(who, when):
    parts = []
    if who:
        parts.append('Ansvarleg: %s.' % who)
    if when:
        parts.append('Frist: %s.' % when)
    return ' '.join(parts)


def build():
    body, blocks = [], []
    fn = [0]

    def p(text, style='Text_20_body'):
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, odf_text(text)))

    def footnote(text):
        fn[0] += 1
        return ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                '</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s'
                '</text:p></text:note-body></text:note>' % (fn[0], fn[0], odf_text(text)))

    p(TITLE, 'Title')
    blocks.append(note(TITLE))
    for t in SUB:
        p(t, 'PCenter')
        blocks.append(note(t))
    p(' '.join(INTRO))
    blocks += [note(s) for s in INTRO]

    def measures(ms, own):
        p('Tiltak', 'PLabel')
        blocks.append(note('Tiltak'))
        body.append('<text:list text:style-name="Numbered">')
        for e in ms:
            text, who, when, remark = e[:4]
            notes_xml, after = '', []
            if remark and remark != 'nofoot':
                notes_xml += footnote(remark)
                after.append(note(remark))
            ft = foot_text(who, when)
            if ft:
                notes_xml += footnote(ft)
            body.append('<text:list-item><text:p text:style-name="Text_20_body">%s%s</text:p>'
                        '</text:list-item>' % (odf_text(text), notes_xml))
            kw = {'area': e[4]} if own else {}
            blocks.append(M(text, resp=who, dl=when, **kw))
            blocks.extend(after)
        body.append('</text:list>')

    for head, area, goals, ms in SECTIONS:
        body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>'
                    % odf_text(head))
        blocks.append(H(head, area=area))
        p('Mål', 'PLabel')
        blocks.append(note('Mål'))
        body.append('<text:list text:style-name="Bullet">')
        for g in goals:
            body.append('<text:list-item><text:p text:style-name="Text_20_body">%s</text:p>'
                        '</text:list-item>' % odf_text(g))
            blocks.append(G(g))
        body.append('</text:list>')
        measures(ms, False)
    head, ms = OWN
    body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>'
                % odf_text(head))
    blocks.append(H(head, area=None))
    measures(ms, True)
    t = 'Styret i Fagforbundet Vik'
    p(t)
    blocks.append(note(t))
    doc = fodt('\n'.join(body), auto_styles=AUTO, extra_styles=EXTRA,
               title='Handlingsplan 2026 – Fagforbundet Vik')
    return blocks, doc.replace('fo:language="nb"', 'fo:language="nn"')


BLOCKS, FODT = build()


def render():
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(FODT)
    return lo_to(src, 'docx', 'MS Word 2007 XML', os.path.join(PLANS, BASE + '.docx'))
