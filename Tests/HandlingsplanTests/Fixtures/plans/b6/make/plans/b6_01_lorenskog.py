"""b6-01 Lørenskog (nb): a slide deck (python-pptx) -> PDF (LibreOffice Impress)
-> pdftotext (default mode).  The deck presents the adopted plan at a
tillitsvalgtsamling: slide titles, short bullet phrases, a footer and a slide
number on every slide, Mål | Tiltak comparison slides, goal bullets with measure
sub-bullets, a continued slide, and a closing "Takk for oss" slide."""
import os

from pptx import Presentation
from pptx.util import Inches, Pt

from lib import Gold, LG, ME, run

BASE = 'b6-01_lorenskog'
EXT = 'txt'
FOOTER = 'Fagforbundet Lørenskog · Tillitsvalgtsamling 5. mars 2026'

# ('title', title, [subtitle lines])
# ('list', title, section, [(level, text, kind, area) | (level, text, None, None)])
#     kind None = not an item
# ('compare', title, section, left_label, [(text, kind, area)], right_label, [...])
S1 = '1 Heltid og likelønn'
S2 = '2 Gode offentlige tjenester med egne ansatte'
S3 = '3 Organisasjonsbygging og tariffmakt'
S3b = '3 Organisasjonsbygging (forts.)'
S4 = '4 Fag- og tjenesteutvikling'
S5 = '5 Alliansebygging og politisk påvirkning'
S6 = '6 Digitalisering'
S7 = 'Styret og drift'

