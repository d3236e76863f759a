"""b14-03 Tingvoll: the whole plan in one single-column table (Word users do this to get
coloured bands). The row's shading is the only structure: dark green = title, mid green =
area, pale green = goal, white = measure (with a small grey second paragraph "Ansvarleg: … ·
Frist: …") and pale grey = notes / intro. No headings, no lists, no labels.

Written with python-docx 1.2.0 (default template, Table Grid, w:shd per cell).
"""
import os
import sys
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

BASE = 'b14-03_tingvoll'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'python-docx 1.2.0 (default template, Table Grid, cell shading)'
LANG = 'nn'
STYLE = ('one 1-column table holds the whole document; row shading is the structure: dark = '
         'title, mid = area, pale = goal, white = measure with a grey "Ansvarleg: X · Frist: Y" '
         'paragraph, grey = intro and notes')
HARD = ('no heading, list or label anywhere: area, goal and measure differ only by the cell\'s '
        'w:shd fill (and bold on areas); a measure cell has two paragraphs, the second one giving '
        'responsible and deadline after "Ansvarleg:" and "Frist:" separated by " · " (not part of '
        'the text); grey note rows (intro, "Merknad: …", closing) are prose between the bands; '
        'drifted nynorsk area names; own band "Styre og drift" with measures by content (null, '
        '3), two of them without an Ansvarleg line')
META = {'union': 'Fagforbundet Tingvoll', 'branch': '349', 'periodFrom': 2026, 'periodTo': 2027,
        'adopted': '2026-01-22', 'language': 'nn'}
AS_WRITTEN = ('"Fagforbundet Tingvoll avdeling 349", "Handlingsplan 2026–2027", "Vedteken på '
              'årsmøtet 22. januar 2026"')

AREAS = [
    ('Heiltid og likeløn', 1, [
        'Fleire tilsette i Tingvoll kommune har heile, faste stillingar ved utgangen av 2027.',
    ], [
        ('Krevje at ledige stillingar i omsorga blir lyste ut som heile stillingar',
         'Hovudtillitsvald', 'løpande'),
        ('Ta initiativ til eit partssamansett heiltidsutval i kommunen', 'Leiar', 'mars 2026'),
        ('Følgje opp at lærlingar får tilbod om fast stilling etter fagprøva',
         'Ungdomstillitsvald', 'juni 2026'),
    ], None),
    ('Gode offentlege tenester med eigne tilsette', 2, [
        'Reinhald og kjøkken i kommunen blir drivne av kommunen sjølv.',
    ], [
        ('Be om ei oversikt over alle kjøp av private helsetenester i 2025', 'Leiar',
         'april 2026'),
        ('Skrive høyringssvar når kommunen vurderer å setje ut vaktmeistertenesta', 'Styret',
         'når saka kjem'),
    ], 'Merknad: Saka om vaktmeistertenesta er venta i formannskapet hausten 2026.'),
    ('Organisasjonsbygging og tariffmakt', 3, [
        'Fagforeininga har minst 320 medlemar ved årsskiftet 2026/2027.',
        'Alle arbeidsplassar med meir enn ti medlemar har ein plasstillitsvald.',
    ], [
        ('Vervedag på Tingvoll helsetun med kake og informasjon om forsikringar',
         'Vervetillitsvald', 'september 2026'),
        ('Gje alle nye tillitsvalde grunnopplæring første halvår', 'Opplæringsansvarleg',
         'juni 2026'),
        ('Medlemsmøte om lønsoppgjeret og pensjon for yngre medlemar', 'Styret', 'mai 2026'),
    ], None),
    ('Fag og kompetanse', 4, [
        'Fleire assistentar i skule og barnehage tek fagbrev.',
    ], [
        ('Kartleggje kor mange ufaglærte som ønskjer fagbrev som barne- og ungdomsarbeidar',
         'Fagansvarleg', 'februar 2027'),
        ('Søkje kommunen om permisjon med løn for tilsette som tek fagbrev', 'Hovudtillitsvald',
         'oktober 2026'),
    ], None),
    ('Påverknad og samarbeid', 5, [], [
        ('Invitere kommunestyret til open dag på Tingvoll sjukeheim', 'Leiar', 'november 2026'),
        ('Delta i LO-samarbeidet på Nordmøre og på 1. mai i Kristiansund', 'Styret',
         '1. mai 2026'),
    ], None),
    ('Digitalisering', 6, [
        'Tillitsvalde får opplæring før kommunen tek i bruk nye digitale system.',
    ], [
        ('Krevje at tillitsvalde blir med i prosjektgruppa for ny pasientjournal',
         'Hovudtillitsvald', 'august 2026'),
        ('Lage ein enkel rettleiar for Fagforbundet-appen til medlemane', 'Sekretær',
         'april 2026'),
    ], None),
]
OWN = ('Styre og drift', [
    ('Styret samlast til møte andre onsdagen i kvar månad', 'Leiar', 'løpande', None),
    ('Revidert rekneskap og årsmelding til årsmøtet', 'Kasserar', 'januar 2027', None),
    ('Sommartur til Håholmen for medlemane', None, None, None),
    ('Hyggjekveld for pensjonistmedlemane i adventstida', None, None, None),
])

