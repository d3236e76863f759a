"""b4-03 Røros - one table per area: Nr. | Tiltak | Ansvar | Tidsramme | Merknad.

Some rows are goal rows: the Nr. cell is empty and the goal stands in bold in a
Tiltak cell that spans the four remaining columns; the measures after it are
numbered 1.1, 1.2 ... by hand.  Written as flat ODT and converted to ODT by
LibreOffice headless (covered-table-cell for the spanned columns)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from b4lib import Plan, G, M, Span, Fodt, soffice, copy  # noqa: E402

HEAD = ['Nr.', 'Tiltak', 'Ansvar', 'Tidsramme', 'Merknad']


def build():
    p = Plan('b4-03', 'roros', 'odt',
             dict(union='Fagforbundet Røros', branch='162', periodFrom=2024, periodTo=2025,
                  adopted='2024-02-13', language='nb'),
             fmt='ODT', writer='LibreOffice 7.4 headless: flat ODT -> ODT',
             styles='3 (table per area: Nr. | Tiltak | Ansvar | Tidsramme | Merknad, bold goal rows '
                    'spanning the row)',
             structure='c: numbered area headings + one 5-column table per area; own section 7',
             hard='goal rows: empty Nr. cell + bold Tiltak cell spanning four columns '
                  '(table:number-columns-spanned + covered cells) are localGoal, the numbered rows '
                  'are measures with Ansvar -> responsible and Tidsramme -> deadline; the Nr. column '
                  '("2.3") must not become part of the text; Merknad values (budget, legal reference, '
                  'status) are not items; empty Ansvar / Tidsramme / Merknad cells; tables 2, 5 and 7 have '
                  'no goal row; the Tidsramme "1. mai" and the Nr. values are cell residue; '
                  'header row repeated (table:table-header-rows); own table "7 Drift av fagforeningen" '
                  'mapped by content (null and one information row -> 3)')
    p.title('Handlingsplan for Fagforbundet Røros 2024–2025')
    p.raw('Fagforbundet Røros avd. 162')
    p.raw('Vedtatt av årsmøtet 13.02.2024')
    p.para('Tabellene viser hva fagforeningen skal gjøre innenfor hvert av Fagforbundets seks '
           'satsingsområder.', 'Uthevede rader er mål, og tiltakene under målet er nummerert.',
           'Merknadsfeltet brukes av styret når planen evalueres.')

    def tab(*rows):
        p.table(HEAD, list(rows), resp_col=2, dl_col=3, note_cols=(4,))

    p.heading('1 Heltid, likelønn og mindre forskjeller', 1)
    tab(['', Span(G('Flere medlemmer i Røros kommune får tilbud om hele stillinger.'), 4)],
        ['1.1', M('Be om drøfting av turnusen ved Røros sykehjem før hver ny turnusperiode.'),
         'HTV', 'Før 1. mars hvert år', ''],
        ['1.2', M('Kreve at deltidsansatte får tilbud om utvidet stilling før eksterne utlysninger.'),
         'Plasstillitsvalgte', 'Løpende', 'Fortrinnsrett etter aml. § 14-3'],
        ['', Span(G('Medlemmene har oversikt over pensjonen sin.'), 4)],
        ['1.3', M('Kurs om tjenestepensjon og AFP for medlemmer som nærmer seg 62 år.'),
         'Leder', 'Høsten 2024', 'Budsjett 8 000 kr'],
        ['1.4', M('Lønnsstatistikk for kvinnedominerte yrker til de lokale forhandlingene.'),
         'HTV', 'Mai 2024', ''])

    p.heading('2 Offentlige tjenester i egen regi', 2)
    tab(['2.1', M('Kartlegge hvilke tjenester Røros kommune kjøper fra private aktører.'),
         'Styret', 'Innen juni 2024', ''],
        ['2.2', M('Arbeide for at brøyting og veivedlikehold fortsatt utføres av kommunens egne '
                  'driftsarbeidere.'), 'Leder og seksjon samferdsel og teknisk', '2024–2025', ''],
        ['2.3', M('Kreve at bruk av vikarbyrå i helsetjenesten tas opp i arbeidsmiljøutvalget.'),
         'HVO', 'Halvårlig', 'Sak til AMU i april'])

    p.heading('3 Organisasjonsbygging og tariffmakt', 3)
    tab(['', Span(G('Minst 40 nye medlemmer hvert år i perioden.'), 4)],
        ['3.1', M('Verveaksjon på arbeidsplassene i forbundsukene.'), 'Verveansvarlig',
         'Uke 38–39', ''],
        ['3.2', M('Invitere nye medlemmer til velkomstmøte med servering.'), 'Leder',
         'To ganger i året', ''],
        ['', Span(G('Alle tillitsvalgte har gjennomført grunnskolering innen ett år etter valget.'), 4)],
        ['3.3', M('Melde nye tillitsvalgte på trinn 1 i fylkets kursprogram.'),
         'Opplæringsansvarlig', 'Fortløpende', ''],
        ['3.4', M('Tillitsvalgtsamling over to dager på Os.'), 'Styret', 'November 2024',
         'Budsjett 35 000 kr'],
        ['3.5', M('Finne ut hvilke renholdsbedrifter og private omsorgsbedrifter på Røros som står '
                  'uten tariffavtale.'), 'Nestleder', 'Høsten 2024', 'Samarbeid med fylkeskretsen'])

    p.heading('4 Fag- og tjenesteutvikling', 4)
    tab(['', Span(G('Flere ansatte i kommunen tar fagbrev.'), 4)],
        ['4.1', M('Kveldsmøte for ufaglærte som vurderer å ta fagbrev på jobb.'),
         'Seksjon helse og sosial', 'Vår 2024', ''],
        ['4.2', M('Be om at kommunens kompetanseplan inneholder tall for læreplasser hvert år.'),
         'HTV', 'Budsjettbehandlingen', ''],
        ['4.3', M('Fagdag om demens for helsefagarbeidere og assistenter i hjemmetjenesten.'),
         'Seksjon helse og sosial', 'Oktober 2024', 'Gjennomført 2023, gjentas'],
        ['4.4', M('Markere barnehagedagen med besøk i alle kommunale barnehager.'),
         'Seksjon kirke, kultur og oppvekst', 'Mars', ''])

    p.heading('5 Alliansebygging og politisk påvirkning', 5)
    tab(['5.1', M('Invitere ordføreren og lederne av partigruppene til møte om budsjettet hver høst.'),
         'Leder', 'September', ''],
        ['5.2', M('Arrangere 1. mai-frokost på Røros sammen med de andre LO-forbundene.'),
         'Styret', '1. mai', ''],
        ['5.3', M('Skrive leserinnlegg i Arbeidets Rett om heltid og egenregi i valgkampen.'),
         'Informasjonsansvarlig', 'August 2025', ''],
        ['5.4', M('Sende SMS til alle medlemmer med påminnelse om å bruke stemmeretten.'),
         'Sekretær', 'September 2025', 'Stortingsvalget 8. september'])

    p.heading('6 Digitalisering', 6)
    tab(['', Span(G('Ansatte og tillitsvalgte er med når ny teknologi tas i bruk i helse og '
                    'omsorg.'), 4)],
        ['6.1', M('Kreve at innføring av digitalt tilsyn drøftes med tillitsvalgte før kontrakt '
                  'inngås.'), 'HTV', 'Løpende', ''],
        ['6.2', M('Kurs i Teams og e-post på mobil for tillitsvalgte.'), 'Opplæringsansvarlig',
         'Vår 2024', ''],
        ['6.3', M('Hjelp med BankID og digital postkasse på pensjonistenes medlemsmøter.'),
         'Pensjonistkontakt', 'Høst 2024', ''])

    p.heading('7 Drift av fagforeningen', None)
    tab(['7.1', M('Styret møtes andre mandag i måneden.', None), 'Leder', '', ''],
        ['7.2', M('Regnskap og budsjett legges fram for årsmøtet.', None), 'Kasserer', 'Januar', ''],
        ['7.3', M('Gå gjennom handlingsplanen i styret før neste årsmøte.', None), 'Styret',
         'Desember', ''],
        ['7.4', M('Sommerfest for medlemmene og familiene deres i juni 2025.', None), 'Styret',
         'Juni 2025', 'Budsjett 20 000 kr'],
        ['7.5', M('Fadderskap for et barn i SOS-barnebyer.', None), 'Kasserer', 'Løpende', ''],
        ['7.6', M('Månedlig nyhetsbrev med saker fra styret og klubbene.', 3), 'Informasjonsansvarlig',
         'Månedlig', ''])
    p.raw('Røros, 13. februar 2024')
    return p


def render(plan, out, work):
    f = Fodt(font='Liberation Sans', size='10.5pt', lang='nb', title=plan.blocks[0]['text'])
    widths = ['1', '6', '3', '2', '3']
    for b in plan.blocks:
        t = b['t']
        if t == 'title':
            f.p(b['text'], style='Title')
        elif t == 'raw':
            f.p(b['text'], style='Text_20_body')
        elif t == 'heading':
            f.h(b['text'], level=1)
        elif t == 'para':
            f.p(' '.join(s.text for s in b['segs']))
        elif t == 'table':
            rows = [[dict(c=h) for h in b['header']]]
            for r in b['rows']:
                cells = []
                for c in r:
                    if isinstance(c, Span):
                        cells.append(dict(c=c.content.text, span=c.cols, bold=True))
                    elif isinstance(c, str):
                        cells.append(dict(c=c if c else None))
                    else:
                        cells.append(dict(c=c.text))
                rows.append(cells)
            f.table(widths, rows, header_rows=1)
        else:
            raise ValueError(t)
    src = os.path.join(work, plan.base + '.fodt')
    f.save(src)
    copy(soffice(src, 'odt', work), out)
