"""b2-03 Vefsn: bokmål, LibreOffice PDF read by pdftotext -raw.

Prose paragraphs mix the branch's goal sentences ("Målet er at …", "Innen 2026 skal …",
"Vi skal …", "Alle arbeidsplasser … skal ha …") with situation sentences; after each a
"Tiltak i perioden:" label and a numbered list "1)" with nested "a." / "b." points.
Own headings only: every item is mapped by content.
"""
from b2lib import (Plan, Fodt, Title, Line, Heading, Sub, Para, List, G, M,
                   render_pdftotext, crossing_lists)

META = dict(union='Fagforbundet Vefsn', branch=None, periodFrom=2025, periodTo=2026,
            adopted='2025-02-12', language='nb')
INFO = dict(
    format='text (pdftotext -raw, UTF-8, form feeds)',
    writer='LibreOffice 7.4 (flat ODT -> PDF) + pdftotext 22.12 -raw',
    structure='own numbered headings; prose with goal sentences + "Tiltak i perioden:" numbered '
              'lists 1) with nested a. / b.',
    styles='1 (pdftotext -raw), 9 (prose goal sentences; "1)" lists with nested "a.")',
    hard='goal sentences inside paragraphs with situation sentences (one item per goal sentence); '
         'nested a./b. points are items of their own, starting in lower case; no heading names an '
         'area, so all items are mapped by content (incl. a course in lønnsforhandlinger under '
         '"Medlemmer og tillitsvalgte" -> 1, and an information goal under the board section -> 3); '
         'no avd. number; -raw output with running header and footer inside a list')

HEADER = 'Fagforbundet Vefsn | Handlingsplan 2025–2026'


