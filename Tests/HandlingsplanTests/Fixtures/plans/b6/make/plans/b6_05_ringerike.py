"""b6-05 Ringerike (nb): DOCX with tracked changes (python-docx, with w:ins / w:del
runs and inserted / deleted paragraph marks added through its oxml layer) and one
comment (python-docx add_comment).  National-template structure: Heading 1 per
area, Heading 2 Hovedmål / Fagforeningens mål / Tiltak, List Bullet paragraphs.
Gold = the document with all changes accepted: deleted text is not an item (whole
deleted paragraphs are notItems), inserted text is; the comment is a notItem.
The adoption line itself is a tracked change ("Styrets forslag …" deleted,
"Vedtatt på årsmøtet 19.02.2026" inserted)."""
import itertools
import os
import re

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import national
from lib import Gold, NG, LG, ME

BASE = 'b6-05_ringerike'
EXT = 'docx'
NB = national.NB

A1 = 'Heltid, likelønn og kampen for mindre forskjeller'
A2 = 'Gode offentlige tjenester med egne ansatte'
A3 = 'Organisasjonsbygging og tariffmakt'
A4 = 'Fag- og tjenesteutvikling'
A5 = 'Alliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid'
A6 = 'Digitalisering'
A7 = 'Annet'

TONE = ('Tone Hagen', '2026-01-27T19:12:00Z')
ALI = ('Ali Rahimi', '2026-02-19T20:05:00Z')

# Paragraph text markup: [-deleted-] and [+inserted+] inside a paragraph.
# Paragraph rows: (style, text, gold, change) where
#   style: 'Title' | 'Subtitle' | 'H1' | 'H2' | 'LB' (List Bullet) | 'P' (Normal)
#   gold:  None (not an item) or (kind, area)
#   change: None | ('ins', who) | ('del', who) for the whole paragraph incl. its mark
#   an inline change uses the author given as 'who' on the row (default TONE)
def area_block(heading, area, national_goals, goals, measures, hchange=None):
    rows = [('H1', heading, None, hchange, None)]
    if national_goals:
        rows.append(('H2', 'Hovedmål', None, None, None))
        for t, ch in national_goals:
            rows.append(('LB', t, (NG, area), ch, None))
    if goals:
        rows.append(('H2', 'Fagforeningens mål', None, None, None))
        for t, ch in goals:
            rows.append(('LB', t, (LG, area), ch, None))
    if measures:
        rows.append(('H2', 'Tiltak', None, None, None))
        for m in measures:
            t, ch = m[0], m[1]
            a = m[2] if len(m) > 2 else area
            comment = m[3] if len(m) > 3 else None
            rows.append(('LB', t, (ME, a), ch, comment))
    return rows


INS_T, DEL_T, INS_A, DEL_A = ('ins', TONE), ('del', TONE), ('ins', ALI), ('del', ALI)

