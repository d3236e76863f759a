"""b1-01 Namsos - bokmål, DOCX written with python-docx.

A labelled outline typed as text: under each area heading (Heading 1, typed
number) the branch writes "Mål 1:" (overall goal), "Delmål 1.1 –" (sub-goals) and
"Tiltak 1.1.1:" (measures) as ordinary paragraphs with a bold label run and a
left indent; areas 4-6 have "Mål 4.1:" goals without a "Mål 4:" line and without
Delmål; the own section "7 Drift av fagforeningen" uses unnumbered "Aktivitet:"
labels.  Responsible and deadline stand inside the measure's line as an italic
tail "(ansvarlig: X, innen Y)", sometimes only one of them, sometimes none.
No list styles, no numbering part in use: the level is only in the typed labels
and the indents.
"""
from b1lib import Plan, LG, M, UNSET, normalize_zip

SECTION_7 = '7 Drift av fagforeningen'


def tail(resp=None, dl=None):
    parts = []
    if resp:
        parts.append('ansvarlig: ' + resp)
    if dl:
        parts.append(dl)
    return ' (' + ', '.join(parts) + ')' if parts else ''


def T(num, text, resp=None, dl=None, area=UNSET, label='Tiltak'):
    """a measure line 'Tiltak 1.1.1: text (ansvarlig: resp, dl)'"""
    pre = '%s %s: ' % (label, num) if num else '%s: ' % label
    return M(text, area, resp=resp, dl=dl, pre=pre, post=tail(resp, dl))


def A(text, resp=None, dl=None, area=UNSET):
    """an 'Aktivitet:' line of the own section (area by content)"""
    return M(text, area=area, resp=resp, dl=dl, pre='Aktivitet: ', post=tail(resp, dl))


