"""b3-05 Halden - bokmål; ODT whose headings are numbered by LibreOffice's outline
numbering ("1.", "2.1" - the numbers are not in the text) and whose goals and
measures stand in tables Mål | Tiltak | Ansvar | Frist where one Tiltak cell holds a
bullet list of several measures (each bullet is an item of its own; the row's Ansvar
and Frist apply to each).  Written as flat ODT and saved as ODT by LibreOffice."""
import os

from b3lib import Plan, G, M, X, Hdr, Item, Not, cell_list, fodt, x, soffice
import shutil


def build():
    p = Plan('b3-05_halden', 'odt',
             dict(union='Fagforbundet Halden', branch='113', periodFrom=2024, periodTo=2025,
                  adopted='2024-01-30', language='nb'),
             writer='LibreOffice 7.4 (flat ODT -> ODT)',
             fmt='ODT',
             styles='5 (outline-numbered headings, bullet lists inside table cells)',
             structure='a+c: numbered level-1 headings, area level-2 headings (2.1-2.6) each '
                       'with a table Mål | Tiltak | Ansvar | Frist; own level-1 section with a '
                       'table Tiltak | Ansvar | Frist',
             hard='heading numbers 1. / 2.1 only from the outline numbering (not text); the '
                  'areas are level-2 headings under a level-1 heading "Våre satsingsområder"; '
                  'a Tiltak cell holds a bulleted list of 2-3 measures, each an item with the '
                  'row\'s Ansvar / Frist; rows without a goal; one Tiltak cell that is a plain '
                  'paragraph; table header rows; own section 3 with null items, one area-3 '
                  'item and social rows in one cell')
    p.title('Handlingsplan 2024–2025')
    p.raw('Fagforbundet Halden avd. 113')
    p.raw('Vedtatt på årsmøtet 30. januar 2024')
    p.heading('Innledning', level=1, section=False)
    p.para('Fagforbundet Halden organiserer ansatte i kommunen, i private barnehager og i '
           'flere private virksomheter.',
           'Handlingsplanen viser målene for perioden og tiltakene som skal bringe oss dit.',
           'Ansvar og frist er satt av styret og kan justeres underveis.')
    p.heading('Våre satsingsområder', level=1, section=False)
    H = Hdr('Mål', 'Tiltak', 'Ansvar', 'Frist')

    p.heading('Heltid og likelønn for alle', 1, level=2)
    p.table([H,
             [G('Hel stilling er hovedregelen når Halden kommune lyser ut stillinger.'),
              [M('Delta i partssammensatt arbeidsgruppe for heltid'),
               M('Kreve årlig rapport om stillingsstørrelser i helse og omsorg'),
               M('Følge opp at fortrinnsretten for deltidsansatte blir respektert')],
              'HTV', 'Løpende'],
             [G('Lønnsutviklingen for fagarbeidere følger resten av kommunen.'),
              [M('Forberede krav til lokale forhandlinger sammen med klubbene'),
               M('Evaluere lønnsoppgjøret med de tillitsvalgte hver høst')],
              'Forhandlingsutvalget', 'Høsten 2024'],
             ['', M('Medlemsmøte om AFP og ny offentlig tjenestepensjon'), 'Styret',
              'Mars 2025'],
             ], resp_col=2, dl_col=3)

    p.heading('Egne ansatte i offentlige tjenester', 2, level=2)
    p.table([H,
             [G('Kommunens tjenester drives av egne ansatte, også nattjenestene i '
                'omsorgsboligene.'),
              [M('Kartlegge bruken av innleie fra bemanningsbyrå i sykehjemmene'),
               M('Informere politikerne om konsekvensene av anbud i renholdet')],
              'Leder, HTV', 'Juni 2024'],
             [G('Trepartssamarbeidet brukes når tjenester skal endres.'),
              [M('Be om at trepartssamarbeid tas inn i kommunens arbeidsgiverstrategi')],
              'HTV', '2025'],
             ], resp_col=2, dl_col=3)

    p.heading('Organisasjon og tariffmakt', 3, level=2)
    p.table([H,
             [G('Fagforeningen øker fra 2 650 til 2 800 medlemmer.'),
              [M('Vervekonkurranse mellom klubbene med premie til beste klubb'),
               M('Stand på Høgskolen i Østfold i Remmen under studiestart'),
               M('Telefon til alle som melder seg ut, for å finne årsaken')],
              'Vervekontakt', 'Hvert semester'],
             [G('Alle tillitsvalgte har fullført grunnskolering innen to år.'),
              [M('Oversikt over skolering per tillitsvalgt i styremøtene'),
               M('Mentorordning der erfarne tillitsvalgte følger opp nye')],
              'Opplæringsansvarlig', 'Løpende'],
             ], resp_col=2, dl_col=3)

    p.heading('Fag og kompetanse', 4, level=2)
    p.table([H,
             [G('Flere ufaglærte i renhold og kjøkken tar fagbrev.'),
              [M('Samarbeide med kommunen om fagbrev på jobb for renholdere'),
               M('Informere om Fagforbundets stipend til etter- og videreutdanning')],
              'Seksjon samferdsel og teknisk', '2025'],
             [G('Det finnes en kompetanseplan i alle sektorer.'),
              [M('Etterspørre kompetanseplanene i møtene med sektorlederne')],
              'HTV', 'Desember 2024'],
             ], resp_col=2, dl_col=3)

    p.heading('Politisk påvirkning og allianser', 5, level=2)
    p.table([H,
             [G('Fagforeningen blir hørt før viktige vedtak i bystyret.'),
              [M('Faste møter med ordføreren to ganger i året'),
               M('Samarbeidsavtale med Halden Arbeiderparti og Rødt'),
               M('Egen parole i 1. mai-toget')],
              'Leder', 'Løpende'],
             ['', M('Valgkampaktivitet ved kjøpesentrene før stortingsvalget'), 'Styret',
              'September 2025'],
             ], resp_col=2, dl_col=3)

    p.heading('Digitalisering', 6, level=2)
    p.table([H,
             [G('Tillitsvalgte får opplæring når kommunen tar i bruk nye digitale systemer.'),
              [M('Kreve drøfting før innføring av nytt turnusprogram'),
               M('Lage en sjekkliste for tillitsvalgte om personvern ved ny teknologi')],
              'HTV', '2024'],
             [G('Medlemmer uten digital erfaring får hjelp.'),
              [M('Hjelpekveld med Vipps, BankID og digital postkasse for pensjonister')],
              'Pensjonistutvalget', 'Vår 2024'],
             ], resp_col=2, dl_col=3)

    p.heading('Drift av fagforeningen', None, level=1)
    p.table([Hdr('Tiltak', 'Ansvar', 'Frist'),
             [[M('Styremøter annenhver uke', area=None),
               M('Arbeidsutvalget møtes ved behov', area=None)], 'Leder', 'Løpende'],
             [[M('Regnskapsrapport til styret hver måned', area=None),
               M('Regnskapet sendes til revisor i god tid før årsmøtet', area=None)],
              'Kasserer', 'Januar 2025'],
             [M('Oppdatere nettsiden og Facebook-gruppen jevnlig', area=3),
              'Informasjonsansvarlig', 'Løpende'],
             [[M('Sommerfest for medlemmer på Fredriksten festning', area=None),
               M('Bowling for tillitsvalgte i november', area=None),
               M('Innsamling til Leger uten grenser i desember', area=None)],
              'Styret', 'Se årshjulet'],
             ], resp_col=1, dl_col=2)
    p.raw('Halden, 30. januar 2024')
    return p


