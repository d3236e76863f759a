"""b13-07 Vågå: a plan that starts from a SWOT analysis and then goes "from challenge to
measure". Chapter 1 is the SWOT as a 2 x 2 table (Styrkar | Svakheiter / Moglegheiter |
Truslar) with bullet lists in the cells; chapter 2 has a Heading 2 per area, each with a
three-column table Utfordring | Mål | Tiltak: one row per goal, the challenge it answers in the
first cell, the goal in the second, a bullet list of measures in the third. Chapter 3 says how
the plan is evaluated.

odfpy 1.4.1 (written directly; automatic styles, text:list in table cells).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

BASE = 'b13-07_vaga'
EXT = 'odt'
FORMAT = 'ODT'
WRITER = 'odfpy 1.4.1 (written directly, no office suite)'
LANG = 'nn'
STYLE = ('SWOT analysis (2 x 2 table, bullet lists in the cells) followed by one table per area '
         'Utfordring | Mål | Tiltak: challenge, goal and a bullet list of measures in one row')
HARD = ('the SWOT cells are bullet lists that read like goals and measures ("Få tillitsvalde i '
        'barnehagane og i reinhaldet", "Kommunen skal lage ny heiltidsstrategi i 2026") but are '
        'analysis, not items; in the area tables the first cell of every row is a challenge '
        '(situation, no item: "Berre 36 prosent av dei tilsette i heimetenesta har heil '
        'stilling."), the second the goal, the third a bullet list whose entries are measures '
        '(1-3 per row); a reader that takes a row as one record or the first column as the goal '
        'goes wrong; the own table "Drift og trivsel" has "–" in the challenge and goal cells '
        '(measures by content: null); drifted nynorsk area names; chapters "1 Kvar står vi?" and '
        '"3 Evaluering" hold no items; nynorsk')

META = {'union': 'Fagforbundet Vågå', 'branch': '297', 'periodFrom': 2026, 'periodTo': 2027,
        'adopted': '2026-01-29', 'language': 'nn'}
AS_WRITTEN = '"Fagforbundet Vågå, avdeling 297", "Vedteke på årsmøtet på Vågåmo 29. januar 2026"'

SWOT = [
    ('Styrkar', ['Mange erfarne tillitsvalde i helse og omsorg',
                 'God økonomi og eit aktivt styre',
                 'Godt samarbeid med kommunedirektøren']),
    ('Svakheiter', ['Få tillitsvalde i barnehagane og i reinhaldet',
                    'Lite aktivitet i seksjon kyrkje, kultur og oppvekst',
                    'Mange medlemar les ikkje e-post frå fagforeininga']),
    ('Moglegheiter', ['Kommunen skal lage ny heiltidsstrategi i 2026',
                      'Mange unge tek fagbrev i helsearbeidarfaget',
                      'Tettare samarbeid med nabofagforeiningane i Nord-Gudbrandsdalen']),
    ('Truslar', ['Kommunen vurderer å kjøpe reinhald frå eit privat firma',
                 'Innsparingar i budsjettet for 2026',
                 'Mange medlemar går av med pensjon dei neste åra']),
]

# (heading, area, [(challenge, goal, [measures])])
AREAS = [
    ('Heiltid og likeløn', 1, [
        ('Berre 36 prosent av dei tilsette i heimetenesta har heil stilling.',
         'Minst halvparten av dei tilsette i heimetenesta i Vågå skal ha heil stilling i 2027.',
         ['Krevje at heiltidsstrategien får ein plan for kvar eining',
          'Følgje med på utlysingane og seie frå når stillingar blir lyste ut som deltid']),
        ('Mange går av med AFP utan å vite kva det betyr for pensjonen.',
         'Medlemane skal vite kva pensjon dei får.',
         ['Pensjonsmøte med KLP på Vågåmo i oktober']),
    ]),
    ('Eigne tilsette i kommunen', 2, [
        ('Reinhaldet på skulane er foreslått sett ut på anbod i budsjettet.',
         'Reinhaldet i Vågå kommune skal framleis gjerast av eigne tilsette.',
         ['Leggje fram tal på kva konkurranseutsetjing har kosta andre kommunar',
          'Møte med formannskapet om reinhaldet før budsjettet for 2027']),
    ]),
    ('Organisasjon og tariffmakt', 3, [
        ('Fire av ti barnehagar manglar plasstillitsvald.',
         'Alle barnehagane skal ha plasstillitsvald innan sommaren.',
         ['Val av plasstillitsvalde på barnehagane',
          'Grunnkurs for nye plasstillitsvalde i april']),
        ('Medlemstalet gjekk ned med 14 i 2025.',
         'Fagforeininga skal auke til 380 medlemar.',
         ['Vervestand på Vågå sjukeheim i forbundsvekene',
          'Personleg velkomst til alle nye medlemar',
          'Besøk hos elevane på helse- og oppvekstfag på Otta vidaregåande skule']),
    ]),
    ('Fag og kompetanse', 4, [
        ('Få assistentar veit at dei kan ta fagbrev på jobb.',
         'Minst seks assistentar skal byrje på fagbrev i perioden.',
         ['Informasjonskveld om praksiskandidatordninga',
          'Fagdag om demens for helsefagarbeidarar saman med kommunen']),
    ]),
    ('Politisk påverknad', 5, [
        ('Budsjettet for 2026 har kutt i heimetenesta.',
         'Fagforeininga skal vere med og påverke budsjettet for 2027.',
         ['Budsjettmøte med ordføraren og gruppeleiarane i september',
          'Lesarinnlegg i Fjuken om kutta i heimetenesta',
          '1. mai-arrangement på Vågåmo saman med LO']),
    ]),
    ('Digitalisering', 6, [
        ('Berre kvar tredje medlem opnar e-postane frå fagforeininga.',
         'Medlemane skal få informasjon der dei er, på mobilen.',
         ['SMS-varsel om alle medlemsmøte',
          'Digitalt kurs for tillitsvalde i Tillitsvaldportalen']),
    ]),
]
OWN = ('Drift og trivsel', [
    'Faste styremøte første onsdag i kvar månad',
    'Revidert rekneskap til årsmøtet i januar 2027',
    'Julebord for medlemar og pensjonistar',
    'Innsamling til Norsk Folkehjelp sitt minearbeid',
])

TITLE = 'Handlingsplan 2026–2027'
SUB = ['Fagforbundet Vågå, avdeling 297', 'Vedteke på årsmøtet på Vågåmo 29. januar 2026']
CH1 = '1 Kvar står vi?'
CH1_TEXT = ('Styret gjekk gjennom situasjonen i fagforeininga på styreseminaret i november. '
            'Tabellen under viser det vi kom fram til.')
CH2 = '2 Frå utfordring til tiltak'
CH2_TEXT = ('For kvart satsingsområde viser tabellen kva utfordring vi svarar på, kva vi vil '
            'oppnå, og kva vi gjer.')
CH3 = '3 Evaluering'
CH3_TEXT = ('Styret går gjennom planen på styreseminaret i desember og rapporterer til årsmøtet '
            'i 2027.')
THEAD = ['Utfordring', 'Mål', 'Tiltak']


def build_blocks():
    b = [note(TITLE)] + [note(s) for s in SUB]
    b += [H(CH1, section=False), note(CH1_TEXT.split('. ')[0] + '.'),
          note(CH1_TEXT.split('. ')[1])]
    for head, bullets in SWOT:
        b.append(note(head))
        b += [note(x) for x in bullets]
    b += [H(CH2, section=False), note(CH2_TEXT)]
    for head, area, rows in AREAS:
        b.append(H(head, area=area))
        b += [note(h) for h in THEAD]
        for ch, goal, ms in rows:
            b += [note(ch), G(goal)] + [M(m) for m in ms]
    head, ms = OWN
    b.append(H(head, area=None))
    b += [note(h) for h in THEAD]
    b += [M(m, area=None) for m in ms]
    b += [H(CH3, section=False), note(CH3_TEXT)]
    return b


BLOCKS = build_blocks()


def render():
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, TableProperties, ListLevelProperties)
    from odf.text import P, H as OH, List, ListItem, ListStyle, ListLevelStyleBullet
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    st = doc.styles
    h1 = Style(name='Heading 1', family='paragraph', defaultoutlinelevel='1')
    h1.addElement(TextProperties(fontsize='16pt', fontweight='bold'))
    h1.addElement(ParagraphProperties(margintop='0.5cm', marginbottom='0.2cm'))
    st.addElement(h1)
    h2 = Style(name='Heading 2', family='paragraph', defaultoutlinelevel='2')
    h2.addElement(TextProperties(fontsize='13pt', fontweight='bold'))
    h2.addElement(ParagraphProperties(margintop='0.4cm', marginbottom='0.15cm'))
    st.addElement(h2)
    title = Style(name='Title', family='paragraph')
    title.addElement(TextProperties(fontsize='22pt', fontweight='bold'))
    st.addElement(title)
    body = Style(name='Text body', family='paragraph')
    body.addElement(ParagraphProperties(marginbottom='0.2cm'))
    body.addElement(TextProperties(fontsize='10.5pt', language='nn', country='NO'))
    st.addElement(body)
    cellp = Style(name='Table Contents', family='paragraph')
    cellp.addElement(TextProperties(fontsize='10pt'))
    st.addElement(cellp)
    cellh = Style(name='Table Heading', family='paragraph', parentstylename=cellp)
    cellh.addElement(TextProperties(fontweight='bold', fontsize='10pt'))
    st.addElement(cellh)

    auto = doc.automaticstyles
    tstyle = Style(name='Tbl', family='table')
    tstyle.addElement(TableProperties(width='17cm', align='margins'))
    auto.addElement(tstyle)
    col = {}
    for name, w in (('C1', '5.2cm'), ('C2', '5.2cm'), ('C3', '6.6cm'), ('S', '8.5cm')):
        s = Style(name=name, family='table-column')
        s.addElement(TableColumnProperties(columnwidth=w))
        auto.addElement(s)
        col[name] = s
    cst = Style(name='Cell', family='table-cell')
    cst.addElement(TableCellProperties(padding='0.1cm', border='0.5pt solid #000000'))
    auto.addElement(cst)
    hst = Style(name='HCell', family='table-cell')
    hst.addElement(TableCellProperties(padding='0.1cm', border='0.5pt solid #000000',
                                       backgroundcolor='#e2efd9'))
    auto.addElement(hst)
    ls = ListStyle(name='Dash')
    lvl = ListLevelStyleBullet(level=1, bulletchar='–')
    lvl.addElement(ListLevelProperties(spacebefore='0.1cm', minlabelwidth='0.4cm'))
    ls.addElement(lvl)
    auto.addElement(ls)
    ls2 = ListStyle(name='Dot')
    lvl2 = ListLevelStyleBullet(level=1, bulletchar='•')
    lvl2.addElement(ListLevelProperties(spacebefore='0.1cm', minlabelwidth='0.4cm'))
    ls2.addElement(lvl2)
    auto.addElement(ls2)

    t = doc.text
    t.addElement(P(stylename=title, text=TITLE))
    for s in SUB:
        t.addElement(P(stylename=body, text=s))

    def bullets(container, items, lstyle):
        lst = List(stylename=lstyle)
        for x in items:
            li = ListItem()
            li.addElement(P(stylename=cellp, text=x))
            lst.addElement(li)
        container.addElement(lst)

    def cellof(text=None, header=False, items=None, lstyle=None):
        c = TableCell(stylename=hst if header else cst, valuetype='string')
        if text is not None:
            c.addElement(P(stylename=cellh if header else cellp, text=text))
        if items:
            bullets(c, items, lstyle)
        return c

    t.addElement(OH(outlinelevel=1, stylename=h1, text=CH1))
    t.addElement(P(stylename=body, text=CH1_TEXT))
    tb = Table(name='SWOT', stylename=tstyle)
    tb.addElement(TableColumn(numbercolumnsrepeated=2, stylename=col['S']))
    for k in (0, 2):
        tr = TableRow()
        for head, items in SWOT[k:k + 2]:
            c = TableCell(stylename=cst, valuetype='string')
            c.addElement(P(stylename=cellh, text=head))
            bullets(c, items, ls2)
            tr.addElement(c)
        tb.addElement(tr)
    t.addElement(tb)
    t.addElement(OH(outlinelevel=1, stylename=h1, text=CH2))
    t.addElement(P(stylename=body, text=CH2_TEXT))
    for n, (head, area, rows) in enumerate(AREAS + [(OWN[0], None, [('–', '–', OWN[1])])]):
        t.addElement(OH(outlinelevel=2, stylename=h2, text=head))
        tb = Table(name='Omraade%d' % (n + 1), stylename=tstyle)
        for cname in ('C1', 'C2', 'C3'):
            tb.addElement(TableColumn(stylename=col[cname]))
        tr = TableRow()
        for h in THEAD:
            tr.addElement(cellof(h, header=True))
        tb.addElement(tr)
        for ch, goal, ms in rows:
            tr = TableRow()
            tr.addElement(cellof(ch))
            tr.addElement(cellof(goal))
            tr.addElement(cellof(None, items=ms, lstyle=ls))
            tb.addElement(tr)
        t.addElement(tb)
    t.addElement(OH(outlinelevel=1, stylename=h1, text=CH3))
    t.addElement(P(stylename=body, text=CH3_TEXT))
    from odf.dc import Title as DcTitle
    doc.meta.addElement(DcTitle(text=TITLE + ' – Fagforbundet Vågå'))
    path = os.path.join(PLANS, BASE + '.odt')
    doc.save(path)
    return path