SLIDES = [
    ('title', 'Handlingsplan 2026',
     ['Fagforbundet Lørenskog avd. 238', 'Tillitsvalgtsamling 5. mars 2026']),
    ('list', 'Hvorfor en handlingsplan?', None, [
        (0, 'Vedtatt på årsmøtet 10.02.2026', None, None),
        (0, 'Bygger på Fagforbundets strategiplan', None, None),
        (0, 'Seks satsingsområder:', None, None),
        (1, 'Heltid og likelønn', None, None),
        (1, 'Egne ansatte', None, None),
        (1, 'Organisasjon og tariff', None, None),
        (1, 'Fag og kompetanse', None, None),
        (1, 'Politisk påvirkning', None, None),
        (1, 'Digitalisering', None, None),
    ]),
    ('list', 'Dette fikk vi til i 2025', None, [
        (0, '112 nye medlemmer', None, None),
        (0, 'Tre nye plasstillitsvalgte i barnehagene', None, None),
        (0, 'Heltidsprosjektet i hjemmetjenesten er i gang', None, None),
        (0, 'Vaskeriet ble tatt tilbake i egen regi', None, None),
    ]),
    ('compare', S1, S1, 'Mål', [
        ('Flere hele, faste stillinger i helse og omsorg', LG, 1),
        ('Mindre lønnsforskjeller mellom kvinner og menn', LG, 1),
    ], 'Tiltak', [
        ('Kartlegge deltid på alle sykehjem', ME, 1),
        ('Kreve en heltidsstrategi i partssamarbeidet', ME, 1),
        ('Følge opp krav etter aml. § 14-3', ME, 1),
        ('Medlemsmøte om AFP og ny pensjon', ME, 1),
        ('Lønnsstatistikk før de lokale forhandlingene', ME, 1),
    ]),
    ('list', S2, S2, [
        (0, 'Ingen nye anbud i pleie og omsorg', LG, 2),
        (1, 'Be om oversikt over kjøp av tjenester og bruk av vikarbyrå', ME, 2),
        (1, 'Dialogmøte med gruppelederne om egenregi', ME, 2),
        (0, 'Sentralkjøkkenet forblir i egen regi', LG, 2),
        (1, 'Samle faglige argumenter fra kokkene på kjøkkenet', ME, 2),
    ]),
    ('compare', S3, S3, 'Mål', [
        ('900 medlemmer innen 31.12.2026', LG, 3),
        ('Plasstillitsvalgt på alle arbeidsplasser med minst fem medlemmer', LG, 3),
    ], 'Tiltak', [
        ('Vervekampanje i forbundsukene', ME, 3),
        ('Arbeidsplassbesøk hver måned', ME, 3),
        ('Velkomstsamtale med alle nye medlemmer', ME, 3),
        ('Grunnskolering for nye tillitsvalgte', ME, 3),
        ('Besøke helsefagklassene på videregående', ME, 3),
    ]),
    ('list', S3b, S3b, [
        (0, 'Tillitsvalgtsamling vår og høst', ME, 3),
        (0, 'LO Sommerpatrulje i juli', ME, 3),
        (0, 'Nyhetsbrev til medlemmene hver måned', ME, 3),
    ]),
    ('list', S4, S4, [
        (0, 'Flere fagarbeidere med fagbrev i kommunen', LG, 4),
        (1, 'Informasjonsmøte om praksiskandidatordningen', ME, 4),
        (1, 'Fagdag for barne- og ungdomsarbeidere', ME, 4),
        (1, 'Kreve flere læreplasser i barnehagene', ME, 4),
        (0, 'Alle ansatte har en kompetanseplan', LG, 4),
        (1, 'Drøfte kompetanseplanene med arbeidsgiver', ME, 4),
    ]),
    ('list', S5, S5, [
        (0, 'Møte ordføreren før budsjettet', ME, 5),
        (0, '1. mai sammen med LO i Lørenskog', ME, 5),
        (0, 'Leserinnlegg i Romerikes Blad', ME, 5),
        (0, 'Fornye samarbeidsavtalen med Lørenskog Arbeiderparti', ME, 5),
    ]),
    ('compare', S6, S6, 'Mål', [
        ('Alle tillitsvalgte bruker Tillitsvalgtportalen', LG, 6),
    ], 'Tiltak', [
        ('Teams-kurs for plasstillitsvalgte', ME, 6),
        ('Digital kveld om BankID for pensjonistene', ME, 6),
        ('Tillitsvalgte med når nye fagsystemer innføres', ME, 6),
    ]),
    ('list', S7, S7, [
        (0, 'Styremøte første tirsdag i måneden', ME, None),
        (0, 'Evaluere handlingsplanen i desember', ME, None),
        (0, 'Regnskap og revisjon klart til årsmøtet', ME, None),
        (0, 'Julebord for tillitsvalgte', ME, None),
        (0, 'Medlemsmøte for pensjonistene hver vår', ME, 3),
        (0, 'Støtte Norsk Folkehjelp', ME, None),
    ]),
    ('list', 'Takk for oss', None, [
        (0, 'Spørsmål?', None, None),
        (0, 'lorenskog@fagforbundet.no', None, None),
    ]),
]


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Lørenskog', '238', 2026, 2026, '2026-02-10', 'nb')
    prs = Presentation()          # default 4:3 template
    W, H = prs.slide_width, prs.slide_height

    def footer(slide, n):
        tb = slide.shapes.add_textbox(Inches(0.5), H - Inches(0.55), Inches(7), Inches(0.4))
        tb.text_frame.text = g.no(FOOTER)
        tb.text_frame.paragraphs[0].runs[0].font.size = Pt(11)
        nb = slide.shapes.add_textbox(W - Inches(1.0), H - Inches(0.55), Inches(0.6), Inches(0.4))
        nb.text_frame.text = str(n)
        nb.text_frame.paragraphs[0].runs[0].font.size = Pt(11)

    def fill(tf, entries, section):
        first = True
        for level, text, kind, area in entries:
            p = tf.paragraphs[0] if first else tf.add_paragraph()
            first = False
            p.text = g.item(kind, area, text, section) if kind else g.no(text)
            p.level = level

    for n, sl in enumerate(SLIDES, 1):
        if sl[0] == 'title':
            s = prs.slides.add_slide(prs.slide_layouts[0])
            s.shapes.title.text = g.no(sl[1])
            s.placeholders[1].text = '\n'.join(g.no(x) for x in sl[2])
        elif sl[0] == 'list':
            _, title, section, entries = sl
            s = prs.slides.add_slide(prs.slide_layouts[1])
            s.shapes.title.text = g.no(title)
            fill(s.placeholders[1].text_frame, entries, section)
        else:
            _, title, section, ll, left, rl, right = sl
            s = prs.slides.add_slide(prs.slide_layouts[4])
            s.shapes.title.text = g.no(title)
            s.placeholders[1].text = g.no(ll)
            fill(s.placeholders[2].text_frame, [(0, t, k, a) for t, k, a in left], section)
            s.placeholders[3].text = g.no(rl)
            fill(s.placeholders[4].text_frame, [(0, t, k, a) for t, k, a in right], section)
        footer(s, n)

    pptx = os.path.join(work, BASE + '.pptx')
    prs.save(pptx)
    from lib import soffice
    pdf = soffice(pptx, 'pdf', work)
    txt = run(['pdftotext', pdf, '-'])
    with open(os.path.join(plans_dir, BASE + '.' + EXT), 'wb') as f:
        f.write(txt)
    return g