def build():
    p = Plan('b1-01_namsos', 'docx',
             dict(union='Fagforbundet Namsos', branch='217', periodFrom=2025, periodTo=2026,
                  adopted='2025-02-04', language='nb'),
             format='DOCX', writer='python-docx 1.2.0',
             structure='e: labelled outline (Mål 1: / Delmål 1.1 – / Tiltak 1.1.1: / '
                       'Mål 4.1: / Aktivitet:) under area headings + own section',
             styles='1 labelled outline; 8 responsible and deadline inside the line',
             hard='goal/measure level only from typed labels ("Mål 1:", "Delmål 1.1 –", '
                  '"Tiltak 1.1.1:", "Aktivitet:") in Normal paragraphs, no list markup; '
                  'the label must be removed from the text; "(ansvarlig: X, innen Y)" tail '
                  'holds responsible and deadline (deadline keeps "innen"), sometimes only one '
                  'of them, once "frist:" instead of "innen"; "Mål 1:" and "Delmål 1.1" are both '
                  'localGoal; own section 7 mapped by content (null, 3); '
                  'abbreviation legend and signature are not items')
    p.title('Handlingsplan 2025–2026')
    p.line('Fagforbundet Namsos avd. 217')
    p.line('Vedtatt på årsmøtet 4. februar 2025')
    p.para('Handlingsplanen bygger på Fagforbundets strategiplan og følger de seks '
           'satsingsområdene.',
           'Hvert område har ett overordnet mål med delmål, og under hvert delmål står '
           'tiltakene våre.',
           'Der det er mulig, har vi satt ansvarlig og frist i parentes bak tiltaket.')
    p.line('Forkortelser: HTV = hovedtillitsvalgt, PTV = plasstillitsvalgt, '
           'SKKO = Seksjon kirke, kultur og oppvekst.')

    # 1 -------------------------------------------------------------------
    p.heading('1 Heltid, likelønn og mindre forskjeller', 1)
    p.items(
        (0, LG('Flere av medlemmene våre i Namsos kommune jobber heltid ved utgangen av 2026.',
               pre='Mål 1: ')),
        (1, LG('Den ufrivillige deltiden i helse og omsorg er redusert med ti prosentpoeng.',
               pre='Delmål 1.1 – ')),
        (2, T('1.1.1', 'Kartlegge ufrivillig deltid blant medlemmene i hjemmetjenesten og på '
                       'sykehjemmene', 'HTV', 'innen 1. mai 2025')),
        (2, T('1.1.2', 'Kreve at alle nye stillinger i turnus lyses ut som hele stillinger',
              'HTV')),
        (2, T('1.1.3', 'Følge opp fortrinnsretten for deltidsansatte som ber om større '
                       'stilling', 'PTV')),
        (1, LG('Medlemmene kjenner pensjonsordningen sin og vet hva AFP betyr for dem.',
               pre='Delmål 1.2 – ')),
        (2, T('1.2.1', 'Pensjonskveld med forbundets pensjonsrådgiver', 'nestleder',
              'innen 15. oktober 2025')),
        (2, T('1.2.2', 'Egen informasjon til medlemmer i private barnehager om hva de kan '
                       'tape av AFP ved jobbskifte', 'leder SKKO')),
        (1, LG('Lønnsforskjellen mellom kvinnedominerte og mannsdominerte grupper i '
               'kommunen blir mindre.', pre='Delmål 1.3 – ')),
        (2, T('1.3.1', 'Legge fram lønnsstatistikk for assistenter og fagarbeidere før de '
                       'lokale forhandlingene', None, 'innen 1. september')),
    )

    # 2 -------------------------------------------------------------------
    p.heading('2 Offentlige tjenester i egen regi', 2)
    p.items(
        (0, LG('Renhold, kjøkken og hjemmetjenester i Namsos drives fortsatt med egne '
               'ansatte.', pre='Mål 2: ')),
        (1, LG('Innleien fra vikarbyrå til sykehjemmene er halvert innen utgangen av 2025.',
               pre='Delmål 2.1 – ')),
        (2, T('2.1.1', 'Be om en oversikt over innleie fra vikarbyrå hvert kvartal', 'HTV',
              'innen 1. mars 2025')),
        (2, T('2.1.2', 'Ta opp kostnadene ved innleie i drøftingsmøte med kommunedirektøren',
              'leder')),
        (1, LG('Ingen kommunale tjenester blir satt ut på anbud i perioden.',
               pre='Delmål 2.2 – ')),
        (2, T('2.2.1', 'Lage et faktaark om erfaringene med privat renhold i nabokommunene',
              'styret', 'innen 1. september 2025')),
        (2, T('2.2.2', 'Delta i trepartssamarbeidet om ny organisering av kjøkkendriften',
              'HTV')),
    )

    # 3 -------------------------------------------------------------------
    p.heading('3 Organisasjonsbygging og tariffmakt', 3)
    p.items(
        (0, LG('Fagforeningen er synlig på alle arbeidsplasser der vi har medlemmer.',
               pre='Mål 3: ')),
        (1, LG('Vi passerer 1 900 medlemmer i løpet av 2026.', pre='Delmål 3.1 – ')),
        (2, T('3.1.1', 'Vervekampanje rettet mot lærlinger og nyansatte i august og september',
              'vervekontakt', 'innen 30. september')),
        (2, T('3.1.2', 'Besøke helse- og oppvekstfag ved Olav Duun videregående skole to '
                       'ganger i året', 'ungdomstillitsvalgt')),
        (1, LG('Hver arbeidsplass med seks eller flere medlemmer har sin egen plasstillitsvalgt.',
               pre='Delmål 3.2 – ')),
        (2, T('3.2.1', 'Oppdatere oversikten over tillitsvalgte i medlemsregisteret',
              'organisasjonstillitsvalgt', 'innen 1. april 2025')),
        (2, T('3.2.2', 'Grunnskolering trinn 1 i Namsos hver vår og hver høst',
              'opplæringsansvarlig')),
        (2, T('3.2.3', 'Todagers samling for alle tillitsvalgte', 'styret', 'innen 20. november')),
    )

    # 4 -------------------------------------------------------------------
    p.heading('4 Fag- og tjenesteutvikling', 4)
    p.items(
        (0, LG('Flere ufaglærte medlemmer tar fagbrev som praksiskandidat.',
               pre='Mål 4.1: ')),
        (1, T('4.1.1', 'Informasjonsmøte om fagbrev på jobb sammen med karrieresenteret',
              'seksjonsleder helse og sosial', 'innen 1. juni')),
        (1, T('4.1.2', 'Kreve at hver enhet i kommunen får en skriftlig kompetanseplan', 'HTV')),
        (0, LG('Kommunen tar inn ti lærlinger i helsearbeiderfaget og fire i barne- og '
               'ungdomsarbeiderfaget hvert år.',
               pre='Mål 4.2: ')),
        (1, T('4.2.1', 'Følge opp læreplassene i budsjettbehandlingen', 'leder',
              'innen desember 2025')),
        (1, T('4.2.2', 'Markere fagarbeidernes merkedager på arbeidsplassene',
              'yrkesseksjonene')),
    )

    # 5 -------------------------------------------------------------------
    p.heading('5 Politisk påvirkning og allianser', 5)
    p.items(
        (0, LG('Flest mulig av medlemmene bruker stemmeretten ved stortingsvalget i '
               'september 2025.', pre='Mål 5.1: ')),
        (1, T('5.1.1', 'Stand på torget i Namsos de to siste lørdagene før valget',
              'politisk kontakt', 'innen 6. september')),
        (1, T('5.1.2', 'Sende spørsmål om heltid og egenregi til de lokale partiene og '
                       'publisere svarene', 'informasjonsansvarlig', 'innen 15. august 2025')),
        (0, LG('Fagforeningen har faste møter med partiene som deler verdiene våre.',
               pre='Mål 5.2: ')),
        (1, T('5.2.1', 'Fornye samarbeidsavtalen med Namsos Arbeiderparti og SV', 'leder',
              'innen 1. juni 2025')),
        (1, T('5.2.2', 'Arrangere 1. mai sammen med LO i Namdal', 'styret')),
    )

    # 6 -------------------------------------------------------------------
    p.heading('6 Digitalisering', 6)
    p.items(
        (0, LG('Alle tillitsvalgte bruker Tillitsvalgtportalen og Teams i vervet.',
               pre='Mål 6.1: ')),
        (1, T('6.1.1', 'Kurs i Tillitsvalgtportalen for nyvalgte', 'opplæringsansvarlig',
              'innen 1. mars')),
        (0, LG('Ansatte blir tatt med før kommunen tar i bruk ny velferdsteknologi.',
               pre='Mål 6.2: ')),
        (1, T('6.2.1', 'Kreve drøfting før digitalt tilsyn innføres i hjemmetjenesten')),
        (1, T('6.2.2', 'Hjelp med BankID og Min side på medlemsmøtene', 'nestleder',
              'innen 1. oktober')),
    )

    # 7 -------------------------------------------------------------------
    p.heading(SECTION_7, None)
    p.items(
        A('Styremøte den første tirsdagen i hver måned', 'leder', area=None),
        M('Regnskapet revideres og sendes ut sammen med årsmeldingen', area=None, resp='kasserer',
          dl='15. januar 2026', pre='Aktivitet: ',
          post=' (ansvarlig: kasserer, frist: 15. januar 2026)'),
        A('Årsmøte med valg av nytt styre i februar 2026', 'valgkomiteen', area=None),
        A('Nyhetsbrev på e-post til medlemmene fire ganger i året', 'informasjonsansvarlig',
          area=3),
        A('Førjulsmiddag for tillitsvalgte og styret', 'sosialt utvalg', 'innen 13. desember',
          area=None),
        A('Sommertur for pensjonistene til Rørvik', 'pensjonistutvalget', 'juni 2025',
          area=None),
        A('Gi 10 000 kroner til Norsk Folkehjelps arbeid i Palestina', 'styret', area=None),
    )
    p.line('Namsos, 4. februar 2025')
    p.line('Styret i Fagforbundet Namsos')
    return p