DARK, MID, PALE, GREY = '385623', 'A9D08E', 'E2EFDA', 'EDEDED'


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def build():
    B = []
    rows = []  # (fill, [(text, bold, small, colour)])

    def row(fill, *paras):
        rows.append((fill, paras))

    t = 'Fagforbundet Tingvoll avdeling 349 – Handlingsplan 2026–2027'
    row(DARK, (t, True, False, 'FFFFFF')); B.append(note(t))
    t = ('Vedteken på årsmøtet 22. januar 2026. Planen byggjer på strategiplanen til forbundet '
         'og fortel kva fagforeininga vil arbeide med dei to neste åra.')
    row(GREY, (t, False, False, None)); B.append(note(t))
    for head, area, goals, meas, merk in AREAS:
        row(MID, (head, True, False, None)); B.append(H(head, area=area))
        for g in goals:
            row(PALE, (g, False, False, None)); B.append(G(g))
        for (m, r, d) in meas:
            sub = 'Ansvarleg: %s · Frist: %s' % (r, d)
            row(None, (m, False, False, None), (sub, False, True, '595959'))
            B.append(M(m, resp=r, dl=d))
        if merk:
            row(GREY, (merk, False, False, None)); B.append(note(merk))
    head, ms = OWN
    row(MID, (head, True, False, None)); B.append(H(head, area=None))
    for (m, r, d, a) in ms:
        if r:
            row(None, (m, False, False, None),
                ('Ansvarleg: %s · Frist: %s' % (r, d), False, True, '595959'))
            B.append(M(m, resp=r, dl=d, area=a))
        else:
            row(None, (m, False, False, None)); B.append(M(m, area=a))
    t = 'Styret legg fram ei evaluering av planen på årsmøtet i 2027.'
    row(GREY, (t, False, False, None)); B.append(note(t))
    return rows, B


ROWS, BLOCKS = build()


def render():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    tbl = doc.add_table(rows=0, cols=1)
    tbl.style = 'Table Grid'
    for fill, paras in ROWS:
        cell = tbl.add_row().cells[0]
        if fill:
            shade(cell, fill)
        for k, (text, bold, small, colour) in enumerate(paras):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            r = p.add_run(text)
            r.bold = bold or None
            if small:
                r.font.size = Pt(8)
            if colour:
                r.font.color.rgb = RGBColor.from_string(colour)
    p = doc.paragraphs[0] if doc.paragraphs else None
    path = os.path.join(PLANS, BASE + '.docx')
    doc.core_properties.title = 'Handlingsplan 2026–2027'
    doc.save(path)
    return path
