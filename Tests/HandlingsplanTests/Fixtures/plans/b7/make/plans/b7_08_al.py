"""b7-08 Ål (nn): a spreadsheet plan (flat ODS written here, opened by LibreOffice
Calc) saved as text with TAB as separator (`--convert-to
"txt:Text - txt - csv (StarCalc)":9,34,76`), extension .txt.  Title / date rows with
empty TAB cells, a header row Område | Type | Kva | Ansvarleg | Frist | Budsjett; the
Type column ("Mål" / "Tiltak") is the only thing that tells a goal from a measure;
Område is repeated on every row (as after a sort/filter); Budsjett holds numbers
formatted by Calc ("5 000"), a SUM row at the end ("Sum budsjett", formula), an empty
separator row; "Drift" names no area (content).
Gold: Kva cell = localGoal (Type Mål) or measure (Type Tiltak), section = Område,
responsible = Ansvarleg, deadline = Frist."""
import os

from lib import Gold, LG, ME, soffice, xml_escape

BASE = 'b7-08_al'
EXT = 'txt'

# Område, area, [(type, kva, ansvarleg, frist, budsjett, area-override)]
AREAS = [
    ('1 Heiltid og likeløn', 1, [
        ('Mål', 'Fleire deltidstilsette i Ål kommune får auka stillingsprosent.', '', '', None),
        ('Tiltak', 'Krevje drøftingsmøte om heiltid i pleie og omsorg', 'HTV', 'Mars 2026', None),
        ('Tiltak', 'Medlemsmøte om AFP og pensjon', 'Leiar', 'Oktober 2026', 3000),
        ('Tiltak', 'Lønsstatistikk før dei lokale forhandlingane', 'HTV', 'August 2026', None),
    ]),
    ('2 Eigne tilsette', 2, [
        ('Mål', 'Ingen kommunale tenester blir sette ut på anbod.', '', '', None),
        ('Tiltak', 'Be om oversikt over kjøp av tenester og innleige', 'HTV', 'Juni 2026', None),
        ('Tiltak', 'Samle argument for eigenregi frå reinhaldarane',
         'Seksjon samferdsel og teknisk', 'Hausten 2026', None),
    ]),
    ('3 Organisasjon og tariffmakt', 3, [
        ('Mål', 'Vi skal vere 420 medlemmar innan utgangen av 2027.', '', '', None),
        ('Tiltak', 'Vervekampanje i forbundsvekene', 'Verveansvarleg', 'Mars og oktober', 4000),
        ('Tiltak', 'Velkomstsamtale med alle nye medlemmar', 'Medlemsansvarleg', 'Løpande', None),
        ('Tiltak', 'Grunnskulering for nye tillitsvalde saman med Fagforbundet Hemsedal',
         'Opplæringsansvarleg', 'April 2026', 6500),
        ('Tiltak', 'Besøk på Ål vidaregåande skule', 'Ungdomstillitsvald', 'September 2026', None),
    ]),
    ('4 Fag og kompetanse', 4, [
        ('Mål', 'Fleire assistentar i barnehagane tek fagbrev.', '', '', None),
        ('Tiltak', 'Informasjonsmøte om praksiskandidatordninga', 'Seksjon helse og sosial',
         'Januar 2026', None),
        ('Tiltak', 'Fagdag for reinhaldarar', 'Seksjon samferdsel og teknisk', 'Oktober 2026',
         2500),
        ('Tiltak', 'Krevje fleire læreplassar i helsearbeidarfaget', 'HTV', 'Budsjettet 2027',
         None),
    ]),
    ('5 Politisk påverknad', 5, [
        ('Tiltak', 'Møte med ordføraren før budsjettet', 'Leiar', 'September 2026', None),
        ('Tiltak', '1. mai-arrangement i Ål sentrum saman med LO', 'Styret', '1. mai', 6000),
        ('Tiltak', 'Lesarinnlegg i Hallingdølen om heiltid', 'Informasjonsansvarleg', '', None),
    ]),
    ('6 Digitalisering', 6, [
        ('Mål', 'Alle tillitsvalde brukar Tillitsvalgtportalen.', '', '', None),
        ('Tiltak', 'Kurs i Tillitsvalgtportalen', 'Opplæringsansvarleg', 'Februar 2026', 2000),
        ('Tiltak', 'Digital kafé for pensjonistane', 'Pensjonistkontakt', 'Hausten 2026', None),
    ]),
    ('Drift', None, [
        ('Tiltak', 'Styremøte kvar månad', 'Leiar', 'Heile året', 8000, None),
        ('Tiltak', 'Rekneskap og revisjon', 'Kasserar', 'Januar 2027', None, None),
        ('Tiltak', 'Julebord', 'Styret', 'Desember', 15000, None),
        ('Tiltak', 'Sommartur til Hallingskarvet', 'Styret', 'Juni 2026', 10000, None),
        ('Tiltak', 'Gåver til jubilantar', 'Kasserar', 'Løpande', None, None),
        ('Tiltak', 'Nyheitsbrev på SMS', 'Informasjonsansvarleg', 'Kvar månad', None, 3),
    ]),
]

