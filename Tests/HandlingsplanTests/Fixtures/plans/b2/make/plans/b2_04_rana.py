"""b2-04 Rana: bokmål DOCX written by LibreOffice from HTML.

No heading styles at all: the section headings are bold body paragraphs with typed
numbers ("3. Organisasjonsbygging og tariffmakt"); lists are typed paragraphs, goals
"1) ", "2) " and measures "– ".  Deadlines are written in the line: "(mars 2025)",
"– frist: 1. oktober", or a trailing "innen juni"; the gold text is the measure without
them and `deadline` holds the time expression (without the word "frist").
"""
import os
import national as nat
from b2lib import (Plan, Title, Line, Heading, Sub, Para, List, G, M, N,
                   render_html, write_src, render_office)

META = dict(union='Fagforbundet Rana', branch='344', periodFrom=2025, periodTo=2025,
            adopted='2025-01-27', language='nb')
INFO = dict(
    format='DOCX',
    writer='LibreOffice 7.4 headless, HTML -> DOCX (MS Word 2007 XML)',
    structure='national area headings as bold numbered paragraphs; "Hovedmål:", "Mål:", '
              '"Tiltak:" labels; typed "1) " goal and "– " measure paragraphs',
    styles='2 (bold paragraphs as headings, typed "– " / "1) " lists, inline deadlines)',
    hard='no heading styles and no list markup (no w:numPr): headings only by bold + typed '
         'number, lists only by typed "– " / "1) "; deadlines inside the line in three forms '
         '("(mars 2025)", "– frist: 1. oktober", trailing "innen juni"); national goals typed '
         'with the same "– " as measures (only the "Hovedmål:" label tells them apart); own '
         'section "7. Andre oppgaver" with null items')

NB = nat.NB


def D(text, dl=None, form='paren', **kw):
    """A measure with its deadline written in the line."""
    post = ''
    if dl:
        post = {'paren': ' (%s)', 'frist': ' – frist: %s', 'plain': ' %s'}[form] % dl
    return M(text, dl=dl, post=post, **kw)


