"""b5-02 Stord - bokmål, DOCX written by LibreOffice from HTML.

One two-column table WITHOUT a header row: the left column holds the area name,
merged vertically over all rows of the area (rowspan -> w:vMerge); the right
column holds one goal or one measure per row.  Goals are bold; measures end with
"Ansvar: X. Frist: Y." sentences inside the same cell (sometimes only one of the
two, once in the other order, once after a line break).
"""
from planlib import Title, Meta, Para, Area, Own, Mark, G, M, esc, soffice, src_path, move

INFO = dict(
    id='b5-02', base='b5-02_stord', ext='docx', format='DOCX',
    writer='LibreOffice 7.4 headless, HTML -> DOCX (MS Word 2007 XML)', language='nb',
    structure='one 2-column table, no header row: area cell merged vertically | one goal '
              '(bold) or measure per row',
    styles='2 (merged area column, bold goals, "Ansvar: X. Frist: Y." tails in the cell)',
    hard='no header row and no column names: the table has to be understood from its '
         'content; the area is a vertically merged cell (w:vMerge) beside every row of the '
         'area, so it must be read once as the section and never as an item; goal vs measure '
         'only from bold runs; responsible and deadline are sentences at the end of the '
         'measure cell ("Ansvar: HTV. Frist: juni 2025."), sometimes one of them only, once '
         '"Frist: ... Ansvar: ..." and once after a line break; no avd. number; two own areas '
         '("Fagforeningens drift", "Medlemsaktiviteter") mapped by content')

PLAN = dict(union='Fagforbundet Stord', branch=None, periodFrom=2025, periodTo=2025,
            adopted='2025-01-29', language='nb')

BLOCKS = [
    Title('Handlingsplan for Fagforbundet Stord 2025'),
    Meta('Vedtatt på årsmøtet 29.01.2025'),
    Para('Tabellen viser målene våre (i fet skrift) og tiltakene vi skal gjennomføre under hvert '
         'av satsingsområdene. Ansvar og frist står etter hvert tiltak.'),
    Mark('table'),

    Area('Heltid og likelønn', 1),
    G('Flere medlemmer i Stord kommune får faste stillinger på minst 80 prosent.'),
    M('Kreve at kommunen lager en handlingsplan for heltid i samarbeid med tillitsvalgte.',
      resp='HTV', dl='juni 2025'),
    M('Kartlegge hvor mange av medlemmene i private omsorgsbedrifter som ønsker større '
      'stilling.', resp='Leder', dl='høsten 2025'),
    M('Pensjonskveld med foredrag fra KLP for medlemmer mellom 55 og 67 år.',
      resp='Pensjonsansvarlig', dl='oktober 2025'),
    G('Lønnsutviklingen for fagarbeidere er minst like god som for andre grupper i kommunen.'),
    M('Forberede de lokale lønnsforhandlingene med en egen samling for tillitsvalgte.',
      resp='HTV og nestleder'),

    Area('Gode offentlige tjenester i egen regi', 2),
    G('Renholdet i skolene og sykehjemmene forblir i kommunal regi.'),
    M('Kreve at administrasjonen utreder egenregi før noen tjeneste legges ut på anbud.',
      resp='Leder', dl='løpende'),
    M('Følge med på bruken av bemanningsbyrå ved Stord sjukehus og ta det opp i AMU.',
      resp='Foretakstillitsvalgt', br=True),
    M('Invitere til et åpent møte om erfaringene med privat drift av barnevernet.',
      dl='mars 2025'),

    Area('Organisasjon, verving og tariff', 3),
    G('Fagforeningen har 1 600 medlemmer innen utgangen av 2025.'),
    G('Alle nyvalgte tillitsvalgte har fullført grunnopplæringen innen et år.'),
    M('Vervedager på Stord vidaregåande skule og på Høgskulen på Vestlandet.',
      resp='Ungdomstillitsvalgt', dl='august og januar'),
    M('Kurs i trinn 1 for nyvalgte plasstillitsvalgte på Stord hver vår og høst.',
      resp='Opplæringsansvarlig'),
    M('Besøke alle arbeidsplasser med færre enn fem medlemmer minst én gang.',
      resp='Styret', dl='desember 2025', order='dl-first'),
    M('Sende velkomstpakke med kalender og informasjon om forsikringene til nye medlemmer.',
      resp='Medlemsansvarlig', dl='fortløpende'),
    M('Undersøke om de private barnehagene på øya følger PBL-avtalen.',
      resp='Nestleder', dl='april 2025'),

    Area('Fagutvikling og kompetanse', 4),
    G('Flere ufaglærte i helse og oppvekst tar fagbrev.'),
    M('Informasjonsmøte om praksiskandidatordningen for assistenter i SFO.',
      resp='Seksjonsleder kirke, kultur og oppvekst', dl='februar 2025'),
    M('Kreve at kommunen tar inn minst ti nye lærlinger i helsearbeiderfaget hvert år.',
      resp='HTV'),
    M('Fagkveld om vold og trusler på jobb for ansatte i psykisk helse.',
      resp='Seksjon helse og sosial', dl='november 2025'),

    Area('Politisk påvirkning og samarbeid', 5),
    G('Fagforbundets saker er synlige i debatten før stortingsvalget.'),
    M('Stand på torget i Leirvik sammen med LO Stord/Fitjar i valgkampen.',
      resp='Leder', dl='august 2025'),
    M('Arrangere 1. mai sammen med de andre LO-forbundene på Stord.',
      resp='Styret', dl='1. mai 2025'),
    M('Møte Arbeiderpartiet og SV om oppfølging av samarbeidsavtalen.',
      resp='Leder og nestleder', dl='september 2025'),

    Area('Digitalisering og velferdsteknologi', 6),
    G('Alle tillitsvalgte kan delta i og lede møter på Teams.'),
    M('Teams-kurs for plasstillitsvalgte på kveldstid.',
      resp='Opplæringsansvarlig', dl='mars 2025'),
    M('Kreve at tillitsvalgte deltar når kommunen innfører digitalt tilsyn i '
      'hjemmetjenesten.', resp='HTV', dl='løpende'),

    Own('Fagforeningens drift'),
    M('Styret møtes første onsdag i hver måned.', None, resp='Leder'),
    M('Legge fram revidert regnskap og forslag til budsjett på årsmøtet.', None, resp='Kasserer', dl='januar 2026'),
    M('Oppdatere informasjonen om fagforeningen på Facebook hver uke.', 3,
      resp='Informasjonsansvarlig'),

    Own('Medlemsaktiviteter'),
    M('Medlemsmøte med valg av nye plasstillitsvalgte.', 3, resp='Styret', dl='april 2025'),
    M('Julebord på Stord hotell.', None, resp='Festkomiteen', dl='desember 2025'),
    M('Tur til Utsira for pensjonistene.', None, resp='Pensjonistutvalget', dl='juni 2025'),
    M('Støtte Fagforbundets solidaritetsaksjon for Ukraina med 5 000 kroner.', None,
      resp='Kasserer'),
    Mark('/table'),

    Para('Stord, 29. januar 2025'),
]


