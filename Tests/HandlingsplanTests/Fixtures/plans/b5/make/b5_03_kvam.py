"""b5-03 Kvam - nynorsk, plain text from `pdftotext -layout` of a LibreOffice PDF.

The plan was a Word table plan (written here with python-docx): a bulleted goal list
under an own heading, then ONE table Aktivitet | Kven | Når | Kostnad whose header row
repeats on every page (w:tblHeader), area rows merged across the four columns, rows
that may not break across pages, a page footer with "Side N av M".  LibreOffice
exported it to PDF (untagged, its default), pdftotext -layout made the text.
"""
import os
import subprocess

from planlib import Title, Meta, Para, Label, Area, Own, Header, Mark, G, M, UNSET, soffice, src_path

INFO = dict(
    id='b5-03', base='b5-03_kvam', ext='txt', format='text, UTF-8 (pdftotext -layout)',
    writer='python-docx 1.2.0 -> LibreOffice 7.4 PDF -> pdftotext 22.12 -layout', language='nn',
    structure='own heading with goal bullets; one 4-column table Aktivitet | Kven | Når | '
              'Kostnad with area rows spanning the table, over two pages',
    styles='3 (pdftotext -layout of a table plan: repeated header, wrapped cells, empty Kven)',
    hard='columns exist only as runs of spaces: activity cells wrap over two or three lines '
         'while Kven / Når / Kostnad sit on the first line (or wrap too); empty Kven cells; the '
         'header row "Aktivitet Kven Når Kostnad" is repeated at the top of page 2; page footer '
         '"Fagforbundet Kvam – handlingsplan 2024–2025 ... Side 1 av 2" and a form feed between '
         'the pages; area rows are lines of their own in the first column; a line break after '
         'a hyphen inside a cell ("e-" / "post"); the goal bullets lose their glyph and come '
         'out as indented lines under an own heading ("Kva vi vil oppnå"), so they get their '
         'areas by content; in two rows only a single space separates the activity text from '
         'the Kven text ("lønsforhandlingar Forhandlingsutvalet", "opplæring i '
         'Opplæringsansvarleg"), so the columns must be cut at the header positions; Kostnad '
         'is not labelled')

PLAN = dict(union='Fagforbundet Kvam', branch='247', periodFrom=2024, periodTo=2025,
            adopted='2024-02-07', language='nn')

FOOTER = 'Fagforbundet Kvam – handlingsplan 2024–2025'
EXTRA_NOT_ITEMS = [FOOTER, 'Side 1 av 2', 'Side 2 av 2']


def R(text, kven, naar, kost, area=UNSET):
    """a table row: measure + Kven (responsible) + Når (deadline) + Kostnad"""
    return M(text, area, resp=kven or None, dl=naar or None,
             cells={'kostnad': kost} if kost else {})


BLOCKS = [
    Title('Handlingsplan 2024–2025'),
    Meta('Fagforbundet Kvam avd. 247'),
    Meta('Vedteken av årsmøtet 7.2.2024'),
    Para('Handlingsplanen skal vere eit arbeidsverktøy for styret og dei tillitsvalde. Styret '
         'går gjennom planen på kvart styremøte og rapporterer til årsmøtet.'),

    Own('Kva vi vil oppnå'),
    G('Fleire av medlemane våre i Kvam herad har fast stilling i den storleiken dei ønskjer.',
      1),
    G('Fagforeininga aukar talet på medlemar til over 900.', 3),
    G('Alle einingar i heradet har ein vald tillitsvald.', 3),
    G('Kantina på rådhuset og reinhaldet i skulane held fram i kommunal regi.', 2),
    G('Kvar yrkesseksjon har minst eitt fagleg tilbod i året.', 4),

    Label('Aktivitetar i perioden'),
    Mark('table'),
    Header(['Aktivitet', 'Kven', 'Når', 'Kostnad']),

    Area('Heiltid og likeløn', 1),
    R('Krevje at alle ledige stillingar i omsorga blir lyste ut som heile stillingar',
      'Hovudtillitsvald', 'Heile perioden', ''),
    R('Medlemsmøte om AFP og pensjon for dei som nærmar seg 62 år', 'Leiar', 'Hausten 2024',
      '4 000 kr'),
    R('Kartleggje kor mange av medlemane i reinhald og kjøkken som har deltid mot sin vilje, '
      'og leggje fram tala for kommunedirektøren', '', 'Våren 2024', ''),
    R('Følgje opp lokale lønsforhandlingar for fagarbeidarar og assistentar',
      'Forhandlingsutvalet', 'Kvart år', ''),

    Area('Offentlege tenester med eigne tilsette', 2),
    R('Gje innspel til budsjettet om å halde kantine og reinhald i eigenregi', 'Leiar',
      'Oktober', ''),
    R('Be om oversikt over bruken av vikarbyrå i helse og omsorg kvart halvår',
      'Hovudtillitsvald', 'Januar og juli', ''),
    R('Studiesirkel for styret om konkurranseutsetjing og kva dei tilsette mistar når ei '
      'teneste blir sett ut på anbod', '', 'Hausten 2024', '2 500 kr'),

    Area('Organisasjonsbygging og tariffmakt', 3),
    R('Vervekampanje på Kvam vidaregåande skule og i lærlingbedriftene i heradet',
      'Ungdomstillitsvald', 'September', '3 000 kr'),
    R('Grunnskulering for nye plasstillitsvalde saman med fylkeskretsen',
      'Opplæringsansvarleg', 'Januar 2025', ''),
    R('Arbeidsplassbesøk på alle sjukeheimane med kaffi og vervemateriell', 'Styret',
      'Kvart kvartal', '6 000 kr'),
    R('Fellessamling for tillitsvalde i Kvam, Ulvik og Eidfjord med tema arbeidstid og '
      'turnus', 'Leiar', 'Oktober 2024', '15 000 kr'),
    R('Ringje opp medlemar som har meldt seg ut, og spørje kvifor', '', 'Løpande', ''),

    Area('Fag- og tenesteutvikling', 4),
    R('Fagdag for fagarbeidarar i heimetenesta om legemiddelhandtering',
      'Seksjon helse og sosial', 'Mars 2025', '8 000 kr'),
    R('Krevje at heradet tek inn to nye lærlingar i barne- og ungdomsarbeidarfaget kvart år',
      'Hovudtillitsvald',
      'Før budsjettet', ''),
    R('Informere assistentane i skule og barnehage om vegen til fagbrev som '
      'praksiskandidat', 'Seksjon kyrkje, kultur og oppvekst', 'Hausten 2024', ''),

    Area('Alliansebygging og politisk påverknad', 5),
    R('1. mai-arrangement i Norheimsund saman med LO i Hardanger', 'Styret', '1. mai',
      '5 000 kr'),
    R('Møte med ordføraren og gruppeleiarane om heiltidskultur og eigenregi', 'Leiar',
      'Før budsjettmøtet', ''),
    R('Valkamparrangement med debatt mellom partia før stortingsvalet', '', 'August 2025',
      '7 000 kr'),

    Area('Digitalisering', 6),
    R('Kurs i BankID og Helsenorge for pensjonistar på biblioteket', 'Pensjonistutvalet',
      'Vår og haust', '1 500 kr'),
    R('Alle nye tillitsvalde får opplæring i Tillitsvalgtportalen', 'Opplæringsansvarleg',
      'Løpande', ''),
    R('Krevje at tillitsvalde er med i prosjektet for velferdsteknologi i heimetenesta',
      'Hovudtillitsvald', '', ''),

    Own('Drift og trivsel'),
    R('Faste styremøte første måndagen i kvar månad', 'Leiar', 'Heile året', '', area=None),
    R('Rekneskap og revisjon før årsmøtet', 'Kasserar', 'Januar', '', area=None),
    R('Julebord for medlemar og tillitsvalde', 'Styret', 'Desember', '20 000 kr', area=None),
    R('Gåve til solidaritetsarbeidet for Palestina gjennom Fagforbundet', 'Kasserar', '',
      '5 000 kr', area=None),
    R('Nyheitsbrev til medlemane på e-post og Facebook', 'Informasjonsutvalet',
      'Kvar månad', '', area=3),
    Mark('/table'),

    Para('Kvam, 7. februar 2024'),
]


