"""b5-01 Bømlo - nynorsk, DOCX written by python-docx.

Every area is a Heading 2.  Under it two bold run-in labels inside Normal
paragraphs: "Dette vil vi oppnå:" followed by the goals as separate Normal
paragraphs (no bullets), and "Slik gjer vi det:" followed by the measures as
Normal paragraphs with the responsible in square brackets at the end
("[leiar]").  In two areas the label runs into the first goal / measure of the
same paragraph.  One goal is a national goal copied verbatim.
"""
from planlib import Title, Meta, Para, Label, Area, Own, G, N, M

INFO = dict(
    id='b5-01', base='b5-01_bomlo', ext='docx', format='DOCX',
    writer='python-docx 1.2.0 (default template)', language='nn',
    structure='area = Heading 2; bold run-in labels "Dette vil vi oppnå:" / "Slik gjer vi det:" '
              'in Normal paragraphs; goals and measures as plain paragraphs',
    styles='1 (Heading 2 + bold run-in labels, "[ansvar]" tails)',
    hard='no list styles and no numbering: goal/measure only from the bold label before them; '
         'in areas 2 and 4 the label runs into the first goal and the first measure of the '
         'same paragraph ("Dette vil vi oppnå: Reinhald, ..."); responsible as "[leiar]" at '
         'the end of each measure (text without the bracket); a verbatim nynorsk national goal '
         'among the branch goals (nationalGoal); two own sections ("Styret og drifta", '
         '"Sosialt og solidaritet") mapped by content, all null')

PLAN = dict(union='Fagforbundet Bømlo', branch='318', periodFrom=2025, periodTo=2026,
            adopted='2025-02-11', language='nn')

GOAL = 'Dette vil vi oppnå:'
DO = 'Slik gjer vi det:'

