"""b5-07 Flekkefjord - bokmål, DOCX written by pandoc from Markdown.

A plan kept up to date during the year: under every area heading the goals are a
bulleted list after the bold label "Mål for året", and the measures are a checklist
table Tiltak | Ja/Nei | Kommentar with ✔ / ✘ marks and short comments.  One table
has separate Ja | Nei columns ticked with "X".  One of the goals is a national goal
copied verbatim.
"""
from planlib import Title, Meta, Para, Label, Area, Own, Header, Mark, G, N, M, pandoc, \
    src_path

INFO = dict(
    id='b5-07', base='b5-07_flekkefjord', ext='docx', format='DOCX',
    writer='pandoc 2.17 (Markdown -> DOCX)', language='nb',
    structure='area headings (Heading 2), bold "Mål for året" + bullet goals, then a checklist '
              'table Tiltak | Ja/Nei | Kommentar per area',
    styles='7 (checklist table with ✔/✘ or X marks and comments; goals as bullets under '
           '"Mål for året")',
    hard='measures are the Tiltak cells of status tables whose other columns are a tick (✔/✘, '
         'or "X" in one of two columns Ja | Nei) and a comment - neither responsible nor '
         'deadline, and the comments ("Flyttet til januar 2026", "12 nye medlemmer") are not '
         'items; the Ja/Nei columns say whether a measure was done, not whether it is one; '
         'empty comment cells; one "Mål for året" bullet is the national goal "Forbedret '
         'digital kompetanse hos tillitsvalgte." (nationalGoal); "Sist oppdatert 10.09.2025" '
         'is not the adoption date; a last own section "Drift og sosialt" mapped by content')

PLAN = dict(union='Fagforbundet Flekkefjord', branch='389', periodFrom=2025, periodTo=2025,
            adopted='2025-02-06', language='nb')

GOALS = 'Mål for året'
CHECK = ['Tiltak', 'Ja/Nei', 'Kommentar']
SPLIT = ['Tiltak', 'Ja', 'Nei', 'Kommentar']
YES, NO = '\u2714', '\u2718'


def C(text, done, comment='', area=None, **kw):
    """a checklist row: measure, tick (True/False), comment"""
    cells = {'mark': YES if done else NO}
    if comment:
        cells['kommentar'] = comment
    if area is None:
        return M(text, cells=cells, **kw)
    return M(text, area[0], cells=cells, **kw)


