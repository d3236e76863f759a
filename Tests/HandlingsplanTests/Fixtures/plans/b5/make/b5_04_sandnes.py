"""b5-04 Sandnes - bokmål, plain text written in a text editor (UTF-8, CRLF).

A typed hierarchical outline WITHOUT any labels: "1." area headings, "1.1" goals,
"1.1.1" measures; one line per point, no blank lines between the points (only one
after the title block).  Area headings are partly drifted national names, partly
the branch's own; one level-2 point is a national goal copied verbatim.
"""
from planlib import Title, Meta, Para, Area, Own, G, N, M, write_text

INFO = dict(
    id='b5-04', base='b5-04_sandnes', ext='txt', format='text, UTF-8, CRLF',
    writer='text editor (Notepad, UTF-8, CRLF)', language='nb',
    structure='typed outline 1. / 1.1 / 1.1.1 without labels: level 1 areas, level 2 goals, '
              'level 3 measures',
    styles='4 (numbered outline without labels, no blank lines, CRLF)',
    hard='goal vs measure only from the depth of the typed number (1.1 vs 1.1.1), no "Mål" / '
         '"Tiltak" words anywhere; no blank lines between points; CRLF; level-1 headings mix '
         'drifted area names ("Offentlig drift med egne ansatte", "Organisasjonsbygging", '
         '"Fagutvikling og læreplasser", "Politisk arbeid og allianser") with own sections '
         '("Styret og økonomi", "Trivsel og solidaritet") mapped by content; point 1.2 is the '
         'national goal copied verbatim (nationalGoal) with local measures under it; title in '
         'capitals with avd. number; "Styrets forslag til årsmøtet 2025" is no adoption date')

PLAN = dict(union='Fagforbundet Sandnes', branch='064', periodFrom=2025, periodTo=2025,
            adopted=None, language='nb')

