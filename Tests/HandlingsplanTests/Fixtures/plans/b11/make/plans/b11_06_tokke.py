"""b11-06 Tokke: a plan written in Google Docs and downloaded as DOCX. The author never used
heading styles: every paragraph is "Normal", and headings are only bold runs in a larger font
size (20 pt title, 15 pt areas, 13 pt for the last section). Lists are Google's nine-level
numbering definitions (● ○ ■) on Normal paragraphs; the measures are a Google checklist (☐),
and ticked items are struck through, as Google Docs exports them.

python-docx 1.2.0 emulating Google Docs' export: no pStyle on any paragraph, direct run
formatting (Arial, w:sz, w:rtl w:val="0"), own w:abstractNum definitions with explicit indents,
empty paragraphs between sections.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

BASE = 'b11-06_tokke'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'python-docx 1.2.0 emulating a Google Docs "Download as .docx"'
LANG = 'nn'
STYLE = ('Google Docs export: no paragraph styles at all, headings only as bold runs with a '
         'larger w:sz; labels "Måla våre" / "Dette gjer vi" as bold body-size runs; goals as '
         '● bullets, measures as a ☐ checklist with ticked items struck through')
HARD = ('nothing but run formatting marks a heading (bold + w:sz 30 for areas, 26 for the own '
        'section, 40 for the title; bold labels are body size 22); "Utfordringar" is such a '
        'heading too, and its ● bullets use the same list definition as the goals but are no '
        'items; ticked checklist items are struck through (w:strike) and are still measures; '
        'the own section "Anna" has plain ● bullets without a label that are activities '
        '(measures by content: null, 3); area 5 has measures only; empty paragraphs between '
        'sections; nynorsk')

META = {'union': 'Fagforbundet Tokke', 'branch': '396', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-05', 'language': 'nn'}
AS_WRITTEN = '"Avdeling 396 – vedteke på årsmøtet i Dalen 5. februar 2026"'

CHALLENGES = [
    'Mange små stillingar i heimetenesta i Høydalsmo og Dalen.',
    'Få tillitsvalde på dei minste arbeidsplassane.',
    'Kommunen har varsla kutt i budsjettet for 2027.',
]

# (heading, area, goals, measures); measure = (text, done) ; own section: (text, done, area)
SECTIONS = [
    ('Heiltid og likeløn', 1, [
        'Fleire i heimetenesta skal ha heile stillingar ved utgangen av 2026.',
        'Lønsutviklinga for fagarbeidarar skal ikkje vere svakare enn for andre grupper i '
        'kommunen.',
    ], [
        ('Krevje drøftingsmøte om turnusane i heimetenesta.', True),
        ('Halde pensjonskveld med AFP-tema i Dalen.', False),
        ('Samle inn lønsdata frå medlemene før dei lokale forhandlingane.', False),
    ]),
    ('Eigne tilsette i offentlege tenester', 2, [
        'Heimetenesta og reinhaldet skal framleis drivast av kommunen sjølv.',
    ], [
        ('Følgje med på budsjettforslaget og seie frå om planar for anbod.', False),
        ('Skrive lesarinnlegg i Vest-Telemark Blad om kvifor eigenregi lønner seg.', True),
    ]),
    ('Organisasjon og tariffmakt', 3, [
        'Vi skal verve 25 nye medlemar i 2026.',
        'Alle arbeidsplassar med fleire enn tre medlemar skal ha tillitsvald.',
    ], [
        ('Arbeidsplassbesøk i alle barnehagane og på helsetunet.', True),
        ('Vervekampanje saman med nabofagforeiningane i Vest-Telemark i forbundsvekene.', False),
        ('Grunnopplæring for tre nye tillitsvalde i Skien.', True),
        ('Telefon til alle nye medlemar innan to veker.', False),
    ]),
    ('Fag og kompetanse', 4, [
        'Fleire assistentar i skule og barnehage skal ta fagbrev.',
    ], [
        ('Informasjonsmøte om praksiskandidatordninga saman med vaksenopplæringa.', False),
        ('Fagkveld for reinhaldarar om nye reinhaldsmetodar.', False),
    ]),
    ('Politisk påverknad', 5, [], [
        ('Møte med ordføraren og gruppeleiarane før budsjettet for 2027 blir lagt fram.', False),
        ('Appell på 1. mai-markeringa i Dalen.', False),
        ('Samarbeide med pensjonistforeininga om krav til eldreomsorga før kommunevalet 2027.',
         False),
    ]),
    ('Digitalisering', 6, [
        'Alle tillitsvalde skal kunne bruke Teams og Tillitsvaldportalen.',
    ], [
        ('Kveldskurs i Teams for tillitsvalde.', True),
        ('Krevje opplæring før kommunen innfører digital turnusplanlegging.', False),
    ]),
]
OWN = ('Anna', [
    ('Styremøte kvar månad, annakvar gong på Teams.', None),
    ('Rekneskap og årsmelding til årsmøtet.', None),
    ('Julebord saman med pensjonistane.', None),
    ('Medlemsmøte i Høydalsmo med tema arbeidsmiljø.', 3),
    ('Nyheitsbrev på SMS og e-post.', 3),
])

TITLE = 'Handlingsplan for Fagforbundet Tokke 2026'
DATE = 'Avdeling 396 – vedteke på årsmøtet i Dalen 5. februar 2026'
INTRO = 'Planen er skriven i eit delt dokument som heile styret har arbeidd i.'
INTRO2 = 'Tiltak som er gjennomførte, er kryssa av i lista.'


def build_blocks():
    b = [note(TITLE), note(DATE), note(INTRO), note(INTRO2), H('Utfordringar', section=False)]
    b += [note(c) for c in CHALLENGES]
    for head, area, goals, ms in SECTIONS:
        b.append(H(head, area=area))
        if goals:
            b.append(note('Måla våre'))
            b += [G(g) for g in goals]
        b.append(note('Dette gjer vi'))
        b += [M(t) for t, _ in ms]
    b.append(H(OWN[0], area=None))
    b += [M(t, area=a) for t, a in OWN[1]]
    return b


BLOCKS = build_blocks()

GLYPHS = ['●', '○', '■', '●', '○', '■', '●', '○', '■']


def render():
    import docx
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn, nsdecls

    d = docx.Document()
    d.core_properties.title = ''
    d.core_properties.author = ''
    body = d.element.body
    numbering = d.part.numbering_part.element

    next_abs = [90]
    next_num = [90]

    def add_list_def(glyphs):
        aid = next_abs[0]
        next_abs[0] += 1
        lvls = []
        for i, g in enumerate(glyphs):
            lvls.append(
                '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" '
                'w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
                'w:cs="Arial"/><w:u w:val="none"/></w:rPr></w:lvl>' % (i, g, 720 * (i + 1)))
        absx = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="%08X"/>'
                         '<w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>'
                         % (nsdecls('w'), aid, 0x1A2B0000 + aid, ''.join(lvls)))
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(absx)
        else:
            numbering.append(absx)
        nid = next_num[0]
        next_num[0] += 1
        numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                                   % (nsdecls('w'), nid, aid)))
        return nid

    def para(text='', size=22, bold=False, num=None, strike=False, before=0, after=0):
        p = OxmlElement('w:p')
        ppr = parse_xml(
            '<w:pPr %s>%s<w:spacing w:before="%d" w:after="%d" w:line="276" w:lineRule="auto"/>'
            '%s<w:rPr/></w:pPr>'
            % (nsdecls('w'),
               ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num) if num else '',
               before, after,
               '<w:ind w:left="720" w:hanging="360"/>' if num else ''))
        p.append(ppr)
        if text:
            r = parse_xml(
                '<w:r %s><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" '
                'w:hAnsi="Arial"/>%s%s<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:rtl w:val="0"/>'
                '</w:rPr><w:t xml:space="preserve"></w:t></w:r>'
                % (nsdecls('w'), '<w:b w:val="1"/><w:bCs w:val="1"/>' if bold else '',
                   '<w:strike w:val="1"/>' if strike else '', size, size))
            r.find(qn('w:t')).text = text
            p.append(r)
        body.insert(len(body) - 1, p)   # before sectPr
        return p

    # drop the empty paragraph python-docx's template may start with
    for p in list(body.findall(qn('w:p'))):
        body.remove(p)

    para(TITLE, size=40, bold=True, after=120)
    para(DATE, after=120)
    para(INTRO + ' ' + INTRO2, after=120)
    para()
    para('Utfordringar', size=30, bold=True, before=240, after=80)
    nid = add_list_def(GLYPHS)
    for c in CHALLENGES:
        para(c, num=nid)
    for head, area, goals, ms in SECTIONS:
        para()
        para(head, size=30, bold=True, before=240, after=80)
        if goals:
            para('Måla våre', bold=True, before=120)
            nid = add_list_def(GLYPHS)
            for g in goals:
                para(g, num=nid)
        para('Dette gjer vi', bold=True, before=120)
        nid = add_list_def(['☐'] * 9)
        for t, done in ms:
            para(t, num=nid, strike=done)
    para()
    para(OWN[0], size=26, bold=True, before=240, after=80)
    nid = add_list_def(GLYPHS)
    for t, _ in OWN[1]:
        para(t, num=nid)
    para()
    path = os.path.join(PLANS, BASE + '.docx')
    d.save(path)
    return path
