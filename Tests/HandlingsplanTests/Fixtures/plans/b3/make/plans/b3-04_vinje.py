"""b3-04 Vinje - nynorsk; DOCX whose lists use Word's automatic numbering with
Wingdings bullet glyphs (lvlText "Ø" / "§" / "v" / "ü" with w:rFonts Wingdings in
numbering.xml) and nested levels; area headings in a custom style "Overskrift
Handlingsplan 1" based on Heading 1, two headings that are only Normal paragraphs
with a direct w:outlineLvl, labels in a custom style "Mellomtittel HP" with outline
level 2.  Written with python-docx."""
import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from b3lib import Plan, N, G, M
import national as nat

NN = nat.NN


def build():
    p = Plan('b3-04_vinje', 'docx',
             dict(union='Fagforbundet Vinje', branch=None, periodFrom=2025, periodTo=2025,
                  adopted=None, language='nn'),
             writer='python-docx 1.2.0 (custom numbering.xml and styles)',
             fmt='DOCX',
             styles='4 (Wingdings bullet glyphs in numbering.xml, nested levels, custom '
                    'heading style names / outline levels only)',
             structure='a: national template areas, Hovudmål + "Fagforeininga sine mål og '
                       'tiltak" (goal bullets with nested measure bullets) or "Tiltak" lists',
             hard='the bullet glyphs exist only in numbering.xml as Wingdings letters (Ø is a '
                  'Norwegian letter; § and v are not text); goal vs measure from the list '
                  'level under "Fagforeininga sine mål og tiltak" (ilvl 0 goal, ilvl 1-2 '
                  'measures) but from the label under "Tiltak" (ilvl 0 measures); heading '
                  'style "Overskrift Handlingsplan 1" (custom id, based on Heading 1); '
                  '"Digitalisering" and the own section are Normal paragraphs with only '
                  'w:outlineLvl 0; labels have outline level 1 but start no section; no '
                  'avd. number and no adoption date')
    p.title('Handlingsplan 2025')
    p.raw('Fagforbundet Vinje', style='Subtitle')
    p.para('Handlingsplanen byggjer på strategiplanen til Fagforbundet.',
           'Styret legg fram ein rapport om arbeidet på årsmøtet neste år.')

    p.heading('Heiltid, likeløn og kampen for mindre ulikheiter', 1, how='custom')
    p.sub('Hovudmål')
    p.list(N(NN[1][0]), N(NN[1][1]), num='nat')
    p.sub('Fagforeininga sine mål og tiltak')
    p.list((0, G('Fleire av dei tilsette i heimetenesta i Vinje har full stilling ved '
                 'utgangen av 2025.')),
           (1, M('Krevje at kommunen prøver ut langvakter i helgane på omsorgssenteret på '
                 'Åmot.')),
           (1, M('Gå gjennom alle utlysingar og seie frå når stillingar blir lyste ut som '
                 'deltid.')),
           (0, G('Medlemane veit kva AFP og pensjon betyr for dei.')),
           (1, M('Halde pensjonsmøte i Rauland og på Åmot med rådgjevar frå KLP.')),
           (2, M('Eige opplegg for medlemar som har AFP i privat sektor.')),
           num='own')

    p.heading('Gode offentlege tenester med eigne tilsette', 2, how='custom')
    p.sub('Hovudmål')
    p.list(N(NN[2][0]), num='nat')
    p.sub('Tiltak')
    p.list(M('Be om oversikt over kjøp av reinhald og vaktmeistertenester frå private.'),
           M('Skrive innlegg i lokalavisa når kommunen vurderer anbod på reinhald.'),
           M('Samarbeide med hovudverneombodet om ein rapport om vikarbruk i omsorga.'),
           num='own')

    p.heading('Organisasjonsbygging og tariffmakt', 3, how='custom')
    p.sub('Hovudmål')
    p.list(N(NN[3][6]), N(NN[3][3]), num='nat')
    p.sub('Fagforeininga sine mål og tiltak')
    p.list((0, G('Fagforeininga har minst 420 medlemar innan årsmøtet 2026.')),
           (1, M('Vervemøte for tilsette i dei private barnehagane i kommunen.')),
           (1, M('Helse alle nye medlemar velkomne med eit handskrive kort og ein telefon.')),
           (0, G('Alle arbeidsplassar med fem eller fleire medlemar har ein tillitsvald.')),
           (1, M('Kartleggje kvar det manglar tillitsvalde før valet i klubbane.')),
           (1, M('Sende to nye tillitsvalde på grunnskolering kvart halvår.')),
           (2, M('Dekkje reise og tapt arbeidsforteneste for deltakarane.')),
           (0, G('Ungdomstillitsvald er vald og har eige budsjett til aktivitetar.')),
           num='own')

    p.heading('Fag- og tenesteutvikling', 4, how='custom')
    p.sub('Hovudmål')
    p.list(N(NN[4][2]), num='nat')
    p.sub('Fagforeininga sine mål og tiltak')
    p.list((0, G('Vinje kommune tek inn to nye lærlingar i helsearbeidarfaget kvart år.')),
           (1, M('Ta opp talet på læreplassar i møte med kommunedirektøren kvar haust.')),
           (0, G('Reinhaldarane i kommunen får tilbod om fagbrev.')),
           (1, M('Fortelje om ordninga med fagbrev på jobb på personalmøta i reinhaldsavdelinga.')),
           (1, M('Fagkveld for reinhaldarar om kjemikaliefritt reinhald.')),
           num='own')

    p.heading('Alliansebygging, myndigheitskontakt og fagleg-politisk påverknadsarbeid', 5,
              how='custom')
    p.sub('Hovudmål')
    p.list(N(NN[5][0]), N(NN[5][3]), num='nat')
    p.sub('Tiltak')
    p.list((0, M('Møte gruppeleiarane i kommunestyret før budsjettet for 2026 blir lagt '
                 'fram.')),
           (0, M('Vere med på 1. mai-arrangementet til LO i Vest-Telemark.')),
           (0, M('Dele ut valbrosjyrar på arbeidsplassane i august 2025.')),
           (1, M('Ekstra innsats mot yngre medlemar som skal stemme for første gong.')),
           num='own')

    p.heading('Digitalisering', 6, how='outline')
    p.sub('Hovudmål')
    p.list(N(NN[6][2]), num='nat')
    p.sub('Fagforeininga sine mål og tiltak')
    p.list((0, G('Alle tillitsvalde i fagforeininga nyttar Tillitsvaldportalen.')),
           (1, M('Opplæring i Tillitsvaldportalen og Teams på styreseminaret.')),
           (0, G('Eldre medlemar får hjelp til å bruke BankID og Helsenorge.')),
           (1, M('Digitalt kafétreff for pensjonistar på biblioteket på Åmot to gonger i '
                 'året.')),
           num='own')

    p.heading('Drift og sosiale tiltak', None, how='outline')
    p.list(M('Styremøte den første måndagen i kvar månad.', area=None),
           M('Årsmøte i februar med middag for medlemane.', area=None),
           M('Rekneskap og budsjett blir lagt fram for årsmøtet.', area=None),
           M('Sommartur med buss til Dalen for pensjonistane.', area=None),
           M('Støtte solidaritetsfondet til Fagforbundet med 5 000 kroner.', area=None),
           M('Leggje ut nytt frå fagforeininga på Facebook kvar veke.', area=3),
           num='own')
    p.raw('Styret i Fagforbundet Vinje')
    return p


