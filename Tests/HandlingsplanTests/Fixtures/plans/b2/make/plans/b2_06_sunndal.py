"""b2-06 Sunndal: nynorsk DOCX written by LibreOffice from a flat ODT.

Under each area heading a goal paragraph ("Mål: …", sometimes two goal sentences) and a
measure table Tiltak | Kven | Når | Kostnad.  The "Når" cell is merged vertically over
several rows where the same time applies; the gold gives every row of the merge that
deadline.  Kostnad is not labelled.
"""
from b2lib import (Plan, Fodt, Title, Line, Heading, Para, Table, G, M, VM,
                   write_src, render_office)

META = dict(union='Fagforbundet Sunndal', branch='219', periodFrom=2025, periodTo=2025,
            adopted='2025-02-06', language='nn')
INFO = dict(
    format='DOCX',
    writer='LibreOffice 7.4 headless, flat ODT -> DOCX (MS Word 2007 XML)',
    structure='area headings (Heading 1) with a "Mål:" paragraph and a table Tiltak | Kven | Når | '
              'Kostnad each; one own section',
    styles='7 (measure tables with a vertically merged "Når" cell, goal paragraph above each table)',
    hard='"Når" merged vertically (w:vMerge) over two rows: the deadline applies to each row; '
         'header row repeated (tblHeader); a "Mål:" paragraph with two goal sentences (two items); '
         'Kostnad column with amounts and "–"; drifted nynorsk area names; own section '
         '"Styre, økonomi og trivsel" with null items')

H = ['Tiltak', 'Kven', 'Når', 'Kostnad']
W = [8.2, 3.6, 2.9, 1.9]


def T(rows):
    return Table(H, rows, resp_col=1, dl_col=2, widths=W)


def blocks():
    return [
        Title('Handlingsplan 2025'),
        Line('Fagforbundet Sunndal, avd. 219'),
        Line('Vedteke på årsmøtet 6. februar 2025'),
        Para('Handlingsplanen viser kva fagforeininga skal arbeide med i 2025.',
             'Tiltaka er ordna under dei seks satsingsområda i strategiplanen, og kostnadene er '
             'tekne med i budsjettet.'),

        Heading('Heiltid og likeløn', area=1),
        Para(G('Delen medlemmar med heile stillingar i helse og omsorg aukar kvart år.'),
             label='Mål:'),
        T([
            [M('Krevje årleg rapport frå kommunen om uønskt deltid'), 'Hovudtillitsvald', 'Vår 2025', '–'],
            [M('Drøftingsmøte om turnusordningar med lengre vakter'), 'Hovudtillitsvald', VM, '–'],
            [M('Ope møte om tenestepensjon og AFP i samarbeid med pensjonistutvalet'), 'Styret', 'Haust 2025',
             '3 000 kr'],
            [M('Kurs i lønsforhandlingar for plasstillitsvalde'), 'Opplæringsansvarleg', VM, '4 500 kr'],
        ]),

        Heading('Eigne tilsette i offentlege tenester', area=2),
        Para(G('Sunndal kommune bruker ikkje vikarbyrå i sjukeheimane.'), label='Mål:'),
        T([
            [M('Be om oversikt over innleige og kjøp av tenester'), 'Leiar', 'Kvart halvår', '–'],
            [M('Lesarinnlegg i lokalavisa om fordelane med eigenregi'), 'Informasjonsansvarleg',
             'Før budsjettet', '–'],
            [M('Møte politikarane i helse- og omsorgsutvalet om vikarbruken'), 'Leiar og HTV', VM, '–'],
        ]),

        Heading('Organisasjonsbygging og tariffmakt', area=3),
        Para(G('Fagforeininga skal ha 820 medlemmar innan 1. januar 2026.'),
             G('Alle tillitsvalde skal ha ein vara som får same opplæring.'),
             label='Mål:'),
        T([
            [M('Vervekampanje i forbundsvekene på alle arbeidsplassar'), 'Styret',
             'Veke 11 og veke 37', '4 000 kr'],
            [M('Besøk på helse- og oppvekstfag ved den vidaregåande skulen'), 'Ungdomstillitsvald',
             'Oktober 2025', '1 500 kr'],
            [M('Grunnkurs for nye tillitsvalde'), 'Opplæringsansvarleg', 'Mars 2025', '8 000 kr'],
            [M('Invitere vara til tillitsvalde med på grunnkurset'), 'Opplæringsansvarleg', VM, '–'],
            [M('Ringje alle nye medlemmar innan to veker etter innmelding'), 'Medlemsansvarleg', 'Løpande', '–'],
            [M('Medlemsblad på papir til pensjonistane to gonger i året'), 'Sekretær',
             'Juni og desember', '6 000 kr'],
        ]),

        Heading('Fag og kompetanse', area=4),
        Para(G('Alle einingar i kommunen har ein kompetanseplan som tillitsvalde har vore med på å '
               'lage.'), label='Mål:'),
        T([
            [M('Fagdag for tilsette i heimetenesta om legemiddelhandtering'),
             'Seksjon helse og sosial', 'November 2025', '10 000 kr'],
            [M('Informasjon om praksiskandidatordninga på personalmøte i barnehagane'),
             'Seksjon kyrkje, kultur og oppvekst', 'Vår 2025', '–'],
            [M('Krevje fleire lærlingplassar i reinhaldsoperatørfaget'), 'Leiar', VM, '–'],
        ]),

        Heading('Politisk arbeid og alliansar', area=5),
        Para(G('Fagforeininga er ein aktiv part i valkampen før stortingsvalet.'), label='Mål:'),
        T([
            [M('Valkampstand på Sunndalsøra saman med andre LO-forbund'), 'Styret',
             'August–september 2025', '2 000 kr'],
            [M('Arbeidsplassbesøk med politikarar frå partia vi samarbeider med'), 'Leiar', VM, '–'],
            [M('Markere 1. mai med tog og appell saman med LO'), 'Styret', '1. mai', '5 000 kr'],
        ]),

        Heading('Digitalisering', area=6),
        Para(G('Ingen medlemmar skal stå utan hjelp med digitale tenester frå kommune og bank.'),
             label='Mål:'),
        T([
            [M('Kurs i Tillitsvalgtportalen for nye tillitsvalde'), 'Opplæringsansvarleg',
             'Haust 2025', '–'],
            [M('Hjelp med BankID og digital postkasse for pensjonistar'), 'Pensjonistutvalet', VM,
             '1 000 kr'],
        ]),

        Heading('Styre, økonomi og trivsel'),
        Para(G('Fagforeininga har sunn økonomi og eit aktivt styre.', area=None), label='Mål:'),
        T([
            [M('Månadlege styremøte med fast saksliste', area=None), 'Leiar', 'Heile året', '–'],
            [M('Halde medlemsregisteret oppdatert', area=None), 'Sekretær', VM, '–'],
            [M('Rekneskap og revisjon før årsmøtet', area=None), 'Kasserar', 'Januar 2026', '–'],
            [M('Julemøte med middag for tillitsvalde', area=None), 'Styret', 'Desember 2025',
             '15 000 kr'],
            [M('Gåve til Leger Uten Grenser sitt arbeid i Sudan', area=None), 'Kasserar', VM,
             '5 000 kr'],
        ]),
        Line('Sunndalsøra, 6. februar 2025'),
    ]


def build():
    p = Plan('b2-06_sunndal', 'docx', META, blocks(), INFO)
    f = Fodt(p, lang='nn', title_meta='Handlingsplan 2025')
    src = write_src(p.base + '.fodt', f.xml())
    render_office(p, src, 'docx:MS Word 2007 XML')
    return p