def blocks():
    T = lambda: Sub('Tiltak i perioden:')
    return [
        Title('Handlingsplan 2025–2026'),
        Line('Fagforbundet Vefsn'),
        Line('Vedtatt på årsmøtet i Mosjøen 12. februar 2025'),
        Heading('Innledning'),
        Para('Planen viser hva fagforeningen vil oppnå og hva vi skal gjøre i de to neste årene.',
             'Den bygger på Fagforbundets strategiplan, men er skrevet med utgangspunkt i '
             'arbeidsplassene i Vefsn.',
             'Styret rapporterer på planen i årsberetningen.'),

        Heading('1. Medlemmer og tillitsvalgte'),
        Para('Fagforeningen hadde 1 480 medlemmer ved årsskiftet, og tallet har økt litt de siste '
             'to årene.',
             'Flere plasstillitsvalgte gikk av i 2024, særlig i barnehagene.',
             G('Alle arbeidsplasser med mer enn fem medlemmer skal ha en plasstillitsvalgt.', area=3),
             G('Innen 2026 skal fagforeningen ha passert 1 600 medlemmer.', area=3),
             G('Målet er at alle nye tillitsvalgte fullfører grunnskolering det første året i vervet.',
               area=3)),
        T(),
        List([
            (M('Verve nye medlemmer gjennom faste arbeidsplassbesøk i forbundsukene', area=3), [
                M('besøke alle sykehjem og soner i hjemmetjenesten i Mosjøen', area=3),
                M('ha stand på den videregående skolen for elever i helse- og oppvekstfag', area=3),
            ]),
            M('Arrangere grunnskolering for nye tillitsvalgte sammen med fylkeskretsen', area=3),
            M('Holde kurs i lokale lønnsforhandlinger for hovedtillitsvalgte og plasstillitsvalgte',
              area=1),
            (M('Følge opp nye medlemmer det første året', area=3), [
                M('sende velkomstbrev innen to uker etter innmelding', area=3),
                M('invitere alle nye medlemmer til et eget medlemsmøte hver vår', area=3),
            ]),
        ], 'num'),

        Heading('2. Arbeidstid, lønn og pensjon'),
        Para('Over halvparten av medlemmene i helse og omsorg jobber deltid.',
             G('Vi skal arbeide for at flere får hele, faste stillinger i Vefsn kommune.', area=1),
             G('Målet er at ingen medlemmer skal få dårligere pensjon fordi de har jobbet ufrivillig '
               'deltid.', area=1),
             'Mange medlemmer vet lite om hvordan AFP og offentlig tjenestepensjon virker.'),
        T(),
        List([
            M('Kreve at heltidsavtalen med kommunen følges opp med tall hvert halvår', area=1),
            (M('Arrangere to pensjonskurs i løpet av perioden', area=1), [
                M('ett kurs om offentlig tjenestepensjon og AFP', area=1),
                M('ett kurs for medlemmer i private barnehager og bedrifter', area=1),
            ]),
            M('Bistå medlemmer med krav om stillingsutvidelse etter arbeidsmiljøloven', area=1),
        ], 'num'),

        Heading('3. Tjenestene i Vefsn kommune'),
        Para('Kommunen har de siste somrene leid inn sykepleiere og helsefagarbeidere fra vikarbyrå.',
             G('Fagforeningen vil at kommunen skal løse bemanningen med egne ansatte.', area=2),
             G('Innen 2026 skal bruken av vikarbyrå i sykehjemmene være halvert.', area=2),
             'Renholdet i kommunale bygg drives fortsatt av kommunen selv.'),
        T(),
        List([
            M('Be om tall for innleie fra vikarbyrå i de kvartalsvise møtene med kommunedirektøren',
              area=2),
            M('Kreve at kjøkkenet på Vefsn sykehjem fortsatt drives av kommunen', area=2),
            M('Bruke partssamarbeidet aktivt når tjenester skal omorganiseres', area=2),
        ], 'num'),

        Heading('4. Fagarbeid og læreplasser'),
        Para(G('Vi skal ha et tett samarbeid med opplæringskontoret om nye læreplasser.', area=4),
             'Det mangler fagarbeidere både i barnehagene og i helsetjenesten.',
             G('Målet er at minst 15 nye lærlinger starter i kommunen hvert år.', area=4)),
        T(),
        List([
            M('Kartlegge ufaglærte medlemmer som ønsker å ta fagbrev', area=4),
            M('Arrangere fagkveld for barne- og ungdomsarbeidere om språkutvikling hos de minste',
              area=4),
            M('Dele ut kaffe og boller på merkedagene til yrkesgruppene våre', area=4),
        ], 'num'),

        Heading('5. Samfunnsarbeid'),
        Para('Stortingsvalget i september 2025 blir viktig for offentlig sektor.',
             G('Vi vil få flere av medlemmene til å stemme ved valget.', area=5),
             G('Fagforeningen skal være en tydelig stemme i den lokale budsjettdebatten.', area=5)),
        T(),
        List([
            (M('Drive valgkamp på arbeidsplassene sammen med LO i Vefsn', area=5), [
                M('dele ut valgmateriell på arbeidsplassene i august', area=5),
                M('arrangere valgmøte med de lokale partiene i september 2025', area=5),
            ]),
            M('Gå i 1. mai-toget i Mosjøen med egen parole', area=5),
            M('Delta på budsjetthøringen i formannskapet i november', area=5),
        ], 'num'),

        Heading('6. Digitalt arbeid'),
        Para('Mange pensjonister strever med digitale tjenester fra bank og helsevesen.',
             G('Vi vil at ingen av medlemmene våre skal stå uten hjelp når tjenestene blir digitale.',
               area=6),
             G('Alle tillitsvalgte skal kunne bruke Tillitsvalgtportalen innen utgangen av 2025.',
               area=6)),
        T(),
        List([
            M('Arrangere kurs i BankID og Helsenorge for pensjonister på biblioteket', area=6),
            M('Gi nye tillitsvalgte opplæring i Tillitsvalgtportalen og Teams', area=6),
            M('Kreve at tillitsvalgte tas med når velferdsteknologi innføres i hjemmetjenesten',
              area=6),
        ], 'num'),

        Heading('7. Styrets arbeid og økonomi'),
        Para('Styret har ni medlemmer og møtes jevnlig.',
             G('Fagforeningen skal drives med balanse mellom inntekter og utgifter.', area=None),
             G('Vi skal gjøre arbeidet vårt kjent gjennom Facebook og nettsiden.', area=3)),
        T(),
        List([
            M('Holde styremøter etter en fast møteplan som settes i januar', area=None),
            M('Legge fram revidert regnskap på årsmøtet', area=None),
            M('Arrangere julemøte med underholdning for medlemmene', area=None),
            M('Gi 5 000 kroner til innsamlingsaksjonen for Ukraina', area=None),
        ], 'num'),
        Line('Mosjøen, 12. februar 2025'),
    ]


def build():
    p = Plan('b2-03_vefsn', 'txt', META, blocks(), INFO)
    f = Fodt(p, lang='nb', header=HEADER, footer='Side {page} av {count}', font_size='10.5pt',
             lists={'num': [('number', '1', '', ')'), ('number', 'a', '', '.')]},
             title_meta='Handlingsplan 2025–2026')
    text, pages = render_pdftotext(p, f, '-raw')
    p.extra_not += [HEADER] + ['Side %d av %d' % (i, pages) for i in range(1, pages + 1)]
    p.checks = dict(pages=pages, crossing=crossing_lists(p, text))
    assert pages >= 2 and p.checks['crossing'], p.checks
    return p
