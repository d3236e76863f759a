"""b8-02 Drammen: Word plan with Word's numbered heading styles and "List Number".

Heading 1 / Heading 2 carry a style-linked multilevel list (w:numPr inside the style
definitions, lvl 0 pStyle Heading1 "%1", lvl 1 pStyle Heading2 "%1.%2"), so the heading
paragraphs themselves have no w:numPr and no number in their text. Goals are Heading 2
("2.1 Flere ansatte ..."), measures "List Number" paragraphs (restarted under every goal
through a new w:num with startOverride, as Word's "Restart at 1" does; two lists were
left continuing), sub-measures "List Number 2", explanations "List Continue".
"""
import copy
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, NG, H, note, PLANS  # noqa: E402
from national import NB  # noqa: E402

import docx  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402

BASE = 'b8-02_drammen'
EXT = 'docx'
WRITER = 'python-docx 1.2.0 (default template; style-linked heading numbering added)'
LANG = 'nb'
STYLE = ('Word numbered heading styles (Heading 1 "1", Heading 2 "1.1" from a list linked to '
         'the styles) + "List Number" / "List Number 2" / "List Continue" paragraphs')
HARD = ('goals are Heading 2 paragraphs (numbered 2.1, 2.2 … by the style, not in the text) and '
        'so look like sub-sections; areas are Heading 1 numbered 2–7 after "1 Innledning"; '
        'measures are List Number paragraphs whose numbers live in numbering.xml (restarted '
        'per goal through startOverride, twice not restarted); "List Continue" paragraphs '
        'under a measure are explanations, not items; List Number 2 sub-measures under a '
        'measure ending in ":"; national goals as List Bullet after a bold label in area 1; '
        'a no-break space in "5 500"; "1. mai" at the start of a List Number paragraph; own '
        'Heading 1 "Styrets arbeid og medlemsaktiviteter" by content; "Oppfølging" prose')

