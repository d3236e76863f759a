"""b2-08 Lofoten: bokmål, Markdown-like text copied from a Teams wiki page.

"## " headings, "**Mål:**" / "**Tiltak:**" labels, numbered goals "1. " with "   - "
sub-points (their measures), checkbox tasks "- [ ] " / "- [x] ".  Responsible and
deadline are written after the measure: "… – styret, våren 2025"; the gold text is the
measure without them.
"""
from b2lib import Plan, Title, Line, Heading, Sub, List, G, M, walk_entries

META = dict(union='Fagforbundet Lofoten', branch='533', periodFrom=2025, periodTo=2025,
            adopted='2025-02-11', language='nb')
INFO = dict(
    format='text, UTF-8, LF (Markdown-like)',
    writer='copy of a Teams wiki page (Markdown source), written by python',
    structure='"## " area and own headings; **Mål:** numbered goals with "   - " measures, '
              '**Tiltak:** checkbox lists',
    styles='6 (Markdown-like wiki text), 8 (responsible and deadline after " – ")',
    hard='Markdown markup to remove (#, **, 1., -, [ ], [x]); sub-points under a numbered goal are '
         'measures; checked and unchecked tasks are both measures; "– who, when" tails (sometimes '
         'only who); a quote line and an edit note that are not items; own headings "Politikk og '
         'samfunn" (items 5, 1 and 2 by content) and "Drift og trivsel" (null and 3)')


def W(text, who=None, when=None, done=False, **kw):
    """A measure with '– who, when' written after it."""
    tail = ', '.join(x for x in (who, when) if x)
    return M(text, resp=who, dl=when, post=(' – ' + tail) if tail else '', done=done, **kw)


