"""b1-06 Molde - bokmål, plain text as Google Docs' "Download > Plain text (.txt)"
writes it: UTF-8 with BOM, CRLF, one paragraph per line, headings as plain lines
(no marks), bullets "* ", nested bullets "    * " (four spaces per level), numbered
lists "1. " with the numbering restarting in every list.  Blank lines only where the
document had empty paragraphs (before most headings).

The branch's own headings name no area.  Each section opens with a prose paragraph in
which goal sentences ("Innen utgangen av 2026 skal …", "Alle arbeidsplasser med mer
enn fem medlemmer skal …", "Målet er at …", "Fagforeningen vil …") stand between
sentences that only describe the situation; the measures follow as bullets or as a
numbered list.
"""
from b1lib import Plan, LG, M, encode_text

B, SUB = '* ', '    * '


def b(text, area):
    return (0, M(text, area, pre=B))


def s(text, area):
    return (1, M(text, area, pre=SUB))


def numbered(*entries):
    return [(0, M(t, a, pre='%d. ' % (k + 1))) for k, (t, a) in enumerate(entries)]


def build():
    p = Plan('b1-06_molde', 'txt',
             dict(union='Fagforbundet Molde', branch=None, periodFrom=2025, periodTo=2026,
                  adopted=None, language='nb'),
             format='text, UTF-8 with BOM, CRLF',
             writer='python (text as Google Docs "Download as plain text" writes it)',
             structure='b+d: own headings, prose paragraphs with goal sentences, then "* " '
                       'bullets / "1. " lists of measures',
             styles='5 Google Docs plain text; 7 goals as prose sentences without "Vi skal"',
             hard='headings are plain short lines, not always after a blank line; goal '
                  'sentences ("Innen utgangen av 2026 skal …", "Målet er at …", "Fagforeningen '
                  'vil …", "Alle arbeidsplasser … skal ha …") inside paragraphs with situation '
                  'sentences; "    * " sub-bullets are measures of their own; numbered lists '
                  'restart at 1; the parent bullet of a sub-list is an item; no avd. number; '
                  'the date is the meeting that will consider the plan ("Styrets forslag til '
                  'årsmøtet 12. februar 2025") -> adopted null; all areas by content')
    p.title('Handlingsplan 2025–2026')
    p.line('Fagforbundet Molde')
    p.line('Styrets forslag til årsmøtet 12. februar 2025')
    p.blank()
    p.label('Innledning', level=1)
    p.para('Denne planen viser hva fagforeningen skal prioritere de neste to årene.',
           'Den bygger på forbundets strategiplan, men er skrevet ut fra det medlemmene sa på '
           'medlemsmøtene og i medlemsundersøkelsen høsten 2024.')
    p.blank()

    p.heading('Medlemmer og tillitsvalgte', None)
    p.para('Fagforeningen har i dag rundt 2 300 medlemmer, men veksten har stoppet opp de '
           'siste to årene.',
           LG('Innen utgangen av 2026 skal vi ha 2 500 medlemmer.', 3),
           LG('Alle arbeidsplasser der vi har mer enn fem medlemmer, skal ha en tillitsvalgt '
              'innen sommeren 2026.', 3),
           'Flere plasstillitsvalgte har gått av uten at noen har tatt over vervet.')
    p.label('Dette gjør vi:', level=3)
    p.items(
        b('Verve på personalmøtene der fagforeningen får slippe til.', 3),
        b('Ringe nye medlemmer og invitere dem til velkomstmøte.', 3),
        b('Sørge for at nye tillitsvalgte får grunnskolering så snart som mulig:', 3),
        s('Trinn 1 i Molde i mars og oktober.', 3),
        s('Trinn 2 sammen med fylkeskretsen.', 3),
        b('Besøke elevene på helse- og oppvekstfag ved Molde videregående skole hvert år.', 3),
        b('Lage en informasjonsplan med nyhetsbrev til medlemmene hver måned.', 3),
    )

    p.heading('Hele stillinger og trygg pensjon', None)
    p.para('Deltid er fortsatt vanlig i helse og omsorg, og mange medlemmer jobber i '
           'stillinger under 60 prosent.',
           LG('Målet er at ingen medlemmer skal jobbe ufrivillig deltid når perioden er over.',
              1),
           LG('Fagforeningen vil også at flere kjenner til hvordan pensjon og AFP virker før '
              'de bytter jobb eller går ned i stilling.', 1))
    p.items(
        b('Kreve at kommunen følger opp heltidsplanen med tall for hver enhet.', 1),
        b('Hjelpe medlemmer som vil bruke fortrinnsretten til en større stilling.', 1),
        b('Pensjonsmøte for medlemmer over 55 år hver høst.', 1),
        s('Egen samling om AFP for medlemmer i private barnehager.', 1),
        b('Følge med på lønnsutviklingen for fagarbeidere og assistenter i de lokale '
          'forhandlingene.', 1),
    )
    p.blank()

    p.heading('Kommunen skal drive selv', None)
    p.para('Molde kommune har leid inn sykepleiere og helsefagarbeidere fra vikarbyrå i '
           'flere år.',
           LG('Fagforeningen vil at kommunen skal ansette folk fast i stedet for å leie inn.',
              2),
           LG('Renhold, kantiner og vaktmestertjenester skal fortsatt drives med egne '
              'ansatte.', 2))
    p.items(
        b('Be om en oversikt over innleie og kostnadene ved den hvert halvår.', 2),
        b('Ta opp bruken av vikarbyrå i møtene med ordføreren.', 2),
        b('Si fra i media når tjenester foreslås konkurranseutsatt.', 2),
    )
    p.blank()

    p.heading('Kompetanse og fagbrev', None)
    p.para('Mange assistenter og ufaglærte medlemmer ønsker fagbrev, men får verken fri eller '
           'veiledning.',
           LG('Innen 2026 skal minst 20 medlemmer ha begynt på fagbrev på jobb.', 4))
    p.label('Slik gjør vi det:', level=3)
    p.items(*numbered(
        ('Kartlegge hvem som ønsker fagbrev, i samarbeid med de tillitsvalgte.', 4),
        ('Kreve at kommunen setter av tid og penger til praksiskandidater i '
         'kompetanseplanene.', 4),
        ('Holde fagkveld for helsefagarbeidere og barne- og ungdomsarbeidere.', 4),
        ('Følge opp at kommunen tar inn nok lærlinger.', 4),
    ))
    p.blank()

    p.heading('Valgåret 2025', None)
    p.para('Stortingsvalget i september avgjør mye for offentlig sektor.',
           LG('Fagforeningen vil bidra til at flest mulig medlemmer stemmer ved valget.', 5))
    p.items(*numbered(
        ('Valgkampmøte med kandidater fra partiene vi samarbeider med.', 5),
        ('Stand i Molde sentrum de to siste lørdagene før valget.', 5),
        ('Dele ut materiell om valget på arbeidsplassene.', 5),
    ))
    p.items(
        b('Gå i 1. mai-toget og arrangere frokost for medlemmene etterpå.', 5),
        b('Møte gruppelederne før kommunebudsjettet behandles.', 5),
    )

    p.heading('Digital hverdag', None)
    p.para('Mange medlemmer, særlig pensjonistene, sliter med BankID og offentlige tjenester '
           'på nett.',
           LG('Fagforeningen vil at ingen medlemmer skal stå utenfor fordi de ikke får til det '
              'digitale.', 6))
    p.items(
        b('Digitalkafé for pensjonister med hjelp til BankID og Helsenorge.', 6),
        b('Teams-kurs for tillitsvalgte som ikke har brukt det før.', 6),
        b('Kreve at tillitsvalgte er med når kommunen velger ny velferdsteknologi.', 6),
    )
    p.blank()

    p.heading('Styret og fellesskapet', None)
    p.para('Styret hadde elleve møter i 2024.')
    p.items(
        b('Styremøte hver måned, med handlingsplanen som fast sak.', None),
        b('Regnskap og budsjett legges fram for årsmøtet.', None),
        b('Julebord og sommerfest for medlemmene.', None),
        b('Tur for pensjonistene langs Atlanterhavsveien.', None),
        b('Støtte Fagforbundets solidaritetsarbeid med 10 kroner per medlem.', None),
    )
    p.blank()
    p.line('Molde, januar 2025')
    p.line('Styret i Fagforbundet Molde')
    return p


def render(p, out, work):
    lines = []
    for bl in p.blocks:
        t = bl['t']
        if t in ('title', 'line', 'heading', 'label'):
            lines.append(bl['text'])
        elif t == 'blank':
            lines.extend([''] * bl['n'])
        elif t == 'para':
            lines.append(' '.join(x.shown for x in bl['segs']))
        elif t == 'list':
            for _, e in bl['entries']:
                lines.append(e.shown)
        else:
            raise ValueError(t)
    with open(out, 'wb') as f:
        f.write(encode_text(lines, 'utf-8', '\r\n', bom=True))
