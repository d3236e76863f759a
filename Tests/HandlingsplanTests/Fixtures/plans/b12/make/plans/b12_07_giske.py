"""b12-07 Giske: goals and measures told apart only by how far the paragraph is indented.
The areas are Heading 1 paragraphs; under them every paragraph is "Text body" with an
automatic paragraph style that sets only fo:margin-left: 0 cm for goals, 1 cm for measures,
2 cm for sub-measures. No list markup, no labels, no numbers, no bold. Two measures were
indented by pressing TAB at the start of an unindented paragraph instead (text:tab), and one
by 1.1 cm instead of 1 cm. "Utfordringar" has unindented challenge paragraphs; in the own
section "Drift og trivsel" the unindented paragraphs are activities.

odfpy 1.4.1 (written directly, no office suite): automatic styles P1–P4 with
style:parent-style-name="Text_20_body".
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

BASE = 'b12-07_giske'
EXT = 'odt'
FORMAT = 'ODT'
WRITER = 'odfpy 1.4.1 (written directly, no office suite)'
LANG = 'nn'
STYLE = ('Heading 1 per area; goals, measures and sub-measures only as Text body paragraphs '
         'with different left indents (automatic styles with fo:margin-left 0 / 1 / 2 cm), no '
         'lists, labels, numbers or bold')
HARD = ('kind only from the paragraph indent, which is in an automatic style (P1-P4) and not in '
        'the text: 0 cm goal, 1 cm measure, 2 cm a sub-measure that is a measure of its own; two '
        'measures are unindented paragraphs that start with a TAB (text:tab) and one is indented '
        '1.1 cm; "Utfordringar" has unindented paragraphs that are challenges, not goals, and '
        'the own section "Drift og trivsel" has unindented paragraphs that are activities '
        '(measures, by content: null, 3); the intro is unindented too; nynorsk; in the PDFs only '
        'the x position of the lines tells the levels apart')

META = {'union': 'Fagforbundet Giske', 'branch': '562', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-03', 'language': 'nn'}
AS_WRITTEN = ('"Fagforbundet Giske, avdeling 562", "Vedteken på årsmøtet på Valderøya 3. '
              'februar 2026"')

# entries: (level, kind, text[, area]) ; level 0 / 1 / 2 ; 't' = level 1 typed with a TAB,
# 'w' = level 1 with 1.1 cm
SECTIONS = [
    ('Utfordringar', 'skip', [
        (0, 'n', 'Mange tilsette i omsorgstenesta har små stillingar og arbeider kvar tredje '
                 'helg.'),
        (0, 'n', 'Tre av barnehagane manglar plasstillitsvald.'),
        (0, 'n', 'Kommunen har varsla at reinhaldet kan bli sett ut på anbod.'),
    ]),
    ('Heiltid og likeløn', 1, [
        (0, 'G', 'Deltid skal vere eit val og ikkje eit vilkår for å få jobb i Giske kommune.'),
        (1, 'M', 'Gå gjennom turnusane på Giske omsorgssenter saman med leiinga.'),
        (2, 'M', 'Prøve ut langvakter i helgane der dei tilsette ønskjer det.'),
        (1, 'M', 'Krevje at ledige stillingar blir lyste ut som heile.'),
        (0, 'G', 'Medlemane skal kjenne pensjonsrettane sine.'),
        (1, 'M', 'Pensjonsmøte for medlemar over 55 år i samarbeid med KLP.'),
    ]),
    ('Eigne tilsette i offentlege tenester', 2, [
        (0, 'G', 'Reinhaldet i skular og barnehagar skal framleis vere kommunalt.'),
        (1, 'M', 'Seie klart frå i høyringar om konkurranseutsetjing av reinhald.'),
        ('t', 'M', 'Halde kontakt med dei andre forbunda i kommunen om eigenregi.'),
    ]),
    ('Organisasjon og tariffmakt', 3, [
        (0, 'G', 'Vi skal auke frå 740 til 800 medlemar i 2026.'),
        (1, 'M', 'Vervekampanje på Vigra, Godøya og Valderøya i forbundsvekene.'),
        (1, 'M', 'Alle nye medlemar får ein telefon frå styret.'),
        (0, 'G', 'Ingen arbeidsplass med medlemar skal stå utan tillitsvald.'),
        (1, 'M', 'Val av plasstillitsvalde i alle barnehagane i mars.'),
        ('w', 'M', 'Grunnskulering for nye tillitsvalde i regi av fylkeskrinsen.'),
        (2, 'M', 'Fylgje opp deltakarane med ei samling etter tre månader.'),
    ]),
    ('Fag og kompetanse', 4, [
        (0, 'G', 'Fleire ufaglærte i helse skal ta fagbrev.'),
        (1, 'M', 'Informasjon om praksiskandidatordninga på personalmøta i omsorgstenesta.'),
        (1, 'M', 'Fagkveld for barne- og ungdomsarbeidarar om språkutvikling.'),
    ]),
    ('Politisk påverknad', 5, [
        (0, 'G', 'Kommunestyret skal ta omsyn til krava våre i budsjettet.'),
        (1, 'M', 'Møte med formannskapet i oktober.'),
        ('t', 'M', 'Appell og kaffi på 1. mai utanfor rådhuset på Valderøya.'),
    ]),
    ('Digitalisering', 6, [
        (0, 'G', 'Tillitsvalde skal kunne delta på digitale møte og kurs.'),
        (1, 'M', 'Kurs i Teams og Tillitsvaldportalen for plasstillitsvalde.'),
        (1, 'M', 'Be om opplæring før digitalt tilsyn blir innført på omsorgssenteret.'),
    ]),
    ('Drift og trivsel', None, [
        (0, 'M', 'Styremøte kvar fjerde veke.', None),
        (0, 'M', 'Rekneskap og budsjett til årsmøtet.', None),
        (0, 'M', 'Medlemsmøte om arbeidsmiljø på Valderøya.', 3),
        (0, 'M', 'Sommarfest for medlemar med familie.', None),
        (0, 'M', 'Nyheitsbrev på e-post kvar månad.', 3),
    ]),
]
INTRO = ['Handlingsplanen byggjer på strategiplanen til Fagforbundet.',
         'Under kvart satsingsområde står måla våre, og rett under kvart mål står det vi skal '
         'gjere for å nå det.']


def build_blocks():
    b = [note('Handlingsplan 2026'), note('Fagforbundet Giske, avdeling 562'),
         note('Vedteken på årsmøtet på Valderøya 3. februar 2026')]
    b += [note(s) for s in INTRO]
    for head, area, entries in SECTIONS:
        if area == 'skip':
            b.append(H(head, section=False))
            b += [note(e[2]) for e in entries]
            continue
        b.append(H(head, area=area))
        for e in entries:
            kw = {'area': e[3]} if area is None else {}
            b.append(G(e[2]) if e[1] == 'G' else M(e[2], **kw))
    b.append(note('Styret'))
    return b


BLOCKS = build_blocks()


def render():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, ParagraphProperties, TextProperties, PageLayout, \
        PageLayoutProperties, MasterPage
    from odf.text import P, H as OH, Tab
    from odf import meta, dc

    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text='Handlingsplan 2026 – Fagforbundet Giske'))
    doc.meta.addElement(meta.Generator(text='odfpy 1.4.1'))
    std = Style(name='Standard', family='paragraph')
    std.addElement(TextProperties(fontname='Liberation Sans', fontsize='11pt', language='nn',
                                  country='NO'))
    doc.styles.addElement(std)
    body_st = Style(name='Text_20_body', displayname='Text body', family='paragraph',
                    parentstylename='Standard')
    body_st.addElement(ParagraphProperties(margintop='0cm', marginbottom='0.18cm'))
    doc.styles.addElement(body_st)
    title = Style(name='Title', family='paragraph', parentstylename='Standard')
    title.addElement(TextProperties(fontsize='22pt', fontweight='bold'))
    title.addElement(ParagraphProperties(marginbottom='0.3cm'))
    doc.styles.addElement(title)
    h1 = Style(name='Heading_20_1', displayname='Heading 1', family='paragraph',
               parentstylename='Standard', defaultoutlinelevel='1')
    h1.addElement(TextProperties(fontsize='15pt', fontweight='bold'))
    h1.addElement(ParagraphProperties(margintop='0.45cm', marginbottom='0.2cm',
                                      keepwithnext='always'))
    doc.styles.addElement(h1)
    pl = PageLayout(name='pm1')
    pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='2cm',
                                       marginbottom='2cm', marginleft='2.2cm',
                                       marginright='2.2cm', printorientation='portrait'))
    doc.automaticstyles.addElement(pl)
    doc.masterstyles.addElement(MasterPage(name='Standard', pagelayoutname=pl))
    autos = {}
    for name, margin in (('P1', '0cm'), ('P2', '1cm'), ('P3', '2cm'), ('P4', '1.1cm')):
        s = Style(name=name, family='paragraph', parentstylename=body_st)
        s.addElement(ParagraphProperties(marginleft=margin, marginright='0cm',
                                         textindent='0cm', autotextindent='false'))
        doc.automaticstyles.addElement(s)
        autos[name] = s
    lvl_style = {0: 'P1', 1: 'P2', 2: 'P3', 't': 'P1', 'w': 'P4'}

    def para(text, style, tab=False):
        p = P(stylename=style)
        if tab:
            p.addElement(Tab())
        p.addText(text)
        doc.text.addElement(p)

    para('Handlingsplan 2026', title)
    para('Fagforbundet Giske, avdeling 562', autos['P1'])
    para('Vedteken på årsmøtet på Valderøya 3. februar 2026', autos['P1'])
    for s in INTRO:
        para(s, autos['P1'])
    for head, area, entries in SECTIONS:
        doc.text.addElement(OH(outlinelevel=1, stylename=h1, text=head))
        for e in entries:
            para(e[2], autos[lvl_style[e[0]]], tab=e[0] == 't')
    para('Styret', autos['P1'])
    path = os.path.join(PLANS, BASE + '.odt')
    doc.save(path)
    return path