def blocks():
    mal = lambda: Sub('Mål:')
    tilt = lambda: Sub('Tiltak:')
    return [
        Title('Handlingsplan 2025 – Fagforbundet Lofoten avd. 533'),
        Line('Vedtatt på årsmøtet 11.02.2025'),
        Line('Dette er arbeidsversjonen styret bruker i Teams. Kryss av når et tiltak er '
             'gjennomført, og skriv ansvarlig og tidspunkt bak tiltaket.'),

        Heading('Heltid og likelønn', area=1),
        mal(),
        List([
            (G('Flere ansatte i helse og omsorg i Lofoten-kommunene har hele stillinger ved utgangen '
               'av 2025.'), [
                W('Be om felles heltidsmøte med kommunedirektørene i Vestvågøy og Vågan', 'leder',
                  'våren 2025'),
                W('Kartlegge medlemmer som ønsker høyere stillingsprosent', 'HTV', 'mars 2025'),
            ]),
            (G('Ingen av medlemmene våre i private barnehager har dårligere pensjon enn de kommunalt '
               'ansatte.'), [
                W('Gå gjennom pensjonsordningene i de private barnehagene', 'nestleder', 'høsten 2025'),
            ]),
        ], 'goals'),
        tilt(),
        List([
            W('Lønnskurs for tillitsvalgte i de fire kommunene', 'leder', 'januar 2025', done=True),
            W('Medlemsmøte på Leknes og i Svolvær om AFP og ny tjenestepensjon', 'styret',
              'høsten 2025'),
        ], 'tasks'),

        Heading('Gode offentlige tjenester', area=2),
        mal(),
        List([
            (G('Sykehjemmene i Lofoten klarer sommeren uten innleie fra vikarbyrå.'), [
                W('Kreve oversikt over bruken av vikarbyrå sommeren 2024', 'HTV', 'februar 2025',
                  done=True),
                W('Foreslå en felles sommervikarpool for kommunene i drøftingsmøte', 'HTV',
                  'april 2025'),
            ]),
        ], 'goals'),
        tilt(),
        List([
            W('Kronikk i Lofotposten om sosial dumping i renholdsbransjen', 'informasjonsansvarlig'),
            W('Følge med på anbudsprosessen for renhold i Vågan kommune', 'leder', 'løpende'),
        ], 'tasks'),

        Heading('Organisasjon og tariff', area=3),
        mal(),
        List([
            (G('Vi har 1 900 medlemmer innen utgangen av 2025.'), [
                W('Arbeidsplassbesøk i alle kommunene i forbundsukene', 'styret', 'uke 11 og uke 37'),
                W('Stand for vg1 helse- og oppvekstfag på den videregående skolen', 'ungdomstillitsvalgt',
                  'september 2025'),
            ]),
            (G('Hver arbeidsplass i Flakstad og Moskenes har en egen tillitsvalgt.'), [
                W('Ringe rundt til medlemmer i Flakstad og Moskenes for å finne kandidater',
                  'nestleder', 'mars 2025'),
                W('Sende nye tillitsvalgte på grunnskolering i Bodø',
                  'opplæringsansvarlig', 'høsten 2025'),
            ]),
        ], 'goals'),
        tilt(),
        List([
            W('Velkomstpakke til nye medlemmer med kalender og informasjon', 'sekretær',
              'januar 2025', done=True),
            W('Medlemsmøte for pensjonistene hver måned fra september til mai',
              'pensjonistutvalget'),
        ], 'tasks'),

        Heading('Fag- og tjenesteutvikling', area=4),
        mal(),
        List([
            (G('Flere lærlinger i helsearbeiderfaget får læreplass i Lofoten.'), [
                W('Møte opplæringskontoret om antall læreplasser i kommunene', 'leder', 'våren 2025'),
            ]),
        ], 'goals'),
        tilt(),
        List([
            W('Fagdag for renholdere og driftsoperatører om nytt utstyr',
              'seksjon samferdsel og teknisk', 'oktober 2025'),
            W('Kurs for assistenter i skolen om fagbrev som praksiskandidat',
              'seksjon kirke, kultur og oppvekst', 'februar 2026'),
        ], 'tasks'),

        Heading('Politikk og samfunn'),
        mal(),
        List([
            (G('Fagforbundet Lofoten blir hørt i budsjettarbeidet i alle fire kommunene.', area=5), [
                W('Møte gruppelederne i Vestvågøy og Vågan før budsjettet', 'leder', 'oktober 2025',
                  area=5),
                W('Kreve at kommunestyrene vedtar en felles heltidsstrategi', 'styret', 'våren 2025',
                  area=1),
            ]),
        ], 'goals'),
        tilt(),
        List([
            W('Valgkamp på arbeidsplassene med materiell fra LO', 'styret', 'august 2025', area=5),
            W('1. mai-arrangement i Svolvær sammen med LO Lofoten', 'styret', area=5),
            W('Skrive innlegg i Lofotposten mot privatisering av hjemmetjenesten',
              'informasjonsansvarlig', area=2),
        ], 'tasks'),

        Heading('Digitalisering', area=6),
        mal(),
        List([
            (G('Tillitsvalgte bruker Teams til møter mellom øyene i stedet for å reise.'), [
                W('Teams-kurs for tillitsvalgte på Leknes og i Svolvær', 'opplæringsansvarlig',
                  'mars 2025', done=True),
            ]),
        ], 'goals'),
        tilt(),
        List([
            W('Digital hjelp for pensjonister med BankID og Helsenorge på biblioteket',
              'pensjonistutvalget', 'høsten 2025'),
        ], 'tasks'),

        Heading('Drift og trivsel'),
        tilt(),
        List([
            W('Styremøter på Teams annenhver uke og fysisk fire ganger i året', 'leder', area=None),
            W('Legge fram regnskap og budsjett for årsmøtet', 'kasserer', 'januar 2026', area=None),
            W('Sende ut nyhetsbrev på SMS til alle medlemmer', 'sekretær', 'hver måned', area=3),
            W('Sommerfest for tillitsvalgte og familiene deres', 'styret', 'juni 2025', area=None),
            W('Støtte SOS-barnebyer med et fast månedlig bidrag', 'kasserer', area=None),
        ], 'tasks'),
        Line('Sist endret 14.02.2025 av sekretær'),
    ]


def render(plan):
    out = []
    for b in plan.blocks:
        k = b.kind
        if k == 'title':
            out += ['# ' + b.text, '']
        elif k == 'line':
            if b.text.startswith('Dette er'):
                out += ['> ' + b.text, '']
            elif b.text.startswith('Sist endret'):
                out += ['---', '', '_%s_' % b.text, '']
            else:
                out += [b.text, '']
        elif k == 'heading':
            out += ['## ' + b.shown, '']
        elif k == 'sub':
            out += ['**%s**' % b.text]
        elif k == 'list':
            n = 0
            for e in b.entries:
                head, kids = e if isinstance(e, tuple) else (e, [])
                if b.style == 'goals':
                    n += 1
                    out.append('%d. %s' % (n, head.shown))
                    out += ['   - ' + x.shown for x in kids]
                else:
                    out.append('- [%s] %s' % ('x' if head.done else ' ', head.shown))
            out.append('')
        else:
            raise ValueError(k)
    return '\n'.join(out).rstrip('\n') + '\n'


def build():
    p = Plan('b2-08_lofoten', 'txt', META, blocks(), INFO)
    with open(p.path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(render(p))
    return p