# ----------------------------------------------------------------- writer
def lvl(i, ch, left):
    return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/>'
            '</w:rPr></w:lvl>' % (i, ch, left))


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    own = parse_xml('<w:abstractNum %s w:abstractNumId="31"><w:nsid w:val="5A2C3F11"/>'
                    '<w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>'
                    % (nsdecls('w'), lvl(0, 'Ø', 720) + lvl(1, '§', 1440) + lvl(2, 'v', 2160)))
    nat_ = parse_xml('<w:abstractNum %s w:abstractNumId="32"><w:nsid w:val="1F0B7E42"/>'
                     '<w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>'
                     % (nsdecls('w'), lvl(0, 'ü', 720) + lvl(1, 'ü', 1440)))
    first = numbering.find(qn('w:num'))
    for a in (own, nat_):
        if first is not None:
            first.addprevious(a)
        else:
            numbering.append(a)
    numbering.append(parse_xml('<w:num %s w:numId="31"><w:abstractNumId w:val="31"/></w:num>'
                               % nsdecls('w')))
    numbering.append(parse_xml('<w:num %s w:numId="32"><w:abstractNumId w:val="32"/></w:num>'
                               % nsdecls('w')))
    return {'own': 31, 'nat': 32}


def set_num(par, num_id, ilvl):
    pPr = par._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def render(p, out, work):
    doc = docx.Document()
    st = doc.styles
    st['Normal'].font.name = 'Calibri'
    st['Normal'].font.size = Pt(11)
    cp = doc.core_properties
    cp.author, cp.title, cp.language = 'Styret', 'Handlingsplan 2025', 'nn-NO'
    h = st.add_style('Overskrift Handlingsplan 1', WD_STYLE_TYPE.PARAGRAPH)
    h.base_style = st['Heading 1']
    h.next_paragraph_style = st['Normal']
    h.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    h.font.size = Pt(15)
    mt = st.add_style('Mellomtittel HP', WD_STYLE_TYPE.PARAGRAPH)
    mt.base_style = st['Normal']
    mt.font.bold = True
    mt.font.italic = True
    mt.element.get_or_add_pPr().append(parse_xml('<w:outlineLvl %s w:val="1"/>' % nsdecls('w')))
    nums = add_numbering(doc)
    for b in p.blocks:
        t = b['t']
        if t == 'title':
            doc.add_paragraph(b['text'], style='Title')
        elif t == 'raw':
            doc.add_paragraph(b['text'], style=b.get('style'))
        elif t == 'para':
            doc.add_paragraph(' '.join(s.shown for s in b['segs']))
        elif t == 'sub':
            doc.add_paragraph(b['text'], style='Mellomtittel HP')
        elif t == 'heading':
            if b['how'] == 'custom':
                doc.add_paragraph(b['text'], style='Overskrift Handlingsplan 1')
            else:
                par = doc.add_paragraph()
                par._p.get_or_add_pPr().append(
                    parse_xml('<w:outlineLvl %s w:val="0"/>' % nsdecls('w')))
                par.paragraph_format.space_before = Pt(18)
                r = par.add_run(b['text'])
                r.bold = True
                r.font.size = Pt(15)
                r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        elif t == 'list':
            for lv, e in b['entries']:
                par = doc.add_paragraph(e.shown, style='List Paragraph')
                set_num(par, nums[b['num']], lv)
    doc.save(out)
