"""b1-07 Kristiansund - bokmål, text extracted from a PDF: python-docx writes a DOCX,
LibreOffice 7.4 headless converts it to PDF (untagged, LibreOffice's default),
pdftotext 22.12 (default mode, no options) extracts the text that is the plan file.
The extraction is not edited.

The DOCX has a running header ("Fagforbundet Kristiansund avd. 135 – Handlingsplan
2025–2027") and a footer "Side N av M" (PAGE / NUMPAGES fields) on every page.  Areas
are Heading 1 with typed numbers; "Forbundets hovedmål", "Våre mål" and "Tiltak" are
bold label paragraphs.  Three kinds of markers:
  * national goals: a real Word bullet list whose glyph is an en dash "–";
  * the branch's goals: a real bullet list with the arrow "➢" (Segoe UI Symbol);
  * measures: typed check boxes at the start of the paragraph, "☐" + TAB for open and
    "✓" + TAB for done, with a hanging indent; sub-measures typed "a)" / "b)" + TAB.
What pdftotext makes of it (not edited): the arrows and the typed "☐" stay on the
item's first line; every typed "✓" stands alone on a line, separated from its measure
by an empty line; the en-dash bullets of a national-goal list come out as a column of
"–" lines before the goal texts; page footer and header lines appear wherever a page
ends, once inside a goal; the long area-5 heading is wrapped over two lines.
"""
import os
import subprocess

from b1lib import Plan, NG, LG, M, soffice, copy, normalize_zip
from national import NB

OPEN, DONE = '\u2610\t', '\u2713\t'
FONT_PT, TOP_CM = 12, 2.0   # chosen so that one page break falls inside a measure
HEADER_TEXT = 'Fagforbundet Kristiansund avd. 135 – Handlingsplan 2025–2027'


def T(text, done=False, area=None):
    kw = {} if area is None else dict(area=(None if area == 'null' else area))
    return (0, M(text, pre=DONE if done else OPEN, **kw))


def S(letter, text):
    return (1, M(text, pre=letter + ')\t'))


def nat(area, idxs):
    return [NG(NB[area][i]) for i in idxs]


