"""b9-04 Volda: the national template as a Word form with content controls (nynorsk).

python-docx 1.2.0 with hand-made w:sdt elements. The county's template is a form: metadata
fields as inline plain-text / date content controls ("Fagforeining:", "Avdeling nr.:",
"Vedteke på årsmøtet:" with a w:date control), per area a Heading 1, the national goals
(List Bullet), a bold "Måla våre" label with a block-level rich-text control holding the goals
(List Bullet paragraphs), and a Tiltak | Ansvarleg | Frist table whose cells are inline
content controls. Unfilled controls still show the placeholder "Klikk eller trykk her for å
skrive inn tekst." (w:showingPlcHdr): area 4's goal control and the spare last row of each
table. Grey template instructions in brackets stand under some labels.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, NG, H, note, PLANS, xesc  # noqa: E402
from national import NN  # noqa: E402

import docx  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

BASE = 'b9-04_volda'
EXT = 'docx'
WRITER = 'python-docx 1.2.0 + hand-made content controls (w:sdt, w:showingPlcHdr, w:date)'
LANG = 'nn'
STYLE = ('the national template as a Word form: content controls (w:sdt) for metadata, goals '
         'and every table cell; unfilled controls show their placeholder text')
HARD = ('every branch text is inside a content control (block-level w:sdt around the goal '
        'paragraphs, run-level w:sdt in the table cells and metadata fields); placeholder text '
        '"Klikk eller trykk her for å skrive inn tekst." in unfilled controls (area 4 has no '
        'goal; every table ends with an empty placeholder row) is not an item; adoption date in '
        'a date-picker control (w:date fullDate) shown as "28.01.2026"; branch number only as '
        'the value of a field "Avdeling nr.:"; template instructions in brackets; national goals '
        'in areas 1 and 3; own section 7 mapped by content')

META = {'union': 'Fagforbundet Volda', 'branch': '512', 'periodFrom': 2026,
        'periodTo': 2027, 'adopted': '2026-01-28', 'language': 'nn'}
AS_WRITTEN = ('form fields "Fagforeining: Fagforbundet Volda", "Avdeling nr.: 512", '
              '"Vedteke på årsmøtet: 28.01.2026" (date control)')

PH = 'Klikk eller trykk her for å skrive inn tekst.'
INSTR_GOALS = '(Skriv inn fagforeininga sine eigne mål for perioden. Eitt mål per linje.)'
INSTR_MEAS = '(Skriv inn eigne tiltak. Legg til fleire rader ved behov.)'
INSTR_OWN = ('(Her kan de skrive inn tiltak som ikkje høyrer heime under dei strategiske '
             'satsingsområda.)')

AREAS = [
    ('1. Heiltid, likeløn og kampen for mindre ulikheiter', 1, [NN[1][0], NN[1][1]], [
        'Minst 20 deltidstilsette i helse og omsorg i Volda kommune har fått auka stilling '
        'innan 2027.',
    ], [
        ('Krevje drøftingsmøte om turnus med langvakter på Mork bu- og behandlingssenter',
         'HTV', 'Mars 2026'),
        ('Kurs om lokale lønsforhandlingar for plasstillitsvalde', 'Leiar', 'Før 1. mai'),
        ('Medlemsmøte om ny AFP og tenestepensjon', 'Styret', 'Hausten 2026'),
    ]),
    ('2. Gode offentlege tenester med eigne tilsette', 2, [], [
        'Reinhaldet i dei kommunale bygga blir ikkje sett ut på anbod.',
    ], [
        ('Be om oversikt over kjøp av vikartenester i heimetenesta', 'HTV', 'Juni 2026'),
        ('Skrive lesarinnlegg om kvifor eigne tilsette gir betre tenester', 'Nestleiar',
         'Før budsjettet'),
        ('Delta i trepartssamarbeidet om tillitsbasert leiing i kommunen', 'Leiar', 'Løpande'),
    ]),
    ('3. Organisasjonsbygging og tariffmakt', 3, [NN[3][3], NN[3][6]], [
        'Fagforeininga har 1\u00a0000 medlemmar ved utgangen av 2026.',
        'Alle nye tillitsvalde har fullført grunnskolering innan eitt år.',
    ], [
        ('Stand på Høgskulen i Volda for sjukepleie- og barnevernsstudentar',
         'Ungdomstillitsvald', 'August'),
        ('Arbeidsplassbesøk i alle barnehagane', 'Plasstillitsvalde', 'Hausten 2026'),
        ('Velkomstbrev og telefon til nye medlemmar', 'Organisasjonsansvarleg', 'Løpande'),
    ]),
    ('4. Fag- og tenesteutvikling', 4, [], [], [
        ('Fagdag for assistentar i skule og barnehage om språkutvikling',
         'Seksjon kyrkje, kultur og oppvekst', 'Oktober'),
        ('Informere om praksiskandidatordninga på personalmøte', 'HTV', 'Løpande'),
        ('Markere helsefagarbeidaren sin dag på sjukeheimane', 'Seksjon helse og sosial',
         '13. juni'),
    ]),
    ('5. Alliansebygging, myndigheitskontakt og fagligpolitisk påverknadsarbeid', 5, [], [
        'Politikarane i Volda kjenner til kva medlemmane våre meiner om budsjettet.',
    ], [
        ('Møte med gruppeleiarane i kommunestyret før budsjettet', 'Leiar og nestleiar',
         'November'),
        ('1. mai-arrangement saman med LO i Volda og Ørsta', 'Styret', '1. mai'),
        ('Innspel til eldrerådet om bemanning i heimetenesta', 'Pensjonistutvalet',
         'Våren 2026'),
    ]),
    ('6. Digitalisering', 6, [], [
        'Alle tillitsvalde brukar Teams og Tillitsvalgtportalen i vervet.',
    ], [
        ('Kveldskurs i Tillitsvalgtportalen', 'Opplæringsansvarleg', 'Februar'),
        ('Krevje at tillitsvalde blir tekne med når kommunen kjøper nye fagsystem', 'HTV',
         'Løpande'),
    ]),
]

OWN = ('7. Anna arbeid i fagforeininga', [
    ('Styremøte kvar månad', 'Leiar', 'Kvar månad', None),
    ('Årsmøte med revidert rekneskap', 'Styret', 'Januar 2027', None),
    ('Medlemsfest med heidring av jubilantar', 'Styret', 'Juni', None),
    ('Facebook-side og SMS til medlemmane ved viktige saker', 'Informasjonsansvarleg',
     'Løpande', 3),
    ('Innsamling til Norsk Folkehjelp på julemøtet', 'Kassar', 'Desember', None),
])


def build_blocks():
    b = [
        note('Handlingsplan for fagforeininga 2026–2027', style='Title'),
        note('Fagforeining:', role='field', value='Fagforbundet Volda'),
        note('Avdeling nr.:', role='field', value='512'),
        note('Vedteke på årsmøtet:', role='field', value='28.01.2026', date='2026-01-28'),
        note('Malen følgjer dei seks satsingsområda i strategiplanen 2024–2025. Under kvart '
             'område står hovudmåla til forbundet. Fagforeininga fyller inn eigne mål og tiltak.',
             style='Normal'),
    ]
    for head, area, ngs, goals, measures in AREAS:
        b.append(H(head, area=area))
        if ngs:
            b.append(note('Hovudmål', style='Label'))
            b.append({'t': 'list', 'children': [NG(g) for g in ngs]})
        b.append(note('Måla våre', style='Label'))
        b.append(note(INSTR_GOALS, style='Instr'))
        if goals:
            b.append({'t': 'sdtblock', 'children': [G(g) for g in goals]})
        else:
            b.append({'t': 'sdtblock', 'children': [note(PH, role='ph')]})
        b.append(note('Tiltak', style='Label'))
        b.append(note(INSTR_MEAS, style='Instr'))
        b.append(table([(M(t, resp=r, dl=f), r, f) for t, r, f in measures]))
    head, ms = OWN
    b.append(H(head, area=None))
    b.append(note(INSTR_OWN, style='Instr'))
    b.append(table([(M(t, resp=r, dl=f, area=a), r, f) for t, r, f, a in ms]))
    return b


def table(rows):
    out = [{'cells': [{'children': [note(h)]} for h in ('Tiltak', 'Ansvarleg', 'Frist')]}]
    for it, r, f in rows:
        out.append({'cells': [{'children': [it]}, {'children': [note(r)]},
                              {'children': [note(f)]}]})
    out.append({'cells': [{'children': [note(PH, role='ph')]} for _ in range(3)], 'ph': True})
    return {'t': 'table', 'rows': out}


BLOCKS = build_blocks()

_id = [100]


def sdt_pr(alias, ph=False, date=None):
    _id[0] += 1
    extra = '<w:showingPlcHdr/>' if ph else ''
    if date:
        kind = ('<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/>'
                '<w:lid w:val="nn-NO"/><w:storeMappedDataAs w:val="dateTime"/>'
                '<w:calendar w:val="gregorian"/></w:date>' % date)
    elif alias in ('Tiltak', 'Ansvarleg', 'Frist') or alias.endswith(':'):
        kind = '<w:text/>'
    else:
        kind = ''
    return ('<w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s%s</w:sdtPr>'
            % (xesc(alias), xesc(alias.lower().rstrip(':')), _id[0], extra, kind))


def run_xml(text, ph=False, bold=False):
    rpr = '<w:rPr>%s%s</w:rPr>' % ('<w:b/>' if bold else '',
                                   '<w:color w:val="808080"/>' if ph else '')
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(text))


def inline_sdt(alias, text, ph=False, date=None):
    return parse_xml('<w:sdt %s>%s<w:sdtContent>%s</w:sdtContent></w:sdt>'
                     % (nsdecls('w'), sdt_pr(alias, ph, date), run_xml(text, ph)))


def render():
    d = docx.Document()
    d.core_properties.title = 'Handlingsplan for fagforeininga'
    d.core_properties.author = 'Fagforbundet'
    body = d.element.body
    sect = body[-1]
    for blk in BLOCKS:
        t = blk['t']
        if t == 'h':
            d.add_heading(blk['text'], level=1)
        elif t == 'note' and blk.get('role') == 'field':
            p = d.add_paragraph()
            r = p.add_run(blk['text'] + ' ')
            r.bold = True
            p._p.append(inline_sdt(blk['text'], blk['value'], date=blk.get('date')))
        elif t == 'note':
            st = blk['style']
            if st == 'Label':
                p = d.add_paragraph()
                p.add_run(blk['text']).bold = True
            elif st == 'Instr':
                p = d.add_paragraph()
                r = p.add_run(blk['text'])
                r.italic = True
                r.font.size = Pt(9)
                r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            else:
                d.add_paragraph(blk['text'], style=st)
        elif t == 'list':
            for c in blk['children']:
                d.add_paragraph(c['text'], style='List Bullet')
        elif t == 'sdtblock':
            ph = blk['children'][0]['t'] == 'note'
            paras = []
            for c in blk['children']:
                style = '' if ph else '<w:pStyle w:val="ListBullet"/>'
                paras.append('<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (style, run_xml(c['text'], ph)))
            el = parse_xml('<w:sdt %s>%s<w:sdtContent>%s</w:sdtContent></w:sdt>'
                           % (nsdecls('w'), sdt_pr('Mål', ph), ''.join(paras)))
            sect.addprevious(el)
        elif t == 'table':
            rows = blk['rows']
            tb = d.add_table(rows=len(rows), cols=3)
            tb.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, c in enumerate(row['cells']):
                    p = tb.cell(i, j).paragraphs[0]
                    txt = c['children'][0]['text']
                    if i == 0:
                        p.add_run(txt).bold = True
                    else:
                        p._p.append(inline_sdt(('Tiltak', 'Ansvarleg', 'Frist')[j], txt,
                                               ph=bool(row.get('ph'))))
            d.add_paragraph()
    dest = os.path.join(PLANS, BASE + '.docx')
    d.save(dest)
    return dest
