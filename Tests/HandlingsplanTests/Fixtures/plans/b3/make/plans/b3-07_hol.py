"""b3-07 Hol - nynorsk; a landscape table plan (Tiltak | Ansvarleg | Frist | Status)
with spanning area rows and spanning "Mål: …" rows, laid out by LibreOffice, exported
to PDF and extracted with `pdftotext -layout`: the columns become runs of spaces, the
table header row is repeated on every page, page header and "Side k av n" footer.
Every cell fits on one line, so each gold text is contiguous in the extraction."""
import os

from b3lib import UNSET, Plan, G, M, Sec, Hdr, Span, Item, Not, cell_list, fodt, x, soffice, \
    pdftotext, write_bytes

R = {'s': 'Starta', 'i': 'Ikkje starta', 'f': 'Fast', 'x': 'Ferdig', '': ''}


def row(text, who, when, st='', area=UNSET):
    return [M(text, area=area), who, when, R[st]]


def goal(text):
    return Span(None, G(text, label='Mål:'))


def build():
    p = Plan('b3-07_hol', 'txt',
             dict(union='Fagforbundet Hol', branch=None, periodFrom=2024, periodTo=2025,
                  adopted='2024-01-24', language='nn'),
             writer='LibreOffice 7.4 (FODT -> PDF, landscape) + pdftotext 22.12 -layout',
             fmt='text, UTF-8 (pdftotext -layout)',
             styles='3 (landscape table plan, pdftotext -layout)',
             structure='c: one table, spanning area rows and "Mål:" rows, measure rows '
                       'Tiltak | Ansvarleg | Frist | Status',
             hard='columns only as runs of spaces (no TAB, no cell borders); table header '
                  'row repeated on page 2; page header and "Side k av n" footer lines; area '
                  'rows and goal rows are one-cell lines indistinguishable by layout from a '
                  'measure row with empty cells; goals only by the "Mål:" label; empty Frist '
                  'and Status cells; nynorsk; no avd. number; own last section "Anna" mapped '
                  'by content')
    p.title('HANDLINGSPLAN 2024–2025')
    p.raw('Fagforbundet Hol')
    p.raw('Vedteken på årsmøtet 24. januar 2024')
    p.para('Tabellen viser måla og tiltaka til fagforeininga for perioden, ordna etter dei '
           'seks satsingsområda i strategiplanen.', 'Status blir oppdatert av styret før '
           'kvart medlemsmøte.')
    rows = [
        Hdr('Tiltak', 'Ansvarleg', 'Frist', 'Status'),
        Sec('1. Heiltid, likeløn og kampen for mindre ulikheiter', 1),
        goal('Fleire tilsette i helse og omsorg i Hol har heile stillingar ved utgangen av '
             '2025.'),
        row('Krevje at heiltidsprosjektet på sjukeheimen held fram i 2025', 'HTV',
            'Mars 2024', 's'),
        row('Gje råd til medlemar som vil krevje auka stilling etter aml. § 14-3',
            'Plasstillitsvalde', 'Løpande', 'f'),
        row('Temamøte om AFP og pensjon for medlemar over 50 år', 'Styret', 'Haust 2024', 'i'),
        goal('Ingen medlemar er mellombels tilsette utan grunn.'),
        row('Be om liste over mellombels tilsette kvart halvår', 'HTV', 'Januar og juli'),
        Sec('2. Gode offentlege tenester med eigne tilsette', 2),
        goal('Reinhald og kjøkken i kommunen blir verande i eigenregi.'),
        row('Følgje med på budsjettframlegget og seie frå om planar om anbod', 'Leiar',
            'Oktober', 'f'),
        row('Kartleggje bruken av vikarbyrå i sommarferien på Geilo', 'HTV', 'September 2024'),
        row('Invitere til møte om tillitsbasert leiing saman med kommunedirektøren',
            'Leiar og HTV', 'Vår 2025'),
        Sec('3. Organisasjonsbygging og tariffmakt', 3),
        goal('Fagforeininga har 480 medlemar ved årsmøtet 2025.'),
        row('Vervekampanje blant tilsette i barnehagane før sommaren', 'Vervekontakt',
            'Mai 2024', 'x'),
        row('Velkomstmelding på SMS til alle nye medlemar', 'Medlemsansvarleg', 'Løpande', 'f'),
        row('Skuleringsdag for tillitsvalde med tema hovudavtalen', 'Opplæringsansvarleg',
            'November 2024'),
        goal('Alle einingar i kommunen har tillitsvald.'),
        row('Val av plasstillitsvalde i einingar som manglar tillitsvald', 'HTV',
            'Februar 2025'),
        Sec('4. Fag- og tenesteutvikling', 4),
        goal('Kommunen har lærlingar i helsearbeidarfaget og barne- og ungdomsarbeidarfaget '
             'kvart år.'),
        row('Ta opp læreplassar i drøftingsmøtet om budsjettet', 'HTV', 'Oktober', 'f'),
        row('Fagkveld om demens for tilsette i heimetenesta', 'Seksjon helse og sosial',
            'Februar 2025'),
        row('Hjelpe assistentar med søknad om praksiskandidatordninga', 'Seksjonsleiar',
            'Løpande'),
        Sec('5. Alliansebygging og fagleg-politisk arbeid', 5),
        goal('Politikarane i Hol kjenner Fagforbundet sine krav til eldreomsorga.'),
        row('Møte med ordføraren og gruppeleiarane før budsjettet', 'Leiar', 'November 2024'),
        row('Arrangere 1. mai-frukost saman med LO i Hallingdal', 'Styret', '1. mai', 'f'),
        row('Valkampstand på Geilo før stortingsvalet 2025', 'Styret', 'August 2025'),
        Sec('6. Digitalisering', 6),
        goal('Alle tillitsvalde kan halde møte på Teams.'),
        row('Kveldskurs i digitale møte for nye tillitsvalde', 'Sekretær', 'Haust 2024'),
        row('Krevje opplæring før nye tryggleiksalarmar blir tekne i bruk', 'HTV', 'Løpande'),
        row('Hjelp med BankID for pensjonistar etter medlemsmøta', 'Pensjonistkontakt',
            'Vår 2025'),
        Sec('7. Anna', None),
        row('Styremøte kvar fjerde veke', 'Leiar', '', 'f', area=None),
        row('Førebu årsmøtet og skrive årsmelding', 'Styret', 'Januar 2025', '', area=None),
        row('Skidag med middag for medlemane på Geilo', 'Styret', 'Mars 2025', '', area=None),
        row('Blomar og gåve til medlemar med 25 års medlemskap', 'Kasserar', 'Løpande', '',
            area=None),
        row('Nyheitsbrev på e-post kvar månad', 'Sekretær', 'Månadleg', 'f', area=3),
        row('Støtte til solidaritetsarbeid i Palestina gjennom Norsk Folkehjelp', 'Kasserar',
            'Desember', '', area=None),
    ]
    p.table(rows, resp_col=1, dl_col=2, status_col=3)
    p.raw('Styret i Fagforbundet Hol')
    return p