# ----------------------------------------------------------------- writer
STYLES = '''
<style:default-style style:family="paragraph">
 <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="nb" fo:country="NO"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
 <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>
 <style:text-properties fo:font-weight="bold" fo:color="#1f4e79"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
 <style:text-properties fo:font-size="15pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
 <style:text-properties fo:font-size="12.5pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
 <style:text-properties fo:font-size="22pt"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
 <style:text-properties fo:font-weight="bold"/></style:style>
<text:outline-style style:name="Outline">
 <text:outline-level-style text:level="1" style:num-suffix="." style:num-format="1">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
   <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.76cm" fo:text-indent="-0.76cm" fo:margin-left="0.76cm"/></style:list-level-properties></text:outline-level-style>
 <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
   <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.02cm" fo:text-indent="-1.02cm" fo:margin-left="1.02cm"/></style:list-level-properties></text:outline-level-style>
</text:outline-style>
<text:list-style style:name="List_20_1" style:display-name="List 1">
 <text:list-level-style-bullet text:level="1" text:bullet-char="•">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
   <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.4cm" fo:text-indent="-0.4cm" fo:margin-left="0.4cm"/></style:list-level-properties></text:list-level-style-bullet>
</text:list-style>
'''

AUTO = '''
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties style:column-width="4.8cm"/></style:style>
<style:style style:name="Tbl.B" style:family="table-column"><style:table-column-properties style:column-width="6.6cm"/></style:style>
<style:style style:name="Tbl.C" style:family="table-column"><style:table-column-properties style:column-width="3.0cm"/></style:style>
<style:style style:name="Tbl.D" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
<style:style style:name="Tbl.A1" style:family="table-cell"><style:table-cell-properties fo:background-color="#deeaf6" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Tbl.A2" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
'''