INDENT = {0: 0.0, 1: 0.75, 2: 1.5}


def render(p, out, work):
    import docx
    from docx.shared import Cm, Pt
    from b1lib import docx_core
    d = docx.Document()
    docx_core(d, 'Handlingsplan 2025–2026', 'Fagforbundet Namsos')
    normal = d.styles['Normal']
    normal.font.name = 'Calibri'
    normal.font.size = Pt(11)
    for b in p.blocks:
        t = b['t']
        if t == 'title':
            d.add_paragraph(b['text'], style='Title')
        elif t == 'line':
            para = d.add_paragraph()
            r = para.add_run(b['text'])
            if b['text'].startswith('Forkortelser'):
                r.italic = True
        elif t == 'heading':
            d.add_heading(b['text'], 1)
        elif t == 'para':
            d.add_paragraph(' '.join(s.shown for s in b['segs']))
        elif t == 'list':
            for lvl, e in b['entries']:
                para = d.add_paragraph()
                para.paragraph_format.left_indent = Cm(INDENT[lvl])
                para.paragraph_format.space_after = Pt(3)
                lab = para.add_run(e.pre)
                lab.bold = True
                para.add_run(e.text)
                if e.post:
                    r = para.add_run(e.post)
                    r.italic = True
        else:
            raise ValueError(t)
    d.save(out)
    normalize_zip(out)