def build():
    p = Plan('b1-07_kristiansund', 'txt',
             dict(union='Fagforbundet Kristiansund', branch='135', periodFrom=2025,
                  periodTo=2027, adopted='2025-01-29', language='nb'),
             format='text, UTF-8, LF, form feeds (pdftotext output)',
             writer='python-docx 1.2.0 -> LibreOffice 7.4 headless PDF -> pdftotext 22.12 '
                    '(default mode)',
             structure='a: national template (numbered area headings, Forbundets hovedmål / '
                       'Våre mål / Tiltak labels) + own section',
             styles='6 pdftotext of a LibreOffice PDF; 9 check boxes, arrows, en dashes, '
                    '"a)" letters',
             hard='pdftotext output: lines wrapped at the page width (also the area-5 '
                  'heading); "✓" alone on a line, an empty line, then its measure; the '
                  'en-dash bullets of each national-goal list as a column of "–" lines before '
                  'the goal texts; running header and "Side N av M" footer between pages, once '
                  'inside a goal; form feeds; three marker families (– national goals, ➢ own '
                  'goals, ☐/✓ measures) plus "a)"/"b)" sub-measures; period 2025–2027; own '
                  'section 7 by content (null)')
    p.title('Handlingsplan 2025–2027')
    p.line('Fagforbundet Kristiansund avd. 135')
    p.line('Vedtatt på årsmøtet 29. januar 2025')
    p.para('Planen gjelder for tre år og følger satsingsområdene i Fagforbundets '
           'strategiplan.',
           'Tiltak som er gjennomført, er krysset av i listene.',
           'Styret rapporterer til årsmøtet hvert år.')

    # 1
    p.heading('1. Heltid, likelønn og kampen for mindre forskjeller', 1)
    p.label('Forbundets hovedmål')
    p.items(*nat(1, [1, 3]), kind='nat')
    p.label('Våre mål')
    p.items(LG('Minst halvparten av de nyansatte i helse og omsorg i Kristiansund kommune '
               'får hel stilling.'),
            LG('Medlemmene våre vet hva de har rett på av pensjon og AFP.'), kind='goal')
    p.label('Tiltak')
    p.items(
        T('Kreve tall for stillingsstørrelser ved nyansettelser hvert halvår i '
          'drøftingsmøtene med arbeidsgiver.'),
        T('Opprette et heltidsutvalg sammen med kommunen og de andre forbundene.', done=True),
        T('Pensjonsseminar for medlemmer over 50 år i samarbeid med KLP.'),
        S('a', 'Eget møte for medlemmer i privat sektor om AFP og tjenestepensjon.'),
        S('b', 'Tilby individuell pensjonsveiledning med forbundets rådgiver.'),
        T('Bruke lønnsstatistikken i de lokale forhandlingene for å løfte lavtlønte '
          'grupper.'),
        kind='measure')

    # 2
    p.heading('2. Gode offentlige tjenester med egne ansatte', 2)
    p.label('Forbundets hovedmål')
    p.items(*nat(2, [2]), kind='nat')
    p.label('Våre mål')
    p.items(LG('Kommunen avslutter avtalene med vikarbyrå i sykehjemmene innen 2026.'),
            kind='goal')
    p.label('Tiltak')
    p.items(
        T('Kartlegge all bruk av innleie og private leverandører i kommunen.'),
        T('Kreve at det nye sentralkjøkkenet drives med egne ansatte.', done=True),
        T('Kurs for tillitsvalgte om virksomhetsoverdragelse og anbud.'),
        T('Delta i trepartsarbeidet om tillitsreform i helse og omsorg.'),
        kind='measure')

    # 3
    p.heading('3. Organisasjonsbygging og tariffmakt', 3)
    p.label('Forbundets hovedmål')
    p.items(*nat(3, [5, 4]), kind='nat')
    p.label('Våre mål')
    p.items(LG('150 nye medlemmer hvert år i perioden.'),
            LG('Alle sykehjem, barnehager og skoler har en plasstillitsvalgt.'),
            LG('Alle private omsorgsbedrifter der vi har medlemmer, har tariffavtale.'),
            kind='goal')
    p.label('Tiltak')
    p.items(
        T('Vervestand i kantina på Kristiansund sykehus en gang i kvartalet.', done=True),
        T('Besøke studentene i vernepleie og sykepleie ved Høgskolen i Molde, studiested '
          'Kristiansund.'),
        T('Velkomstmøte for nye medlemmer to ganger i året.'),
        T('Opplæring av tillitsvalgte:'),
        S('a', 'Grunnskolering trinn 1 hver vår.'),
        S('b', 'Samling for plasstillitsvalgte hver høst, med hovedavtalen og arbeidsmiljø '
               'som tema.'),
        T('Nyhetsbrev til medlemmene annenhver måned.'),
        kind='measure')

    # 4
    p.heading('4. Fag- og tjenesteutvikling', 4)
    p.label('Forbundets hovedmål')
    p.items(*nat(4, [2]), kind='nat')
    p.label('Våre mål')
    p.items(LG('Kommunen har kompetanseplaner som omfatter alle faggrupper, også '
               'assistentene.'), kind='goal')
    p.label('Tiltak')
    p.items(
        T('Fagdag for renholdere og vaktmestere høsten 2025.'),
        T('Kreve midler til åtte nye læreplasser i budsjettet for 2026.', done=True),
        T('Besøke alle barnehager og skoler med informasjon om fagbrev for assistenter.'),
        T('Markere yrkesgruppenes merkedager på arbeidsplassene.'),
        kind='measure')

    # 5
    p.heading('5. Alliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid', 5)
    p.label('Forbundets hovedmål')
    p.items(*nat(5, [3]), kind='nat')
    p.label('Våre mål')
    p.items(LG('Flere av medlemmene våre stemmer ved stortingsvalget i 2025 og ved '
               'kommunevalget i 2027 enn ved forrige valg.'), kind='goal')
    p.label('Tiltak')
    p.items(
        T('Fornye samarbeidsavtalen med Kristiansund Arbeiderparti.', done=True),
        T('Valgmøte for medlemmene med de lokale stortingskandidatene.'),
        T('Arrangere 1. mai sammen med LO i Kristiansund og Nordmøre.'),
        T('Møte ordfører og gruppeledere før budsjettbehandlingen hver høst.'),
        kind='measure')

    # 6
    p.heading('6. Digitalisering', 6)
    p.label('Forbundets hovedmål')
    p.items(*nat(6, [3]), kind='nat')
    p.label('Våre mål')
    p.items(LG('Ingen medlemmer står utenfor fordi de mangler digitale ferdigheter.'),
            kind='goal')
    p.label('Tiltak')
    p.items(
        T('Kurs i BankID, Helsenorge og nettbank for pensjonistene.'),
        T('Vise alle nyvalgte hvordan Tillitsvalgtportalen brukes.'),
        T('Kreve at ansatte og tillitsvalgte tas med når kommunen innfører nye '
          'fagsystemer.'),
        kind='measure')

    # 7
    p.heading('7. Styrets arbeid og økonomi', None)
    p.items(
        T('Styremøte hver måned, arbeidsutvalget ved behov.', done=True, area='null'),
        T('Årsmøte med valg i januar 2026 og januar 2027.', area='null'),
        T('Revisjon av regnskapet før hvert årsmøte.', area='null'),
        T('Jubileumsfest for medlemmene høsten 2026.', area='null'),
        T('Støtte Fagforbundets solidaritetsfond og SOS-barnebyer.', area='null'),
        kind='measure')
    p.line('Kristiansund, 29. januar 2025')
    p.line('Styret i Fagforbundet Kristiansund')
    return p


