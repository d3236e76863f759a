"""b1-04 Elverum - bokmål, ODT written by LibreOffice 7.4 headless from HTML.

A year plan (årshjul): a short bulleted list of this year's goals, then one table
whose first column is the time ("Januar", "Feb.", "Uke 12", "1. kvartal", "Før
sommeren", "Høst 2025", "Løpende" …), followed by Aktivitet, Ansvarlig and Merknad.
No heading names an area: every item is mapped by its content.  The time cell is the
deadline, the Ansvarlig cell the responsible; Merknad cells are comments (notItems).
"""
from b1lib import Plan, LG, M, soffice, html_escape, copy

SRC_NAME = 'b1-04_elverum.html'


def R(when, what, area, who='', note=''):
    return [when, M(what, area), who, note]


def build():
    p = Plan('b1-04_elverum', 'odt',
             dict(union='Fagforbundet Elverum', branch='264', periodFrom=2025, periodTo=2025,
                  adopted='2025-02-06', language='nb'),
             format='ODT', writer='LibreOffice 7.4 headless, HTML -> ODT',
             structure='c: year plan (årshjul) table Når | Aktivitet | Ansvarlig | Merknad, '
                       'preceded by a goal list',
             styles='3 year plan month by month (table with a time column)',
             hard='time column first; time values of every kind (month, "Feb.", "Uke 12", '
                  '"1. kvartal", "Før sommeren", "Høst 2025", "Løpende") are the deadline; '
                  'Merknad column is comment, not an item; no heading names an area: all '
                  'items by content (1-6 and null mixed within the table); goals introduced by '
                  '"Målene våre for 2025:" inside a section named "Satsingsområder 2025"; '
                  'empty Ansvarlig/Merknad cells')
    p.title('Årsplan og handlingsplan 2025')
    p.line('Fagforbundet Elverum avd. 264')
    p.line('Vedtatt av årsmøtet 6. februar 2025')
    p.heading('Satsingsområder 2025', None)
    p.para('Fagforeningen har i dag om lag 1 950 medlemmer i kommunen, på sykehuset og i '
           'private virksomheter.',
           'Styret har valgt ut noen få mål som skal prege arbeidet i år.')
    p.label('Målene våre for 2025:')
    p.items(
        LG('Flere medlemmer i Elverum kommune får hele stillinger.', 1),
        LG('Ingen kommunale tjenester blir satt ut på anbud i løpet av året.', 2),
        LG('Medlemstallet passerer 2 000.', 3),
        LG('Alle nye tillitsvalgte har fått grunnopplæring innen ett år etter valget.', 3),
        LG('Kommunen har en plan for fagbrev til ufaglærte assistenter.', 4),
        LG('Fagforbundets saker er synlige i valgkampen før stortingsvalget.', 5),
        LG('Pensjonister og tillitsvalgte får hjelp til å bruke de digitale verktøyene.', 6),
    )
    p.heading('Årshjul 2025', None)
    p.para('Årshjulet viser når aktivitetene skal skje og hvem i styret som har ansvaret.',
           'Styret oppdaterer årshjulet ved behov.')
    p.table(
        ['Når', 'Aktivitet', 'Ansvarlig', 'Merknad'],
        [
            R('Januar', 'Styremøte: fordele oppgavene i årshjulet', None, 'Leder'),
            R('Januar', 'Sende regnskapet for 2024 til revisor', None, 'Kasserer'),
            R('Feb.', 'Årsmøte med valg av styre og utsendinger', None, 'Styret', 'Torsdag 6. februar'),
            R('Feb.', 'Trinn 1-kurs for nyvalgte tillitsvalgte', 3,
              'Opplæringsansvarlig', 'Påmelding via Min side'),
            R('Uke 10', 'Stand i Storgata på kvinnedagen 8. mars', 5, 'Styret'),
            R('Uke 12', 'Vervekampanje på sykehjemmene og i hjemmetjenesten', 3, 'Vervekontakt',
              'Vervepremie til klubben som verver flest'),
            R('1. kvartal', 'Kartlegge ufrivillig deltid blant medlemmene i helse og omsorg', 1,
              'HTV'),
            R('1. kvartal', 'Be om tall for bruken av vikarbyrå og innleie i kommunen', 2, 'HTV'),
            R('Mars', 'Medlemsmøte om lønnsoppgjøret og de lokale forhandlingene', 1, 'Leder'),
            R('April', 'Fagdag om språk og lek for barne- og ungdomsarbeidere i barnehagene', 4,
              'Seksjon kirke, kultur og oppvekst'),
            R('Mai', '1. mai-tog og appell på Torget', 5, 'Styret', 'Sammen med LO Elverum'),
            R('Før sommeren', 'Evaluere første halvår av handlingsplanen', None, 'Styret'),
            R('Juni', 'Informere assistentene i barnehagene om fagbrev som praksiskandidat', 4,
              'Seksjon kirke, kultur og oppvekst', 'På personalmøtene'),
            R('Juni', 'Sommeravslutning for tillitsvalgte', None, 'Sosialt utvalg'),
            R('Uke 33', 'Ønske nye lærlinger velkommen og verve dem som medlemmer', 3,
              'Ungdomstillitsvalgt'),
            R('August', 'Valgkampmøte med stortingskandidater fra Innlandet', 5,
              'Politisk kontakt'),
            R('Uke 36', 'Dele ut valgmateriell på arbeidsplassene', 5, 'Styret',
              'Valget er 8. september'),
            R('September', 'Trinn 2-kurs for plasstillitsvalgte', 3, 'Opplæringsansvarlig'),
            R('Høst 2025', 'Opplæring i Teams-møter for plasstillitsvalgte', 6, 'Opplæringsansvarlig'),
            R('Høst 2025', 'Pensjonskurs for medlemmer over 60 år', 1, 'Pensjonistkontakt',
              'AFP og uttak av pensjon'),
            R('Oktober', 'Medlemsmøte om konkurranseutsetting av renholdet', 2, 'Leder'),
            R('Oktober', 'Budsjettmøte med gruppelederne i kommunestyret', 5,
              'Leder og nestleder'),
            R('November', 'Høstsamling for alle tillitsvalgte, med overnatting', 3, 'Styret'),
            R('November', 'Digitalkafé for pensjonister med hjelp til BankID, Vipps og '
                          'Helsenorge', 6, 'Pensjonistutvalget'),
            R('Desember', 'Julebord for medlemmene', None, 'Sosialt utvalg', 'Egenandel 200 kr'),
            R('Desember', 'Budsjett for 2026 vedtas i styret', None, 'Kasserer'),
            R('Løpende', 'Styremøte første mandag i måneden', None, 'Leder'),
            R('Løpende', 'Følge opp fortrinnsretten for deltidsansatte', 1,
              'Plasstillitsvalgte'),
            R('Løpende', 'Legge ut nytt på nettsiden og Facebook hver uke', 3, 'Informasjonsansvarlig'),
            R('Løpende', 'Ringe alle nye medlemmer og ønske dem velkommen', 3, 'Vervekontakt'),
            R('Løpende', 'Følge med på at kompetanseplanene i enhetene blir brukt', 4, 'HTV'),
            R('Løpende', 'Samle inn penger til SOS-barnebyer på medlemsmøtene', None, 'Kasserer'),
        ],
        roles=['dl', 'item', 'resp', 'note'])
    p.heading('Økonomi', None)
    p.para('Budsjettet for 2025 ble vedtatt sammen med handlingsplanen.',
           'Aktiviteter som ikke står i årshjulet, må godkjennes av styret.')
    p.line('Elverum, 6. februar 2025')
    return p


