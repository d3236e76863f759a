"""b4-08 Valdres - a plan written in Google Docs and downloaded as DOCX (nynorsk).

Each area is a heading followed by a two-column table "Mål" | "Tiltak"; the Mål
cell holds one goal, the Tiltak cell several measures, one paragraph each.
Emulated with python-docx: Google's styles (Title, Subtitle, Heading 1/2, Arial),
a numbering part of Google's shape (one w:abstractNum per list, nine levels
● ○ ■, no w:multiLevelType), list paragraphs in Normal style with w:numPr and
w:ind, w:rtl w:val="0" in every run, "_heading=h.…" bookmarks on headings, empty
paragraphs as spacing, table cell margins written as "100.0"."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from b4lib import Plan, G, M, W_NS  # noqa: E402

HEAD = ['Mål', 'Tiltak']


def build():
    p = Plan('b4-08', 'valdres', 'docx',
             dict(union='Fagforbundet Valdres', branch='226', periodFrom=2024, periodTo=2025,
                  adopted='2024-02-21', language='nn'),
             fmt='DOCX', writer='python-docx 1.2.0 emulating a Google Docs export',
             styles='8 (area heading + two-column table Mål | Tiltak, one measure per cell '
                    'paragraph) and 4 (Google Docs DOCX)',
             structure='c: drifted area headings, each with a Mål | Tiltak table; own bullet section',
             hard='several measures in one Tiltak cell, each paragraph an item of its own, while the '
                  'Mål cell beside them is one goal; Google Docs shape: lists are Normal paragraphs '
                  'with w:numPr of a nine-level abstractNum (● ○ ■), runs with w:rtl, bookmarks '
                  '"_heading=h.…" inside headings, empty paragraphs, table cell margins "100.0"; '
                  'the six-area list in the introduction and "Utfordringar" bullets use the same '
                  'list definition as the own "Anna arbeid" list (only the latter are items); '
                  'adoption written "21. feb. 2024"; drifted headings ("Eigne tilsette i '
                  'kommunane", "Alliansebygging og politisk påverknad")')
    p.title('Handlingsplan 2024–2025')
    p.raw('Fagforbundet Valdres avd. 226', style='Subtitle')
    p.raw('Vedteke på årsmøtet 21. feb. 2024')
    p.sub('Innleiing', level=1)
    p.para('Fagforbundet Valdres organiserer tilsette i alle dei seks kommunane i Valdres og ved '
           'Valdres lokalmedisinske senter.', 'Handlingsplanen følgjer dei seks satsingsområda i '
           'strategiplanen til forbundet:')
    p.bullets('Heiltid, likeløn og kampen for mindre ulikheiter',
              'Gode offentlege tenester med eigne tilsette',
              'Organisasjonsbygging og tariffmakt',
              'Fag- og tenesteutvikling',
              'Alliansebygging, myndighetskontakt og fagligpolitisk påverknadsarbeid',
              'Digitalisering')
    p.sub('Utfordringar', level=2)
    p.bullets('Mange medlemar har lang reiseveg til kurs og møte.',
              'Dei minste kommunane har få tillitsvalde.',
              'Kommunane leiger inn fleire sommarvikarar frå byrå enn før.')

    def tab(*rows):
        p.table(HEAD, [[g, list(ms)] for g, *ms in rows])

    p.heading('Heiltid og likeløn', 1)
    tab((G('Fleire tilsette i Valdres-kommunane får heile stillingar.'),
         M('Samle tal på deltid frå alle seks kommunane kvart år.'),
         M('Krevje heiltidsutval i kommunar som ikkje har det.'),
         M('Støtte tillitsvalde som krev stillingsutviding etter arbeidsmiljølova § 14-3.')),
        (G('Medlemar nær pensjonsalder får god rettleiing om AFP.'),
         M('Pensjonskurs på Fagernes i samarbeid med KLP og Storebrand.'),
         M('Forklare den nye AFP-ordninga i Facebook-gruppa vår.')))

    p.heading('Eigne tilsette i kommunane', 2)
    tab((G('Ingen kommunale tenester i Valdres blir sette ut på anbod i perioden.'),
         M('Be om å få innkjøpsplanane til kommunane til orientering kvart år.'),
         M('Lage faktaark om fordelane med eigenregi i reinhald og kjøkken.')),
        (G('Ambulansetenesta og Valdres lokalmedisinske senter blir verande offentleg drivne.'),
         M('Samarbeide med tillitsvalde i Sjukehuset Innlandet om felles krav.')))

    p.heading('Organisasjonsbygging og tariffmakt', 3)
    tab((G('Medlemstalet aukar til 1 150 innan årsmøtet 2026.'),
         M('Verveturné til alle seks kommunane i forbundsvekene.'),
         M('Eigen stand for lærlingar og elevar på Valdres vidaregåande skule.'),
         M('Helse alle nye medlemar velkomne med SMS og telefon.')),
        (G('Dei minste kommunane har òg tillitsvalde med opplæring.'),
         M('Grunnkurs for tillitsvalde på Fagernes vår og haust.'),
         M('Fadderordning der erfarne tillitsvalde følgjer opp nye.')))

    p.heading('Fag og kompetanse', 4)
    tab((G('Fleire i helse og oppvekst har fagbrev.'),
         M('Informasjonsmøte om å ta fagbrev i vaksen alder, saman med opplæringskontoret i Valdres.'),
         M('Krevje at kompetanseplanane i kommunane blir drøfta med tillitsvalde.')),
        (G('Yrkesgruppene våre blir synlege i lokalsamfunnet.'),
         M('Markere reinhaldardagen med blomar på alle skulane.'),
         M('Fagtreff for driftsoperatørar om tryggleik i arbeid med vatn og avløp.')))

    p.heading('Alliansebygging og politisk påverknad', 5)
    tab((G('Partia i kommunestyra kjenner Fagforbundet sine krav.'),
         M('Møte gruppeleiarane i alle seks kommunane før budsjettarbeidet.'),
         M('Lesarinnlegg i Avisa Valdres under valkampen.'),
         M('Appell og stand på 1. mai på Fagernes.')))

    p.heading('Digitalisering', 6)
    tab((G('Tillitsvalde er trygge brukarar av digitale verktøy.'),
         M('Digital tillitsvaldkveld om Teams, e-post og Tillitsvalgtportalen.'),
         M('Krevje drøfting når kommunane innfører ny velferdsteknologi i heimetenesta.')))

    p.heading('Anna arbeid', None)
    p.bullets(M('Styremøte kvar tredje veke.', None),
              M('Årsmøte med middag i februar.', None),
              M('Medlemstur til Beitostølen saman med pensjonistforeininga.', None),
              M('Støtte SOS-barnebyar med fast månadleg beløp.', None),
              M('Oppdatere heimesida med nytt frå fagforeininga.', 3))
    return p


# ----------------------------------------------------------------- render
def google_abstract(aid):
    glyphs = ['●', '○', '■']
    lv = []
    for i in range(9):
        lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                  '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" '
                  'w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>'
                  % (i, glyphs[i % 3], 720 * (i + 1)))
    return ('<w:abstractNum xmlns:w="%s" w:abstractNumId="%d">%s</w:abstractNum>'
            % (W_NS, aid, ''.join(lv)))


def render(plan, out, work):
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = ''
    d.styles['Normal'].font.name = 'Arial'
    d.styles['Normal'].font.size = Pt(11)
    numbering = d.part.numbering_part.element
    for ch in list(numbering):
        numbering.remove(ch)
    lists = [b for b in plan.blocks if b['t'] == 'list']
    for k in range(len(lists)):
        numbering.append(parse_xml(google_abstract(k + 1)))
    for k in range(len(lists)):
        numbering.append(parse_xml('<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                                   % (W_NS, k + 1, k + 1)))
    bm = [0]
    heading_ids = ['gjdgxs', '30j0zll', '1fob9te', '3znysh7', '2et92p0', 'tyjcwt', '3dy6vkm',
                   '1t3h5sf', '4d34og8', '2s8eyo1', '17dp8vu']

    def gpara(par):
        """Google's run and paragraph shape"""
        pPr = par._p.get_or_add_pPr()
        sp = parse_xml('<w:spacing xmlns:w="%s" w:after="0" w:before="0" w:line="276" '
                       'w:lineRule="auto"/>' % W_NS)
        ind = pPr.find('{%s}ind' % W_NS)
        if ind is not None:          # schema order: ... w:spacing, w:ind ...
            ind.addprevious(sp)
        else:
            pPr.append(sp)
        for r in par.runs:
            rPr = r._r.get_or_add_rPr()
            rPr.append(parse_xml('<w:rtl xmlns:w="%s" w:val="0"/>' % W_NS))
        return par

    def empty():
        gpara(d.add_paragraph())

    def heading(text, level):
        par = gpara(d.add_heading(text, level=level))
        i = bm[0]
        bm[0] += 1
        par._p.insert(1, parse_xml('<w:bookmarkStart xmlns:w="%s" w:colFirst="0" w:colLast="0" '
                                   'w:name="_heading=h.%s" w:id="%d"/>' % (W_NS, heading_ids[i], i)))
        par._p.append(parse_xml('<w:bookmarkEnd xmlns:w="%s" w:id="%d"/>' % (W_NS, i)))

    list_no = 0
    for b in plan.blocks:
        t = b['t']
        if t == 'title':
            gpara(d.add_paragraph(b['text'], style='Title'))
        elif t == 'raw':
            gpara(d.add_paragraph(b['text'], style=b.get('style', 'Normal')))
        elif t == 'heading':
            if b['section']:
                empty()
            heading(b['text'], 1 if b['section'] or b['level'] == 1 else 2)
        elif t == 'para':
            gpara(d.add_paragraph(' '.join(s.text for s in b['segs'])))
        elif t == 'list':
            list_no += 1
            for lvl, e in b['entries']:
                par = d.add_paragraph(e.text)
                pPr = par._p.get_or_add_pPr()
                pPr.append(parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="%d"/>'
                                     '</w:numPr>' % (W_NS, lvl, list_no)))
                pPr.append(parse_xml('<w:ind xmlns:w="%s" w:left="%d" w:hanging="360"/>'
                                     % (W_NS, 720 * (lvl + 1))))
                gpara(par)
        elif t == 'table':
            rows = b['rows']
            tbl = d.add_table(rows=len(rows) + 1, cols=2)
            tblPr = tbl._tbl.tblPr
            for ch in list(tblPr):
                if ch.tag == '{%s}tblStyle' % W_NS:
                    tblPr.remove(ch)
            look = tblPr.find('{%s}tblLook' % W_NS)
            look.addprevious(parse_xml(
                '<w:tblBorders xmlns:w="%s"><w:top w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:left w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:bottom w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:right w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:insideH w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
                '<w:insideV w:color="000000" w:space="0" w:sz="8" w:val="single"/></w:tblBorders>' % W_NS))
            look.addprevious(parse_xml('<w:tblLayout xmlns:w="%s" w:type="fixed"/>' % W_NS))
            grid = [(3600, []), (5760, [])]

            def fill(cell, paras, bold=False):
                tcPr = cell._tc.get_or_add_tcPr()
                tcPr.append(parse_xml('<w:shd xmlns:w="%s" w:fill="auto" w:val="clear"/>' % W_NS))
                tcPr.append(parse_xml(
                    '<w:tcMar xmlns:w="%s"><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" '
                    'w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" '
                    'w:type="dxa"/></w:tcMar>' % W_NS))
                first = True
                for text in paras:
                    par = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    r = par.add_run(text)
                    r.bold = bold or None
                    gpara(par)
            for ci, h in enumerate(b['header']):
                fill(tbl.rows[0].cells[ci], [h], bold=True)
            for ri, (goal, measures) in enumerate(rows, 1):
                fill(tbl.rows[ri].cells[0], [goal.text])
                fill(tbl.rows[ri].cells[1], [m.text for m in measures])
            for gc, (w, _) in zip(tbl._tbl.tblGrid.findall('{%s}gridCol' % W_NS), grid):
                gc.set('{%s}w' % W_NS, str(w))
            for col, (w, _) in zip(tbl.columns, grid):
                for c in col.cells:
                    c.width = docx.shared.Twips(w)
        else:
            raise ValueError(t)
    empty()
    d.save(out)
