"""b2-05 Kinn: nynorsk DOCX written with python-docx; a labelled outline whose labels and
numbers exist only in Word's automatic numbering.

One multi-level w:abstractNum: level 0 "Hovudmål %1:" (the area headings), level 1
"Delmål %1.%2:" (the branch's goals), level 2 "Tiltak %1.%2.%3 –" (measures).  The
paragraphs hold only the text; "Hovudmål 3:", "Delmål 3.1:", "Tiltak 3.1.2 –" are drawn by
Word from numbering.xml.  Section = the level-0 paragraph's text (automatic labels are
not text).
"""
import docx
from docx.shared import Pt
from b2lib import (Plan, Title, Line, Heading, Sub, Para, List, G, M, walk_entries,
                   docx_add_numbering, docx_set_num, docx_fix_core)

META = dict(union='Fagforbundet Kinn', branch='157', periodFrom=2025, periodTo=2026,
            adopted=None, language='nn')
INFO = dict(
    format='DOCX',
    writer='python-docx 1.2.0 (default template, own w:abstractNum)',
    structure='labelled outline Hovudmål N: / Delmål N.n: / Tiltak N.n.n – in automatic '
              'numbering; six area headings + one own',
    styles='4 (labelled nynorsk outline, labels and numbers only in Word\'s automatic numbering)',
    hard='headings are List Paragraph + bold at ilvl 0 (no heading style); the labels '
         '"Hovudmål 1:", "Delmål 1.1:", "Tiltak 1.1.1 –" are lvlText in numbering.xml, not text: '
         'kind only from ilvl / the numbering definition; "Hovudmål" here labels the area '
         'headings, not national goals; drifted area names; own last section mapped by '
         'content; no adoption date ("Framlegg frå styret til årsmøtet 2025"; the closing '
         '"Florø, 14. januar 2025" is the date of the proposal)')


