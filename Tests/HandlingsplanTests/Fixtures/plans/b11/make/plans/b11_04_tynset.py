"""b11-04 Tynset: every area is a table of its own, and the area is named only by the table
caption above it ("Tabell 3: Organisasjonsbygging og tariffmakt"), a caption paragraph with a
number sequence field, listed in a "Tabelloversikt" (table of tables) at the top. The goals are
an automatically numbered list in a chapter of their own, without area headings.

Flat ODT -> LibreOffice 7.4 headless -> DOCX (MS Word 2007 XML). Chapters are Heading 1 with
typed numbers; captions use LibreOffice's caption style with a "Tabell" sequence field (a SEQ
field in the DOCX); three measures carry footnotes (text:note -> w:footnoteReference); measures
carried over from 2025 end in "*", explained in a note under the table. The page numbers of
the table index are taken from a first PDF rendering.
"""
import os
import re
import subprocess
import sys
import tempfile
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import (G, M, H, note, PLANS, SRC, xesc, odf_text, fodt, lo_to,  # noqa: E402
                 soffice_convert)

BASE = 'b11-04_tynset'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'LibreOffice 7.4 headless, flat ODT -> DOCX (MS Word 2007 XML)'
LANG = 'nb'
STYLE = ('one table Tiltak | Ansvarlig | Frist per area, the area named only by the caption '
         'above the table ("Tabell N: …", SEQ field); a table of tables at the top; goals as an '
         'auto-numbered list in their own chapter; footnotes in measure cells')
HARD = ('no area heading: the section of a table is its caption paragraph ("Tabell 2: Gode '
        'offentlige tjenester med egne ansatte"), whose number is a SEQ field; the "Tabelloversikt" '
        'repeats every caption with a dot leader and a page number; the seven goals stand in '
        '"2 Mål for perioden" without any area heading (by content, 1-6); three measures have '
        'footnote references whose footnote texts ("Jf. kommunestyrets vedtak …") are no items '
        'and no part of the measure; measures carried over end in "*" (not text) with the '
        'explaining note "* Videreført fra handlingsplanen for 2025." under the table; empty '
        'Frist cells; the last table (caption "Tabell 7: Faste oppgaver i styret", under chapter '
        '"4 Drift av fagforeningen") names no area and is mapped by content (null, 3)')

