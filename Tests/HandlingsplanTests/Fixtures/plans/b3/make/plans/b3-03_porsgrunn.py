"""b3-03 Porsgrunn - bokmål; a plan laid out by LibreOffice in two newspaper
columns (a two-column section under a one-column title block), exported to PDF and
extracted with `pdftotext` (default reading-order mode).  Each area starts with a
short intro paragraph (situation, not items) and then one automatically numbered
list that mixes goals and measures: the kind is visible only from the wording
(an outcome / state -> localGoal, an activity -> measure)."""
from b3lib import Plan, G, M, X, fodt, x, soffice, pdftotext, write_bytes
import os


def build():
    p = Plan('b3-03_porsgrunn', 'txt',
             dict(union='Fagforbundet Porsgrunn', branch='241', periodFrom=2024, periodTo=2025,
                  adopted='2024-01-25', language='nb'),
             writer='LibreOffice 7.4 (FODT -> PDF, two-column section) + pdftotext 22.12 '
                    '(default mode)',
             fmt='text, UTF-8 (pdftotext)',
             styles='3 (two-column PDF, pdftotext) + 9 (intro paragraph + numbered list '
                    'mixing goals and measures)',
             structure='a/b: drifted area headings + two own sections; intro paragraph and '
                       'one numbered list per section',
             hard='text of a two-column PDF page: columns follow each other, page header '
                  'and "Side N" footer between pages, form feeds; list numbers "1." typed '
                  'into the text by the PDF; kind only from wording (no Mål/Tiltak labels); '
                  'intro paragraphs are situation prose; lines broken by the column width; '
                  'own sections "Drift av fagforeningen" (null and one area-3 item) and '
                  '"Solidaritet og sosialt"')
    p.title('Handlingsplan 2024–2025')
    p.raw('Fagforbundet Porsgrunn avd. 241')
    p.raw('Vedtatt på årsmøtet 25. januar 2024')
    p.para('Planen viser hva fagforeningen vil oppnå i perioden og hva vi skal gjøre for å '
           'komme dit.', 'Den er ordnet etter satsingsområdene i forbundets strategiplan.',
           one_column=True)

    p.heading('Heltid, likelønn og mindre forskjeller', 1, level=2)
    p.para('Deltid er fortsatt vanlig i helse- og omsorgstjenestene i Porsgrunn, og mange '
           'av medlemmene våre jobber i små stillinger.',
           'Kommunen vedtok en heltidserklæring i 2022, men lite har skjedd i turnusene.')
    p.list(G('Andelen medlemmer med hel stilling i hjemmetjenesten øker hvert år.'),
           M('Kreve at heltidserklæringen følges opp med en tiltaksplan for hver enhet.'),
           M('Tilby medlemmer i små stillinger en samtale med tillitsvalgt om rett til økt '
             'stilling.'),
           G('Ingen medlemmer skal være midlertidig ansatt i mer enn ett år uten at det '
             'finnes en lovlig grunn.'),
           M('Holde kurs om pensjon for medlemmer i private barnehager og i Porsgrunn '
             'kirkelige fellesråd.'),
           numbered=True)

    p.heading('Offentlige tjenester med egne ansatte', 2, level=2)
    p.para('Kommunen kjøper i dag både nattjenester og rengjøring fra private selskaper.',
           'Flertallet i bystyret har varslet en gjennomgang av tjenestene i 2024.')
    p.list(G('Rengjøringen på skolene tas tilbake i egen regi innen 2025.'),
           M('Lage et notat om kostnadene ved privat renhold til formannskapet.'),
           M('Skolere tillitsvalgte i reglene om virksomhetsoverdragelse.'),
           G('Kommunen bruker ikke vikarbyrå i sykehjemmene.'),
           numbered=True)

    p.heading('Organisasjonsbygging og tariffmakt', 3, level=2)
    p.para('Fagforeningen har rundt 2 300 medlemmer, men organisasjonsgraden i de private '
           'barnehagene er lav.')
    p.list(G('Organisasjonsgraden i de private barnehagene skal opp med ti prosentpoeng.'),
           M('Besøke alle private barnehager med materiell og kaffe i løpet av våren.'),
           M('Arrangere felles skolering for nye tillitsvalgte sammen med Fagforbundet Skien.'),
           G('Alle klubber skal ha et årsmøte med valg.'),
           M('Følge opp innmeldte med velkomstsamtale og invitasjon til medlemsmøte.'),
           M('Sende ut SMS til medlemmene før hvert medlemsmøte.'),
           numbered=True)

    p.heading('Fag- og tjenesteutvikling', 4, level=2)
    p.para('Mange assistenter i skole og barnehage mangler formell utdanning.')
    p.list(G('Tjue assistenter starter på fagbrev gjennom praksiskandidatordningen.'),
           M('Samarbeide med voksenopplæringen om teorikurs for praksiskandidater.'),
           M('Holde en fagdag for ansatte i skolefritidsordningen.'),
           G('Alle lærlinger i kommunen får besøk av ungdomstillitsvalgt.'),
           numbered=True)

    p.heading('Fagligpolitisk arbeid og allianser', 5, level=2)
    p.para('Stortingsvalget i 2025 avgjør mye for kommuneøkonomien og offentlig sektor.')
    p.list(G('Fagforeningen har et fast samarbeidsmøte med Porsgrunn Arbeiderparti og SV.'),
           M('Invitere de lokale stortingskandidatene til debatt om velferdsstaten.'),
           M('Stille med appellant når fagbevegelsen markerer 1. mai i Porsgrunn.'),
           M('Sende høringsuttalelse når eldreplanen behandles.'),
           numbered=True)

    p.heading('Digitalisering', 6, level=2)
    p.para('Kommunen innfører digitalt tilsyn og medisindispensere i hjemmetjenesten.')
    p.list(G('Ansatte får opplæring i arbeidstiden før ny velferdsteknologi tas i bruk.'),
           M('Kreve at arbeidsmiljøutvalget behandler innføringen av medisindispensere.'),
           M('Kurs for tillitsvalgte i digitale møter og Tillitsvalgtportalen.'),
           numbered=True)

    p.heading('Drift av fagforeningen', None, level=2)
    p.para('Styret har ni medlemmer og et arbeidsutvalg på tre.')
    p.list(M('Styremøte hver tredje uke, unntatt i ferier.', area=None),
           M('Føre regnskapet i Fagforbundets regnskapssystem og få det revidert før årsmøtet.',
             area=None),
           M('Legge ut nyheter fra fagforeningen på Facebook hver uke.', area=3),
           M('Styret evaluerer handlingsplanen i desember.', area=None),
           numbered=True)

    p.heading('Solidaritet og sosialt', None, level=2)
    p.list(M('Sommerfest for medlemmer og familie i Langangen.', area=None),
           M('Fortsette det faste bidraget til Fagforbundets solidaritetsfond.', area=None),
           M('Juleavslutning for pensjonistene.', area=None),
           numbered=True)
    return p


