"""b13-08 Inderøy: the adopted plan came to the branch as a PDF; the secretary opened the PDF in
LibreOffice Writer ("PDF import") and saved it as Word, and that DOCX was handed in. The original
is an ordinary plan (area headings, "Våre mål" / "Tiltak" labels, • goals and – measures, page
header and "Side N av M" footer); after the round trip nothing of that is structure: every line
of every page is its own positioned text box (wps:txbx in mc:AlternateContent, repeated in the
VML fallback), all boxes of a page anchored in one body paragraph, bullets as boxes of their
own, wrapped lines as separate boxes.

Flat ODT -> LibreOffice 7.4 headless -> PDF (writer_pdf_Export) -> LibreOffice 7.4 headless
(--infilter=writer_pdf_import) -> DOCX (MS Word 2007 XML).
"""
import os
import shutil
import sys
import tempfile
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, odf_text, fodt, soffice_convert  # noqa: E402

BASE = 'b13-08_inderoy'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = ('LibreOffice 7.4 headless: flat ODT -> PDF, then the PDF opened with the PDF import '
          'filter (writer_pdf_import) and saved as DOCX (MS Word 2007 XML)')
LANG = 'nb'
STYLE = ('a PDF converted back to Word: every printed line is a positioned text box (wps:txbx + '
         'VML fallback), all boxes in the one body paragraph; the original had area '
         'headings, "Våre mål" / "Tiltak" labels, • goals, – measures, page header and footer')
HARD = ('no paragraph, heading, list or table structure at all: the document body is one '
        'paragraph per page holding one text box per printed line (each box twice: wps:txbx in '
        'mc:Choice and v:textbox in mc:Fallback, a reader of both gets everything twice); '
        'headings, labels and items differ only in font size and bold of the runs and in the box '
        'positions; the bullet glyphs "•" / "–" are boxes of their own, stored just before the '
        'first line of their item; an item wrapped over two lines is two boxes that must be joined; '
        'the page header and the "Side 1 av 1" footer are boxes like any other; own section '
        '"Andre oppgaver" by content (null, 3); in the PDFs (printed from this DOCX) the boxes '
        'stand where the original lines stood')

