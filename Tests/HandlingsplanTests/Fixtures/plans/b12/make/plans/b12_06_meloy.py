"""b12-06 Meløy: a landscape handout in two newspaper columns. The areas are Heading 1
paragraphs lettered by hand "A." … "F." (the own section "G."), the goals are bold Normal
paragraphs numbered by hand with roman numerals "I.", "II." (restarting in every area), the
measures are List Bullet paragraphs under their goal. The template's guidance text and a
few dropped or doubtful passages were not deleted but formatted as hidden text (w:vanish):
two whole guidance paragraphs, two dropped measures, and a remark inside one measure.

python-docx 1.2.0 (default template): first section one column (title block), a continuous
section break, then a landscape section with w:cols w:num="2"; one manual column break
(w:br w:type="column") before area D; hidden runs via font.hidden.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

BASE = 'b12-06_meloy'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'python-docx 1.2.0 (default template, section columns, hidden runs)'
LANG = 'nb'
STYLE = ('landscape, two newspaper columns (w:cols num=2) after a one-column title section; areas '
         'Heading 1 typed "A." … "G.", goals bold paragraphs typed "I." / "II.", measures List '
         'Bullet; template guidance and dropped measures kept as hidden text (w:vanish)')
HARD = ('the letters and roman numerals are typed text and no part of the item (the scorer '
        'strips neither "I." nor "A."), goal vs measure only from the roman numeral / bold '
        'paragraph vs the bullet; "I." restarts in every area; hidden text (w:vanish) must be '
        'skipped: two guidance paragraphs, two dropped measures ("Vervekonkurranse med premie '
        'til beste klubb", "Tur til Svartisen for styret") and a hidden remark in the middle of '
        'a measure ("… til forhandlingsutvalget (spør Tove om tallene fra 2025) før sommeren"); '
        'in the PDFs the two columns stand side by side (the right column of page 1 starts with '
        'the measures of area C) and a manual column break before area D sends D to page 2; '
        'own section "G. Drift og medlemsaktiviteter" has bullets '
        'without a goal, by content (null, 3)')

META = {'union': 'Fagforbundet Meløy', 'branch': '391', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-19', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Meløy avd. 391", "Vedtatt på årsmøtet på Ørnes 19. februar 2026"'

HID = 'HIDDEN'
# section: (heading, area, [(goal, [measure | (HID, text) | (text_before, hidden, text_after)])])
SECTIONS = [
    ('A. Heltid og likelønn', 1, [
        ('Flere hele stillinger i pleie og omsorg på Ørnes og i Glomfjord.', [
            'Kreve at ledige deltidsstillinger lyses ut som hele stillinger',
            'Følge opp arbeidsgruppa for heltidskultur i hvert møte',
            'Informasjon om AFP og tjenestepensjon på medlemsmøtet i mai',
        ]),
        ('Mindre forskjell mellom lønna i kvinne- og mannsdominerte yrker.', [
            ('Lønnsstatistikk fordelt på kjønn til forhandlingsutvalget',
             ' (spør Tove om tallene fra 2025)', ' før sommeren'),
        ]),
    ]),
    ('B. Offentlige tjenester med egne ansatte', 2, [
        ('Kommunen setter ikke ut drift av skolekantiner og renhold.', [
            'Kreve at partssamarbeidet behandler alle forslag om konkurranseutsetting',
            'Oversikt over bruken av innleid helsepersonell i sommerferien',
        ]),
    ]),
    ('C. Organisasjonsbygging og tariffmakt', 3, [
        ('60 nye medlemmer i løpet av 2026.', [
            'Vervestand på Meløy sykehjem og Ørnes skole i forbundsukene',
            'Medlemsbesøk hos alle nyansatte i barnehagene',
            (HID, 'Vervekonkurranse med premie til beste klubb'),
        ]),
        ('Flere unge tillitsvalgte.', [
            'Ungdomskurs for medlemmer under 30 år sammen med fylkeskretsen',
            'Besøk hos lærlingene i kommunen hvert semester',
        ]),
    ]),
    ('D. Fag- og tjenesteutvikling', 4, [
        ('Flere fagarbeidere i omsorgstjenesten.', [
            'Informasjonsmøte om fagbrev for assistenter på sykehjemmet',
            'Fagkveld om lindrende omsorg for helsefagarbeidere',
        ]),
    ]),
    ('E. Alliansebygging og politisk påvirkning', 5, [
        ('Politikerne i Meløy kjenner Fagforbundets syn på eldreomsorgen.', [
            'Budsjettmøte med ordføreren før budsjettbehandlingen i desember',
            '1. mai-arrangement på Ørnes sammen med LO i Meløy',
            'Forberede spørsmål til partiene foran kommunevalget i 2027',
        ]),
    ]),
    ('F. Digitalisering', 6, [
        ('Alle tillitsvalgte deltar på digitale møter uten hjelp.', [
            'Opplæring i Teams for nye tillitsvalgte',
            'Kreve at nye fagsystemer i helse innføres med opplæring i arbeidstiden',
        ]),
    ]),
]
OWN = ('G. Drift og medlemsaktiviteter', [
    ('Styremøte hver tredje tirsdag', None),
    ('Regnskap og budsjett legges fram på årsmøtet', None),
    ('Medlemsmøte med faglig tema på Halsa i oktober', 3),
    ((HID, 'Tur til Svartisen for styret'), None),
    ('Julebord for medlemmer i desember', None),
    ('Medlemsavis på papir til pensjonistene to ganger i året', 3),
])
GUIDE = ['Veiledning: Skriv målene med romertall under hvert område og tiltakene som kulepunkter '
         'under målet.',
         'Husk å slette veiledningen før planen sendes til fylkeskretsen.']
ROMAN = ['I', 'II', 'III']


def render():
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Liberation Sans'
    st.font.size = Pt(10.5)
    s0 = d.sections[0]
    s0.orientation = WD_ORIENT.LANDSCAPE
    s0.page_width, s0.page_height = Cm(29.7), Cm(21.0)
    for s in (s0,):
        s.left_margin = s.right_margin = Cm(1.8)
        s.top_margin = s.bottom_margin = Cm(1.5)
    d.add_paragraph('Handlingsplan 2026', style='Title')
    d.add_paragraph('Fagforbundet Meløy avd. 391')
    d.add_paragraph('Vedtatt på årsmøtet på Ørnes 19. februar 2026')
    p = d.add_paragraph('Planen følger de seks satsingsområdene i Fagforbundets strategiplan. '
                        'Under hvert område står målene våre med romertall og tiltakene som '
                        'punkter.')
    s1 = d.add_section(WD_SECTION.CONTINUOUS)
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Cm(29.7), Cm(21.0)
    s1.left_margin = s1.right_margin = Cm(1.8)
    s1.top_margin = s1.bottom_margin = Cm(1.5)
    cols = OxmlElement('w:cols')
    cols.set(qn('w:num'), '2')
    cols.set(qn('w:space'), '851')
    s1._sectPr.append(cols)

    def hidden_para(text, style=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.font.hidden = True
        # the paragraph mark hidden too, as Word does when a whole paragraph is hidden
        ppr = p._p.get_or_add_pPr()
        rpr = OxmlElement('w:rPr')
        rpr.append(OxmlElement('w:vanish'))
        ppr.append(rpr)
        return p

    hidden_para(GUIDE[0])
    for head, area, groups in SECTIONS:
        hp = d.add_paragraph(style='Heading 1')
        if head.startswith('D.'):
            hp.add_run().add_break(WD_BREAK.COLUMN)
        hp.add_run(head)
        for k, (goal, ms) in enumerate(groups):
            gp = d.add_paragraph()
            r = gp.add_run('%s. %s' % (ROMAN[k], goal))
            r.bold = True
            for mm in ms:
                if isinstance(mm, tuple) and mm[0] == HID:
                    hidden_para(mm[1], 'List Bullet')
                elif isinstance(mm, tuple):
                    mp = d.add_paragraph(style='List Bullet')
                    mp.add_run(mm[0])
                    h = mp.add_run(mm[1])
                    h.font.hidden = True
                    mp.add_run(mm[2])
                else:
                    d.add_paragraph(mm, style='List Bullet')
        if head.startswith('C.'):
            hidden_para(GUIDE[1])
    head, ms = OWN
    d.add_paragraph(head, style='Heading 1')
    for mm, a in ms:
        if isinstance(mm, tuple):
            hidden_para(mm[1], 'List Bullet')
        else:
            d.add_paragraph(mm, style='List Bullet')
    d.add_paragraph('Ørnes, 19. februar 2026')
    d.core_properties.title = 'Handlingsplan 2026 – Fagforbundet Meløy'
    d.core_properties.author = 'Fagforbundet Meløy'
    path = os.path.join(PLANS, BASE + '.docx')
    d.save(path)
    return path


def build_blocks():
    b = [note('Handlingsplan 2026'), note('Fagforbundet Meløy avd. 391'),
         note('Vedtatt på årsmøtet på Ørnes 19. februar 2026'),
         note('Planen følger de seks satsingsområdene i Fagforbundets strategiplan.'),
         note('Under hvert område står målene våre med romertall og tiltakene som punkter.'),
         note(GUIDE[0])]
    for head, area, groups in SECTIONS:
        b.append(H(head, area=area))
        for goal, ms in groups:
            b.append(G(goal))
            for mm in ms:
                if isinstance(mm, tuple) and mm[0] == HID:
                    b.append(note(mm[1]))
                elif isinstance(mm, tuple):
                    b.append(M(mm[0] + mm[2]))
                    b.append(note(mm[1].strip().strip('()')))
                else:
                    b.append(M(mm))
        if head.startswith('C.'):
            b.append(note(GUIDE[1]))
    head, ms = OWN
    b.append(H(head, area=None))
    for mm, a in ms:
        if isinstance(mm, tuple):
            b.append(note(mm[1]))
        else:
            b.append(M(mm, area=a))
    b.append(note('Ørnes, 19. februar 2026'))
    return b


BLOCKS = build_blocks()