def cell_html(b):
    if b.ikind != 'measure':
        return '<b>%s</b>' % esc(b.text)
    tail = []
    a = 'Ansvar: %s.' % b.resp if b.resp else None
    f = 'Frist: %s.' % b.dl if b.dl else None
    parts = [f, a] if b.get('order') == 'dl-first' else [a, f]
    tail = ' '.join(p for p in parts if p)
    sep = '<br/>' if b.get('br') else ' '
    return esc(b.text) + (sep + esc(tail) if tail else '')


def render(path):
    h = ['<!DOCTYPE html>', '<html lang="nb"><head><meta charset="utf-8"/>',
         '<title>Handlingsplan for Fagforbundet Stord 2025</title>',
         '<style>body{font-family:Calibri,sans-serif;font-size:11pt}'
         'td{vertical-align:top;padding:4px}</style></head><body>']
    groups = []                     # [(area block, [items])]
    for b in BLOCKS:
        if b.kind == 'title':
            h.append('<h1>%s</h1>' % esc(b.text))
        elif b.kind in ('meta', 'para') and not groups:
            h.append('<p>%s</p>' % esc(b.text))
        elif b.kind == 'mark' and b.text == 'table':
            groups = [None]
        elif b.kind in ('area', 'own'):
            groups.append((b, []))
        elif b.kind == 'item':
            groups[-1][1].append(b)
        elif b.kind == 'mark' and b.text == '/table':
            h.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
            h.append('<col width="26%"/><col width="74%"/>')
            for g in groups[1:]:
                head, its = g
                for i, it in enumerate(its):
                    row = '<tr>'
                    if i == 0:
                        row += '<td rowspan="%d"><p>%s</p></td>' % (len(its), esc(head.text))
                    row += '<td><p>%s</p></td></tr>' % cell_html(it)
                    h.append(row)
            h.append('</table>')
            groups = ['done']
        elif b.kind == 'para':
            h.append('<p>%s</p>' % esc(b.text))
        else:
            raise ValueError(b.kind)
    h.append('</body></html>')
    src = src_path('b5-02_stord.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('\n'.join(h) + '\n')
    out = soffice(src, 'docx', '/tmp/b5_out', 'MS Word 2007 XML')
    move(out, path)