META = {'union': 'Fagforbundet Inderøy', 'branch': '183', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-04', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Inderøy avd. 183", "Vedtatt på årsmøtet på Straumen 4. februar 2026"'

SECTIONS = [
    ('Heltid og likelønn', 1, [
        'Alle som ønsker det, skal få hel stilling i Inderøy kommune innen utgangen av 2027.',
    ], [
        'Kreve at heltidsutvalget legger fram en tiltaksplan for helse og omsorg før sommerferien',
        'Kartlegge uønsket deltid i barnehagene og på skolefritidsordningene',
        'Medlemsmøte om lønn, tillegg og pensjon for nyansatte',
    ]),
    ('Egne ansatte i offentlige tjenester', 2, [
        'Kommunen skal ikke sette ut driften av kjøkkenet på Inderøy helsetun.',
    ], [
        'Faktaark til kommunestyret om erfaringene med privat drift av storkjøkken i andre '
        'kommuner',
        'Kreve at bruken av vikarbyrå rapporteres til administrasjonsutvalget to ganger i året',
    ]),
    ('Organisasjon og tariff', 3, [
        'Fagforeningen skal ha minst 600 medlemmer ved årsskiftet.',
        'Flere unge medlemmer blir aktive i fagforeningen.',
    ], [
        'Vervestand på Inderøy videregående skole og på helsetunet i forbundsukene',
        'Nye medlemmer får en velkomstsamtale med en fra styret',
        'Ungdomskveld med pizza og tariffquiz',
        'Skolering av plasstillitsvalgte i samarbeid med fylkeskretsen',
    ]),
    ('Fag og kompetanse', 4, [
        'Flere assistenter i skolene tar fagbrev som barne- og ungdomsarbeider.',
    ], [
        'Orienteringsmøte i skolene om veien til fagbrev',
        'Fagkveld for helsefagarbeidere om legemiddelhåndtering',
    ]),
    ('Politisk påvirkning og allianser', 5, [], [
        'Budsjettinnspill til formannskapet i oktober',
        'Felles 1. mai på Straumen med LO Inn-Trøndelag',
        'Stand sammen med LO foran kommunevalget 2027',
    ]),
    ('Digitalisering og IKT', 6, [
        'Tillitsvalgte kan holde digitale møter og bruke Tillitsvalgtportalen uten hjelp.',
    ], [
        'Kurs i Teams og Tillitsvalgtportalen for styret',
        'Digital hjelp til pensjonister med BankID og Helsenorge',
    ]),
]
OWN = ('Andre oppgaver', [
    ('Styret møtes annenhver tirsdag', None),
    ('Regnskap og årsmelding for 2026', None),
    ('Sommertur til Mosvik for medlemmer og familie', None),
    ('Medlemsinformasjon på SMS og Facebook', 3),
])
TITLE = 'Handlingsplan 2026'
SUB = ['Fagforbundet Inderøy avd. 183', 'Vedtatt på årsmøtet på Straumen 4. februar 2026']
INTRO = ('Handlingsplanen viser hva fagforeningen skal prioritere i 2026. Målene står først under '
         'hvert område, deretter tiltakene.')
HEADER = 'Fagforbundet Inderøy – Handlingsplan 2026'

EXTRA = '''
  <text:list-style style:name="Goals">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:list-style style:name="Measures">
   <text:list-level-style-bullet text:level="1" text:bullet-char="–">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:font-size="8pt"/>
  </style:style>
'''
AUTO = '''
  <style:style style:name="PLabel" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0.02cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="PItem" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.02cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
  <style:style style:name="PHead" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="12pt"/></style:style>
  <style:style style:name="PTitle" style:family="paragraph" style:parent-style-name="Title"><style:text-properties fo:font-size="20pt"/></style:style>
  <style:style style:name="PSmall" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="10pt"/></style:style>
'''
MASTER = ('<style:master-page style:name="Standard" style:page-layout-name="pm1">'
          '<style:header><text:p text:style-name="Header">%s</text:p></style:header>'
          '<style:footer><text:p text:style-name="Footer">Side <text:page-number '
          'text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count>'
          '</text:p></style:footer></style:master-page>' % HEADER)


def build():
    body, blocks = [], []

    def p(text, style='Text_20_body'):
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, odf_text(text)))

    def lst(items, lstyle, mk, **kw):
        body.append('<text:list text:style-name="%s">' % lstyle)
        for x in items:
            body.append('<text:list-item><text:p text:style-name="PItem">%s</text:p>'
                        '</text:list-item>' % odf_text(x))
            blocks.append(mk(x, **kw))
        body.append('</text:list>')

    p(TITLE, 'PTitle')
    blocks.append(note(TITLE))
    for s in SUB:
        p(s, 'PSmall')
        blocks.append(note(s))
    p(INTRO, 'PSmall')
    blocks += [note(INTRO.split('. ')[0] + '.'), note(INTRO.split('. ')[1])]
    for head, area, goals, ms in SECTIONS:
        body.append('<text:h text:style-name="PHead" text:outline-level="1">%s</text:h>'
                    % odf_text(head))
        blocks.append(H(head, area=area))
        if goals:
            p('Våre mål', 'PLabel')
            blocks.append(note('Våre mål'))
            lst(goals, 'Goals', G)
        p('Tiltak', 'PLabel')
        blocks.append(note('Tiltak'))
        lst(ms, 'Measures', M)
    head, ms = OWN
    body.append('<text:h text:style-name="PHead" text:outline-level="1">%s</text:h>'
                % odf_text(head))
    blocks.append(H(head, area=None))
    body.append('<text:list text:style-name="Measures">')
    for m, a in ms:
        body.append('<text:list-item><text:p text:style-name="PItem">%s</text:p>'
                    '</text:list-item>' % odf_text(m))
        blocks.append(M(m, area=a))
    body.append('</text:list>')
    p('Straumen, 4. februar 2026', 'PSmall')
    blocks.append(note('Straumen, 4. februar 2026'))
    blocks += [note(HEADER), note('Side 1 av 1')]
    doc = fodt('\n'.join(body), auto_styles=AUTO, extra_styles=EXTRA,
               title='Handlingsplan 2026 – Fagforbundet Inderøy')
    doc = doc.replace('fo:margin-top="1.5cm"', 'fo:margin-top="1.2cm"').replace(
        'fo:margin-bottom="1.5cm"', 'fo:margin-bottom="1.0cm"')
    doc = doc.replace('<style:master-page style:name="Standard" style:page-layout-name="pm1"/>',
                      MASTER)
    return blocks, doc


BLOCKS, FODT = build()


def render():
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(FODT)
    tmp = tempfile.mkdtemp(prefix='b13pdfimp')
    try:
        pdf = soffice_convert(src, 'pdf:writer_pdf_Export', tmp)
        keep = os.path.join(SRC, BASE + '.original.pdf')
        shutil.copy(pdf, keep)
        import subprocess
        out = os.path.join(tmp, 'out')
        os.makedirs(out)
        from lib import LO_PROFILE
        r = subprocess.run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless',
                            '--infilter=writer_pdf_import', '--convert-to',
                            'docx:MS Word 2007 XML', '--outdir', out, pdf],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        res = os.path.join(out, BASE + '.docx')
        if not os.path.exists(res):
            raise RuntimeError('pdf import failed: %s %s' % (r.stdout, r.stderr))
        dest = os.path.join(PLANS, BASE + '.docx')
        shutil.move(res, dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest
