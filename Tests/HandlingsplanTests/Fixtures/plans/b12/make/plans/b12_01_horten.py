"""b12-01 Horten: the plan kept as a kanban board in Obsidian (Kanban plugin) and handed in
as the board's Markdown file. Every lane is a "## " heading, every card a task line
"- [ ] …" / "- [x] …"; a card's second line is joined with "<br>", tags are "#word", due
dates "@{YYYY-MM-DD}". The goals are the cards of the lane "Mål for 2026"; the measures are
the cards of "Skal gjøres", "Pågår" and "Ferdig" (the plugin's "**Complete**" marker in the
last). The first lane holds the title cards, the lane "Idébank (ikke vedtatt)" holds ideas
that were not adopted, and the archive after "***" holds last year's cards. A settings block
(%% kanban:settings … %%) ends the file.

Written by python in the exact shape the plugin saves (front matter with blank lines, two
blank lines between lanes); UTF-8, LF.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b12-01_horten'
EXT = 'md'
FORMAT = 'text (Markdown, UTF-8, LF)'
WRITER = 'Obsidian Kanban plugin board file (written by python in the plugin\'s format)'
LANG = 'nb'
STYLE = ('kanban board as Markdown: lanes "## Om planen / Mål for 2026 / Skal gjøres / Pågår / '
         'Ferdig / Idébank (ikke vedtatt)", cards "- [ ]" / "- [x]", "<br>" second lines '
         '"Ansvar: …", #tags, due dates @{YYYY-MM-DD}, "***" + "## Archive", settings block')
HARD = ('no heading names an area and every lane is a "##" heading: kind only from the lane '
        '(goals in "Mål for 2026", measures in Skal gjøres / Pågår / Ferdig), area by content for '
        'all items; the title cards of "Om planen", the cards of "Idébank (ikke vedtatt)" and the '
        'archived 2025 cards after "***" have the same "- [ ]" / "- [x]" form but are no items; '
        'tags (#verving), due dates @{2026-04-24} and the "<br>Ansvar: …" line must be cut from the '
        'text, in either order; the date is the deadline, the Ansvar line the responsible '
        '("[[Rune Sandvik]]" is a wiki link: the name only); one tag stands inside a sentence '
        '("Kurs i #Tillitsvalgtportalen …") and is a word of the text; the "**Complete**" line; '
        'the metadata only on cards; JSON settings block at the end')

META = {'union': 'Fagforbundet Horten', 'branch': '074', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-12', 'language': 'nb'}
AS_WRITTEN = ('cards "Handlingsplan 2026 for Fagforbundet Horten avd. 074" and "Vedtatt på '
              'årsmøtet 12. februar 2026, oppdateres etter hvert styremøte"')

# card = (text, area, tags, date, who, order) ; order 'tw' = tags/date then <br>who,
# 'wt' = <br>who then tags/date. area None = no area.
LANES = [
    ('Om planen', 'note', [
        ('Handlingsplan 2026 for Fagforbundet Horten avd. 074', None, [], None, None, 'tw'),
        ('Vedtatt på årsmøtet 12. februar 2026, oppdateres etter hvert styremøte', None, [],
         None, None, 'tw'),
        ('Ett kort per tiltak. Kortet flyttes når arbeidet starter og når det er gjort.', None,
         [], None, None, 'tw'),
    ]),
    ('Mål for 2026', 'G', [
        ('Flere deltidsansatte i helse og omsorg får økt stillingsprosent i løpet av året', 1,
         ['heltid'], None, None, 'tw'),
        ('Renholdet i skolene og de kommunale byggene utføres fortsatt av kommunalt ansatte', 2,
         ['egenregi'], None, None, 'tw'),
        ('Avdelingen passerer 1900 medlemmer innen nyttår', 3, ['verving'], None, None, 'tw'),
        ('Tillitsvalgt på hver arbeidsplass som har mer enn fem medlemmer', 3,
         ['tillitsvalgte'], None, None, 'tw'),
        ('Minst ti assistenter i Horten-skolene begynner på fagbrev som praksiskandidat', 4,
         ['fagbrev'], None, None, 'tw'),
        ('Partiene i kommunestyret kjenner kravene våre før budsjettet for 2027', 5,
         ['politikk'], None, None, 'tw'),
        ('Styret og de tillitsvalgte bruker Teams til møter og deling av dokumenter', 6,
         ['digitalt'], None, None, 'tw'),
    ]),
    ('Skal gjøres', 'M', [
        ('Kartlegge ønsket stillingsstørrelse blant deltidsansatte på Horten helsehus', 1,
         ['heltid'], '2026-05-31', 'HTV', 'tw'),
        ('Medlemsmøte om ny offentlig tjenestepensjon for dem over 55', 1, ['pensjon'],
         '2026-10-15', '[[Rune Sandvik]]', 'wt'),
        ('Kreve drøftingsmøte før kommunen utreder anbud på vaktmestertjenesten', 2,
         ['egenregi'], None, 'HTV', 'wt'),
        ('Stand med vafler på Horten helsehus i forbundsukene', 3, ['verving'], '2026-04-24',
         'vervekontakt', 'tw'),
        ('Besøke elevene på helse- og oppvekstfag ved Horten videregående', 3, ['ungdom'],
         '2026-09-30', 'ungdomstillitsvalgt', 'wt'),
        ('Grunnkurs for nye plasstillitsvalgte sammen med nabofagforeningene', 3,
         ['tillitsvalgte'], '2026-03-19', 'opplæringsansvarlig', 'tw'),
        ('Fagkveld om praksiskandidatordningen for assistenter i barnehage og skole', 4,
         ['fagbrev'], '2026-11-05', 'seksjon kirke, kultur og oppvekst', 'tw'),
        ('Innspillsmøte med gruppelederne i kommunestyret om neste års budsjett', 5,
         ['politikk'], '2026-10-01', 'leder', 'tw'),
        ('Leserinnlegg i Gjengangeren om ufrivillig deltid i eldreomsorgen', 1, ['politikk'],
         None, 'leder', 'wt'),
        ('Kurs i #Tillitsvalgtportalen på den første tillitsvalgtsamlingen', 6, ['digitalt'],
         '2026-03-19', '[[Siri Holt]]', 'tw'),
        ('Julebord for medlemmer og pensjonister i Åsgårdstrand', None, ['sosialt'],
         '2026-12-04', None, 'tw'),
        ('Regnskap og budsjettforslag for 2027 legges fram for styret', None, ['styret'],
         '2026-11-26', 'kasserer', 'wt'),
    ]),
    ('Pågår', 'M', [
        ('Delta i partssamarbeidets arbeidsgruppe for heltid i hjemmetjenesten', 1, ['heltid'],
         None, 'HTV', 'wt'),
        ('Følge med på bruken av vikarbyrå i barnehagene og rapportere til styret hvert kvartal',
         2, ['egenregi'], None, None, 'tw'),
        ('Velkomstsamtale med hvert nytt medlem innen en måned', 3, ['verving'], None,
         'sekretær', 'tw'),
        ('Medlemsbrev på e-post annenhver måned', 3, ['info'], None, 'informasjonsansvarlig',
         'wt'),
        ('Styremøte første tirsdag i måneden', None, ['styret'], None, 'leder', 'tw'),
        ('Planlegge 1. mai på torget i Horten sammen med LO', 5, ['politikk'], '2026-05-01',
         None, 'tw'),
        ('Digital kafé om BankID og Helsenorge for pensjonistmedlemmer', 6,
         ['digitalt', 'pensjonister'], '2026-04-14', '[[Siri Holt]]', 'tw'),
    ]),
    ('Ferdig', 'M', [
        ('Tillitsvalgtsamling på Karljohansvern med tema arbeidstid', 3, ['tillitsvalgte'],
         '2026-03-05', None, 'tw'),
        ('Høringssvar til kommunens heltidsstrategi', 1, ['heltid'], '2026-03-01', 'HTV', 'wt'),
        ('Skolering av forhandlingsutvalget før de lokale lønnsoppgjørene', 1, ['lønn'],
         '2026-04-10', None, 'tw'),
        ('Kartlegging av tariffavtaler i de private barnehagene i Horten', 3, ['tariff'], None,
         'nestleder', 'wt'),
        ('Fagbrevfeiring for nye helsefagarbeidere og barne- og ungdomsarbeidere', 4,
         ['fagbrev'], '2026-03-12', None, 'tw'),
        ('Overføre medlemslistene til det nye medlemssystemet', None, ['styret'], None,
         'sekretær', 'tw'),
    ]),
    ('Idébank (ikke vedtatt)', 'note', [
        ('Tur til Tallinn for styret og tillitsvalgte', None, ['sosialt'], None, None, 'tw'),
        ('Egen podkast om arbeidslivet i Horten', None, ['info'], None, None, 'tw'),
        ('Stand på Horten-dagen i august', None, ['verving'], None, None, 'tw'),
    ]),
]
ARCHIVE = [
    ('Valgmøte om velferdsstaten før stortingsvalget', ['politikk'], '2025-08-27'),
    ('Julebord 2025 på Bakkenteigen', ['sosialt'], '2025-12-05'),
    ('Vervekonkurranse mellom seksjonene høsten 2025', ['verving'], '2025-11-30'),
]
SETTINGS = ('{"kanban-plugin":"basic","date-display-format":"DD.MM.YYYY",'
            '"show-checkboxes":true,"archive-with-date":false,"tag-colors":[]}')


def card_line(text, tags, date, who, order, done):
    box = '[x]' if done else '[ ]'
    tail = ''.join(' #' + t for t in tags) + (' @{%s}' % date if date else '')
    who_part = '<br>Ansvar: ' + who if who else ''
    body = text + (tail + who_part if order == 'tw' else who_part + tail)
    return '- %s %s' % (box, body)


def who_gold(who):
    if who and who.startswith('[['):
        return who[2:-2]
    return who


def build():
    lines = ['---', '', 'kanban-plugin: basic', '', '---', '']
    blocks = []
    for lane, kind, cards in LANES:
        lines.append('## ' + lane)
        lines.append('')
        blocks.append(H(lane, area=None))
        done = lane == 'Ferdig'
        if done:
            lines.append('**Complete**')
            blocks.append(note('Complete'))
        for text, area, tags, date, who, order in cards:
            lines.append(card_line(text, tags, date, who, order, done))
            gtext = text.replace('#', '')
            if kind == 'note':
                blocks.append(note(gtext))
            elif kind == 'G':
                blocks.append(G(gtext, area=area))
            else:
                blocks.append(M(gtext, area=area, resp=who_gold(who), dl=date))
        lines.append('')
        lines.append('')
    lines.append('***')
    lines.append('')
    lines.append('## Archive')
    lines.append('')
    blocks.append(H('Archive', area=None))
    for text, tags, date in ARCHIVE:
        lines.append(card_line(text, tags, date, None, 'tw', True))
        blocks.append(note(text))
    lines += ['', '%% kanban:settings', '```', SETTINGS, '```', '%%']
    return blocks, '\n'.join(lines) + '\n'


BLOCKS, TEXT = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.md'), TEXT)