def blocks():
    return [
        Title('Handlingsplan 2025–2026'),
        Line('Fagforbundet Kinn avd. 157'),
        Line('Framlegg frå styret til årsmøtet 2025'),
        Para('Fagforeininga organiserer tilsette i Kinn kommune, private barnehagar, '
             'reinhaldsbedrifter og verksemder i Florø og Måløy.',
             'Planen er bygd opp etter dei seks hovudområda i strategiplanen til forbundet.',
             'Under kvart hovudmål står delmåla våre og tiltaka vi skal gjennomføre.'),

        Heading('Heiltid, likeløn og kampen for mindre ulikheiter', area=1),
        List([
            (G('Kinn kommune har vedteke ein heiltidsstrategi som blir følgd opp i alle einingar.'), [
                M('Krevje at heiltidsstrategien blir evaluert i eit partssamansett utval kvart år.'),
                M('Kartleggje kor mange medlemmar i helse og omsorg som ønskjer større stilling.'),
            ]),
            (G('Tillitsvalde har god kunnskap om løn og pensjon.'), [
                M('Kurs i lokale forhandlingar for hovudtillitsvalde og plasstillitsvalde.'),
                M('Pensjonskveld i Florø og Måløy for medlemmar som nærmar seg 62 år.'),
            ]),
        ]),

        Heading('Offentlege tenester i eigenregi', area=2),
        List([
            (G('Reinhald, kjøkken og vaktmeistertenester blir verande i kommunal drift.'), [
                M('Følgje med på innkjøpssaker i formannskapet og varsle styret ved fare for anbod.'),
                M('Dokumentere kva kommunen har betalt for vikarbyrå i 2024 og 2025.'),
            ]),
            (G('Tillitsvalde blir tekne med tidleg i omstillingar.'), [
                M('Krevje drøfting etter hovudavtalen før alle større omorganiseringar.'),
            ]),
        ]),

        Heading('Organisasjonsbygging og tariffmakt', area=3),
        List([
            (G('Fagforeininga har minst 1 250 medlemmar ved utgangen av 2026.'), [
                M('Verveveke på arbeidsplassane i Florø og Måløy kvar vår og haust.'),
                M('Medlemsmøte for nyutdanna helsefagarbeidarar og barne- og ungdomsarbeidarar.'),
                M('Stand på den vidaregåande skulen i første skuleveka.'),
            ]),
            (G('Alle tillitsvalde har fullført grunnskuleringa.'), [
                M('To kurshelgar med grunnskulering for nye tillitsvalde.'),
                M('Mentorordning der erfarne tillitsvalde følgjer opp dei nye.'),
            ]),
            (G('Medlemmane får god informasjon om arbeidet i fagforeininga.'), [
                M('Nyheitsbrev til alle medlemmar fire gonger i året.'),
            ]),
        ]),

        Heading('Fag- og tenesteutvikling', area=4),
        List([
            (G('Fleire lærlingar i kommunen får fast jobb etter fagprøva.'), [
                M('Krevje at lærlingar som består fagprøva, får tilbod om stilling.'),
                M('Møte med lærlingane to gonger i året saman med opplæringskontoret.'),
            ]),
            (G('Alle yrkesseksjonane har minst eitt fagleg arrangement i året.'), [
                M('Fagkveld om kosthald for tilsette i kjøkken og kantine.'),
                M('Temamøte for seksjon samferdsel og teknisk om tryggleik ved arbeid i høgda.'),
            ]),
        ]),

        Heading('Samfunnspolitisk arbeid og alliansar', area=5),
        List([
            (G('Fleire medlemmar røystar ved stortingsvalet i 2025.'), [
                M('Arbeidsplassbesøk med valmateriell i august og september.'),
                M('Folkemøte om eldreomsorga saman med pensjonistforeininga og LO.'),
            ]),
            (G('Fagforeininga har jamleg kontakt med ordføraren og gruppeleiarane.'), [
                M('Møte med gruppeleiarane før budsjettframlegget.'),
                M('Arrangere 1. mai i Florø saman med LO i Kinn.'),
            ]),
        ]),

        Heading('Digitalisering', area=6),
        List([
            (G('Tillitsvalde nyttar digitale verktøy i vervet.'), [
                M('Teams-opplæring for alle nye tillitsvalde.'),
            ]),
            (G('Innføring av velferdsteknologi skjer i samarbeid med dei tilsette.'), [
                M('Krevje at velferdsteknologi er fast tema i arbeidsmiljøutvalet.'),
                M('Digitalkafé for pensjonistar med hjelp til BankID og Helsenorge.'),
            ]),
        ]),

        Heading('Ei open og godt driven fagforeining'),
        List([
            (G('Styret arbeider etter ein fast årsplan.', area=None), [
                M('Styremøte første tysdag i kvar månad.', area=None),
                M('Budsjett og rekneskap blir lagde fram for årsmøtet.', area=None),
            ]),
            (G('Medlemmane skal oppleve fagforeininga som eit godt fellesskap.', area=None), [
                M('Julebord for tillitsvalde i desember.', area=None),
                M('Sommartur for pensjonistane til fuglefjellet på Runde.', area=None),
                M('Heidre jubilantar med 25 og 40 års medlemskap på årsmøtet.', area=None),
                M('Gje 5 000 kroner til hjelpearbeid for barn i Gaza.', area=None),
            ]),
        ]),
        Line('Florø, 14. januar 2025'),
        Line('Styret i Fagforbundet Kinn'),
    ]


LEVELS = [
    dict(text='Hovudmål %1:', left=0, hanging=0, suff='space', bold=True),
    dict(text='Delmål %1.%2:', left=360, hanging=0, suff='space'),
    dict(text='Tiltak %1.%2.%3 –', left=720, hanging=0, suff='space'),
]


def render(plan):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    num = docx_add_numbering(d, LEVELS)
    for b in plan.blocks:
        if b.kind == 'title':
            d.add_paragraph(b.text, style='Title')
        elif b.kind == 'line':
            d.add_paragraph(b.text)
        elif b.kind == 'para':
            d.add_paragraph(' '.join(x if isinstance(x, str) else x.shown for x in b.parts))
        elif b.kind == 'heading':
            p = d.add_paragraph(style='List Paragraph')
            p.paragraph_format.space_before = Pt(12)
            p.add_run(b.shown).bold = True
            docx_set_num(p, num, 0)
        elif b.kind == 'list':
            for lvl, it in walk_entries(b.entries):
                p = d.add_paragraph(it.shown, style='List Paragraph')
                docx_set_num(p, num, lvl + 1)
        else:
            raise ValueError(b.kind)
    docx_fix_core(d, 'Handlingsplan 2025–2026', author='Fagforbundet Kinn')
    d.save(plan.path)


def build():
    p = Plan('b2-05_kinn', 'docx', META, blocks(), INFO)
    render(p)
    return p
