"""b2-01 Alta: bokmål, LibreOffice PDF read by pdftotext in its default mode.

Two marker families and no labels: the branch's goals are "▶" bullets, its measures
"–" bullets; nothing says "Mål" or "Tiltak".  Running header and "Side k av n" footer
come from the document's page style; the area-3 measure list runs over a page break.
"""
from b2lib import Plan, Fodt, Title, Line, Heading, Para, List, G, M, render_pdftotext, crossing_lists

META = dict(union='Fagforbundet Alta', branch='118', periodFrom=2025, periodTo=2026,
            adopted='2025-02-05', language='nb')
INFO = dict(
    format='text (pdftotext default mode, UTF-8, form feeds)',
    writer='LibreOffice 7.4 (flat ODT -> PDF) + pdftotext 22.12 (default mode)',
    structure='drifted area headings + one own section; ▶ goal lists and – measure lists, no labels',
    styles='1 (pdftotext default), 3 (two marker families)',
    hard='goals and measures told apart only by the bullet glyph (▶ / –) and wording; running '
         'header and "Side k av n" footer between pages; a measure list runs over a page break; '
         'wrapped bullets without indentation; own section "Medlemsaktiviteter og drift" mapped by '
         'content (3 and null)')

HEADER = 'Fagforbundet Alta avd. 118 · Handlingsplan 2025–2026'


