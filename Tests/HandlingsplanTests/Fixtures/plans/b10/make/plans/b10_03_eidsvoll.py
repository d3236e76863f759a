"""b10-03 Eidsvoll: a spreadsheet saved as "Formatted text (space delimited)" (.prn) from
Excel on Windows, renamed .txt: Windows-1252, CRLF, fixed-width columns padded with spaces
(also the last column, so lines end in spaces), numbers right-aligned.

Columns: Nr | Område | Type | Beskrivelse | Ansvar | Frist | Kostnad. Område stands only on
the first row of its group (merged cell in the sheet). Type is "Mål" or "Tiltak".
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b10-03_eidsvoll'
EXT = 'txt'
FORMAT = 'text (Windows-1252, CRLF, fixed-width columns)'
WRITER = 'Excel "Formatted Text (Space delimited)" (.prn) layout, written by python'
LANG = 'nb'
STYLE = ('spreadsheet as fixed-width text: Nr | Område | Type | Beskrivelse | Ansvar | Frist | '
         'Kostnad, columns only as runs of spaces; Område on the first row of each group')
HARD = ('Windows-1252 + CRLF; no TAB and no separators: column boundaries only from the header '
        'positions and the space padding (every line padded to full width, trailing spaces); '
        'empty cells are spaces, so a row with an empty Ansvar has a wide gap; kind only from '
        'the Type column; section from the Område cell of the first row of a group (short names '
        '"Heltid/lønn", "Egenregi", "Organisasjon", "Fag", "Politikk", "Digitalt"; "Drift" is no '
        'area); right-aligned Kostnad amounts and a "Sum" row; Nr values "1.1" look like '
        'outline numbers; title lines overflow the first column')

META = {'union': 'Fagforbundet Eidsvoll', 'branch': '241', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-04', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Eidsvoll avd. 241 - Handlingsplan 2026", "Vedtatt på årsmøtet 04.02.2026"'

# (Område, area, rows); row = (type, text, ansvar, frist, kostnad, area-if-own)
GROUPS = [
    ('Heltid/lønn', 1, [
        ('Mål', 'Andelen heltidsansatte i helse og omsorg øker til 55 prosent i løpet av 2026',
         '', '', ''),
        ('Tiltak', 'Kreve halvårlig rapport om heltid og deltid fra kommunen', 'HTV',
         'Juni/des', ''),
        ('Tiltak', 'Medlemsmøte om pensjon og AFP for ansatte over 50 år', 'Styret', 'Okt',
         '4000'),
        ('Tiltak', 'Lønnskartlegging for barne- og ungdomsarbeidere før lokale forhandlinger',
         'HTV', 'Apr', ''),
    ]),
    ('Egenregi', 2, [
        ('Mål', 'Renhold og vaskeri forblir kommunalt drevet i Eidsvoll', '', '', ''),
        ('Tiltak', 'Følge kommunens vurdering av vaskeriet og varsle medlemmene tidlig', 'Leder',
         'Løpende', ''),
        ('Tiltak', 'Felles møte med Fagforbundet Ullensaker om anbud på skoleskyss', 'Leder',
         'Mai', ''),
        ('Tiltak', 'Kartlegge bruk av innleie fra bemanningsbyrå i hjemmetjenesten', '', 'Sep',
         ''),
    ]),
    ('Organisasjon', 3, [
        ('Mål', 'Minst 60 nye medlemmer i 2026, hvorav 15 lærlinger og studenter', '', '', ''),
        ('Mål', 'Alle avdelinger på sykehjemmene har egen plasstillitsvalgt', '', '', ''),
        ('Tiltak', 'Vervestand på Råholt og Eidsvoll verk i forbundsukene', 'Vervekontakt',
         'Uke 16 og 40', '2500'),
        ('Tiltak', 'Grunnskolering for nye tillitsvalgte', 'Opplæringsansvarlig', 'Mars', ''),
        ('Tiltak', 'Tillitsvalgtsamling over to dager med overnatting', 'Styret', 'Okt',
         '45000'),
        ('Tiltak', 'Besøke helsefagklassene ved Eidsvoll videregående skole',
         'Ungdomstillitsvalgt', 'Feb', ''),
    ]),
    ('Fag', 4, [
        ('Mål', 'Flere ufaglærte i barnehagene tar fagbrev', '', '', ''),
        ('Tiltak', 'Infomøte om fagbrev på jobb for assistenter', 'Seksjon KKO', 'Mar', ''),
        ('Tiltak', 'Fagdag for helsefagarbeidere med tema demens', 'Seksjon helse/sosial',
         'Nov', '8000'),
    ]),
    ('Politikk', 5, [
        ('Mål', 'Fagforbundet blir lyttet til i kommunens budsjettarbeid', '', '', ''),
        ('Tiltak', 'Budsjettmøte med ordfører og gruppeledere', 'Leder/nestleder', 'Sep', ''),
        ('Tiltak', '1. mai-arrangement sammen med LO i Eidsvoll', 'Styret', '1. mai', '6000'),
        ('Tiltak', 'Innspill til eldrerådet om bemanning på sykehjem', 'Pensjonistkontakt', 'Vår',
         ''),
    ]),
    ('Digitalt', 6, [
        ('Mål', 'Alle tillitsvalgte bruker Tillitsvalgtportalen i det daglige arbeidet', '', '',
         ''),
        ('Tiltak', 'Kurs i Tillitsvalgtportalen og Teams', 'Opplæringsansvarlig', 'Jan', '3000'),
        ('Tiltak', 'Kreve medvirkning ved innføring av digitalt tilsyn i hjemmetjenesten', 'HTV',
         'Løpende', ''),
    ]),
    ('Drift', None, [
        ('Tiltak', 'Styremøter', 'Leder', 'Månedlig', '', None),
        ('Tiltak', 'Årsmøte med valg', 'Styret', 'Feb', '12000', None),
        ('Tiltak', 'Regnskap og revisjon', 'Kasserer', 'Jan', '', None),
        ('Tiltak', 'Medlemsinformasjon på Facebook og SMS', 'Sekretær', 'Løpende', '', 3),
        ('Tiltak', 'Julebord for medlemmer', 'Styret', 'Des', '30000', None),
    ]),
]

WIDTHS = [5, 14, 8, 78, 21, 14, 8]   # Excel column widths in characters
RIGHT = [False, False, False, False, False, False, True]


def fmt_row(cells):
    out = []
    for c, w, r in zip(cells, WIDTHS, RIGHT):
        assert len(c) <= w, (c, w)
        out.append(c.rjust(w) if r else c.ljust(w))
    return ''.join(out)


def fmt_free(text):
    """A title cell longer than its column: Excel writes the whole text and pads the line."""
    return text.ljust(sum(WIDTHS))


def build():
    blocks, lines = [], []
    for t in ['Fagforbundet Eidsvoll avd. 241 - Handlingsplan 2026',
              'Vedtatt på årsmøtet 04.02.2026']:
        lines.append(fmt_free(t))
        blocks.append(note(t))
    lines.append(fmt_row([''] * 7))
    header = ['Nr', 'Område', 'Type', 'Beskrivelse', 'Ansvar', 'Frist', 'Kostnad']
    lines.append(fmt_row(header))
    for h in header:
        blocks.append(note(h))
    total = 0
    for gi, (omr, area, rows) in enumerate(GROUPS, 1):
        for ri, row in enumerate(rows, 1):
            typ, text, who, when, kr = row[:5]
            nr = '%d.%d' % (gi, ri)
            lines.append(fmt_row([nr, omr if ri == 1 else '', typ, text, who, when, kr]))
            if ri == 1:
                blocks.append(H(omr, area=area))
            kw = {'area': row[5]} if area is None else {}
            if typ == 'Mål':
                blocks.append(G(text, **kw))
            else:
                blocks.append(M(text, resp=who or None, dl=when or None, **kw))
            if kr:
                total += int(kr)
    lines.append(fmt_row([''] * 7))
    lines.append(fmt_row(['', 'Sum', '', '', '', '', str(total)]))
    blocks.append(note('Sum'))
    return blocks, '\n'.join(lines) + '\n'


BLOCKS, TEXT = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.txt'), TEXT, encoding='cp1252', crlf=True)