META = {'union': 'Fagforbundet Drammen', 'branch': '311', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-04', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Drammen, avd. 311", "Vedtatt av årsmøtet 4. februar 2026"'


def goal(text, measures):
    g = G(text, style='Heading 2')
    return [g] + measures


def LN(text, restart=False, **kw):
    return M(text, style='List Number', restart=restart, **kw)


def LN2(text, **kw):
    return M(text, style='List Number 2', **kw)


def LC(text):
    return note(text, style='List Continue')


BLOCKS = [
    note('Handlingsplan for Fagforbundet Drammen 2026', style='Title'),
    note('Fagforbundet Drammen, avd. 311', style='Subtitle'),
    note('Vedtatt av årsmøtet 4. februar 2026', style='Normal'),
    H('Innledning', section=False, style='Heading 1'),
    note('Handlingsplanen bygger på Fagforbundets strategiplan og på innspill fra seksjonene, '
         'de hovedtillitsvalgte i Drammen kommune og Vestre Viken og klubbene i private '
         'virksomheter.', style='Normal'),
    note('Målene står som nummererte overskrifter under hvert område, og tiltakene er '
         'nummerert under hvert mål.', style='Normal'),
    H('Heltid, likelønn og kampen for mindre forskjeller', area=1, style='Heading 1'),
    note('Forbundets hovedmål for området:', style='Normal', bold=True),
    NG(NB[1][1], style='List Bullet'),
    NG(NB[1][2], style='List Bullet'),
    *goal('Flere ansatte i Drammen kommune har hele stillinger', [
        LN('Kreve at kommunens heltidsplan følges opp i alle helse- og omsorgsenheter', restart=True),
        LN('Bistå medlemmer som vil bruke fortrinnsretten etter arbeidsmiljøloven § 14-3'),
        LC('Bakgrunn: Over halvparten av helsefagarbeiderne i kommunen jobber deltid.'),
        LN('Ta opp uønsket deltid i drøftingsmøtene med kommunedirektøren hvert halvår'),
    ]),
    *goal('Lønnsutviklingen for våre grupper er minst like god som for andre', [
        LN('Utarbeide lønnsstatistikk for alle stillingskoder før de lokale forhandlingene', restart=True),
        LN('Gjennomføre kurs i forhandlingsteknikk for forhandlingsutvalget'),
        LN('Følge opp de lokale lønnsoppgjørene i virksomheter med egne tariffavtaler:'),
        LN2('Drammen kirkelige fellesråd'),
        LN2('private barnehager med PBL-avtale'),
    ]),
    H('Gode offentlige tjenester med egne ansatte', area=2, style='Heading 1'),
    *goal('Tjenestene i kommunen drives med egne ansatte', [
        LN('Kreve at renholdet i skolene tas tilbake i egen regi når kontrakten går ut i 2027', restart=True),
        LN('Lage en oversikt over innleie og kjøp av tjenester i kommunen og Vestre Viken'),
        LN('Invitere til åpent møte om erfaringer med rekommunalisering'),
    ]),
    *goal('Trepartssamarbeidet brukes i alle omstillinger', [
        LN('Kreve at tillitsvalgte er med fra starten i alle omstillingsprosjekter', restart=True),
        LN('Delta i kommunens arbeid med tillitsbasert styring og ledelse'),
    ]),
    H('Organisasjonsbygging og tariffmakt', area=3, style='Heading 1'),
    *goal('Fagforeningen har 5\u00a0500 medlemmer ved utgangen av 2026', [
        LN('Vervekampanje i uke 38 med besøk på alle sykehjem', restart=True),
        LN('Ringe alle nye medlemmer innen en måned'),
        LN('Verve lærlinger på helse- og oppvekstfag gjennom skolebesøk'),
    ]),
    *goal('Alle tillitsvalgte har gjennomført grunnopplæring', [
        # not restarted: Word continues the numbering from the list above (4., 5.)
        LN('Grunnskolering trinn 1 i mars og oktober'),
        LN('Tillitsvalgtsamling med overnatting i september'),
        LC('Samlingen er budsjettert med 120 000 kroner.'),
    ]),
    H('Fag- og tjenesteutvikling', area=4, style='Heading 1'),
    *goal('Flere medlemmer tar fagbrev', [
        LN('Kreve at kommunen finansierer fagbrev for assistenter i barnehage og skole', restart=True),
        LN('Informasjonsmøte om fagbrev på jobb for ufaglærte medlemmer'),
    ]),
    *goal('Seksjonene har faglige møteplasser', [
        LN('Seksjon helse og sosial arrangerer fagdag om demens', restart=True),
        LN('Seksjon samferdsel og teknisk holder kurs om arbeidsmiljø i bydriften'),
    ]),
    H('Alliansebygging og politisk påvirkning', area=5, style='Heading 1'),
    *goal('Politikerne kjenner våre krav før budsjettet vedtas', [
        LN('Møte alle partiene i bystyret før budsjettbehandlingen i november', restart=True),
        LN('Sende høringsuttalelse til økonomiplanen'),
    ]),
    *goal('Sterkere lokalt LO-samarbeid', [
        LN('1. mai-arrangement sammen med LO i Drammen', restart=True),
        LN('Stille med appellant på kvinnedagen 8. mars'),
    ]),
    H('Digitalisering', area=6, style='Heading 1'),
    *goal('Tillitsvalgte har digitale verktøy og kan bruke dem', [
        LN('Alle tillitsvalgte får tilgang til Tillitsvalgtportalen og Teams', restart=True),
        LN('Kurs i digitale møter og e-post for plasstillitsvalgte'),
    ]),
    *goal('Ansatte blir tatt med når ny teknologi innføres', [
        # not restarted either
        LN('Kreve drøftinger før innføring av digitalt tilsyn i hjemmetjenesten'),
    ]),
    H('Styrets arbeid og medlemsaktiviteter', style='Heading 1'),
    LN('Styremøte første tirsdag i måneden', restart=True, area=None),
    LN('Arbeidsutvalget møtes hver uke', area=None),
    LN('Revidert regnskap legges fram for årsmøtet', area=None),
    LN('Medlemsmøte for pensjonister hver vår og høst', area=3),
    LN('Julebord for tillitsvalgte og styret', area=None),
    LN('Innsamling til Fagforbundets solidaritetsfond', area=None),
    H('Oppfølging', section=True, style='Heading 1'),
    note('Planen gjelder til årsmøtet i 2027.', style='Normal'),
    note('Styret i Fagforbundet Drammen', style='Normal'),
]


# ----------------------------------------------------------------- writer
def _el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def _heading_numbering(doc):
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn('w:abstractNumId'))) for a in numbering.findall(qn('w:abstractNum'))]
    aid = max(ids) + 1
    absn = _el('w:abstractNum', **{'w:abstractNumId': aid})
    absn.append(_el('w:nsid', **{'w:val': '5A3C21B7'}))
    absn.append(_el('w:multiLevelType', **{'w:val': 'multilevel'}))
    absn.append(_el('w:tmpl', **{'w:val': '0414001F'}))
    for ilvl, (style, text, ind) in enumerate([('Heading1', '%1', 432), ('Heading2', '%1.%2', 576),
                                                ('Heading3', '%1.%2.%3', 720)]):
        lvl = _el('w:lvl', **{'w:ilvl': ilvl})
        lvl.append(_el('w:start', **{'w:val': 1}))
        lvl.append(_el('w:numFmt', **{'w:val': 'decimal'}))
        lvl.append(_el('w:pStyle', **{'w:val': style}))
        lvl.append(_el('w:lvlText', **{'w:val': text}))
        lvl.append(_el('w:lvlJc', **{'w:val': 'left'}))
        ppr = _el('w:pPr')
        ppr.append(_el('w:ind', **{'w:left': ind, 'w:hanging': ind}))
        lvl.append(ppr)
        absn.append(lvl)
    first_num = numbering.find(qn('w:num'))
    first_num.addprevious(absn)
    nums = [int(n.get(qn('w:numId'))) for n in numbering.findall(qn('w:num'))]
    nid = max(nums) + 1
    num = _el('w:num', **{'w:numId': nid})
    num.append(_el('w:abstractNumId', **{'w:val': aid}))
    numbering.append(num)
    for ilvl, sname in enumerate(['Heading 1', 'Heading 2', 'Heading 3']):
        ppr = doc.styles[sname].element.get_or_add_pPr()
        numpr = _el('w:numPr')
        if ilvl:
            numpr.append(_el('w:ilvl', **{'w:val': ilvl}))
        numpr.append(_el('w:numId', **{'w:val': nid}))
        ppr.insert(0, numpr)


