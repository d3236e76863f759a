"""b8-03 Suldal: landscape table plan with a two-row header and status / evaluation columns.

One table in landscape: header row 1 "Mål" and "Tiltak" span two rows, "Gjennomføring"
spans Ansvarleg | Frist and "Oppfølging" spans Status | Evaluering; both rows are repeated
header rows. Area rows span all six columns; a goal cell spans the rows of its measures
(table:number-rows-spanned + covered cells). The Status / Evaluering columns were filled in
by the board at the mid-year review. Written as flat ODT, converted to ODT by LibreOffice.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, lo_to, SRC, PLANS, fodt, odf_text  # noqa: E402

BASE = 'b8-03_suldal'
EXT = 'odt'
WRITER = 'flat ODT -> LibreOffice 7.4 headless -> ODT'
LANG = 'nn'
STYLE = ('landscape table: two header rows with merged cells (Mål, Tiltak spanning two rows; '
         '"Gjennomføring" over Ansvarleg | Frist, "Oppfølging" over Status | Evaluering), '
         'spanning area rows, goal cells spanning their measures')
HARD = ('the header is two rows with row- and column-spanning cells (covered cells in both '
        'rows), so column names are only in row 2 for four columns and in row 1 for two; '
        'Evaluering cells are full sentences about what was done ("Svar frå 64 medlemmar, '
        'rapport sendt til kommunalsjefen.") that are not items; Status values; empty '
        'Evaluering cells; the status date "1. september 2026" is not the adoption date; '
        'own area row "7. Anna" with an empty goal cell spanning its rows (by content)')

META = {'union': 'Fagforbundet Suldal', 'branch': '418', 'periodFrom': 2026,
        'periodTo': 2027, 'adopted': '2026-01-27', 'language': 'nn'}
AS_WRITTEN = ('"Avdeling 418 – vedteken på årsmøtet 27. januar 2026. Status og evaluering '
              'oppdatert av styret 1. september 2026."')

# (goal or None, [(measure, ansvarleg, frist, status, evaluering), ...])
AREAS = [
    ('1. Heiltid, likeløn og kampen for mindre ulikheiter', 1, [
        ('Fleire tilsette i Suldal kommune har heile stillingar.', [
            ('Krevje at alle ledige stillingar i omsorgssektoren blir lyste ut som heile stillingar',
             'HTV', 'Løpande', 'Starta', 'Tre av fem utlysingar i vår var heile stillingar.'),
            ('Kartleggje ønskt stillingsstorleik blant medlemmane i heimetenesta',
             'Plasstillitsvalde', 'Mai 2026', 'Gjennomført',
             'Svar frå 64 medlemmar, rapport sendt til kommunalsjefen.'),
            ('Ta opp turnusordningar med langvakter i drøftingsmøte',
             'HTV', 'Haust 2026', 'Ikkje starta', ''),
        ]),
        ('Medlemmane kjenner pensjonsrettane sine.', [
            ('Pensjonskurs saman med KLP for medlemmar over 55 år',
             'Pensjonistkontakt', 'Oktober 2026', 'Ikkje starta', ''),
            ('Informere om AFP og særaldersgrense på medlemsmøta',
             'Leiar', 'Løpande', 'Starta', 'Tema på medlemsmøtet i april.'),
        ]),
    ]),
    ('2. Gode offentlege tenester med eigne tilsette', 2, [
        ('Reinhald og kantine i kommunen blir drivne med eigne tilsette.', [
            ('Krevje at reinhaldskontrakten for Sand skule ikkje blir fornya',
             'HTV', 'Desember 2026', 'Starta', 'Saka kjem opp i formannskapet i november.'),
            ('Skrive lesarinnlegg i Suldalsposten om eigenregi',
             'Styret', 'Vår 2026', 'Gjennomført', 'Innlegget stod på trykk 12. mars.'),
        ]),
        ('Mindre bruk av vikarbyrå i helse og omsorg.', [
            ('Kartleggje innleige frå vikarbyrå kvart halvår',
             'HTV', 'Juni og desember', 'Starta', ''),
            ('Foreslå ein kommunal vikarpool i budsjettinnspelet',
             'Leiar', 'September 2026', 'Utsett', 'Flytta til budsjettarbeidet for 2027.'),
        ]),
    ]),
    ('3. Organisasjonsbygging og tariffmakt', 3, [
        ('Fagforeininga har 420 medlemmar ved utgangen av 2027.', [
            ('Vervekampanje på alle arbeidsplassar i forbundsvekene',
             'Vervekontakt', 'Veke 17 og 38', 'Starta', '19 nye medlemmar i vårkampanjen.'),
            ('Velkomstbrev og telefon til alle nye medlemmar',
             'Sekretær', 'Løpande', 'Gjennomført', ''),
            ('Besøk på vg2 helsefag ved Suldal vidaregåande skule',
             'Ungdomstillitsvald', 'November 2026', 'Ikkje starta', ''),
        ]),
        ('Alle arbeidsplassar med medlemmar har plasstillitsvald.', [
            ('Val av plasstillitsvalde på arbeidsplassar utan tillitsvald',
             'Styret', 'Mars 2026', 'Gjennomført', 'Fire nye plasstillitsvalde er valde.'),
            ('Grunnskulering av nye tillitsvalde saman med Fagforbundet Hjelmeland',
             'Opplæringsansvarleg', 'Haust 2026', 'Ikkje starta', ''),
        ]),
    ]),
    ('4. Fag- og tenesteutvikling', 4, [
        ('Fleire assistentar tek fagbrev.', [
            ('Informasjonsmøte om praksiskandidatordninga i barnehagane',
             'Seksjon kyrkje, kultur og oppvekst', 'April 2026', 'Gjennomført',
             'Elleve deltakarar, tre har meldt seg opp til eksamen.'),
            ('Krevje at kommunen dekkjer kurs og eksamensavgift for praksiskandidatar',
             'HTV', 'Budsjett 2027', 'Starta', ''),
        ]),
        ('Yrkesgruppene våre blir meir synlege.', [
            ('Markere Helsefagarbeidardagen med kake på alle institusjonane',
             'Seksjon helse og sosial', 'Oktober 2026', 'Ikkje starta', ''),
            ('Fagkveld om førebygging av vald og truslar i heimetenesta',
             'Seksjon helse og sosial', 'Mai 2026', 'Gjennomført', 'God oppslutnad, 23 deltakarar.'),
        ]),
    ]),
    ('5. Alliansebygging og politisk påverknad', 5, [
        ('Kommunestyret kjenner krava våre før budsjettet blir vedteke.', [
            ('Møte med ordføraren og gruppeleiarane i oktober',
             'Leiar og nestleiar', 'Oktober 2026', 'Ikkje starta', ''),
            ('Budsjettinnspel til formannskapet saman med LO-forbunda i Suldal',
             'Styret', 'September 2026', 'Starta', ''),
        ]),
        ('Fleire medlemmar deltek i 1. mai-arrangementet.', [
            ('Skipe 1. mai-frukost på Sand saman med LO',
             'Styret', '1. mai', 'Gjennomført', 'Om lag 60 frammøtte.'),
        ]),
    ]),
    ('6. Digitalisering', 6, [
        ('Tillitsvalde nyttar dei digitale verktøya i vervet sitt.', [
            ('Opplæring i Tillitsvalgtportalen på tillitsvaldsamlinga',
             'Opplæringsansvarleg', 'Mars 2026', 'Gjennomført', ''),
            ('Krevje drøfting før kommunen innfører digitalt tilsyn om natta',
             'HTV', 'Løpande', 'Starta', 'Drøftingsmøte halde 3. juni.'),
        ]),
    ]),
    ('7. Anna', None, [
        (None, [
            ('Styremøte kvar månad utanom juli', 'Leiar', 'Løpande', 'Starta', '', None),
            ('Rekneskap og revisjon før årsmøtet', 'Kasserar', 'Januar 2027', 'Ikkje starta', '', None),
            ('Sommartur for medlemmar og familiane deira', 'Styret', 'Juni 2026', 'Gjennomført',
             '41 deltok på turen til Kvitingen.', None),
            ('Informasjon til medlemmane på Facebook og SMS', 'Sekretær', 'Løpande', 'Starta', '', 3),
            ('Gåve til SOS-barnebyar', 'Kasserar', 'Desember 2026', 'Ikkje starta', '', None),
        ]),
    ]),
]


def cell(children, rows=1, cols=1, style='TC'):
    return {'children': children, 'rows': rows, 'cols': cols, 'style': style}


def build_blocks():
    blocks = [
        note('Handlingsplan 2026–2027 for Fagforbundet Suldal', style='Title'),
        note('Avdeling 418 – vedteken på årsmøtet 27. januar 2026. Status og evaluering '
             'oppdatert av styret 1. september 2026.', style='Text_20_body'),
        note('Tabellen viser måla og tiltaka våre for perioden. Kolonnane for status og '
             'evaluering blir fylte ut av styret to gonger i året.', style='Text_20_body'),
    ]
    rows = [
        {'header': True, 'cells': [cell([note('Mål')], rows=2, style='TH'),
                                    cell([note('Tiltak')], rows=2, style='TH'),
                                    cell([note('Gjennomføring')], cols=2, style='TH'), None,
                                    cell([note('Oppfølging')], cols=2, style='TH'), None]},
        {'header': True, 'cells': [None, None,
                                    cell([note('Ansvarleg')], style='TH'), cell([note('Frist')], style='TH'),
                                    cell([note('Status')], style='TH'), cell([note('Evaluering')], style='TH')]},
    ]
    for title, area, goals in AREAS:
        rows.append({'cells': [cell([H(title, area=area)], cols=6, style='TA'),
                               None, None, None, None, None]})
        for goal, measures in goals:
            for i, m in enumerate(measures):
                text, resp, dl, status, ev = m[:5]
                kw = {} if area is not None else {'area': m[5]}
                cells = []
                if i == 0:
                    cells.append(cell([G(goal)] if goal else [], rows=len(measures), style='TG'))
                else:
                    cells.append(None)
                cells += [cell([M(text, resp=resp, dl=dl, **kw)]), cell([note(resp)]),
                          cell([note(dl)]), cell([note(status)]), cell([note(ev)] if ev else [])]
                rows.append({'cells': cells})
    blocks.append({'t': 'table', 'rows': rows})
    blocks.append(note('Styret i Fagforbundet Suldal', style='Text_20_body'))
    return blocks


BLOCKS = build_blocks()

WIDTHS = ['5.2cm', '7.0cm', '3.6cm', '2.8cm', '2.8cm', '4.7cm']


def render():
    auto = ['<style:style style:name="Tab1" style:family="table"><style:table-properties '
            'style:width="26.1cm" table:align="margins"/></style:style>']
    for i, w in enumerate(WIDTHS):
        auto.append('<style:style style:name="Tab1.%s" style:family="table-column">'
                    '<style:table-column-properties style:column-width="%s"/></style:style>'
                    % (chr(65 + i), w))
    border = 'fo:border="0.5pt solid #000000" fo:padding="0.1cm"'
    auto.append('<style:style style:name="TH" style:family="table-cell"><style:table-cell-properties '
                'fo:background-color="#c9d9ea" %s/></style:style>' % border)
    auto.append('<style:style style:name="TA" style:family="table-cell"><style:table-cell-properties '
                'fo:background-color="#e8e8e8" %s/></style:style>' % border)
    auto.append('<style:style style:name="TG" style:family="table-cell"><style:table-cell-properties '
                'style:vertical-align="top" %s/></style:style>' % border)
    auto.append('<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties '
                'style:vertical-align="top" %s/></style:style>' % border)
    auto.append('<style:style style:name="PB" style:family="paragraph" '
                'style:parent-style-name="Table_20_Contents"><style:text-properties '
                'fo:font-weight="bold"/></style:style>')
    auto.append('<style:style style:name="PS" style:family="paragraph" '
                'style:parent-style-name="Table_20_Contents"><style:text-properties '
                'fo:font-size="10pt"/></style:style>')
    body = []
    for b in BLOCKS:
        if b.get('t') != 'table':
            body.append('<text:p text:style-name="%s">%s</text:p>' % (b['style'], odf_text(b['text'])))
            continue
        body.append('<table:table table:name="Handlingsplan" table:style-name="Tab1">')
        for i in range(len(WIDTHS)):
            body.append('<table:table-column table:style-name="Tab1.%s"/>' % chr(65 + i))
        in_header = False
        for row in b['rows']:
            if row.get('header') and not in_header:
                body.append('<table:table-header-rows>')
                in_header = True
            if not row.get('header') and in_header:
                body.append('</table:table-header-rows>')
                in_header = False
            body.append('<table:table-row>')
            for c in row['cells']:
                if c is None:
                    body.append('<table:covered-table-cell/>')
                    continue
                attrs = ' table:style-name="%s"' % c['style']
                if c['rows'] > 1:
                    attrs += ' table:number-rows-spanned="%d"' % c['rows']
                if c['cols'] > 1:
                    attrs += ' table:number-columns-spanned="%d"' % c['cols']
                pstyle = {'TH': 'Table_20_Heading', 'TA': 'PB', 'TG': 'PB'}.get(c['style'], 'PS')
                ps = ''.join('<text:p text:style-name="%s">%s</text:p>' % (pstyle, odf_text(x['text']))
                             for x in c['children'])
                if not ps:
                    ps = '<text:p text:style-name="PS"/>'
                body.append('<table:table-cell%s office:value-type="string">%s</table:table-cell>'
                            % (attrs, ps))
            body.append('</table:table-row>')
        body.append('</table:table>')
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fodt('\n'.join(body), auto_styles='\n'.join(auto), landscape=True,
                     title='Handlingsplan 2026–2027 Fagforbundet Suldal'))
    dest = os.path.join(PLANS, BASE + '.odt')
    lo_to(src, 'odt', None, dest)
    return dest