def blocks():
    L = lambda: Sub('Mål:', bold=False)
    T = lambda: Sub('Tiltak:', bold=False)
    H = lambda: Sub('Hovedmål:', bold=False)
    return [
        Title('Handlingsplan 2025'),
        Line('Fagforbundet Rana avd. 344'),
        Line('Vedtatt på årsmøtet 27.01.2025'),
        Para('Fagforbundet Rana organiserer ansatte i Rana kommune, Helgelandssykehuset Mo i Rana, '
             'private barnehager, renhold og industrikantiner.',
             'Planen følger strategiplanens seks satsingsområder.',
             'Tiltak uten frist gjelder hele året.'),

        Heading('1. Heltid, likelønn og kampen for mindre forskjeller', area=1),
        L(),
        List([G('Flere medlemmer i Rana kommune har en stillingsprosent de kan leve av.'),
              G('Ledige stillinger i helse og omsorg lyses ut som hele stillinger.')], 'goal'),
        T(),
        List([
            D('Krav om drøftingsmøte om turnus og langvakter på sykehjemmene', 'april 2025'),
            D('Forhandlingskurs for nye tillitsvalgte før de lokale lønnsoppgjørene', 'mars 2025'),
            D('Lønnskartlegging for renholdere og fagarbeidere i private bedrifter', '1. oktober',
              'frist'),
            D('Medlemsmøte om ny offentlig tjenestepensjon og AFP', 'innen juni', 'plain'),
        ], 'measure'),

        Heading('2. Gode offentlige tjenester med egne ansatte', area=2),
        L(),
        List([G('Rana kommune avslutter avtalene med vikarbyrå i helse og omsorg.'),
              G('Kommunen kjøper ikke flere omsorgstjenester fra private aktører i perioden.')], 'goal'),
        T(),
        List([
            D('Kreve innleie som fast sak i møtene med kommunedirektøren', 'hvert kvartal'),
            D('Lage en oversikt over tjenester kommunen kjøper fra private', '15. mai', 'frist'),
            D('Informere politikerne om erfaringene med egen regi i renholdet', 'før budsjettet'),
        ], 'measure'),

        Heading('3. Organisasjonsbygging og tariffmakt', area=3),
        H(),
        List([N(NB[3][0]), N(NB[3][2]), N(NB[3][3])], 'measure'),
        L(),
        List([G('Medlemstallet har økt til 2 900 innen utgangen av 2025.'),
              G('Alle tillitsvalgte har fullført grunnskolering.'),
              G('Alle private barnehager i kommunen har tariffavtale.')], 'goal'),
        T(),
        List([
            D('Vervekampanje i industriparken for renholdere og kantinearbeidere', 'uke 11'),
            D('Skolebesøk på helse- og oppvekstfag og salg og service', 'oktober 2025'),
            D('Gjennomføre trinn 1-kurs for alle tillitsvalgte valgt i 2025', '1. november', 'frist'),
            D('Medlemsmøte for lærlinger og unge medlemmer med pizza', 'innen september', 'plain'),
            D('Fast kontortid på fagforeningskontoret for medlemmer hver tirsdag'),
            D('Ukentlige innlegg på Facebook-siden om saker fra arbeidsplassene'),
        ], 'measure'),

        Heading('4. Fag- og tjenesteutvikling', area=4),
        L(),
        List([G('Flere ufaglærte i helse og oppvekst får fagbrev i løpet av perioden.')], 'goal'),
        T(),
        List([
            D('Fagdag for renholdere om kjemikalier og ergonomi', 'november 2025'),
            D('Samarbeid med karrieresenteret om fagbrev for voksne', '1. september', 'frist'),
            D('Kreve at kompetanseplanen for helse og omsorg rulleres', 'innen desember', 'plain'),
        ], 'measure'),

        Heading('5. Alliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid', area=5),
        L(),
        List([G('Fagforeningen er en synlig aktør i valgkampen før stortingsvalget.')], 'goal'),
        T(),
        List([
            D('Valgkampaktiviteter på arbeidsplassene i samarbeid med LO', 'august–september 2025'),
            D('1. mai-frokost for medlemmene sammen med LO i Rana'),
            D('Ta opp heltid og egen regi med ordfører og gruppeledere i et eget møte', 'høsten 2025'),
        ], 'measure'),

        Heading('6. Digitalisering', area=6),
        H(),
        List([N(NB[6][0])], 'measure'),
        L(),
        List([G('Tillitsvalgte bruker Teams til møter og deling av dokumenter.')], 'goal'),
        T(),
        List([
            D('Teams-kurs for styret og hovedtillitsvalgte', 'februar 2025'),
            D('Digital kafé for eldre medlemmer om BankID og Vipps', '30. april', 'frist'),
        ], 'measure'),

        Heading('7. Andre oppgaver'),
        T(),
        List([
            D('Styremøter første mandag i måneden', area=None),
            D('Regnskapet gjennomgås av revisorene i god tid før årsmøtet', 'januar 2026', area=None),
            D('Sommeravslutning for tillitsvalgte og styret', 'juni', area=None),
            D('Hedre medlemmer med lang fartstid på en egen jubilantkveld', 'november', area=None),
            D('Sende to medlemmer på LO-kurs om internasjonal solidaritet', area=None),
        ], 'measure'),
        Line('Mo i Rana, 27. januar 2025'),
        Line('Styret'),
    ]


def build():
    p = Plan('b2-04_rana', 'docx', META, blocks(), INFO)
    src = write_src(p.base + '.html', render_html(p, lang='nb', heading_mode='bold',
                                                  typed={'goal': '{n}) ', 'measure': '– '},
                                                  title='Handlingsplan 2025'))
    render_office(p, src, 'docx:MS Word 2007 XML')
    return p