def _field(paragraph, instr, shown):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), instr)
    r = OxmlElement('w:r')
    t = OxmlElement('w:t')
    t.text = shown
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _row_props(row, header=False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:cantSplit')
    trPr.append(el)
    if header:
        el = OxmlElement('w:tblHeader')
        trPr.append(el)


def _cell_margins(table, twips):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    mar = OxmlElement('w:tblCellMar')
    for side in ('left', 'right'):
        el = OxmlElement('w:' + side)
        el.set(qn('w:w'), str(twips))
        el.set(qn('w:type'), 'dxa')
        mar.append(el)
    table._tbl.tblPr.append(mar)


def _small(cell):
    from docx.shared import Pt
    for p in cell.paragraphs:
        for r in p.runs:
            r.font.size = Pt(10)


def render(path):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    d.styles['Normal'].font.name = 'Liberation Sans'
    d.styles['Normal'].font.size = Pt(11)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run(FOOTER + '\tSide ')
    _field(fp, 'PAGE', '1')
    fp.add_run(' av ')
    _field(fp, 'NUMPAGES', '2')

    widths = [Cm(6.9), Cm(4.6), Cm(3.2), Cm(2.3)]
    table = None
    for b in BLOCKS:
        if b.kind == 'title':
            d.add_heading(b.text, level=0)
        elif b.kind == 'meta':
            d.add_paragraph().add_run(b.text).bold = b.text.startswith('Fagforbundet')
        elif b.kind == 'para':
            d.add_paragraph(b.text)
        elif b.kind == 'own' and table is None:
            d.add_heading(b.text, level=1)
        elif b.kind == 'label':
            d.add_heading(b.text, level=1)
        elif b.kind == 'item' and table is None:
            d.add_paragraph(b.text, style='List Bullet')
        elif b.kind == 'mark' and b.text == 'table':
            table = d.add_table(rows=0, cols=4)
            table.style = 'Table Grid'
            _cell_margins(table, 170)
        elif b.kind == 'header':
            row = table.add_row()
            _row_props(row, header=True)
            for c, t in zip(row.cells, b.cells):
                c.paragraphs[0].add_run(t).bold = True
        elif b.kind in ('area', 'own'):
            row = table.add_row()
            _row_props(row)
            merged = row.cells[0].merge(row.cells[3])
            merged.paragraphs[0].add_run(b.text).bold = True
        elif b.kind == 'item':
            row = table.add_row()
            _row_props(row)
            vals = [b.text, b.resp or '', b.dl or '', b.cells.get('kostnad', '')]
            for c, t in zip(row.cells, vals):
                if t:
                    c.paragraphs[0].add_run(t)
        elif b.kind == 'mark' and b.text == '/table':
            table.autofit = False
            for col, w in zip(table.columns, widths):
                col.width = w
            for row in table.rows:
                for c, w in zip(row.cells, widths):
                    c.width = w
                    _small(c)
            table = None
        else:
            raise ValueError(b.kind)
    docx_src = src_path('b5-03_kvam.docx')
    d.save(docx_src)
    pdf = soffice(docx_src, 'pdf', '/tmp/b5_out')
    subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', pdf, path], check=True)
    os.remove(pdf)
