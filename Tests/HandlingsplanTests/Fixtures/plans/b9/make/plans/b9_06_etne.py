"""b9-06 Etne: a matrix with the six areas as COLUMNS and the periods as rows (nynorsk).

Flat ODT converted by LibreOffice 7.4 headless to ODT, landscape. One table: the header row
names the six areas (short drifted names), the first column names the row ("Måla våre",
"Vår 2026", "Haust 2026", "Heile perioden"). Each cell holds a bullet list (text:list) of
goals (first row) or measures (the other rows), some cells only "–". Below the table, a
heading "Drift av fagforeininga" with a bullet list of the branch's own running.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, fodt, odf_text, lo_to  # noqa: E402

BASE = 'b9-06_etne'
EXT = 'odt'
WRITER = 'LibreOffice 7.4 headless, flat ODT -> ODT (landscape, lists inside cells)'
LANG = 'nn'
STYLE = ('matrix table: areas as the column headers, "Måla våre" / "Vår 2026" / "Haust 2026" / '
         '"Heile perioden" as row labels, bullet lists inside the cells; own list below')
HARD = ('the area of an item is the header of its COLUMN (no heading, no area row): a reader '
        'that walks the table row by row meets the areas interleaved; goal vs measure only from '
        'the row label "Måla våre"; the row label (Vår 2026 …) is the deadline; cells with '
        'several bullet items, cells with only "–"; narrow columns in landscape (the PDF text '
        'runs the columns together); own heading "Drift av fagforeininga" below the table '
        'mapped by content')

META = {'union': 'Fagforbundet Etne', 'branch': '463', 'periodFrom': 2026,
        'periodTo': 2027, 'adopted': '2026-02-04', 'language': 'nn'}
AS_WRITTEN = ('"Fagforbundet Etne, avdeling 463", "Vedteke på årsmøtet i Skånevik 4. februar '
              '2026"')

COLS = [('Heiltid og likeløn', 1), ('Eigne tilsette i offentlege tenester', 2),
        ('Organisasjon og tariffmakt', 3), ('Fag og kompetanse', 4),
        ('Politisk påverknad', 5), ('Digitalisering', 6)]
ROWS = ['Måla våre', 'Vår 2026', 'Haust 2026', 'Heile perioden']

# CELLS[row][col] -> list of texts
CELLS = [
    [['Fleire tilsette i Etne kommune har heile stillingar.',
      'Ingen skal ha ufrivillig deltid etter fullført lærlingtid.'],
     ['Heimetenesta og reinhaldet held fram i kommunal regi.'],
     ['Fagforeininga har 480 medlemmar innan utgangen av 2027.',
      'Alle einingar har ein plasstillitsvald.'],
     ['Fleire assistentar tek fagbrev.'],
     ['Lokalpolitikarane kjenner Fagforbundet si meining om eldreomsorga.'],
     ['Tillitsvalde meistrar dei digitale verktøya i vervet.']],
    [['Krevje drøftingsmøte om heiltidskultur med kommunedirektøren.'],
     ['Be om tal på innleige frå vikarbyrå i heimetenesta.'],
     ['Vervekampanje på Etne omsorgssenter i forbundsveka.',
      'Grunnskolering for nye tillitsvalde.'],
     ['Informasjonsmøte om praksiskandidatordninga.'],
     ['1. mai-markering i Etnesjøen saman med LO.'],
     ['Kurs i Tillitsvalgtportalen for plasstillitsvalde.']],
    [['Medlemsmøte om pensjon og AFP for dei over 55 år.'],
     ['–'],
     ['Besøk hjå lærlingane i kommunen og på Skånevik skule.'],
     ['Fagkveld for helsefagarbeidarar om lindrande behandling.',
      'Markere reinhaldarane sin dag 15. juni.'],
     ['Budsjettmøte med gruppeleiarane i kommunestyret før 1. november.'],
     ['–']],
    [['Følgje opp alle som har rett på fast stilling etter arbeidsmiljølova.'],
     ['Samarbeid med Fagforbundet Vindafjord om å halde Etne og Vindafjord reinhald i '
      'eigenregi.'],
     ['Ringje alle nye medlemmar innan ein månad.'],
     ['–'],
     ['Innspel til eldrerådet og ungdomsrådet ved behov.'],
     ['Krevje at tillitsvalde er med når ny velferdsteknologi skal kjøpast inn.',
      'Digital hjelp til pensjonistar med BankID og Helsenorge.']],
]

OWN = [
    ('Styremøte første måndag i månaden.', None),
    ('Årsmøte i januar med rekneskap og melding.', None),
    ('Medlemsblad med planen for halvåret i februar og august.', 3),
    ('Julemøte for medlemmane med gløgg og utlodning.', None),
    ('Tur for pensjonistane til Sauda i juni.', None),
]


def build_blocks():
    b = [
        note('Årsplan og handlingsplan 2026–2027', style='Title'),
        note('Fagforbundet Etne, avdeling 463', style='Subtitle'),
        note('Vedteke på årsmøtet i Skånevik 4. februar 2026', style='Text_20_body'),
        note('Tabellen viser måla våre under kvart satsingsområde og kva vi skal gjere når. '
             'Arbeidet i styret står under tabellen.', style='Text_20_body'),
    ]
    rows = [{'cells': [{'children': []}] + [{'children': [H(n, area=a, section=False)]} for n, a in COLS]}]
    for r, label in enumerate(ROWS):
        cells = [{'children': [note(label)]}]
        for c, (cname, area) in enumerate(COLS):
            kids = []
            for text in CELLS[r][c]:
                if text == '–':
                    kids.append(note(text))
                elif r == 0:
                    kids.append(G(text, section_override=cname, area=area))
                else:
                    kids.append(M(text, dl=label, section_override=cname, area=area))
            cells.append({'children': kids})
        rows.append({'cells': cells})
    b.append({'t': 'table', 'rows': rows})
    b.append(H('Drift av fagforeininga', area=None))
    b.append({'t': 'list', 'children': [M(t, area=a) for t, a in OWN]})
    b.append(note('Styret i Fagforbundet Etne', style='Text_20_body'))
    return b


BLOCKS = build_blocks()

AUTO = '''
<style:style style:name="Tab1" style:family="table"><style:table-properties style:width="26.1cm" table:align="margins"/></style:style>
<style:style style:name="Tab1.A" style:family="table-column"><style:table-column-properties style:column-width="2.7cm"/></style:style>
<style:style style:name="Tab1.B" style:family="table-column"><style:table-column-properties style:column-width="3.9cm"/></style:style>
<style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:background-color="#b4c7dc" fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
<style:style style:name="TL" style:family="table-cell"><style:table-cell-properties fo:background-color="#e8e8e8" fo:border="0.5pt solid #000000" fo:padding="0.1cm" style:vertical-align="top"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm" style:vertical-align="top"/></style:style>
<style:style style:name="PH" style:family="paragraph" style:parent-style-name="Table_20_Heading"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="PL" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PC" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-size="9pt"/></style:style>
<text:list-style style:name="LC">
 <text:list-level-style-bullet text:level="1" text:bullet-char="•">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
   <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.35cm" fo:text-indent="-0.35cm" fo:margin-left="0.35cm"/>
  </style:list-level-properties></text:list-level-style-bullet></text:list-style>
'''


def render():
    body = []
    for blk in BLOCKS:
        t = blk['t']
        if t == 'note':
            body.append('<text:p text:style-name="%s">%s</text:p>' % (blk['style'], odf_text(blk['text'])))
        elif t == 'h':
            body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>'
                        % odf_text(blk['text']))
        elif t == 'list':
            body.append('<text:list text:style-name="LC">%s</text:list>' % ''.join(
                '<text:list-item><text:p text:style-name="Text_20_body">%s</text:p></text:list-item>'
                % odf_text(c['text']) for c in blk['children']))
        elif t == 'table':
            body.append('<table:table table:name="Plan" table:style-name="Tab1">'
                        '<table:table-column table:style-name="Tab1.A"/>'
                        '<table:table-column table:style-name="Tab1.B" table:number-columns-repeated="6"/>')
            for i, row in enumerate(blk['rows']):
                if i == 0:
                    body.append('<table:table-header-rows>')
                body.append('<table:table-row>')
                for j, c in enumerate(row['cells']):
                    st = 'TH' if i == 0 else ('TL' if j == 0 else 'TC')
                    if i == 0:
                        inner = ''.join('<text:p text:style-name="PH">%s</text:p>' % odf_text(k['text'])
                                        for k in c['children']) or '<text:p text:style-name="PH"/>'
                    elif j == 0:
                        inner = '<text:p text:style-name="PL">%s</text:p>' % odf_text(c['children'][0]['text'])
                    else:
                        items = [k for k in c['children'] if k['t'] == 'item']
                        if items:
                            inner = '<text:list text:style-name="LC">%s</text:list>' % ''.join(
                                '<text:list-item><text:p text:style-name="PC">%s</text:p></text:list-item>'
                                % odf_text(k['text']) for k in items)
                        else:
                            inner = '<text:p text:style-name="PC">%s</text:p>' % odf_text(c['children'][0]['text'])
                    body.append('<table:table-cell table:style-name="%s" office:value-type="string">%s'
                                '</table:table-cell>' % (st, inner))
                body.append('</table:table-row>')
                if i == 0:
                    body.append('</table:table-header-rows>')
            body.append('</table:table>')
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fodt('\n'.join(body), auto_styles=AUTO, landscape=True,
                     title='Årsplan og handlingsplan 2026–2027 Fagforbundet Etne'))
    dest = os.path.join(PLANS, BASE + '.odt')
    lo_to(src, 'odt', None, dest)
    return dest
