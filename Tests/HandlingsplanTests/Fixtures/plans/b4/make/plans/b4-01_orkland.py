"""b4-01 Orkland - the national template filled in by the branch in Word.

python-docx with a real numbering part: the branch's goals are a numbered list
(Word automatic numbering, decimal "%1." at ilvl 0, restarted in every area) with
the measures as bullets at ilvl 1 of the same list; the national Hovedmål are a
separate bullet list; the template's italic instruction sentences are partly left
in; area headings have drifted."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from b4lib import Plan, N, G, M, X, docx_numbering_add, docx_num_add, docx_set_num  # noqa: E402
import national as NAT  # noqa: E402

NB = NAT.NB
INSTR = 'Slett hjelpeteksten i kursiv før planen sendes til fylkeskretsen.'


def build():
    p = Plan('b4-01', 'orkland', 'docx',
             dict(union='Fagforbundet Orkland', branch='284', periodFrom=2024, periodTo=2025,
                  adopted='2024-02-06', language='nb'),
             fmt='DOCX', writer='python-docx 1.2.0 (Word-like numbering part)',
             styles='1 (national template filled in in Word: numbered goals + bullet measures, '
                    'two list levels of one w:abstractNum)',
             structure='a: template headings (drifted) + Hovedmål + numbered goals with bullet measures; own section 7',
             hard='goal/measure only from w:ilvl 0/1 of one auto-numbered list (numbers not in the text, '
                  'numbering restarted per area through w:lvlOverride); Hovedmål bullets are a second list; '
                  'template instruction sentences left in some areas (italic Normal paragraphs, one of them '
                  'an invented "Slett hjelpeteksten ..." and "Skriv inn egne tiltak." after a list); intro '
                  'lists the six areas as an auto-numbered list; area 2 and 6 without Hovedmål; drifted '
                  'headings ("Heltid og lønn", "Egne ansatte i kommunen", "Organisasjon, verving og '
                  'tariff", "Digitalisering og velferdsteknologi"); own section 7 mapped by content '
                  '(null and 3)')
    p.title('Handlingsplan 2024–2025')
    p.raw('Fagforbundet Orkland avd. 284', style='Subtitle')
    p.raw('Vedtatt på årsmøtet 6. februar 2024')
    p.sub('Innledning', level=1)
    p.para('Handlingsplanen bygger på Fagforbundets strategiplan for 2024–2025 og malen som '
           'forbundet har sendt ut.', 'Styret har fylt inn fagforeningens egne mål og tiltak under '
           'hvert område.')
    p.para(X(INSTR), italic=True)
    p.para('Strategiplanen prioriterer disse områdene:')
    p.bullets('Heltid, likelønn og kampen for mindre forskjeller',
              'Gode offentlige tjenester med egne ansatte',
              'Organisasjonsbygging og tariffmakt',
              'Fag- og tjenesteutvikling',
              'Alliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid',
              'Digitalisering', numbered=True)

    def hoved(*goals):
        p.sub('Hovedmål 2024–2025')
        p.bullets(*[N(g) for g in goals], kind='bullet')

    def own(*entries, template=None):
        p.sub('Fagforeningens mål og tiltak')
        if template:
            p.para(X(template), italic=True)
        p.bullets(*entries, kind='outline')

    # 1 -------------------------------------------------------------------
    p.heading('Heltid og lønn', 1)
    hoved(NB[1][0], NB[1][1], NB[1][2])
    own(G('Andelen medlemmer i Orkland kommune som jobber heltid skal øke fra 41 til 50 prosent '
          'innen utgangen av 2025.'),
        (1, M('Hente ut tall for stillingsstørrelser fra lønnssystemet to ganger i året.')),
        (1, M('Ta opp bemanningsplanene for Orkdal helsetun i drøftingsmøter med enhetslederne.')),
        (1, M('Gi medlemmer med ufrivillig deltid råd om fortrinnsretten i arbeidsmiljøloven.')),
        G('Medlemmene våre kjenner rettighetene sine i offentlig tjenestepensjon og AFP.'),
        (1, M('Pensjonskveld med KLP for medlemmer over 55 år høsten 2024.')),
        (1, M('Forklare endringene i AFP i nyhetsbrevet før hvert årsskifte.')),
        template=NAT.TEMPLATE_GOALS)

    # 2 -------------------------------------------------------------------
    p.heading('Egne ansatte i kommunen', 2)
    own(G('Renholdet i Orkland kommune skal fortsatt utføres av kommunalt ansatte renholdere.'),
        (1, M('Kreve at hovedtillitsvalgt deltar i arbeidsgruppen for ny renholdsplan.')),
        (1, M('Følge med på kommunens innkjøpsplan og si fra til styret om planlagte anbud.')),
        G('Bruken av innleid personell fra bemanningsbyrå i helse og omsorg skal ned.'),
        (1, M('Be kommunedirektøren om kvartalsvis rapport om innleie i sykehjemmene.')))
    p.para(X(NAT.TEMPLATE_OWN), italic=True)

    # 3 -------------------------------------------------------------------
    p.heading('Organisasjon, verving og tariff', 3)
    hoved(NB[3][0], NB[3][1], NB[3][2])
    own(G('Fagforeningen skal passere 1 300 medlemmer før årsmøtet i 2026.'),
        (1, M('Vervestand på Orkanger sentrum under Fagforbundets verveuker i september.')),
        (1, M('Sende velkomstbrev og invitasjon til medlemskurs til alle nye medlemmer.')),
        (1, M('Ringe medlemmer som melder seg ut, for å finne årsaken.')),
        G('Alle enheter med mer enn ti medlemmer har en valgt plasstillitsvalgt.'),
        (1, M('Lage oversikt over enheter uten tillitsvalgt innen 1. mai 2024.')),
        (1, M('Arrangere grunnopplæring for nye plasstillitsvalgte på Fannrem i mars og oktober.')),
        G('Lærlingene i kommunen blir kjent med Fagforbundet i løpet av første læreår.'),
        (1, M('Besøke lærlingene sammen med ungdomstillitsvalgt i fylket hvert høsthalvår.')),
        template=NAT.TEMPLATE_GOALS_SHORT)

    # 4 -------------------------------------------------------------------
    p.heading('Fag og kompetanse', 4)
    hoved(NB[4][0], NB[4][1])
    own(G('Helse og omsorg i Orkland får en kompetanseplan som følges opp med penger i budsjettet.'),
        (1, M('Kreve at tillitsvalgte får delta når kompetanseplanen rulleres.')),
        (1, M('Kartlegge hvor mange assistenter som ønsker å ta fagbrev på grunnlag av praksis.')),
        G('Flere læreplasser i helsearbeiderfaget og barne- og ungdomsarbeiderfaget.'),
        (1, M('Legge fram tall for læreplasser i møte med kommunalsjefene for oppvekst og helse.')),
        G('Yrkesgruppene våre blir sett og verdsatt.'),
        (1, M('Markere helsefagarbeiderdagen med kaffe og kake på alle sykehjem.')),
        (1, M('Fagkveld for renholdere og driftsoperatører om nye rengjøringsmetoder.')))

    # 5 -------------------------------------------------------------------
    p.heading('Politisk påvirkning og samarbeid', 5)
    hoved(NB[5][1])
    own(G('Fagforbundets saker skal være synlige i valgkampen før stortingsvalget 2025.'),
        (1, M('Lage valgkampmateriell med lokale krav om heltid og egenregi.')),
        (1, M('Arrangere debatt med de lokale listetoppene i august 2025.')),
        G('Vi har faste møter med de partiene vi samarbeider med.'),
        (1, M('Møte Orkland Arbeiderparti og SV før kommunebudsjettet legges fram.')),
        (1, M('Stille med appell og fane i 1. mai-toget på Orkanger.')),
        template=NAT.TEMPLATE_GOALS)

    # 6 -------------------------------------------------------------------
    p.heading('Digitalisering og velferdsteknologi', 6)
    own(G('Alle tillitsvalgte kan delta på digitale møter og finne avtaler på nett.'),
        (1, M('Opplæring i Teams og Tillitsvalgtportalen på første tillitsvalgtsamling.')),
        (1, M('Kreve at tillitsvalgte tas med før kommunen kjøper inn ny velferdsteknologi.')),
        G('Ingen pensjonistmedlemmer skal stå uten hjelp med BankID og digital post.'),
        (1, M('Digital kafé for pensjonister på Orkanger bibliotek fire ganger i året.')))

    # 7 -------------------------------------------------------------------
    p.heading('Annet arbeid i fagforeningen', None)
    p.para(X(NAT.TEMPLATE_OTHER), italic=True)
    p.bullets(G('God og forutsigbar drift av fagforeningen.', None),
              (1, M('Styremøte den første tirsdagen i hver måned.', None)),
              (1, M('Regnskapet føres løpende og revideres før årsmøtet.', None)),
              G('Medlemmene får jevnlig informasjon fra fagforeningen.', 3),
              (1, M('Legge ut nyheter fra fagforeningen på Facebook hver uke.', 3)),
              G('Et sosialt fellesskap for medlemmene.', None),
              (1, M('Førjulsfest for medlemmer og ledsagere på Orkanger i desember.', None)),
              (1, M('Medlemstur til Trollheimen i juni 2025.', None)),
              G('Fagforeningen viser solidaritet utover egen kommune.', None),
              (1, M('Gi 10 000 kroner til Fagforbundets solidaritetsfond hvert år.', None)),
              kind='outline')
    return p


# ----------------------------------------------------------------- render
ABS_OUTLINE = '''<w:abstractNum w:abstractNumId="0">
 <w:nsid w:val="3A5C21D4"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="9B6A0E1C"/>
 <w:lvl w:ilvl="0" w:tplc="0414000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
 <w:lvl w:ilvl="1" w:tplc="04140001"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>
 <w:lvl w:ilvl="2" w:tplc="0414001B" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/><w:lvlJc w:val="right"/><w:pPr><w:ind w:left="2160" w:hanging="180"/></w:pPr></w:lvl>
</w:abstractNum>'''

ABS_BULLET = '''<w:abstractNum w:abstractNumId="0">
 <w:nsid w:val="5E2B7A90"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="C41E5D2A"/>
 <w:lvl w:ilvl="0" w:tplc="04140001"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>
 <w:lvl w:ilvl="1" w:tplc="04140003" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl>
</w:abstractNum>'''

ABS_DECIMAL = '''<w:abstractNum w:abstractNumId="0">
 <w:nsid w:val="1F0D6C38"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="7D2E9A14"/>
 <w:lvl w:ilvl="0" w:tplc="0414000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>'''


def render(plan, out, work):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.title = 'Handlingsplan 2024–2025'
    d.core_properties.author = 'Fagforbundet Orkland'
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    docx_numbering_add(d, ABS_OUTLINE, 20)
    docx_numbering_add(d, ABS_BULLET, 21)
    docx_numbering_add(d, ABS_DECIMAL, 22)

    for b in plan.blocks:
        t = b['t']
        if t == 'title':
            d.add_paragraph(b['text'], style='Title')
        elif t == 'raw':
            par = d.add_paragraph(style=b.get('style', 'Normal'))
            par.add_run(b['text'])
        elif t == 'heading':
            d.add_heading(b['text'], level=b['level'])
        elif t == 'para':
            par = d.add_paragraph()
            r = par.add_run(' '.join(s.text for s in b['segs']))
            if b.get('italic'):
                r.italic = True
        elif t == 'list':
            if b.get('numbered'):
                nid = docx_num_add(d, 22, restart_levels=(0,))
            elif b.get('kind') == 'bullet':
                nid = docx_num_add(d, 21)
            else:
                nid = docx_num_add(d, 20, restart_levels=(0,))
            for lvl, e in b['entries']:
                par = d.add_paragraph(e.text, style='List Paragraph')
                docx_set_num(par, nid, lvl)
        else:
            raise ValueError(t)
    d.save(out)