def html(p):
    out = ['<!DOCTYPE html>', '<html lang="nb"><head><meta charset="utf-8">',
           '<title>Årsplan og handlingsplan 2025</title>',
           '<style>td, th { vertical-align: top; } th { text-align: left; }</style>',
           '</head><body>']
    for b in p.blocks:
        t = b['t']
        if t == 'title':
            out.append('<h1>%s</h1>' % html_escape(b['text']))
        elif t == 'line':
            out.append('<p>%s</p>' % html_escape(b['text']))
        elif t == 'heading':
            out.append('<h2>%s</h2>' % html_escape(b['text']))
        elif t == 'label':
            out.append('<p><b>%s</b></p>' % html_escape(b['text']))
        elif t == 'para':
            out.append('<p>%s</p>' % html_escape(' '.join(s.shown for s in b['segs'])))
        elif t == 'list':
            out.append('<ul>')
            for _, e in b['entries']:
                out.append('<li>%s</li>' % html_escape(e.shown))
            out.append('</ul>')
        elif t == 'table':
            out.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">')
            out.append('<thead><tr>%s</tr></thead><tbody>' % ''.join(
                '<th>%s</th>' % html_escape(h) for h in b['header']))
            for row in b['rows']:
                cells = []
                for c in row:
                    txt = c.shown if hasattr(c, 'shown') else c
                    cells.append('<td>%s</td>' % html_escape(txt))
                out.append('<tr>%s</tr>' % ''.join(cells))
            out.append('</tbody></table>')
        else:
            raise ValueError(t)
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


def render(p, out, work):
    import os
    src = os.path.join(work, SRC_NAME)
    with open(src, 'w', encoding='utf-8') as f:
        f.write(html(p))
    odt = soffice(src, 'odt', work)
    copy(odt, out)
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, 'src'), exist_ok=True)
    copy(src, os.path.join(here, 'src', SRC_NAME))
