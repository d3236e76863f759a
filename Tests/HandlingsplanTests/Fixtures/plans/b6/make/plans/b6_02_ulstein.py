"""b6-02 Ulstein (nn): a spreadsheet (flat ODS written here) saved by LibreOffice
Calc as CSV with ';' separators and '"' quotes (UTF-8), kept as .txt.
Columns Område;Mål;Tiltak;Ansvarleg;Frist;Status.  The Område cell is filled on the
first row of a group only in some groups and repeated on every row in others; the
Mål cell stands on the first row of its group; some cells hold line breaks,
a semicolon or double quotes and are therefore quoted."""
import os

from lib import Gold, LG, ME, soffice, xml_escape

BASE = 'b6-02_ulstein'
EXT = 'txt'

A1 = 'Heiltid, likeløn og mindre ulikskap'
A2 = 'Offentlege tenester i eigenregi'
A3 = 'Organisasjon og tariffmakt'
A4 = 'Fag og kompetanse'
A5 = 'Alliansar og politisk påverknad'
A6 = 'Digitalisering'
A7 = 'Drift og sosialt'

# group: (area cell, repeat area on every row?, area number or 'content',
#         [ (goal or None, measure, measure area, ansvarleg, frist, status) ])
# '\n' inside a cell is a line break in the spreadsheet cell
GROUPS = [
    (A1, False, [
        ('Fleire medlemmar i heile stillingar i pleie og omsorg',
         'Krevje drøftingsmøte om deltid i alle einingar', 1, 'HTV', '1. mai', 'Ikkje starta'),
        (None, 'Gå gjennom alle utlysingar av deltidsstillingar', 1,
         'HTV og plasstillitsvalde', 'Heile året', 'Pågår'),
        (None, 'Fremje krav om utvida stilling etter aml. § 14-3\nfor medlemmar som har rett på det',
         1, 'HTV', 'Løpande', ''),
        ('Mindre lønsskilnad mellom kvinner og menn',
         'Lage lønsstatistikk før dei lokale forhandlingane', 1, 'Leiar', 'Mars', ''),
        (None, 'Medlemsmøte om AFP og pensjon, særleg for dei over 55 år', 1,
         'Leiar og pensjonistkontakt', 'Oktober', ''),
    ]),
    (A2, True, [
        ('Reinhald og kjøkken i kommunen blir drive med eigne tilsette',
         'Be om oversikt over anbod, innkjøp av tenester og bruk av vikarbyrå', 2,
         'Leiar', 'Februar', 'Pågår'),
        (None, 'Skrive lesarinnlegg om eigenregi i Vikebladet Vestposten', 2,
         'Styret', 'Før budsjettet', ''),
        (None, 'Kurs om konkurranseutsetjing og verksemdsoverdraging; ope for alle tillitsvalde',
         2, 'Opplæringsansvarleg', 'Hausten', ''),
    ]),
    (A3, False, [
        ('Auke talet på medlemmar til 650 innan utgangen av 2026',
         'Vervekampanje på alle sjukeheimar i veke 38', 3, 'Verveansvarleg', 'Veke 38', ''),
        (None, 'Velkomstbrev og telefon til alle nye medlemmar', 3,
         'Medlemsansvarleg', 'Løpande', 'Pågår'),
        (None, 'Besøk på Ulstein vidaregåande skule for elevar på helse- og oppvekstfag', 3,
         'Ungdomstillitsvald', 'Januar og september', ''),
        ('Plasstillitsvald på alle arbeidsplassar\nmed meir enn fem medlemmar',
         'Kartleggje kvar vi manglar tillitsvalde', 3, 'Organisasjonstillitsvald', 'April', ''),
        (None, 'Grunnskulering (trinn 1) for nye tillitsvalde', 3,
         'Opplæringsansvarleg', 'Vår og haust', ''),
        (None, 'Tillitsvaldsamling med kurset "Klar for forhandlingar" frå fylkeskrinsen', 3,
         'Leiar', 'November', ''),
    ]),
    (A4, True, [
        ('Fleire fagarbeidarar med fagbrev',
         'Informere om praksiskandidatordninga på personalmøte', 4,
         'Seksjonsleiar helse og sosial', 'Våren', ''),
        (None, 'Fagdag for barne- og ungdomsarbeidarar i Ulstein og Hareid', 4,
         'Seksjon kirke, kultur og oppvekst', 'Oktober', ''),
        (None, 'Krevje fleire læreplassar i helsearbeidarfaget', 4, 'HTV', 'Budsjett 2027', ''),
        (None, 'Markere merkedagane for yrkesgruppene våre', 4, 'Seksjonane', 'Heile året', ''),
    ]),
    (A5, False, [
        ('Godt samarbeid med parti som deler verdiane våre',
         'Møte med gruppeleiarane før budsjetthandsaminga', 5, 'Leiar', 'Oktober', ''),
        (None, '1. mai-arrangement saman med LO i Ulstein', 5, 'Styret', '1. mai', ''),
        (None, 'Fornye samarbeidsavtalen med Ulstein Arbeidarparti og SV', 5, 'Leiar', 'Juni', ''),
    ]),
    (A6, True, [
        ('Alle tillitsvalde brukar Tillitsvalgtportalen og Teams',
         'Kveldskurs i Tillitsvalgtportalen', 6, 'Opplæringsansvarleg', 'Februar', ''),
        (None, 'Krevje at tillitsvalde blir tekne med når nye fagsystem blir innførte', 6,
         'HTV', 'Løpande', ''),
        (None, 'Digital hjelp for pensjonistane:\nBankID, Helsenorge og Vipps', 6,
         'Pensjonistutvalet', 'Våren', ''),
    ]),
    (A7, False, [
        (None, 'Styremøte kvar månad', None, 'Leiar', 'Månadleg', ''),
        (None, 'Årsmøte med middag', None, 'Styret', 'Februar 2027', ''),
        (None, 'Rekneskapen til revisjon innan 15. januar', None, 'Kasserar', '15. januar', ''),
        (None, 'Sommartur for medlemmane', None, 'Styret', 'Juni', ''),
        (None, 'Informasjon på Facebook og nettsida', 3, 'Informasjonsansvarleg', 'Løpande', ''),
        (None, 'Evaluere handlingsplanen', None, 'Styret', 'Desember', ''),
    ]),
]