MASTER = '<style:master-page style:name="Standard" style:page-layout-name="pm1"/>'


def cell(content, header=False):
    sty = 'Tbl.A1' if header else 'Tbl.A2'
    ents = cell_list(content)
    if isinstance(content, list):
        inner = '<text:list text:style-name="List_20_1">%s</text:list>' % ''.join(
            '<text:list-item><text:p text:style-name="Table_20_Contents">%s</text:p>'
            '</text:list-item>' % x(e.shown) for e in ents)
    else:
        s = content.shown if isinstance(content, (Item, Not)) else (content or '')
        pst = 'Table_20_Heading' if header else 'Table_20_Contents'
        inner = '<text:p text:style-name="%s">%s</text:p>' % (pst, x(s)) if s else \
            '<text:p text:style-name="%s"/>' % pst
    return ('<table:table-cell table:style-name="%s" office:value-type="string">%s'
            '</table:table-cell>' % (sty, inner))


def table(b, k):
    rows = b['rows']
    ncol = len(rows[0].cells)
    cols = 'ABCD' if ncol == 4 else 'BCD'
    out = ['<table:table table:name="Tabell%d" table:style-name="Tbl">' % k]
    out += ['<table:table-column table:style-name="Tbl.%s"/>' % c for c in cols]
    out.append('<table:table-header-rows><table:table-row>%s</table:table-row>'
               '</table:table-header-rows>' % ''.join(cell(h, True) for h in rows[0].cells))
    for r in rows[1:]:
        out.append('<table:table-row>%s</table:table-row>' % ''.join(cell(c) for c in r))
    out.append('</table:table>')
    return '\n'.join(out)


def body(p):
    out = []
    k = 0
    for b in p.blocks:
        t = b['t']
        if t == 'title':
            out.append('<text:p text:style-name="Title">%s</text:p>' % x(b['text']))
        elif t == 'raw':
            out.append('<text:p text:style-name="Text_20_body">%s</text:p>' % x(b['text']))
        elif t == 'para':
            out.append('<text:p text:style-name="Text_20_body">%s</text:p>'
                       % x(' '.join(s.shown for s in b['segs'])))
        elif t == 'heading':
            out.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s'
                       '</text:h>' % (b['level'], b['level'], x(b['text'])))
        elif t == 'table':
            k += 1
            out.append(table(b, k))
    return '\n'.join(out)


def render(p, out, work):
    src = os.path.join(work, p.base + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fodt('Handlingsplan 2024–2025', STYLES, AUTO, MASTER, body(p)))
    od = os.path.join(work, 'out')
    os.makedirs(od)
    res = soffice(src, 'odt', od)
    shutil.copyfile(res, out)