def blocks():
    return [
        Title('Handlingsplan 2025–2026'),
        Line('Fagforbundet Alta avd. 118'),
        Line('Vedtatt på årsmøtet 5. februar 2025'),
        Para('Handlingsplanen bygger på Fagforbundets strategiplan og viser hva styret, '
             'tillitsvalgte og yrkesseksjonene skal prioritere fram til årsmøtet i 2027.',
             'Fagforeningen har om lag 2 050 medlemmer i Alta kommune, Finnmarkssykehuset, '
             'private barnehager og renholdsbedrifter.',
             'Kostnadene følger av budsjettet som årsmøtet vedtar hvert år.'),

        Heading('Heltid og likelønn', area=1),
        List([
            G('Flere av de ansatte i pleie og omsorg i Alta kommune går i hele stillinger ved '
              'utgangen av 2026.'),
            G('Ingen barnehageansatte har ufrivillig deltid når perioden er over.'),
            G('Lønnsutviklingen for fagarbeiderne våre er minst like god som for andre grupper i '
              'kommunen.'),
        ], 'goal'),
        List([
            M('Kreve en egen heltidsplan for helse og omsorg i drøftingsmøter med kommunedirektøren.'),
            M('Kartlegge stillingsstørrelsene til medlemmene i hjemmetjenesten før sommeren 2025.'),
            M('Hjelpe medlemmer som vil kreve fast ansettelse eller fortrinnsrett til utvidet stilling.'),
            M('Forberede de tillitsvalgte til lokale forhandlinger med egne samlinger i mai.'),
            M('Informasjonsmøte med KLP om tjenestepensjon og AFP for seniorene i kommunen.'),
        ], 'measure'),

        Heading('Offentlige tjenester i egen regi', area=2),
        List([
            G('Renholdet og kantina på Alta helsesenter drives fortsatt av kommunens egne ansatte.'),
            G('Sykehjemmene bruker mindre innleie fra vikarbyrå i 2026 enn i 2024.'),
        ], 'goal'),
        List([
            M('Be om en halvårlig oversikt over innleie fra vikarbyrå i pleie og omsorg.'),
            M('Skrive leserinnlegg i Altaposten om hva anbud på renhold har kostet andre kommuner.'),
            M('Delta i den partssammensatte arbeidsgruppa om ny organisering av hjemmetjenesten.'),
        ], 'measure'),

        Heading('Organisasjonsbygging', area=3),
        List([
            G('Medlemstallet passerer 2 300 før utgangen av 2026.'),
            G('Alle arbeidsplasser med fem eller flere medlemmer har en plasstillitsvalgt.'),
            G('Halvparten av lærlingene i Alta kommune er medlem hos oss.'),
        ], 'goal'),
        List([
            M('Vervekampanje i forbundsukene med stand på kjøpesenteret og besøk på arbeidsplassene.'),
            M('Besøke helse- og oppvekstklassene på Alta videregående skole hver høst.'),
            M('Grunnskolering for nyvalgte plasstillitsvalgte i hvert vår- og høstsemester.'),
            M('Tillitsvalgtsamling over to dager med medbestemmelse og arbeidsmiljø som tema.'),
            M('Ringe alle nye medlemmer innen en måned etter at de har meldt seg inn.'),
            M('Sende nyhetsbrev på e-post til medlemmene hver måned.'),
            M('Invitere lærlingene til eget møte om rettigheter i læretiden.'),
            M('Legge ut bilder og små saker fra arbeidsplassbesøkene på Facebook.'),
        ], 'measure'),

        Heading('Fag og kompetanse', area=4),
        List([
            G('Minst tjue assistenter i skolene og barnehagene har tatt fagbrev som praksiskandidat innen 2026.'),
            G('Kommunen har en kompetanseplan for alle yrkesgruppene vi organiserer.'),
        ], 'goal'),
        List([
            M('Informasjonsmøte om fagbrev på jobb i samarbeid med kommunens opplæringskontor.'),
            M('Markere barne- og ungdomsarbeidernes dag med besøk i barnehagene.'),
            M('Kreve minst ti nye læreplasser i helsearbeiderfaget fra høsten 2025.'),
        ], 'measure'),

        Heading('Politisk påvirkning', area=5),
        List([
            G('Samarbeidsavtalen med Alta Arbeiderparti og Alta SV er fornyet.'),
            G('Valgdeltakelsen blant medlemmene våre er høyere enn ved forrige stortingsvalg.'),
        ], 'goal'),
        List([
            M('Valgkamp på arbeidsplassene i august og september 2025.'),
            M('Arrangere 1. mai sammen med LO i Alta.'),
            M('Invitere partiene i kommunestyret til frokostmøte om budsjettet for helse og omsorg.'),
            M('Foreslå pensjonistutvalgets leder som medlem av eldrerådet.'),
        ], 'measure'),

        Heading('Digitalisering', area=6),
        List([
            G('Alle tillitsvalgte bruker Tillitsvalgtportalen og Teams i vervet.'),
        ], 'goal'),
        List([
            M('Kveldskurs i Tillitsvalgtportalen for plasstillitsvalgte.'),
            M('Drop-in-hjelp med BankID og Helsenorge for pensjonister på biblioteket.'),
            M('Kreve at tillitsvalgte er med når nye fagsystemer tas i bruk i helse og omsorg.'),
        ], 'measure'),

        Heading('Medlemsaktiviteter og drift'),
        List([
            G('Regnskapet for 2025 og 2026 godkjennes av revisorene uten merknader.', area=None),
        ], 'goal'),
        List([
            M('Styremøte én gang i måneden unntatt i juli.', area=None),
            M('Årsmøte innen utgangen av februar hvert år.', area=None),
            M('Egne medlemsmøter for pensjonistene fire ganger i året.', area=3),
            M('Julemiddag for styret og alle tillitsvalgte før jul.', area=None),
            M('Sommertur for pensjonistene til Hammerfest.', area=None),
            M('Støtte Norsk Folkehjelps arbeid i Palestina med 10 000 kroner.', area=None),
        ], 'measure'),
        Line('Alta, 5. februar 2025'),
        Line('Styret i Fagforbundet Alta'),
    ]


def build():
    p = Plan('b2-01_alta', 'txt', META, blocks(), INFO)
    f = Fodt(p, lang='nb', header=HEADER, footer='Side {page} av {count}',
             lists={'goal': [('bullet', '▶')], 'measure': [('bullet', '–')]},
             title_meta='Handlingsplan 2025–2026')
    text, pages = render_pdftotext(p, f, None)
    p.extra_not += [HEADER] + ['Side %d av %d' % (i, pages) for i in range(1, pages + 1)]
    p.checks = dict(pages=pages, crossing=crossing_lists(p, text))
    assert pages >= 2 and p.checks['crossing'], p.checks
    return p