AREA_OF = {A1: 1, A2: 2, A3: 3, A4: 4, A5: 5, A6: 6, A7: None}

HEAD = ['Område', 'Mål', 'Tiltak', 'Ansvarleg', 'Frist', 'Status']


def cell(text):
    if text == '':
        return '<table:table-cell/>'
    paras = ''.join('<text:p>%s</text:p>' % xml_escape(p) for p in text.split('\n'))
    return '<table:table-cell office:value-type="string" calcext:value-type="string">%s</table:table-cell>' % paras


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Ulstein', '564', 2026, 2026, '2026-02-03', 'nn')
    rows = [
        [g.no('Handlingsplan 2026 – Fagforbundet Ulstein avd. 564')],
        [g.no('Vedteke på årsmøtet 3.2.2026')],
        [],
        [g.no(h) for h in HEAD],
    ]
    for area_cell, repeat, entries in GROUPS:
        g.no(area_cell)
        for i, (goal, measure, marea, resp, dl, status) in enumerate(entries):
            row = [area_cell if (i == 0 or repeat) else '']
            if goal:
                row.append(g.item(LG, AREA_OF[area_cell] if AREA_OF[area_cell] else marea,
                                  goal, area_cell))
            else:
                row.append('')
            area = AREA_OF[area_cell] if area_cell != A7 else marea
            row.append(g.item(ME, area, measure, area_cell, responsible=resp, deadline=dl))
            row += [g.no(resp), g.no(dl), g.no(status)]
            rows.append(row)
    rows.append([])
    rows.append([g.no('Sist oppdatert av styret 20.01.2026')])

    body = []
    for r in rows:
        while r and r[-1] == '':
            r = r[:-1]
        body.append('<table:table-row>%s</table:table-row>' % ''.join(cell(c) for c in r)
                    if r else '<table:table-row><table:table-cell/></table:table-row>')
    fods = FODS % '\n'.join(body)
    src = os.path.join(work, BASE + '.fods')
    open(src, 'w', encoding='utf-8').write(fods)
    csv = soffice(src, 'csv:Text - txt - csv (StarCalc):59,34,76', work)
    os.replace(csv, os.path.join(plans_dir, BASE + '.' + EXT))
    return g


FODS = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
<table:table table:name="Handlingsplan 2026">
<table:table-column table:number-columns-repeated="6"/>
%s
</table:table>
</office:spreadsheet></office:body></office:document>
'''