ROWS = [
    ('Title', 'Handlingsplan 2026–2027', None, None, None),
    ('Subtitle', 'Fagforbundet Ringerike avd. 347', None, None, None),
    ('P', '[-Styrets forslag til årsmøtet-][+Vedtatt på årsmøtet 19.02.2026+]', None, None, 'ali'),
    ('P', 'Planen bygger på Fagforbundets strategiplan. Under hvert område står forbundets '
          'hovedmål, våre egne mål og tiltakene vi skal gjennomføre i perioden.', None, None, None),
    ('P', 'Styret rapporterer på planen [-hvert halvår-][+på hvert medlemsmøte+].', None, None, None),
] + area_block(A1, 1, [(NB[1][0], None), (NB[1][1], None), (NB[1][2], None)], [
    ('Minst [-20-][+30+] prosent av de deltidsansatte i helse og omsorg har fått større '
     'stilling innen 2027.', None),
    ('Ringerike kommune vedtar en heltidsstrategi i 2026.', None),
], [
    ('Kreve drøftingsmøter om turnus og bemanning på alle sykehjem.', None),
    ('Spørreundersøkelse om deltid blant medlemmene i barnehagene.', DEL_T),
    ('Kurs i arbeidsmiljøloven kapittel 14 for plasstillitsvalgte.', INS_T),
    ('Medlemsmøte om AFP og pensjon[+ for medlemmer over 55 år+].', None),
]) + area_block(A2, 2, [(NB[2][0], None), (NB[2][1], None)], [
    ('Renholdet og kantinedriften i kommunen forblir i egen regi.', None),
], [
    ('Kreve oversikt over alle anbud og all bruk av vikarbyrå hvert år.', None),
    ('Delta i kommunens arbeid med ny anskaffelsesstrategi.', DEL_T),
    ('Samarbeide med de andre LO-forbundene mot anbud i hjemmetjenesten.', INS_T),
    ('Løfte fram gode eksempler på egenregi i Ringerikes Blad.', None),
]) + area_block(A3, 3, [(NB[3][3], None), (NB[3][6], None)], [
    ('Medlemstallet skal øke med ti prosent i perioden.', DEL_T),
    ('Vi skal ha 1 600 medlemmer innen utgangen av 2027.', INS_T),
    ('Alle tillitsvalgte har gjennomført grunnskolering.', None),
], [
    ('Vervekampanje på alle sykehjem i Ringerike[+ og Hole+].', None),
    ('Besøke Ringerike videregående skole hvert semester.', None),
    ('Tillitsvalgtsamling to ganger i året.', None),
    ('Grunnskolering trinn 1 og 2 for nye tillitsvalgte.', None, 3,
     'Hvem har ansvaret for dette? Vi rakk det ikke i 2025.'),
    ('Lærlingtreff med pizza for alle lærlinger i kommunen i september.', INS_A),
    ('Månedlig nyhetsbrev på e-post og Facebook.', None),
]) + area_block(A4, 4, [(NB[4][1], None), (NB[4][2], None)], [
    ('Flere assistenter og ufaglærte tar fagbrev.', None),
], [
    ('Kurs for praksiskandidater i helsearbeiderfaget.', None),
    ('Fagdag for renholdere [-i mars-][+på Renholdernes dag+].', None),
    ('Studietur til Fagforbundets fagdager i Oslo.', DEL_T),
    ('Kreve at kommunen lager kompetanseplaner for alle enheter.', None),
]) + area_block(A5, 5, [(NB[5][0], None), (NB[5][3], None)], [], [
    ('Møte ordføreren og gruppelederne før budsjettbehandlingen hver høst.', None),
    ('Arrangere 1. mai sammen med LO Ringerike.', None),
    ('Folkemøte om velferdsstaten før kommunevalget 2027.', INS_A),
]) + area_block(A6, 6, [(NB[6][0], DEL_T), (NB[6][3], None)], [], [
    ('Kurs i Tillitsvalgtportalen og Teams for alle nye tillitsvalgte.', None),
    ('Kreve at tillitsvalgte er med når nye digitale systemer innføres.', None),
]) + area_block(A7, None, [], [], [
    ('Styremøte hver måned, unntatt juli.', INS_A, None),
    ('Julebord for medlemmene i desember.', INS_A, None),
    ('Årlig støtte til Norsk Folkehjelp.', INS_A, None),
], hchange=INS_A)

MARK = re.compile(r'\[([-+])(.*?)\1\]')


def accepted(t):
    return MARK.sub(lambda m: m.group(2) if m.group(1) == '+' else '', t)


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Ringerike', '347', 2026, 2027, '2026-02-19', 'nb')
    d = docx.Document()
    ids = itertools.count(1)

    def rev(tag, who):
        el = OxmlElement(tag)
        el.set(qn('w:id'), str(next(ids)))
        el.set(qn('w:author'), who[0])
        el.set(qn('w:date'), who[1])
        return el

    def run_el(text, deleted):
        r = OxmlElement('w:r')
        t = OxmlElement('w:delText' if deleted else 'w:t')
        t.set(qn('xml:space'), 'preserve')
        t.text = text
        r.append(t)
        return r

    STYLE = {'Title': 'Title', 'Subtitle': 'Subtitle', 'H1': 'Heading 1', 'H2': 'Heading 2',
             'LB': 'List Bullet', 'P': None}
    section = None
    for style, text, gold, change, extra in ROWS:
        p = d.add_paragraph(style=STYLE[style])
        pel = p._p
        inline_who = ALI if extra == 'ali' else TONE
        if change:
            kind, who = change
            # paragraph mark inserted / deleted
            rpr = OxmlElement('w:rPr')
            rpr.append(rev('w:ins' if kind == 'ins' else 'w:del', who))
            pel.get_or_add_pPr().append(rpr)
            wrap = rev('w:ins' if kind == 'ins' else 'w:del', who)
            wrap.append(run_el(text, kind == 'del'))
            pel.append(wrap)
        else:
            pos = 0
            for m in MARK.finditer(text):
                if m.start() > pos:
                    p.add_run(text[pos:m.start()])
                wrap = rev('w:ins' if m.group(1) == '+' else 'w:del', inline_who)
                wrap.append(run_el(m.group(2), m.group(1) == '-'))
                pel.append(wrap)
                pos = m.end()
            if pos < len(text):
                r = p.add_run(text[pos:])
                if isinstance(extra, str) and extra != 'ali':
                    d.add_comment(r, text=g.no(extra), author=TONE[0], initials='TH')
        acc = accepted(text)
        if style == 'H1' and not (change and change[0] == 'del'):
            section = acc
        if change and change[0] == 'del':
            g.no(acc)                       # deleted: not an item
        elif gold:
            g.item(gold[0], gold[1], acc, section)
        else:
            g.no(acc)
    d.save(os.path.join(plans_dir, BASE + '.' + EXT))
    return g
