"""b1-05 Ullensvang - nynorsk, DOCX written with python-docx.

No headings at all (the title is a Title paragraph, the rest Normal paragraphs and
one table).  Five goals typed with "a)" … "e)" letters, then one Table Grid table
whose columns come in an unusual order: Kven | Kva | Innan | Område | Status.  The
"Område" column holds an area number ("3"), a number with a word ("1 Heiltid") or a
short name ("Org.", "Eigenregi", "Fag", "Politikk", "Digitalisering"); "–" where the
task belongs to no area.  Status values: Gjennomført, Pågår, Ikkje starta, ✔.  The
table was longer than a page: the branch typed the header row again as an ordinary
(bold) row where the second page starts (page break before), instead of marking the
first row as a repeating header.
"""
from b1lib import Plan, LG, M, normalize_zip

AREA_CODES = {'1': 1, '1 Heiltid': 1, '2': 2, 'Eigenregi': 2, '3': 3, 'Org.': 3, '4': 4,
              'Fag': 4, '5': 5, 'Politikk': 5, '6': 6, 'Digitalisering': 6, '–': None}


def R(who, what, when, area_code, status):
    return [who, M(what, AREA_CODES[area_code]), when, area_code, status]


HEADER = ['Kven', 'Kva', 'Innan', 'Område', 'Status']


def build():
    p = Plan('b1-05_ullensvang', 'docx',
             dict(union='Fagforbundet Ullensvang', branch='347', periodFrom=2025,
                  periodTo=2026, adopted='2025-02-19', language='nn'),
             format='DOCX', writer='python-docx 1.2.0',
             structure='c: one table Kven | Kva | Innan | Område | Status with an area '
                       'column, after an "a)"-lettered goal list; no headings',
             styles='4 table with unusual column order, area column, status values and a '
                    'typed repeated header row; 9 "a)" letters',
             hard='no headings at all (section null everywhere); responsible is the FIRST '
                  'column; area comes from the Område column as a number, "1 Heiltid", or a '
                  'short name (Org., Eigenregi, Fag, Politikk, Digitalisering), "–" = null; '
                  'Status values (Gjennomført, Pågår, Ikkje starta, ✔) are not items; the '
                  'header row is repeated mid-table as an ordinary bold row; goals typed as '
                  '"a)" … "e)" paragraphs, areas by content; legend paragraph explaining the '
                  'area codes; nynorsk')
    p.title('Tiltaksplan 2025–2026')
    p.line('Fagforbundet Ullensvang, avd. 347')
    p.line('Vedteken på årsmøtet 19.2.2025. Status oppdatert av styret 25. august 2025.')
    p.para('Fagforeininga organiserer tilsette i Ullensvang kommune, i private barnehagar og '
           'i reinhaldsbedrifter frå Odda til Kinsarvik.',
           'Tiltaksplanen gjeld for to år og blir følgd opp på kvart styremøte.')
    p.label('Måla våre for perioden:')
    p.items(
        LG('Fleire medlemmar i helse og omsorg har heile, faste stillingar.', 1, pre='a) '),
        LG('Kommunen brukar ikkje vikarbyrå i sjukeheimane.', 2, pre='b) '),
        LG('Fagforeininga har 900 medlemmar og ein plasstillitsvald på kvar arbeidsplass med '
           'fleire enn fem medlemmar.', 3, pre='c) '),
        LG('Fleire assistentar og ufaglærte tek fagbrev.', 4, pre='d) '),
        LG('Medlemmane er med og påverkar budsjettet til kommunen.', 5, pre='e) '),
    )
    p.line('Område: 1 = heiltid og likeløn, 2 = eigne tilsette, 3 = organisasjon, 4 = fag, '
           '5 = politikk, 6 = digitalisering.')
    p.table(
        HEADER,
        [
            R('HTV', 'Kartleggje ufrivillig deltid i heimetenesta og på sjukeheimane',
              '1. april 2025', '1', 'Gjennomført'),
            R('HTV og plasstillitsvalde', 'Krevje at alle nye stillingar i turnus blir lyste '
              'ut som heile', 'Løpande', '1 Heiltid', 'Pågår'),
            R('Leiar', 'Medlemsmøte om lønsoppgjeret og den lokale potten', 'Mai 2025', '1',
              '✔'),
            R('Pensjonskontakt', 'Kurs om AFP og offentleg tenestepensjon for medlemmar over '
              '58 år', 'Oktober 2025', '1', 'Ikkje starta'),
            R('Styret', 'Lage oversikt over innleige frå vikarbyrå i helse og omsorg',
              '1. mars 2025', '2', 'Gjennomført'),
            R('Leiar', 'Ta opp kostnadene ved innleige i møte med kommunedirektøren',
              'Juni 2025', '2', 'Pågår'),
            R('HTV', 'Arbeide mot planane om å setje ut reinhaldet i skulane på anbod',
              'Løpande', 'Eigenregi', 'Pågår'),
            R('Vervekontakt', 'Verve 60 nye medlemmar, med vekt på lærlingar og nytilsette',
              '31.12.2025', 'Org.', 'Pågår'),
            R('Ungdomstillitsvald', 'Besøkje Odda vidaregåande skule og snakke med elevar på '
              'helse- og oppvekstfag', 'Haust 2025', '3', 'Ikkje starta'),
            R('Opplæringsansvarleg', 'Grunnskulering trinn 1 for nye tillitsvalde',
              'Mars 2025', 'Org.', '✔'),
            R('Styret', 'Tillitsvaldsamling for alle plasstillitsvalde', 'November 2025', '3',
              'Ikkje starta'),
            'HEADER',
            R('Leiar', 'Medlemsmøte både i Odda og i Kinsarvik', 'Kvart halvår', '3', 'Pågår'),
            R('Informasjonsansvarleg', 'Nyheitsbrev på e-post og SMS til medlemmane',
              'Kvar månad', 'Org.', 'Pågår'),
            R('Seksjonsleiar helse og sosial', 'Fagdag for helsefagarbeidarar om '
              'legemiddelhandtering', 'September 2025', 'Fag', 'Ikkje starta'),
            R('HTV', 'Krevje kompetanseplanar for alle einingar i oppvekst', '1. juni 2025',
              '4', 'Pågår'),
            R('Styret', 'Følgje opp at kommunen tek inn ti lærlingar i helsearbeidarfaget kvart '
              'år', 'Løpande', '4', 'Pågår'),
            R('Seksjonsleiar SKKO', 'Informasjonsmøte om fagbrev på jobb for assistentar',
              'April 2025', 'Fag', '✔'),
            R('Politisk kontakt', 'Stand i Odda sentrum før stortingsvalet', '6. september 2025',
              'Politikk', 'Ikkje starta'),
            R('Leiar', 'Møte gruppeleiarane i kommunestyret om budsjettet for 2026',
              'Oktober 2025', '5', 'Ikkje starta'),
            R('Styret', '1. mai-arrangement saman med LO-forbunda i Hardanger', '1. mai 2025',
              '5', '✔'),
            R('Leiar', 'Fornye samarbeidsavtalen med Ullensvang Arbeidarparti', 'Juni 2025',
              'Politikk', 'Pågår'),
            R('Opplæringsansvarleg', 'Kurs i Tillitsvalgtportalen for nye tillitsvalde',
              'April 2025', 'Digitalisering', '✔'),
            R('Pensjonistutvalet', 'Digital hjelp for pensjonistar: BankID, nettbank og '
              'Helsenorge', 'Vår 2025', '6', 'Gjennomført'),
            R('HTV', 'Krevje drøfting før kommunen tek i bruk digitalt tilsyn i heimetenesta',
              'Løpande', 'Digitalisering', 'Pågår'),
            R('Leiar', 'Styremøte kvar tredje veke', 'Løpande', '–', 'Pågår'),
            R('Kasserar', 'Rekneskap og revisjon for 2025', '15. januar 2026', '–',
              'Ikkje starta'),
            R('Styret', 'Årsmøte med val av nytt styre', 'Februar 2026', '–', 'Ikkje starta'),
            R('Sosialt utval', 'Julebord for medlemmar og tillitsvalde', 'Desember 2025', '–',
              'Ikkje starta'),
            R('Styret', 'Gåve til Norsk Folkehjelp sitt arbeid i Gaza', 'Løpande', '–',
              'Gjennomført'),
            R('Pensjonistutvalet', 'Haustur for pensjonistane', 'September 2025', '–',
              'Ikkje starta'),
        ],
        roles=['resp', 'item', 'dl', 'note', 'note'])
    p.line('Ullensvang, 25. august 2025')
    p.line('Styret')
    return p