HEAD = ['Område', 'Type', 'Kva', 'Ansvarleg', 'Frist', 'Budsjett']


def cell(text=None, number=None, formula=None, style=None, value=0):
    st = ' table:style-name="%s"' % style if style else ''
    if formula:
        return ('<table:table-cell%s table:formula="%s" office:value-type="float" '
                'office:value="%d"/>' % (st, xml_escape(formula), value))
    if number is not None:
        return ('<table:table-cell%s office:value-type="float" office:value="%d">'
                '<text:p>%d</text:p></table:table-cell>' % (st, number, number))
    if text:
        return ('<table:table-cell office:value-type="string"%s><text:p>%s</text:p>'
                '</table:table-cell>' % (st, xml_escape(text)))
    return '<table:table-cell/>'


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Ål', '176', 2026, 2027, '2026-02-05', 'nn')
    rows = []
    rows.append([cell(g.no('Handlingsplan 2026–2027 for Fagforbundet Ål, avd. 176'))])
    rows.append([cell(g.no('Vedteke på årsmøtet 5. februar 2026'))])
    rows.append([])
    rows.append([cell(g.no(h)) for h in HEAD])
    first = len(rows) + 1
    for omr, area, items in AREAS:
        sec = g.no(omr)
        for r in items:
            typ, kva, who, when, budget = r[:5]
            a = r[5] if len(r) > 5 else area
            kind = LG if typ == 'Mål' else ME
            row = [cell(omr), cell(g.no(typ)),
                   cell(g.item(kind, a, kva, sec, responsible=who or None,
                               deadline=when or None)),
                   cell(g.no(who) if who else None), cell(g.no(when) if when else None),
                   cell(number=budget, style='ce1') if budget is not None else cell()]
            rows.append(row)
    last = len(rows)
    rows.append([])
    rows.append([cell(), cell(), cell(g.no('Sum budsjett')), cell(), cell(),
                 cell(formula='of:=SUM([.F%d:.F%d])' % (first, last), style='ce1',
                      value=sum(r[4] or 0 for _, _, its in AREAS for r in its))])
    body = []
    for r in rows:
        body.append('<table:table-row>%s</table:table-row>' % ''.join(r or [cell()]))
    fods = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:number-style style:name="N1" number:language="nb" number:country="NO"><number:number number:decimal-places="0"
   number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Handlingsplan">
<table:table-column table:number-columns-repeated="6"/>
%s
</table:table></office:spreadsheet></office:body></office:document>
""" % '\n'.join(body)
    src = os.path.join(work, BASE + '.fods')
    open(src, 'w', encoding='utf-8').write(fods)
    out = soffice(src, 'txt:Text - txt - csv (StarCalc):9,34,76,1,,1044,false,true,true',
                  work)
    os.replace(out, os.path.join(plans_dir, BASE + '.' + EXT))
    return g