BLOCKS = [
    Title('Handlingsplan med status 2025'),
    Meta('Fagforbundet Flekkefjord avd. 389'),
    Meta('Vedtatt på årsmøtet 6. februar 2025. Sist oppdatert 10.09.2025.'),
    Para('Styret fører status på tiltakene gjennom året. Et hake betyr at tiltaket er '
         'gjennomført, et kryss at det ikke er gjort ennå.'),

    Area('Heltid, likelønn og mindre forskjeller', 1),
    Label(GOALS),
    G('Antall deltidsansatte i Flekkefjord kommune går ned.'),
    G('Alle medlemmer som ønsker det, får en gjennomgang av pensjonen sin.'),
    Header(CHECK),
    C('Be kommunen om tall for deltid fordelt på enhet', True, 'Tall mottatt i april'),
    C('Pensjonskveld for medlemmene med foredragsholder fra forbundet', True, '32 deltok'),
    C('Kreve drøfting av heltidsplanen i arbeidsmiljøutvalget', False, 'Tas opp igjen i oktober'),
    C('Gi tillitsvalgte i private barnehager opplæring i lokale lønnsforhandlinger', False),

    Area('Offentlige tjenester i egen regi', 2),
    Label(GOALS),
    G('Ingen kommunale tjenester i Flekkefjord settes ut på anbud i 2025.'),
    Header(CHECK),
    C('Lage oversikt over innleie fra bemanningsbyrå i helse og omsorg', True,
      'Sendt til styret i mai'),
    C('Skrive høringsuttalelse mot privatisering av det kommunale vaskeriet', True),
    C('Samarbeide med Arbeiderpartiet lokalt om et forslag om egenregi i renholdet', False,
      'Ikke startet'),

    Area('Organisasjonsbygging og tariffmakt', 3),
    Label(GOALS),
    G('Fagforeningen runder 800 medlemmer.'),
    G('Minst halvparten av lærlingene i kommunen er medlemmer hos oss.'),
    Header(SPLIT),
    C('Vervestand på Flekkefjord sykehus i forbundsuka', True, '12 nye medlemmer', split=True),
    C('Besøke lærlingene i kommunen sammen med ungdomstillitsvalgt', True, split=True),
    C('Grunnskolering for nye plasstillitsvalgte', False, 'Flyttet til januar 2026', split=True),
    C('Ringe alle som har vært medlem i ett år', False, 'For lite kapasitet', split=True),
    C('Få valgt plasstillitsvalgt i den private omsorgsbedriften i sentrum', True,
      'Valgt i juni', split=True),

    Area('Fag- og tjenesteutvikling', 4),
    Label(GOALS),
    G('Minst fem av medlemmene våre starter på et fagbrevløp i 2025.'),
    Header(CHECK),
    C('Orientere assistentene i barnehagene om hvordan de kan ta fagbrev på jobb', True,
      'Holdt i februar'),
    C('Markere Renholdets dag med kaffe og kake på arbeidsplassene', True),
    C('Fagkveld for ansatte i barnehage om språkutvikling', False, 'Ikke nok påmeldte'),

    Area('Politisk påvirkning', 5),
    Label(GOALS),
    G('Medlemmene våre går til valg i september og kjenner Fagforbundets saker.'),
    Header(CHECK),
    C('1. mai-arrangement i Flekkefjord sentrum', True, 'Godt oppmøte tross regn'),
    C('Valgkampstand på torget i august', True),
    C('Møte med gruppelederne om budsjettet for 2026', False, 'Planlagt i oktober'),

    Area('Digitalisering', 6),
    Label(GOALS),
    N('Forbedret digital kompetanse hos tillitsvalgte.'),
    G('Medlemmer som ikke behersker BankID, får hjelp av fagforeningen.'),
    Header(CHECK),
    C('Kurs i Teams og Tillitsvalgtportalen for nye tillitsvalgte', True),
    C('BankID-hjelp på biblioteket for pensjonister', True, 'Tre ganger i vår'),
    C('Kreve at tillitsvalgte er med når ny velferdsteknologi innføres i hjemmetjenesten',
      False),

    Own('Drift og sosialt'),
    Label(GOALS),
    G('Styret holder budsjettet for 2025.', None),
    Header(CHECK),
    C('Styremøte den første mandagen hver måned', True, area=(None,)),
    C('Årsmøte med valg i februar', True, area=(None,)),
    C('Julebord for medlemmene', False, 'Planlegges i november', area=(None,)),
    C('Innsamling til Leger uten grenser på medlemsmøtene', False, area=(None,)),

    Para('Neste statusrapport legges fram på styremøtet i desember.'),
]


def cell(s):
    return s.replace('|', '\\|')


def render(path):
    md = []
    table = None

    def flush():
        nonlocal table
        if table:
            hdr, rows = table
            md.append('| ' + ' | '.join(hdr) + ' |')
            md.append('|' + '|'.join(['---'] * len(hdr)) + '|')
            md.extend(rows)
            md.append('')
        table = None

    for b in BLOCKS:
        if b.kind != 'item' or b.ikind != 'measure':
            flush()
        if b.kind == 'title':
            md += ['---', 'title: "%s"' % b.text, 'lang: nb-NO', '---', '']
        elif b.kind in ('meta', 'para'):
            md += [b.text, '']
        elif b.kind in ('area', 'own'):
            md += ['## ' + b.text, '']
        elif b.kind == 'label':
            md += ['**%s**' % b.text, '']
        elif b.kind == 'item' and b.ikind != 'measure':
            md.append('- ' + b.text)
            nxt = BLOCKS[BLOCKS.index(b) + 1]
            if not (nxt.kind == 'item' and nxt.ikind != 'measure'):
                md.append('')
        elif b.kind == 'header':
            table = (b.cells, [])
        elif b.kind == 'item':
            hdr, rows = table
            mark, com = b.cells['mark'], b.cells.get('kommentar', '')
            if b.get('split'):
                vals = [b.text, 'X' if mark == YES else '', 'X' if mark == NO else '', com]
            else:
                vals = [b.text, mark, com]
            assert len(vals) == len(hdr)
            rows.append('| ' + ' | '.join(cell(v) for v in vals) + ' |')
        else:
            raise ValueError(b.kind)
    flush()
    src = src_path('b5-07_flekkefjord.md')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('\n'.join(md).rstrip('\n') + '\n')
    pandoc(src, path, 'markdown', 'docx')
