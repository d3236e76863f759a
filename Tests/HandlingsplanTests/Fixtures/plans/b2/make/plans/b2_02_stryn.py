"""b2-02 Stryn: nynorsk, national template, LibreOffice PDF read by pdftotext -layout.

Every measure carries its responsible and deadline in parentheses at the end of the
line: "(ansvarleg: nestleiar, innan 1. oktober)"; the gold text is the measure without
them, responsible / deadline hold the two parts.
"""
import national as nat
from b2lib import (Plan, Fodt, Title, Line, Heading, Sub, Para, List, G, M, N, X,
                   render_pdftotext, crossing_lists)

META = dict(union='Fagforbundet Stryn', branch='287', periodFrom=2025, periodTo=2025,
            adopted='2025-01-30', language='nn')
INFO = dict(
    format='text (pdftotext -layout, UTF-8, form feeds)',
    writer='LibreOffice 7.4 (flat ODT -> PDF) + pdftotext 22.12 -layout',
    structure='national template: six area headings, Hovudmål / Mål for fagforeininga / Tiltak, '
              'plus an own drift section',
    styles='1 (pdftotext -layout), 8 (responsible and deadline in the line)',
    hard='"(ansvarleg: X, Y)" at the end of every measure, sometimes only the responsible or only '
         'the deadline; -layout keeps the hanging indent of wrapped bullets and puts the footer '
         'far right; the list of the six areas in the introduction; the area-2 Hovudmål list runs '
         'over a page break; the closing line stands alone on the last page; nynorsk')

HEADER = 'Handlingsplan 2025 – Fagforbundet Stryn'
NN = nat.NN


def A(text, resp=None, dl=None, **kw):
    """A measure with '(ansvarleg: X, Y)' written after it."""
    parts = []
    if resp:
        parts.append('ansvarleg: ' + resp)
    if dl:
        parts.append(dl)
    return M(text, resp=resp, dl=dl, post=' (' + ', '.join(parts) + ')', **kw)


