"""b2-07 Sauda: nynorsk spreadsheet saved as "Unicode text" (UTF-16 LE with BOM, CRLF,
TAB between cells).

Columns Område | Mål | Tiltak | Tidspunkt | Ansvarleg.  The Område cell names the area on
every row ("3 Organisering"); the Mål cell was merged over its group in the sheet, so it
is filled on the group's first row only.  Deadlines are quarters and seasons.  A second
block "Andre oppgåver i perioden" repeats the header row; its Område values (Drift,
Informasjon, Sosialt, Internasjonalt) name no area, so those rows are mapped by content.
"""
import codecs
from b2lib import Plan, Title, Line, Table, Span, Blank, G, M, render_tsv

META = dict(union='Fagforbundet Sauda', branch=None, periodFrom=2025, periodTo=2026,
            adopted=None, language='nn')
INFO = dict(
    format='text, UTF-16 LE with BOM, CRLF, TAB-separated',
    writer='spreadsheet "Unicode text" export (written by python in the format Excel/Calc saves)',
    structure='one sheet: Område | Mål | Tiltak | Tidspunkt | Ansvarleg; goal cell on the first '
              'row of each group; a second block with a repeated header row',
    styles='5 (spreadsheet text, area column, quarters, repeated header row)',
    hard='UTF-16 LE + CRLF; every row has all five cells (trailing TABs); area only from the '
         'Område column ("1 Heiltid" … "6 Digitalt"), which wins over the words (a pension course '
         'for tillitsvalde in the "3 Organisering" rows is 3); goal and measure in the same row; '
         'deadlines "1. kvartal", "Q3", "Q2 2026", "haust 2025", "løpande"; a blank row, a '
         'one-cell section row and the header row again in the middle; no avd. number and no '
         'adoption date')

H = ['Område', 'Mål', 'Tiltak', 'Tidspunkt', 'Ansvarleg']
AREAS = {'1 Heiltid': 1, '2 Eigenregi': 2, '3 Organisering': 3, '4 Fag': 4, '5 Politikk': 5,
         '6 Digitalt': 6}


def r(area, goal, measure, when, who):
    return [area, goal, measure, when, who]


def blocks():
    A1, A2, A3, A4, A5, A6 = AREAS
    rows = [
        r(A1, G('Uønskt deltid i pleie og omsorg skal ned med ein tredjedel.'),
          M('Gå gjennom turnusane i heimetenesta saman med leiinga'), '1. kvartal', 'HTV'),
        r(A1, '', M('Sjekke utlysingane til kommunen og reagere når stillingar blir lyste ut som '
                    'deltid'), 'løpande', 'plasstillitsvalde'),
        r(A1, '', M('Pensjonsmøte for medlemmar over 58 år saman med KLP'), 'Q3', 'styret'),
        r(A1, G('Tillitsvalde er budde på dei lokale lønsforhandlingane.'),
          M('Forhandlingskurs for tillitsvalde som skal føre lokale forhandlingar i kapittel 4'), '2. kvartal', 'leiar'),
        r(A2, G('Kommunen held fram med å drive reinhald og kantine sjølv.'),
          M('Be om tal på bruken av vikarbyrå i sjukeheimen'), 'kvart kvartal', 'HTV'),
        r(A2, '', M('Lage ein kort rapport om kva anbod har kosta nabokommunane'), 'haust 2025',
          'nestleiar'),
        r(A3, G('Fagforeininga skal auke til 560 medlemmar.'),
          M('Verveaksjon på arbeidsplassane i forbundsvekene'), 'Q1 og Q3', 'styret'),
        r(A3, '', M('Stand for elevane på helse- og oppvekstfag'), 'Q4', 'ungdomstillitsvald'),
        r(A3, '', M('Tillitsvaldsamling med tema arbeidsmiljø og HMS'), '2. kvartal', 'leiar'),
        r(A3, G('Kvar arbeidsplass med medlemmar har ein tillitsvald å gå til.'),
          M('Kartleggje arbeidsplassar utan tillitsvald og finne kandidatar'), '1. kvartal',
          'nestleiar'),
        r(A3, '', M('Grunnskulering for nye tillitsvalde'), 'haust 2025', 'opplæringsansvarleg'),
        r(A3, '', M('Kurs i pensjon og AFP for alle tillitsvalde'), 'Q2 2026',
          'opplæringsansvarleg'),
        r(A4, G('Fleire ufaglærte tilsette i barnehagane tek fagbrev innan 2026.'),
          M('Informasjonsmøte om fagbrev for ufaglærte i barnehagane'), 'Q1 2026',
          'seksjon kyrkje, kultur og oppvekst'),
        r(A4, '', M('Fagkveld om demens for helsefagarbeidarar'), 'haust 2025',
          'seksjon helse og sosial'),
        r(A5, G('Fagforbundet sine saker blir tekne opp i budsjettdebatten i kommunestyret.'),
          M('Budsjettmøte med gruppeleiarane i kommunestyret'), 'Q4', 'leiar'),
        r(A5, '', M('Valkampaktivitet på arbeidsplassane før stortingsvalet'), 'Q3 2025', 'styret'),
        r(A5, '', M('1. mai-arrangement i samarbeid med LO i Sauda'), '2. kvartal', 'styret'),
        r(A6, G('Alle tillitsvalde har tilgang til og brukar Tillitsvalgtportalen.'),
          M('Opplæring i Tillitsvalgtportalen for nye tillitsvalde'), 'Q1', 'opplæringsansvarleg'),
        r(A6, '', M('BankID-kurs for pensjonistane på biblioteket'), 'haust 2025',
          'pensjonistkontakt'),
        [''] * 5,
        [Span('Andre oppgåver i perioden', area=None)],
        list(H),
        r('Drift', '', M('Styremøte fyrste torsdag i månaden', area=None), 'løpande', 'leiar'),
        r('Drift', '', M('Årsmøte med val av nytt styre', area=None), '1. kvartal 2026', 'styret'),
        r('Drift', '', M('Rekneskap og revisjon', area=None), '1. kvartal', 'kasserar'),
        r('Informasjon', '', M('Oppdatere Facebook-sida kvar veke', area=3), 'løpande',
          'informasjonsansvarleg'),
        r('Sosialt', '', M('Julebord for alle tillitsvalde', area=None), 'desember', 'styret'),
        r('Sosialt', '', M('Sommartur til Røldal for pensjonistane', area=None), 'Q3',
          'pensjonistkontakt'),
        r('Internasjonalt', '', M('Støtte Fagforbundet sitt solidaritetsarbeid i Colombia',
                                  area=None), 'løpande', 'kasserar'),
    ]
    return [
        Title('Handlingsplan 2025–2026 Fagforbundet Sauda'),
        Line('Styret sitt framlegg, januar 2025'),
        Blank(),
        Table(H, rows, resp_col=4, dl_col=3, area_col=0, area_of=AREAS),
    ]


def build():
    p = Plan('b2-07_sauda', 'txt', META, blocks(), INFO)
    rows = render_tsv(p, len(H))
    text = ''.join('\t'.join(row) + '\r\n' for row in rows)
    with open(p.path, 'wb') as f:
        f.write(codecs.BOM_UTF16_LE + text.encode('utf-16-le'))
    return p
