"""b13-06 Ullensaker: a bilingual plan (Norwegian and English) for a branch with many members
who work at the airport and in the municipality's cleaning and kitchens and do not read
Norwegian well. Every heading is "Norwegian / English"; every goal is a List Bullet paragraph in
Norwegian followed by its English translation as a paragraph of the custom style "English"
(italic, grey, indented, w:lang en-GB); the measures are a table "Tiltak / Action" | "Ansvar /
Responsible" | "Frist / Deadline" whose cells hold a Norwegian paragraph and an English
paragraph (numeric deadlines only once). The Norwegian text is the authoritative one.

python-docx 1.2.0 (default template, custom paragraph style, Table Grid, w:lang on runs).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

BASE = 'b13-06_ullensaker'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'python-docx 1.2.0 (default template, custom style "English", Table Grid)'
LANG = 'nb'
STYLE = ('bilingual plan: headings "Norsk / English", goals as List Bullet (Norwegian) each '
         'followed by an italic "English" paragraph with the translation, measures in a table '
         'Tiltak / Action | Ansvar / Responsible | Frist / Deadline with a Norwegian and an '
         'English paragraph in each cell')
HARD = ('every goal and measure comes twice, in Norwegian and in English: the English paragraph '
        '(style "English", w:lang en-GB, not a list paragraph) directly after a goal bullet and '
        'the second paragraph of every table cell are translations, not items; a reader that '
        'joins a cell gets "Norsk English" as one text, and the responsible / deadline cells hold '
        'two languages as well ("Hovedtillitsvalgt" / "Chief shop steward", "Mars 2026" / "March '
        '2026"; numeric dates once); section = the bilingual heading as written; the area-5 '
        'heading "Politisk påvirkning / Political influence" is drifted; own section "7. Drift og '
        'medlemsaktiviteter / Running the branch and member activities" by content (null, 3); the '
        'title, adoption line and intro are bilingual too')

META = {'union': 'Fagforbundet Ullensaker', 'branch': '058', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-18', 'language': 'nb'}
AS_WRITTEN = ('"Fagforbundet Ullensaker avd. 058 / Fagforbundet Ullensaker, branch 058", '
              '"Vedtatt på årsmøtet 18. februar 2026 / Adopted by the annual meeting on 18 '
              'February 2026"')

HTV = ('Hovedtillitsvalgt', 'Chief shop steward')
LEDER = ('Leder', 'Chair')
NESTL = ('Nestleder', 'Deputy chair')
SEKR = ('Sekretær', 'Secretary')
OPPL = ('Opplæringsansvarlig', 'Training officer')
VERV = ('Vervekontakt', 'Recruitment officer')
STYRET = ('Styret', 'The board')

# (heading, area, [(goal_nb, goal_en)], [((nb, en), who(nb,en), when (nb,en) | 'dd.mm.yyyy')])
SECTIONS = [
    ('1. Heltid og likelønn / Full-time work and equal pay', 1, [
        ('Flere deltidsansatte i kommunens helse- og omsorgstjenester får hele stillinger.',
         'More part-time employees in the municipal health and care services get full-time '
         'positions.'),
        ('Renholdere og kantineansatte på Gardermoen får en lønn å leve av.',
         'Cleaners and canteen workers at Gardermoen earn a wage they can live on.'),
    ], [
        (('Kartlegge uønsket deltid ved Ullensaker sykehjem og i hjemmetjenesten',
          'Map involuntary part-time work at Ullensaker nursing home and in home care'),
         HTV, ('Mai 2026', 'May 2026')),
        (('Kurs om lønn, tillegg og overtid på norsk og engelsk',
          'Course on pay, allowances and overtime in Norwegian and English'),
         LEDER, ('Oktober 2026', 'October 2026')),
        (('Informasjonsmøte om AFP og tjenestepensjon for seniorene i fagforeningen',
          'Information meeting on AFP and occupational pensions for the senior members'),
         NESTL, '15.09.2026'),
    ]),
    ('2. Offentlige tjenester med egne ansatte / Public services with public employees', 2, [
        ('Kommunen bruker ikke bemanningsbyrå i barnehagene.',
         'The municipality does not use staffing agencies in the kindergartens.'),
    ], [
        (('Be om oversikt over innleide vikarer i barnehager og skoler hvert halvår',
          'Ask for an overview of agency staff in kindergartens and schools every six months'),
         HTV, ('Juni og desember', 'June and December')),
        (('Følge opp allmenngjøringen i renholdsbransjen sammen med LO Øvre Romerike',
          'Follow up the general application of the cleaning agreement together with LO Øvre '
          'Romerike'),
         LEDER, ('Løpende', 'Ongoing')),
    ]),
    ('3. Organisasjonsbygging og tariffmakt / Organising and bargaining power', 3, [
        ('Fagforeningen har 2\u00a0600 medlemmer ved utgangen av 2026.',
         'The branch has 2,600 members by the end of 2026.'),
        ('Medlemmer som ikke har norsk som morsmål, blir tatt godt imot og får informasjon de '
         'forstår.',
         'Members whose first language is not Norwegian are welcomed and get information they '
         'understand.'),
    ], [
        (('Vervekampanje på flyplassen og i kommunens renholdstjeneste',
          'Recruitment campaign at the airport and in the municipal cleaning service'),
         VERV, ('Uke 17', 'Week 17')),
        (('Velkomstmøte for nye medlemmer med tolk til polsk og litauisk',
          'Welcome meeting for new members with interpreters for Polish and Lithuanian'),
         SEKR, ('Mars og september', 'March and September')),
        (('Grunnskolering for tillitsvalgte med engelsk kursmateriell',
          'Basic training for shop stewards with course material in English'),
         OPPL, '30.04.2026'),
        (('Valg av plasstillitsvalgte i alle barnehager',
          'Election of workplace representatives in all kindergartens'),
         OPPL, '01.03.2026'),
    ]),
    ('4. Fag- og tjenesteutvikling / Skills and service development', 4, [
        ('Flere renholdere og assistenter tar fagbrev.',
         'More cleaners and assistants take a craft certificate.'),
    ], [
        (('Norskkurs for medlemmer som vil ta fagbrev, sammen med voksenopplæringen',
          'Norwegian course for members who want to take a craft certificate, together with '
          'adult education'),
         ('Seksjon samferdsel og teknisk', 'Transport and technical section'),
         ('Høst 2026', 'Autumn 2026')),
        (('Fagdag for renholdere om ergonomi og kjemikalier',
          'Training day for cleaners on ergonomics and chemicals'),
         ('Seksjonsleder', 'Section leader'), ('November 2026', 'November 2026')),
    ]),
    ('5. Politisk påvirkning / Political influence', 5, [
        ('Politikerne i Ullensaker vet hva medlemmene våre mener om bemanningen.',
         'The politicians in Ullensaker know what our members think about staffing.'),
    ], [
        (('Budsjettmøte med ordfører og gruppeledere i oktober',
          'Budget meeting with the mayor and the group leaders in October'),
         LEDER, ('Oktober 2026', 'October 2026')),
        (('Delta i 1. mai-toget på Jessheim', 'Take part in the May Day march in Jessheim'),
         STYRET, '01.05.2026'),
    ]),
    ('6. Digitalisering / Digitalisation', 6, [
        ('Medlemmene kan bruke Fagforbundet-appen og Min side.',
         'Members can use the Fagforbundet app and My page.'),
    ], [
        (('Digital kafé om Min side og BankID for medlemmer som trenger hjelp',
          'Digital café on My page and BankID for members who need help'),
         SEKR, ('Februar 2026', 'February 2026')),
        (('Opplæring i Tillitsvalgtportalen for de nyvalgte',
          'Training in the shop steward portal for the newly elected'),
         OPPL, ('April 2026', 'April 2026')),
    ]),
]
OWN = ('7. Drift og medlemsaktiviteter / Running the branch and member activities', [
    (('Styremøte den første onsdagen i måneden', 'Board meeting on the first Wednesday of the '
      'month'), LEDER, ('Hele året', 'All year'), None),
    (('Regnskap og årsberetning til årsmøtet 2027', 'Accounts and annual report for the annual '
      'meeting 2027'), ('Kasserer', 'Treasurer'), '31.01.2027', None),
    (('Internasjonal kveld med mat fra hele verden for medlemmer og familiene deres',
      'International evening with food from all over the world for members and their families'),
     STYRET, ('Juni 2026', 'June 2026'), None),
    (('Nyhetsbrev på norsk og engelsk hver måned', 'Newsletter in Norwegian and English every '
      'month'), SEKR, ('Hele året', 'All year'), 3),
])
TITLE = ('Handlingsplan 2026', 'Action plan 2026')
SUB = [('Fagforbundet Ullensaker avd. 058', 'Fagforbundet Ullensaker, branch 058'),
       ('Vedtatt på årsmøtet 18. februar 2026', 'Adopted by the annual meeting on 18 February '
        '2026')]
INTRO = ('Mange av medlemmene våre har et annet morsmål enn norsk. Derfor står planen både på '
         'norsk og på engelsk. Den norske teksten gjelder.',
         'Many of our members have a first language other than Norwegian. That is why the plan '
         'is in both Norwegian and English. The Norwegian text applies.')
HEADS = [('Tiltak', 'Action'), ('Ansvar', 'Responsible'), ('Frist', 'Deadline')]


def pair(x):
    return x if isinstance(x, tuple) else (x, None)


def build_blocks():
    b = [note(' / '.join(TITLE))] + [note(' / '.join(s)) for s in SUB]
    b += [note(s) for s in INTRO[0].split('. ')[:2]]
    b += [note(INTRO[1])]
    for head, area, goals, ms in SECTIONS + [(OWN[0], None, [], OWN[1])]:
        b.append(H(head, area=area))
        if goals:
            b.append(note('Mål / Goals'))
            for nb, en in goals:
                b += [G(nb), note(en)]
        b.append(note('Tiltak / Actions'))
        for h in HEADS:
            b += [note(h[0]), note(h[1])]
        for m in ms:
            (nb, en), who, when = m[0], pair(m[1]), pair(m[2])
            kw = {'area': m[3]} if area is None else {}
            b.append(M(nb, resp=who[0], dl=when[0], **kw))
            b.append(note(en))
            b += [note(x) for x in (who[1], when[1]) if x]
    b.append(note('Jessheim, 18. februar 2026'))
    return b


BLOCKS = build_blocks()


def render():
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    d.styles['Normal'].font.name = 'Liberation Sans'
    d.styles['Normal'].font.size = Pt(10.5)
    en = d.styles.add_style('English', WD_STYLE_TYPE.PARAGRAPH)
    en.base_style = d.styles['Normal']
    en.font.italic = True
    en.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    en.paragraph_format.left_indent = Cm(0.63)
    en.paragraph_format.space_after = Pt(6)

    def lang(run, code):
        rpr = run._r.get_or_add_rPr()
        el = OxmlElement('w:lang')
        el.set(qn('w:val'), code)
        rpr.append(el)

    def nb_par(text, style=None, container=None, bold=False):
        p = (container or d).add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        lang(r, 'nb-NO')
        return p

    def en_par(text, container=None, style='English'):
        p = (container or d).add_paragraph(style=style)
        r = p.add_run(text)
        lang(r, 'en-GB')
        if style != 'English':
            r.italic = True
        return p

    d.add_paragraph(' / '.join(TITLE), style='Title')
    for s in SUB:
        d.add_paragraph(' / '.join(s))
    nb_par(INTRO[0])
    en_par(INTRO[1], style=None)
    for head, area, goals, ms in SECTIONS + [(OWN[0], None, [], OWN[1])]:
        d.add_paragraph(head, style='Heading 1')
        if goals:
            nb_par('Mål / Goals', bold=True)
            for nb, en_ in goals:
                nb_par(nb, style='List Bullet')
                en_par(en_)
        nb_par('Tiltak / Actions', bold=True)
        t = d.add_table(rows=1 + len(ms), cols=3)
        t.style = 'Table Grid'
        widths = [Cm(9.0), Cm(4.2), Cm(3.3)]
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = w
        for j, (a, b) in enumerate(HEADS):
            c = t.cell(0, j)
            c.width = widths[j]
            c.paragraphs[0].add_run(a).bold = True
            r = c.add_paragraph().add_run(b)
            r.bold = True
            r.italic = True
            lang(r, 'en-GB')
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement('w:tblHeader')
        trpr.append(th)
        for i, m in enumerate(ms, start=1):
            vals = [m[0], pair(m[1]), pair(m[2])]
            for j, (a, b) in enumerate(vals):
                c = t.cell(i, j)
                c.width = widths[j]
                r = c.paragraphs[0].add_run(a)
                lang(r, 'nb-NO')
                if b:
                    p2 = c.add_paragraph()
                    r2 = p2.add_run(b)
                    r2.italic = True
                    r2.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
                    lang(r2, 'en-GB')
        d.add_paragraph()
    d.add_paragraph('Jessheim, 18. februar 2026')
    d.core_properties.title = 'Handlingsplan 2026 – Fagforbundet Ullensaker'
    d.core_properties.author = 'Fagforbundet Ullensaker'
    d.core_properties.language = 'nb-NO'
    path = os.path.join(PLANS, BASE + '.docx')
    d.save(path)
    return path