def blocks():
    return [
        Title('Handlingsplan 2025'),
        Line('Fagforbundet Stryn avd. 287'),
        Line('Vedteken på årsmøtet 30. januar 2025'),
        Heading('Innleiing', level=2),
        Para('Fagforeininga har om lag 640 medlemmar i Stryn kommune, Helse Førde, den '
             'vidaregåande skulen og private verksemder i Nordfjord.',
             'Handlingsplanen følgjer Fagforbundet sin strategiplan og dei seks satsingsområda der.',
             'Ansvarleg og frist står i parentes etter kvart tiltak.'),
        Sub('Satsingsområda i strategiplanen er:', bold=False),
        List([X('Heiltid, likeløn og kampen for mindre ulikheiter'),
              X('Gode offentlege tenester med eigne tilsette'),
              X('Organisasjonsbygging og tariffmakt'),
              X('Fag- og tenesteutvikling'),
              X('Alliansebygging, myndigheitskontakt og fagligpolitisk påverknadsarbeid'),
              X('Digitalisering')], 'num'),

        Heading('Heiltid, likeløn og kampen for mindre ulikheiter', area=1),
        Sub('Hovudmål 2024–2025'),
        List([N(t) for t in NN[1]], 'bullet'),
        Sub('Mål for fagforeininga'),
        List([
            G('Stryn kommune lyser ut ledige stillingar som heile stillingar.'),
            G('Medlemmane våre i reinhald og kjøkken får same lønsutvikling som andre fagarbeidarar.'),
        ], 'bullet'),
        Sub('Tiltak'),
        List([
            A('Krevje drøftingsmøte om deltidsbruken i heimetenesta og på omsorgssenteret',
              'hovudtillitsvald', 'innan 1. april'),
            A('Gå gjennom lønsstatistikken for fagarbeidarar før dei lokale forhandlingane',
              'forhandlingsutvalet', 'innan 1. september'),
            A('Halde kveldsmøte om pensjon, AFP og uføretrygd for medlemmar over 50 år',
              'pensjonsansvarleg', 'hausten 2025'),
            A('Hjelpe medlemmar som vil krevje fast tilsetjing etter arbeidsmiljølova',
              'plasstillitsvalde'),
        ], 'bullet'),

        Heading('Gode offentlege tenester med eigne tilsette', area=2),
        Sub('Hovudmål 2024–2025'),
        List([N(NN[2][0]), N(NN[2][1])], 'bullet'),
        Sub('Mål for fagforeininga'),
        List([
            G('Kommunen set ikkje ut reinhaldet i skulane og barnehagane på anbod.'),
        ], 'bullet'),
        Sub('Tiltak'),
        List([
            A('Be kommunedirektøren om oversikt over kjøp av vikartenester og innleige',
              'leiar', 'innan 1. mars'),
            A('Skrive lesarinnlegg i lokalavisa om kvaliteten i tenester som blir drivne i eigenregi',
              'informasjonsansvarleg', 'våren 2025'),
            A('Krevje at trepartssamarbeidet blir brukt i omstillinga av sjukeheimane',
              'hovudtillitsvald'),
        ], 'bullet'),

        Heading('Organisasjonsbygging og tariffmakt', area=3),
        Sub('Hovudmål 2024–2025'),
        List([N(t) for t in NN[3]], 'bullet'),
        Sub('Mål for fagforeininga'),
        List([
            G('Fagforeininga skal ha 700 medlemmar innan utgangen av 2025.'),
            G('Alle einingar i kommunen med meir enn fem medlemmar har plasstillitsvald.'),
        ], 'bullet'),
        Sub('Tiltak'),
        List([
            A('Vervekampanje i forbundsvekene med besøk på alle arbeidsplassane',
              'styret', 'veke 11 og veke 37'),
            A('Stand for elevar i helse- og oppvekstfag på den vidaregåande skulen',
              'ungdomstillitsvald', 'innan 1. oktober'),
            A('Grunnopplæring for alle nye plasstillitsvalde i kommunen',
              'opplæringsansvarleg', 'våren 2025'),
            A('Ringje nye medlemmar og invitere dei til medlemsmøte',
              'medlemsansvarleg', 'kvar månad'),
            A('Samling for alle tillitsvalde i fagforeininga med tema medråderett',
              'leiar og nestleiar', 'innan 15. november'),
            A('Halde medlemsmøte i Olden, Loen og Hjelledalen minst ein gong i året', 'styret'),
            A('Sende eit velkomstbrev til nye lærlingar om kva Fagforbundet kan gjere for dei',
              'ungdomstillitsvald', 'august 2025'),
        ], 'bullet'),

        Heading('Fag- og tenesteutvikling', area=4),
        Sub('Hovudmål 2024–2025'),
        List([N(NN[4][0])], 'bullet'),
        Sub('Mål for fagforeininga'),
        List([G('Kommunen har oppdaterte kompetanseplanar for helse og oppvekst.')], 'bullet'),
        Sub('Tiltak'),
        List([
            A('Fagdag om lindrande pleie for helsefagarbeidarar og assistentar i heimetenesta',
              'seksjon helse og sosial', 'innan 1. november'),
            A('Oppmode assistentar i barnehagane til å ta fagbrev som praksiskandidat',
              'seksjon kyrkje, kultur og oppvekst'),
            A('Krevje fleire læreplassar i barne- og ungdomsarbeidarfaget i budsjettet for 2026',
              'leiar', 'innan 1. oktober'),
        ], 'bullet'),

        Heading('Alliansebygging og påverknadsarbeid', area=5),
        Sub('Mål for fagforeininga'),
        List([G('Fagforeininga har fast kontakt med alle partia i kommunestyret.')], 'bullet'),
        Sub('Tiltak'),
        List([
            A('Valkamp på arbeidsplassane før stortingsvalet', 'politisk ansvarleg',
              'august og september 2025'),
            A('Skipe 1. mai-arrangement saman med dei andre LO-forbunda i bygda', 'styret'),
            A('Invitere gruppeleiarane i kommunestyret til møte om budsjettet',
              'leiar', 'innan 1. november'),
        ], 'bullet'),

        Heading('Digitalisering', area=6),
        Sub('Hovudmål 2024–2025'),
        List([N(NN[6][1])], 'bullet'),
        Sub('Mål for fagforeininga'),
        List([G('Alle plasstillitsvalde brukar Tillitsvalgtportalen i vervet sitt.')], 'bullet'),
        Sub('Tiltak'),
        List([
            A('Kurs i Teams og Tillitsvalgtportalen for plasstillitsvalde',
              'opplæringsansvarleg', 'innan 1. juni'),
            A('Hjelpekveld om BankID, Vipps og nettbank for pensjonistane',
              'pensjonistutvalet', 'hausten 2025'),
        ], 'bullet'),

        Heading('Drift, økonomi og sosiale tiltak'),
        Sub('Tiltak'),
        List([
            A('Faste styremøte første måndag i månaden', 'leiar', area=None),
            A('Leggje fram rekneskap og budsjett for årsmøtet', 'kasserar', 'innan 15. januar 2026',
              area=None),
            A('Julebord for tillitsvalde og styremedlemmar', None, 'desember', area=None),
            A('Haustur til breområdet i Jostedalen for pensjonistane', 'pensjonistutvalet',
              'september', area=None),
            A('Samle inn pengar til SOS-barnebyar på julemøtet', 'kasserar', area=None),
            A('Evaluere handlingsplanen på styreseminaret før årsmøtet', 'styret', 'januar 2026',
              area=None),
        ], 'bullet'),
        Line('Stryn, 30. januar 2025'),
    ]


def build():
    p = Plan('b2-02_stryn', 'txt', META, blocks(), INFO)
    f = Fodt(p, lang='nn', header=HEADER, footer='Side {page} av {count}',
             lists={'bullet': [('bullet', '•')], 'num': [('number', '1', '', '.')]},
             title_meta='Handlingsplan 2025')
    text, pages = render_pdftotext(p, f, '-layout')
    p.extra_not += [HEADER] + ['Side %d av %d' % (i, pages) for i in range(1, pages + 1)]
    p.checks = dict(pages=pages, crossing=crossing_lists(p, text))
    assert pages >= 2 and p.checks['crossing'], p.checks
    return p