HEADER = 'Fagforbundet Porsgrunn · Handlingsplan 2024–2025'

STYLES = '''
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
 <style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="nb" fo:country="NO" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
 <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
 <style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
 <style:text-properties fo:font-size="18pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
 <style:text-properties fo:font-size="12.5pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:class="chapter">
 <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="22pt"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
 <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
 <style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
 <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list">
 <style:paragraph-properties fo:margin-bottom="0.12cm"/></style:style>
<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">
 <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
   <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/>
  </style:list-level-properties></text:list-level-style-number>
</text:list-style>
'''

AUTO = '''
<style:page-layout style:name="pm1">
 <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="Sect2" style:family="section">
 <style:section-properties text:dont-balance-text-columns="false">
  <style:columns fo:column-count="2" fo:column-gap="0.9cm"/></style:section-properties></style:style>
<style:style style:name="P_intro" style:family="paragraph" style:parent-style-name="Text_20_body">
 <style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-style="italic"/></style:style>
'''

MASTER = ('<style:master-page style:name="Standard" style:page-layout-name="pm1">'
          '<style:header><text:p text:style-name="Header">%s</text:p></style:header>'
          '<style:footer><text:p text:style-name="Footer">Side <text:page-number '
          'text:select-page="current">1</text:page-number></text:p></style:footer>'
          '</style:master-page>' % x(HEADER))


def body(p):
    top, cols = [], []
    for b in p.blocks:
        t = b['t']
        if t == 'title':
            top.append('<text:p text:style-name="Title">%s</text:p>' % x(b['text']))
        elif t == 'raw':
            top.append('<text:p text:style-name="Subtitle">%s</text:p>' % x(b['text']))
        elif t == 'para':
            s = ' '.join(seg.shown for seg in b['segs'])
            if b.get('one_column'):
                top.append('<text:p text:style-name="P_intro">%s</text:p>' % x(s))
            else:
                cols.append('<text:p text:style-name="Text_20_body">%s</text:p>' % x(s))
        elif t == 'heading':
            cols.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s'
                        '</text:h>' % x(b['text']))
        elif t == 'list':
            cols.append('<text:list text:style-name="Numbering_20_123">')
            for _, e in b['entries']:
                cols.append('<text:list-item><text:p text:style-name="List_20_Paragraph">%s'
                            '</text:p></text:list-item>' % x(e.shown))
            cols.append('</text:list>')
    return ('\n'.join(top) + '\n<text:section text:style-name="Sect2" text:name="Spalter">\n'
            + '\n'.join(cols) + '\n</text:section>\n<text:p text:style-name="Standard"/>')


def render(p, out, work):
    src = os.path.join(work, p.base + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fodt('Handlingsplan 2024–2025', STYLES, AUTO, MASTER, body(p)))
    pdf = soffice(src, 'pdf', work)
    data = pdftotext(pdf)
    write_bytes(out, data)
    pages = data.decode('utf-8').count('\f')
    p.residue = [HEADER] + ['Side %d' % k for k in range(1, pages + 1)]