def render(p, out, work):
    import docx
    from docx.shared import Cm, Pt
    from b1lib import docx_core
    d = docx.Document()
    docx_core(d, 'Tiltaksplan 2025–2026', 'Fagforbundet Ullensvang')
    d.styles['Normal'].font.name = 'Calibri'
    d.styles['Normal'].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    widths = [Cm(3.6), Cm(5.8), Cm(2.8), Cm(2.4), Cm(2.4)]
    for b in p.blocks:
        t = b['t']
        if t == 'title':
            d.add_paragraph(b['text'], style='Title')
        elif t == 'line':
            d.add_paragraph(b['text'])
        elif t == 'label':
            r = d.add_paragraph().add_run(b['text'])
            r.bold = True
        elif t == 'para':
            d.add_paragraph(' '.join(s.shown for s in b['segs']))
        elif t == 'list':
            for _, e in b['entries']:
                para = d.add_paragraph(e.shown)
                para.paragraph_format.left_indent = Cm(0.6)
        elif t == 'table':
            tbl = d.add_table(rows=0, cols=len(b['header']))
            tbl.style = 'Table Grid'
            tbl.autofit = False
            for i, w in enumerate(widths):
                tbl.columns[i].width = w

            def header_row():
                row = tbl.add_row()
                for i, h in enumerate(b['header']):
                    cell = row.cells[i]
                    cell.width = widths[i]
                    cell.paragraphs[0].add_run(h).bold = True
            header_row()
            for r in b['rows']:
                if r == 'HEADER':
                    header_row()
                    continue
                row = tbl.add_row()
                for i, c in enumerate(r):
                    cell = row.cells[i]
                    cell.width = widths[i]
                    cell.paragraphs[0].add_run(c.shown if hasattr(c, 'shown') else c)
        else:
            raise ValueError(t)
    d.save(out)
    normalize_zip(out)