def _style_num(doc, sname):
    ppr = doc.styles[sname].element.pPr
    return int(ppr.find(qn('w:numPr')).find(qn('w:numId')).get(qn('w:val')))


def _restart_num(doc, base_num_id):
    numbering = doc.part.numbering_part.element
    absid = None
    for n in numbering.findall(qn('w:num')):
        if int(n.get(qn('w:numId'))) == base_num_id:
            absid = n.find(qn('w:abstractNumId')).get(qn('w:val'))
    nid = max(int(n.get(qn('w:numId'))) for n in numbering.findall(qn('w:num'))) + 1
    num = _el('w:num', **{'w:numId': nid})
    num.append(_el('w:abstractNumId', **{'w:val': absid}))
    ov = _el('w:lvlOverride', **{'w:ilvl': 0})
    ov.append(_el('w:startOverride', **{'w:val': 1}))
    num.append(ov)
    numbering.append(num)
    return nid


def _set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = _el('w:numPr')
    numpr.append(_el('w:ilvl', **{'w:val': 0}))
    numpr.append(_el('w:numId', **{'w:val': num_id}))
    ppr.insert(1 if ppr.find(qn('w:pStyle')) is not None else 0, numpr)


def render():
    doc = docx.Document()
    doc.core_properties.author = 'Fagforbundet Drammen'
    doc.core_properties.title = 'Handlingsplan 2026'
    doc.styles['Normal'].font.name = 'Calibri'
    doc.styles['Normal'].font.size = Pt(11)
    _heading_numbering(doc)
    if 'Subtitle' not in [s.name for s in doc.styles]:
        doc.styles.add_style('Subtitle', docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    ln_base = _style_num(doc, 'List Number')
    current = None
    for b in BLOCKS:
        style = b.get('style', 'Normal')
        p = doc.add_paragraph(style=style)
        run = p.add_run(b['text'])
        if b.get('bold'):
            run.bold = True
        if style == 'List Number':
            if b.get('restart'):
                current = _restart_num(doc, ln_base)
            if current is not None:
                _set_num(p, current)
    dest = os.path.join(PLANS, BASE + '.docx')
    doc.save(dest)
    return dest
