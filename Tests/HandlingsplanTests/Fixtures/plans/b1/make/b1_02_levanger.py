"""b1-02 Levanger - bokmål, plain text as Word's "Save as plain text" (encoding
"Windows (default)") writes it: Windows-1252, CRLF, one paragraph per line.

The Word document used Wingdings bullets, two marker families without labels:
goals had the Wingdings arrowhead (character 0xD8, shown as ➢ in Word), measures the
Wingdings small square (0xA7, ▪), and the recurring tasks of the last section the
Wingdings check mark (0xFC, ✓).  Saved as text with a Windows code page, Word writes
the symbol font's byte as the Windows-1252 letter: "Ø", "§" and "ü", each followed by
a TAB.  The numbered list of the six areas in the introduction comes out as "1.<TAB>".
There is no "Mål"/"Tiltak" label anywhere: goal vs. measure only from the glyph.
"""
from b1lib import Plan, LG, M, UNSET, encode_text

GOAL, MEASURE, CHECK = '\u00d8\t', '\u00a7\t', '\u00fc\t'   # Ø, §, ü + TAB


def G(text, area=UNSET):
    return LG(text, area, pre=GOAL)


def T(text, area=UNSET, glyph=MEASURE):
    return M(text, area, pre=glyph)


def build():
    p = Plan('b1-02_levanger', 'txt',
             dict(union='Fagforbundet Levanger', branch=None, periodFrom=2025, periodTo=2025,
                  adopted='2025-01-30', language='nb'),
             format='text, Windows-1252, CRLF',
             writer='python (text as Word "Save as plain text" writes it, Windows encoding, '
                    'Wingdings bullets)',
             structure='a/b: area headings without numbers + own section; goals and measures '
                       'as two bullet families, no labels',
             styles='2 Word plain text with symbol-font bullets; 10 two marker families',
             hard='Wingdings bullets as "Ø<TAB>" (goals), "§<TAB>" (measures), "ü<TAB>" '
                  '(recurring tasks); "Ø" is also a Norwegian letter ("Økonomi …" heading, '
                  '"Øke …" words); kind only from the glyph family; numbered "1.<TAB>" list '
                  'of the six areas in the introduction (not items); upper-case title; '
                  'adoption date "30/1-2025"; no avd. number; headings only recognisable as '
                  'short lines after an empty line')
    p.title('HANDLINGSPLAN 2025')
    p.line('Fagforbundet Levanger')
    p.line('Godkjent av årsmøtet 30/1-2025')
    p.blank()
    p.para('Fagforbundets strategiplan har seks satsingsområder:')
    p.items(
        '1.\tHeltid, likelønn og kampen for mindre forskjeller',
        '2.\tGode offentlige tjenester med egne ansatte',
        '3.\tOrganisasjonsbygging og tariffmakt',
        '4.\tFag- og tjenesteutvikling',
        '5.\tAlliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid',
        '6.\tDigitalisering',
    )
    p.para('Under hvert område står først det vi vil oppnå i løpet av året, og deretter '
           'hva vi gjør for å komme dit.',
           'Styret går gjennom planen på hvert tredje styremøte.')

    p.blank()
    p.heading('Heltid og likelønn', 1)
    p.items(
        G('Flere ansatte i Levanger kommune har en stilling de kan leve av.'),
        G('Lønnsforskjellene mellom kvinnedominerte og mannsdominerte yrker i kommunen '
          'blir mindre.'),
        T('Kreve at heltidsavtalen fra 2023 følges opp i alle tjenester med turnus.'),
        T('Tillitsvalgte går gjennom utlysningene og sier fra når stillinger lyses ut som '
          'deltid.'),
        T('Medlemsmøte om pensjon for alle over 55 år, med vekt på AFP og offentlig '
          'tjenestepensjon.'),
        T('Bruke lønnsstatistikken før de lokale forhandlingene for å løfte de lavest '
          'lønte.'),
    )
    p.blank()
    p.heading('Offentlige tjenester med egne ansatte', 2)
    p.items(
        G('Levanger kommune slutter å bruke vikarbyrå i helse og omsorg.'),
        T('Be administrasjonen om tall for innleie fra bemanningsbyrå hvert halvår.'),
        T('Samle historier fra medlemmer om hva innleie betyr for kvalitet og arbeidsmiljø.'),
        T('Motsette oss at renholdet i kommunale bygg konkurranseutsettes.'),
        T('Åpent møte om egenregi sammen med de andre LO-forbundene i kommunen.'),
    )
    p.blank()
    p.heading('Organisasjonsbygging og tariffmakt', 3)
    p.items(
        G('Øke medlemstallet med 120 i 2025, og minst 30 av de nye er under 30 år.'),
        G('Alle enheter med medlemmer har plasstillitsvalgt.'),
        T('Arbeidsplassbesøk med vervestand på alle sykehjem i forbundsukene.'),
        T('Ringe alle nye medlemmer innen en måned etter innmelding.'),
        T('Grunnopplæring for nye plasstillitsvalgte hvert halvår.'),
        T('Medlemsmøte i hver yrkesseksjon minst én gang i året.'),
        T('Kartlegge hvilke private omsorgsbedrifter i kommunen som mangler tariffavtale.'),
    )
    p.blank()
    p.heading('Fag- og tjenesteutvikling', 4)
    p.items(
        G('Ti assistenter i skole og barnehage har begynt på fagbrev innen jul.'),
        T('Informere om fagbrev som praksiskandidat på personalmøtene i barnehagene.'),
        T('Fagkveld for renholdere og vaktmestere om ergonomi og nye renholdsmetoder.'),
        T('Kreve at kompetanseplanene i helse og omsorg også gjelder fagarbeidere.'),
        T('Følge opp at kommunen holder løftet om 15 læreplasser i 2025.'),
    )
    p.blank()
    p.heading('Alliansebygging og fagligpolitisk påvirkning', 5)
    p.items(
        G('Medlemmene vet hvilke partier som støtter Fagforbundets saker når de går til '
          'valgurnene i september.'),
        T('Valgkampmøte med de lokale stortingskandidatene i august.'),
        T('Stille med fane og appell i 1. mai-toget til LO i Levanger.'),
        T('Skrive leserinnlegg i lokalavisa om heltid og egne ansatte.'),
        T('Møte gruppelederne før kommunestyret behandler budsjettet.'),
    )
    p.blank()
    p.heading('Digitalisering', 6)
    p.items(
        G('Tillitsvalgte er trygge på de digitale verktøyene forbundet bruker.'),
        T('Teams-opplæring for alle plasstillitsvalgte.'),
        T('Kurs for pensjonister i BankID, Vipps og Helsenorge.'),
        T('Kreve at tillitsvalgte er med når nye fagsystemer tas i bruk i kommunen.'),
    )
    p.blank()
    p.heading('Økonomi, drift og sosialt', None)
    p.items(
        T('Styremøte første onsdag i måneden, ikke i juli.', area=None, glyph=CHECK),
        T('Regnskapet føres løpende og revideres før årsmøtet.', area=None, glyph=CHECK),
        T('Årsmøte innen utgangen av februar 2026.', area=None, glyph=CHECK),
        T('Nettsiden og Facebook-siden oppdateres hver uke.', area=3, glyph=CHECK),
        T('Julebord for medlemmene første helgen i desember.', area=None, glyph=CHECK),
        T('Gave til jubilanter med 25 og 40 års medlemskap.', area=None, glyph=CHECK),
        T('Øremerke 5 000 kroner til Fagforbundets solidaritetsfond.', area=None,
          glyph=CHECK),
    )
    p.blank()
    p.line('Levanger, januar 2025')
    p.line('For styret: leder og sekretær')
    return p


def render(p, out, work):
    lines = []
    for b in p.blocks:
        t = b['t']
        if t in ('title', 'line', 'heading', 'label'):
            lines.append(b['text'])
        elif t == 'blank':
            lines.extend([''] * b['n'])
        elif t == 'para':
            lines.append(' '.join(s.shown for s in b['segs']))
        elif t == 'list':
            for _, e in b['entries']:
                lines.append(e.shown)
        else:
            raise ValueError(t)
    with open(out, 'wb') as f:
        f.write(encode_text(lines, 'cp1252', '\r\n'))