def docx_of(p, path):
    import docx
    from docx.shared import Cm, Pt
    from b1lib import (docx_core, docx_add_bullet_numbering, docx_set_numpr, docx_field)
    d = docx.Document()
    docx_core(d, 'Handlingsplan 2025–2027', 'Fagforbundet Kristiansund')
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(TOP_CM)
    d.styles['Normal'].font.name = 'Liberation Serif'
    d.styles['Normal'].font.size = Pt(FONT_PT)
    hp = sec.header.paragraphs[0]
    hp.text = HEADER_TEXT
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = 2   # right
    fp.add_run('Side ')
    docx_field(fp, 'PAGE')
    fp.add_run(' av ')
    docx_field(fp, 'NUMPAGES')
    dash = docx_add_bullet_numbering(d, '\u2013', 'Liberation Sans')
    arrow = docx_add_bullet_numbering(d, '\u27a2', 'Segoe UI Symbol')
    for b in p.blocks:
        t = b['t']
        if t == 'title':
            d.add_paragraph(b['text'], style='Title')
        elif t == 'line':
            d.add_paragraph(b['text'])
        elif t == 'heading':
            d.add_heading(b['text'], 1)
        elif t == 'label':
            para = d.add_paragraph()
            para.paragraph_format.space_before = Pt(6)
            para.paragraph_format.space_after = Pt(2)
            para.add_run(b['text']).bold = True
        elif t == 'para':
            d.add_paragraph(' '.join(s.shown for s in b['segs']))
        elif t == 'list':
            for lvl, e in b['entries']:
                if b['kind'] in ('nat', 'goal'):
                    para = d.add_paragraph(e.shown, style='List Paragraph')
                    docx_set_numpr(para, dash if b['kind'] == 'nat' else arrow)
                    para.paragraph_format.widow_control = False
                else:
                    para = d.add_paragraph(e.shown)
                    pf = para.paragraph_format
                    pf.left_indent = Cm(1.0 + 0.8 * lvl)
                    pf.first_line_indent = Cm(-0.8)
                    pf.space_after = Pt(2)
                    pf.widow_control = False
                    pf.tab_stops.add_tab_stop(Cm(1.0 + 0.8 * lvl))
        else:
            raise ValueError(t)
    d.save(path)


def render(p, out, work):
    src = os.path.join(work, p.base + '.docx')
    docx_of(p, src)
    normalize_zip(src)
    pdf = soffice(src, 'pdf', work)
    txt = os.path.join(work, p.base + '.txt')
    subprocess.run(['pdftotext', pdf, txt], check=True)
    copy(txt, out)
    # the running header / footer lines as pdftotext wrote them
    pages = open(txt, encoding='utf-8').read().count('\f')
    p.residue = [HEADER_TEXT] + ['Side %d av %d' % (k, pages) for k in range(1, pages + 1)]
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, 'src'), exist_ok=True)
    copy(src, os.path.join(here, 'src', p.base + '.docx'))
    copy(pdf, os.path.join(here, 'src', p.base + '.pdf'))