HEADER = 'Fagforbundet Hol – handlingsplan 2024–2025'

STYLES = '''
<style:default-style style:family="paragraph">
 <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="nn" fo:country="NO" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
 <style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
 <style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
 <style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
 <style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
 <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
'''

AUTO = '''
<style:page-layout style:name="pm1">
 <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21.001cm" style:print-orientation="landscape" fo:margin-top="1.3cm" fo:margin-bottom="1.3cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.3cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="26.5cm" table:align="margins"/></style:style>
<style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties style:column-width="14.5cm"/></style:style>
<style:style style:name="Tbl.B" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
<style:style style:name="Tbl.C" style:family="table-column"><style:table-column-properties style:column-width="3.8cm"/></style:style>
<style:style style:name="Tbl.D" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
<style:style style:name="Tbl.H" style:family="table-cell"><style:table-cell-properties fo:background-color="#c00000" fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Tbl.S" style:family="table-cell"><style:table-cell-properties fo:background-color="#f2dcdb" fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Tbl.C1" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="PH" style:family="paragraph" style:parent-style-name="Table_20_Heading"><style:text-properties fo:color="#ffffff"/></style:style>
<style:style style:name="PS" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PG" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-style="italic"/></style:style>
'''

MASTER = ('<style:master-page style:name="Standard" style:page-layout-name="pm1">'
          '<style:header><text:p text:style-name="Header">%s</text:p></style:header>'
          '<style:footer><text:p text:style-name="Footer">Side <text:page-number '
          'text:select-page="current">1</text:page-number> av <text:page-count>2'
          '</text:page-count></text:p></style:footer></style:master-page>' % x(HEADER))


def tc(text, cst='Tbl.C1', pst='Table_20_Contents', span=1):
    sp = ' table:number-columns-spanned="%d"' % span if span > 1 else ''
    inner = ('<text:p text:style-name="%s">%s</text:p>' % (pst, x(text)) if text
             else '<text:p text:style-name="%s"/>' % pst)
    cov = '<table:covered-table-cell/>' * (span - 1)
    return ('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s'
            '</table:table-cell>%s' % (cst, sp, inner, cov))


def body(p):
    out = []
    for b in p.blocks:
        t = b['t']
        if t == 'title':
            out.append('<text:p text:style-name="Title">%s</text:p>' % x(b['text']))
        elif t == 'raw':
            out.append('<text:p text:style-name="Text_20_body">%s</text:p>' % x(b['text']))
        elif t == 'para':
            out.append('<text:p text:style-name="Text_20_body">%s</text:p>'
                       % x(' '.join(s.shown for s in b['segs'])))
        elif t == 'table':
            out.append('<table:table table:name="Handlingsplan" table:style-name="Tbl">')
            out += ['<table:table-column table:style-name="Tbl.%s"/>' % c for c in 'ABCD']
            for r in b['rows']:
                if isinstance(r, Hdr):
                    out.append('<table:table-header-rows><table:table-row>%s</table:table-row>'
                               '</table:table-header-rows>'
                               % ''.join(tc(h, 'Tbl.H', 'PH') for h in r.cells))
                elif isinstance(r, Sec):
                    out.append('<table:table-row>%s</table:table-row>'
                               % tc(r.text, 'Tbl.S', 'PS', 4))
                elif isinstance(r, Span):
                    out.append('<table:table-row>%s</table:table-row>'
                               % tc(r.content.shown, 'Tbl.C1', 'PG', 4))
                else:
                    cells = [c.shown if isinstance(c, (Item, Not)) else c for c in r]
                    out.append('<table:table-row>%s</table:table-row>'
                               % ''.join(tc(c) for c in cells))
            out.append('</table:table>')
    return '\n'.join(out)


def render(p, out, work):
    src = os.path.join(work, p.base + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fodt('Handlingsplan 2024–2025', STYLES, AUTO, MASTER, body(p), lang='nn'))
    pdf = soffice(src, 'pdf', work)
    data = pdftotext(pdf, layout=True)
    write_bytes(out, data)
    n = data.decode('utf-8').count('\f')
    p.residue = [HEADER] + ['Side %d av %d' % (k, n) for k in range(1, n + 1)]