META = {'union': 'Fagforbundet Tynset', 'branch': '431', 'periodFrom': 2026, 'periodTo': 2027,
        'adopted': '2026-02-10', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Tynset avd. 431", "Vedtatt på årsmøtet 10. februar 2026"'

GOALS = [
    ('Alle som ønsker det, skal få jobbe i hel stilling i pleie og omsorg.', 1),
    ('Kommunens kjøkken og vaskeri skal fortsatt drives av egne ansatte.', 2),
    ('Fagforeningen skal ha 900 medlemmer innen utgangen av 2027.', 3),
    ('Flere assistenter i skole og barnehage skal ta fagbrev.', 4),
    ('Kommunestyret skal kjenne kravene våre før hvert budsjett.', 5),
    ('Alle tillitsvalgte skal kunne bruke Tillitsvalgtportalen i vervet sitt.', 6),
    ('Medlemmene skal oppleve fagforeningen som synlig og lett å nå.', 3),
]

# (caption text after "Tabell N: ", area, rows); row = (text, who, when, star, footnote, own_area)
TABLES = [
    ('Heltid, likelønn og kampen for mindre forskjeller', 1, [
        ('Kreve at kommunen lager en plan for å redusere uønsket deltid i hjemmetjenesten',
         'HTV', '1. mai 2026', False,
         'Jf. kommunestyrets vedtak om heltidskultur fra desember 2024.'),
        ('Medlemsmøte om AFP og ny tjenestepensjon', 'Styret', 'Oktober 2026', True, None),
        ('Gjennomgang av lønnsstatistikk for kvinner og menn før de lokale forhandlingene',
         'Forhandlingsutvalget', 'August', False, None),
        ('Støtte medlemmer som krever fortrinnsrett til større stilling', 'Plasstillitsvalgte',
         'Løpende', False, None),
    ]),
    ('Gode offentlige tjenester med egne ansatte', 2, [
        ('Høringsuttalelse dersom kommunen utreder å sette ut kjøkken eller vaskeri', 'Leder',
         '', False, None),
        ('Kartlegge innleie fra bemanningsbyrå i helse og omsorg', 'HTV', 'Hvert kvartal',
         True, None),
        ('Samarbeide med de andre forbundene i kommunen om et felles innspill om egenregi',
         'Styret', 'Høsten 2026', False, None),
    ]),
    ('Organisasjonsbygging og tariffmakt', 3, [
        ('Vervekampanje i forbundsukene på alle skoler og barnehager', 'Vervekontakt',
         'Uke 16 og 38', True, None),
        ('Personlig velkomst til hvert nytt medlem på arbeidsplassen', 'Sekretær', 'Innen fire uker',
         False, None),
        ('Valg av plasstillitsvalgte der det mangler', 'HTV', 'Mars 2026', False, None),
        ('Grunnskolering for nye tillitsvalgte i samarbeid med fylkeskretsen',
         'Opplæringsansvarlig', 'Høsten 2026', False,
         'Fylkeskretsen dekker reisen for deltakere fra avdelinger med under 1\u00a0000 '
         'medlemmer.'),
        ('Besøke Nord-Østerdal videregående skole for å treffe helsefagelever og lærlinger',
         'Ungdomstillitsvalgt', 'Oktober', False, None),
    ]),
    ('Fag- og tjenesteutvikling', 4, [
        ('Informasjonskveld om praksiskandidatordningen for assistenter',
         'Seksjon kirke, kultur og oppvekst', 'Februar 2026', False, None),
        ('Fagdag for helsefagarbeidere om demensomsorg', 'Seksjon helse og sosial',
         'April 2026', False, None),
        ('Kreve at kompetansemidlene i kommunebudsjettet økes med 200\u00a0000 kroner', 'Leder',
         'Budsjett 2027', False, None),
    ]),
    ('Alliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid', 5, [
        ('Budsjettmøte med ordfører og gruppeledere i kommunestyret', 'Leder og nestleder',
         'November', False, None),
        ('Felles 1. mai-arrangement med LO i Nord-Østerdal', 'Styret', '1. mai', True, None),
        ('Innlegg i Arbeidets Rett om bemanningen i eldreomsorgen', 'Leder', 'Løpende', False,
         'Redaksjonen har sagt ja til en fast spalte fire ganger i året.'),
    ]),
    ('Digitalisering', 6, [
        ('Opplæring i Tillitsvalgtportalen for alle plasstillitsvalgte', 'Opplæringsansvarlig',
         'Mars 2026', False, None),
        ('Kreve opplæring i arbeidstiden når nytt fagsystem innføres i hjemmetjenesten', 'HTV',
         '', False, None),
    ]),
]
OWN = ('Faste oppgaver i styret', None, [
    ('Styremøter annenhver tirsdag', 'Leder', 'Løpende', False, None, None),
    ('Regnskapet avsluttes og revideres før årsmøtet', 'Kasserer', 'Januar 2027', False, None,
     None),
    ('Medlemsmøte med faglig tema hver høst', 'Styret', 'Oktober', False, None, 3),
    ('Julebord for medlemmer og pensjonister', 'Styret', 'Desember', False, None, None),
    ('Medlemsbrev på e-post og SMS', 'Informasjonsansvarlig', 'Annenhver måned',
     False, None, 3),
])

EXTRA_STYLES = '''
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="10pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Table" style:family="paragraph" style:parent-style-name="Caption" style:class="extra"/>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Table_20_index_20_heading" style:display-name="Table index heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index">
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Table_20_index_20_1" style:display-name="Table index 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index">
   <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>
  </style:style>
  <style:style style:name="Note_20_text" style:display-name="Note text" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
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
  <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17.4cm" table:align="margins"/></style:style>
  <style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties style:column-width="9.4cm"/></style:style>
  <style:style style:name="Tbl.B" style:family="table-column"><style:table-column-properties style:column-width="4.8cm"/></style:style>
  <style:style style:name="Tbl.C" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
  <style:style style:name="Tbl.H" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2f3" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="Tbl.D" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="PHead" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"/></style:style>
'''


def build(pages=None):
    pages = pages or {}
    body, blocks = [], []

    def para(text, style='Text_20_body'):
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, odf_text(text)))

    def head(text, level=1):
        body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                    % (level, level, odf_text(text)))

    body.append('<text:sequence-decls><text:sequence-decl text:display-outline-level="0" '
                'text:name="Tabell"/></text:sequence-decls>')
    para('Handlingsplan 2026–2027', 'Title')
    blocks.append(note('Handlingsplan 2026–2027'))
    for t in ('Fagforbundet Tynset avd. 431', 'Vedtatt på årsmøtet 10. februar 2026'):
        para(t)
        blocks.append(note(t))
    captions = ['Tabell %d: %s' % (i + 1, t[0]) for i, t in enumerate(TABLES + [OWN])]
    # table of tables
    idx = ['<text:table-index text:style-name="Sect1" text:name="Tabelloversikt1">',
           '<text:table-index-source text:caption-sequence-name="Tabell" '
           'text:caption-sequence-format="text">',
           '<text:index-title-template text:style-name="Table_20_index_20_heading">Tabelloversikt'
           '</text:index-title-template>',
           '<text:table-index-entry-template text:style-name="Table_20_index_20_1">'
           '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" '
           'style:leader-char="."/><text:index-entry-page-number/></text:table-index-entry-template>',
           '</text:table-index-source><text:index-body>',
           '<text:index-title text:style-name="Sect1" text:name="Tabelloversikt1_Head">'
           '<text:p text:style-name="Table_20_index_20_heading">Tabelloversikt</text:p>'
           '</text:index-title>']
    blocks.append(note('Tabelloversikt'))
    for c in captions:
        idx.append('<text:p text:style-name="Table_20_index_20_1">%s<text:tab/>%s</text:p>'
                   % (xesc(c), pages.get(c, '2')))
    idx.append('</text:index-body></text:table-index>')
    body.append(''.join(idx))

    head('1 Innledning')
    blocks.append(H('1 Innledning', section=False))
    intro = ['Handlingsplanen viser hva Fagforbundet Tynset skal jobbe med i 2026 og 2027.',
             'Målene står i kapittel 2, og tiltakene er samlet i én tabell for hvert av de seks '
             'satsingsområdene i Fagforbundets strategiplan.',
             'Styret rapporterer på planen i årsmeldingen.']
    para(' '.join(intro))
    blocks += [note(s) for s in intro]

    head('2 Mål for perioden')
    blocks.append(H('2 Mål for perioden', area=None))
    body.append('<text:list text:style-name="Numbered">')
    for g, a in GOALS:
        body.append('<text:list-item><text:p text:style-name="Text_20_body">%s</text:p>'
                    '</text:list-item>' % odf_text(g))
        blocks.append(G(g, area=a))
    body.append('</text:list>')

    head('3 Tiltak for hvert satsingsområde')
    blocks.append(H('3 Tiltak for hvert satsingsområde', area=None))
    t = 'Tabellene viser hvem som har ansvaret for hvert tiltak, og når det skal være gjort.'
    para(t)
    blocks.append(note(t))

    fn = [0]

    def table(n, cap, area, rows):
        seq = ('Tabell <text:sequence text:ref-name="refTabell%d" text:name="Tabell" '
               'text:formula="ooow:Tabell+1" style:num-format="1">%d</text:sequence>: %s'
               % (n - 1, n, xesc(cap)))
        body.append('<text:p text:style-name="Table">%s</text:p>' % seq)
        blocks.append(H('Tabell %d: %s' % (n, cap), area=area))
        out = ['<table:table table:name="Tabell%d" table:style-name="Tbl">' % n,
               '<table:table-column table:style-name="Tbl.A"/>'
               '<table:table-column table:style-name="Tbl.B"/>'
               '<table:table-column table:style-name="Tbl.C"/>',
               '<table:table-header-rows><table:table-row>']
        for h in ('Tiltak', 'Ansvarlig', 'Frist'):
            out.append('<table:table-cell table:style-name="Tbl.H" office:value-type="string">'
                       '<text:p text:style-name="PHead">%s</text:p></table:table-cell>' % h)
            blocks.append(note(h))
        out.append('</table:table-row></table:table-header-rows>')
        stars = False
        for r in rows:
            text, who, when, star, foot = r[:5]
            own = r[5] if len(r) > 5 else None
            cell = odf_text(text) + ('*' if star else '')
            stars = stars or star
            if foot:
                fn[0] += 1
                cell += ('<text:note text:id="ftn%d" text:note-class="footnote">'
                         '<text:note-citation>%d</text:note-citation><text:note-body>'
                         '<text:p text:style-name="Footnote">%s</text:p></text:note-body>'
                         '</text:note>' % (fn[0], fn[0], odf_text(foot)))
            out.append('<table:table-row>')
            for c in (cell, odf_text(who), odf_text(when)):
                out.append('<table:table-cell table:style-name="Tbl.D" office:value-type="string">'
                           '<text:p text:style-name="Table_20_Contents">%s</text:p>'
                           '</table:table-cell>' % c)
            out.append('</table:table-row>')
            kw = {'area': own} if area is None else {}
            blocks.append(M(text, resp=who, dl=when or None, **kw))
            if foot:
                blocks.append(note(foot))
        out.append('</table:table>')
        body.append(''.join(out))
        if stars:
            t = '* Videreført fra handlingsplanen for 2025.'
            para(t, 'Note_20_text')
            blocks.append(note(t))

    for i, (cap, area, rows) in enumerate(TABLES):
        table(i + 1, cap, area, rows)

    head('4 Drift av fagforeningen')
    blocks.append(H('4 Drift av fagforeningen', area=None))
    t = 'I tillegg til tiltakene i kapittel 3 har styret disse faste oppgavene.'
    para(t)
    blocks.append(note(t))
    table(len(TABLES) + 1, OWN[0], None, OWN[2])
    t = 'Tynset, 10. februar 2026'
    para(t)
    blocks.append(note(t))
    doc = fodt('\n'.join(body), auto_styles=AUTO, extra_styles=EXTRA_STYLES,
               title='Handlingsplan 2026–2027 – Fagforbundet Tynset')
    return blocks, doc, captions


BLOCKS, FODT, CAPTIONS = build()


def caption_pages(fodt_path):
    """Render a PDF once and find the page of every caption (for the table index)."""
    tmp = tempfile.mkdtemp(prefix='b11cap')
    pdf = soffice_convert(fodt_path, 'pdf', tmp)
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], stdout=subprocess.PIPE).stdout.decode()
    pages = {}
    for n, page in enumerate(txt.split('\f'), 1):
        for c in CAPTIONS:
            if re.search(r'^\s*' + re.escape(c) + r'\s*$', page, re.M):
                pages.setdefault(c, str(n))
    return pages


def render():
    global BLOCKS, FODT
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(FODT)
    pages = caption_pages(src)
    BLOCKS, FODT, _ = build(pages)
    with open(src, 'w', encoding='utf-8') as f:
        f.write(FODT)
    return lo_to(src, 'docx', 'MS Word 2007 XML', os.path.join(PLANS, BASE + '.docx'))