BLOCKS = [
    Title('Handlingsplan 2025–2026'),
    Meta('Fagforbundet Bømlo avd. 318', bold=True),
    Meta('Vedteken på årsmøtet 11. februar 2025', italic=True),
    Para('Handlingsplanen byggjer på strategiplanen til forbundet. For kvart område skriv vi '
         'først kva vi vil oppnå, og deretter korleis vi skal arbeide for å nå måla. Namnet i '
         'klammer viser kven i styret som har hovudansvaret.'),

    Area('Heiltid og likeløn', 1),
    Label(GOAL),
    G('Delen av tilsette med heil stilling i Bømlo kommune aukar kvart år.'),
    N('Lønsgapet mellom kvinner og menn blir mindre.'),
    G('Ingen medlemmar går i ufrivillig deltid utan å få tilbod om meir arbeid når det blir '
      'ledig.'),
    Label(DO),
    M('Krevje drøftingsmøte med kommunalsjefen om turnusordningane i pleie og omsorg',
      resp='hovudtillitsvald'),
    M('Halde eit ope medlemsmøte om pensjon, AFP og uttak frå 62 år', resp='leiar'),
    M('Gå gjennom alle utlysingar og seie frå når stillingar blir lyste ut som deltid',
      resp='hovudtillitsvald'),
    M('Bruke lønsstatistikken frå PAI til å førebu dei lokale forhandlingane',
      resp='forhandlingsutvalet'),

    Area('Offentlege tenester i eigenregi', 2),
    Label(GOAL, runin=True),
    G('Reinhald, kantine og vaktmeisterteneste i kommunen blir drivne av eigne tilsette også '
      'etter 2026.'),
    G('Kommunen nyttar ikkje vikarbyrå i helse og omsorg.'),
    Label(DO, runin=True),
    M('Be om ei årleg oversikt over innleige og kostnader til vikarbyrå',
      resp='hovudtillitsvald'),
    M('Skrive innspel til kommunebudsjettet om kvifor reinhaldet bør haldast i eigenregi',
      resp='leiar'),
    M('Samarbeide med Fellesforbundet og EL og IT om kontroll av lønsvilkåra på kommunale '
      'byggjeplassar', resp='styret'),

    Area('Organisasjonsbygging og tariffmakt', 3),
    Label(GOAL),
    G('Vi er 1 150 medlemmar ved utgangen av 2026.'),
    G('Alle arbeidsplassar med meir enn ti medlemmar har ein plasstillitsvald.'),
    G('Lærlingane i kommunen kjenner Fagforbundet frå første veka.'),
    Label(DO),
    M('Vervekampanje på sjukeheimane i Bremnes og Moster kvar haust', resp='verveansvarleg'),
    M('Arrangere grunnskulering for nye tillitsvalde saman med nabofagforeiningane i '
      'Sunnhordland', resp='opplæringsansvarleg'),
    M('Møte alle nye lærlingar på lærlingsamlinga i august', resp='ungdomstillitsvald'),
    M('Sende ut medlemsbrev på e-post fire gonger i året', resp='informasjonsansvarleg'),
    M('Ta ein telefon til kvart nytt medlem i løpet av dei første vekene', resp='nestleiar'),

    Area('Fag- og tenesteutvikling', 4),
    Label(GOAL, runin=True),
    G('Fleire assistentar og ufaglærte tek fagbrev som praksiskandidat.'),
    G('Kommunen har ein kompetanseplan for kvar eining.'),
    Label(DO, runin=True),
    M('Informasjonsmøte om fagbrev på jobb for assistentane i barnehagane',
      resp='seksjonsleiar oppvekst'),
    M('Krevje at kompetanseplanane blir drøfta med tillitsvalde kvart år',
      resp='hovudtillitsvald'),
    M('Markere helsefagarbeidaren sin dag med kake og fagleg påfyll på alle sjukeheimane',
      resp='seksjon helse og sosial'),
    M('Søkje midlar frå kompetansefondet til eit kurs i demensomsorg', resp='styret'),

    Area('Alliansebygging og påverknadsarbeid', 5),
    Label(GOAL),
    G('Politikarane på Bømlo kjenner krava frå Fagforbundet før budsjettet blir vedteke.'),
    Label(DO),
    M('Arrangere 1. mai-frukost på Svortland saman med LO i Sunnhordland', resp='leiar'),
    M('Møte gruppeleiarane i kommunestyret før budsjetthandsaminga i november',
      resp='leiar og nestleiar'),
    M('Oppmode medlemmane om å røyste ved stortingsvalet i september 2025', resp='styret'),
    M('Skrive lesarinnlegg i lokalavisa om lønna til fagarbeidarar',
      resp='informasjonsansvarleg'),

    Area('Digitalisering', 6),
    Label(GOAL),
    G('Alle tillitsvalde brukar Tillitsvalgtportalen og Teams i vervet sitt.'),
    G('Medlemmar som slit med digitale tenester, får hjelp frå fagforeininga.'),
    Label(DO),
    M('Kurs i Tillitsvalgtportalen for plasstillitsvalde kvar vår', resp='opplæringsansvarleg'),
    M('BankID-kafé for pensjonistane på biblioteket to gonger i året',
      resp='pensjonistkontakt'),
    M('Be om at tillitsvalde blir tekne med før kommunen kjøper ny velferdsteknologi',
      resp='hovudtillitsvald'),

    Own('Styret og drifta'),
    Label(GOAL),
    G('Fagforeininga har god orden på økonomien og eit styre der alle tek del.', None),
    Label(DO),
    M('Styremøte første tysdagen i månaden', None, resp='leiar'),
    M('Leggje fram rekneskap og budsjett for årsmøtet', None, resp='kasserar'),
    M('Evaluere handlingsplanen på haustseminaret til styret', None, resp='nestleiar'),

    Own('Sosialt og solidaritet'),
    Label(DO),
    M('Julebord for medlemmane i desember', None, resp='styret'),
    M('Sommartur til Bergen for pensjonistane', None, resp='pensjonistkontakt'),
    M('Gje 10 000 kroner til Norsk Folkehjelp', None, resp='kasserar'),

    Para('Bømlo, 11. februar 2025'),
    Para('Styret i Fagforbundet Bømlo'),
]


def render(path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles['Normal'].font.name = 'Calibri'
    d.styles['Normal'].font.size = Pt(11)
    pending = None                      # a run-in label waiting for its item
    for b in BLOCKS:
        if b.kind == 'title':
            d.add_paragraph(b.text, style='Title')
        elif b.kind == 'meta':
            r = d.add_paragraph().add_run(b.text)
            r.bold = bool(b.get('bold'))
            r.italic = bool(b.get('italic'))
        elif b.kind == 'para':
            d.add_paragraph(b.text)
        elif b.kind in ('area', 'own'):
            d.add_heading(b.text, level=2)
        elif b.kind == 'label':
            if b.get('runin'):
                pending = b.text
            else:
                d.add_paragraph().add_run(b.text).bold = True
        elif b.kind == 'item':
            p = d.add_paragraph()
            if pending:
                p.add_run(pending).bold = True
                p.add_run(' ')
                pending = None
            p.add_run(b.text + (' [%s]' % b.resp if b.resp else ''))
        else:
            raise ValueError(b.kind)
    assert pending is None
    d.core_properties.author = 'Fagforbundet Bømlo'
    d.core_properties.title = 'Handlingsplan 2025–2026'
    d.save(path)