BLOCKS = [
    Title('HANDLINGSPLAN 2025 – FAGFORBUNDET SANDNES AVD. 064'),
    Meta('Styrets forslag til årsmøtet 2025'),

    Area('1. Heltid og likelønn', 1),
    G('Andelen heltidsansatte medlemmer i Sandnes kommune skal øke til 55 prosent innen '
      'utgangen av 2025.', n='1.1'),
    M('Kreve at alle nye stillinger i helse og velferd lyses ut som hele stillinger.',
      n='1.1.1'),
    M('Bruke fortrinnsretten i arbeidsmiljøloven § 14-3 aktivt for medlemmer med deltid.',
      n='1.1.2'),
    M('Drøfte turnusplaner med langvakter og årsturnus med virksomhetslederne.', n='1.1.3'),
    N('Færre jobber deltid, og flere av Fagforbundets medlemmer har hele, faste stillinger.',
      n='1.2'),
    M('Lage en oversikt over midlertidig ansatte i barnehagene og kreve fast ansettelse der '
      'vilkårene er oppfylt.', n='1.2.1'),
    G('Medlemmene kjenner rettighetene sine når det gjelder pensjon og AFP.', n='1.3'),
    M('Pensjonskveld med rådgiver fra KLP for medlemmer som nærmer seg 62 år.', n='1.3.1'),
    M('Informere om AFP i privat sektor når vi besøker de private barnehagene.', n='1.3.2'),

    Area('2. Offentlig drift med egne ansatte', 2),
    G('Sandnes kommune tar ikke inn nye private aktører i eldreomsorgen.', n='2.1'),
    M('Kreve at kommunen legger fram kostnadene ved innleie fra vikarbyråer hvert halvår.',
      n='2.1.1'),
    M('Samarbeide med Arbeiderpartiet og SV i bystyret om å ta driften av de to private '
      'sykehjemmene tilbake.', n='2.1.2'),
    G('Ansatte i private omsorgsbedrifter med offentlig finansiering har lønn og pensjon på '
      'nivå med kommunalt ansatte.', n='2.2'),
    M('Kartlegge lønns- og pensjonsvilkår i de private barnehagekjedene i kommunen.',
      n='2.2.1'),

    Area('3. Organisasjonsbygging', 3),
    G('Fagforeningen skal passere 3 000 medlemmer i løpet av 2025.', n='3.1'),
    M('Vervestand ved kantinene på rådhuset og Lura bo- og aktivitetssenter i '
      'forbundsukene.', n='3.1.1'),
    M('Tilby alle nyansatte i kommunen en samtale med plasstillitsvalgt den første uka.',
      n='3.1.2'),
    M('Følge opp nye medlemmer med en telefon etter tre måneder.', n='3.1.3'),
    G('Alle tillitsvalgte har gjennomført trinn 1 og trinn 2 innen to år etter valget.',
      n='3.2'),
    M('Arrangere trinn 1-kurs hver vår og høst i samarbeid med Fagforbundet Rogaland.',
      n='3.2.1'),
    M('Tillitsvalgtsamling over to dager på Solastrand med tema arbeidsmiljø.', n='3.2.2'),
    G('Fagforbundet er kjent blant elevene på helse- og oppvekstfag.', n='3.3'),
    M('Besøke VG1-klassene ved Sandnes videregående skole hvert skoleår sammen med '
      'ungdomsutvalget.', n='3.3.1'),

    Area('4. Fagutvikling og læreplasser', 4),
    G('Kommunen tar inn flere lærlinger enn i 2024 i både helsearbeiderfaget og barne- og '
      'ungdomsarbeiderfaget.', n='4.1'),
    M('Be om møte med opplæringskontoret om antall læreplasser før budsjettet.', n='4.1.1'),
    M('Delta på lærlingesamlingen og fortelle om Fagforbundet Ung.', n='4.1.2'),
    G('Yrkesseksjonene har faglig aktivitet for sine medlemmer hvert halvår.', n='4.2'),
    M('Fagdag for renholdere med tema kjemikalier og ergonomi.', n='4.2.1'),
    M('Markere Barnehagedagen med et medlemsmøte for barnehageansatte.', n='4.2.2'),
    M('Kurs i klinisk observasjon for helsefagarbeidere i hjemmesykepleien.', n='4.2.3'),

    Area('5. Politisk arbeid og allianser', 5),
    G('Flest mulig av medlemmene bruker stemmeretten ved stortingsvalget.', n='5.1'),
    M('Valgkampstand i Sandnes sentrum hver lørdag i august og september.', n='5.1.1'),
    M('Skrive minst fire leserinnlegg i Sandnesposten i løpet av valgkampen.', n='5.1.2'),
    G('Fagforeningen har faste møter med partiene som har samarbeidsavtale med '
      'Fagforbundet.', n='5.2'),
    M('Møte Arbeiderpartiets gruppe i bystyret før budsjettbehandlingen i desember.',
      n='5.2.1'),
    M('Gå i 1. mai-toget med egen parole om bemanning i eldreomsorgen.', n='5.2.2'),

    Area('6. Digitalisering', 6),
    G('Tillitsvalgte mestrer digitale møter og verktøy.', n='6.1'),
    M('Teams-opplæring for nye plasstillitsvalgte i forbindelse med trinn 1.', n='6.1.1'),
    M('Lage en enkel veileder til Tillitsvalgtportalen og dele den i tillitsvalgtgruppa på '
      'Messenger.', n='6.1.2'),
    G('Tillitsvalgte blir tatt med når kommunen tar i bruk ny velferdsteknologi.', n='6.2'),
    M('Kreve drøftingsmøte før digitalt nattilsyn innføres på flere avdelinger.', n='6.2.1'),

    Own('7. Styret og økonomi'),
    G('Fagforeningen drives økonomisk forsvarlig og i tråd med vedtektene.', None, n='7.1'),
    M('Styremøte annenhver uke, med unntak av sommerferien.', None, n='7.1.1'),
    M('Kvartalsvis økonomirapport fra kasserer til styret.', None, n='7.1.2'),
    M('Gjennomføre årsmøtet i februar med valg og regnskap.', None, n='7.1.3'),

    Own('8. Trivsel og solidaritet'),
    G('Fagforeningen gir medlemmene sosiale møteplasser gjennom året.', None, n='8.1'),
    M('Sommerfest for medlemmer og familie i juni.', None, n='8.1.1'),
    M('Juletrefest for barn av medlemmer.', None, n='8.1.2'),
    M('Gi et fast bidrag til Norsk Folkehjelps minerydding.', None, n='8.1.3'),
]


def render(path):
    lines = []
    for b in BLOCKS:
        if b.kind == 'title':
            lines.append(b.text)
        elif b.kind == 'meta':
            lines.append(b.text)
            lines.append('')
        elif b.kind in ('area', 'own'):
            lines.append(b.text)
        elif b.kind == 'item':
            lines.append('%s %s' % (b.n, b.text))
        else:
            raise ValueError(b.kind)
    write_text(path, '\n'.join(lines) + '\n', newline='\r\n')
