"""b10-08 Skien: a Teams channel post with the adopted plan, copied from the Teams client into
Notepad and saved (UTF-8 without BOM, CRLF). Emoji headings, "🎯" goals, "☐" / "☑" tasks
with "👤 who" and "📅 when" tails, then the post's reactions and two replies.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b10-08_skien'
EXT = 'txt'
FORMAT = 'text (UTF-8, CRLF)'
WRITER = 'python (Teams post copied into Notepad: UTF-8, CRLF)'
LANG = 'nb'
STYLE = ('Teams post: emoji + capital headings, "🎯" goal lines, "☐" / "☑" task lines with '
         '"👤 who 📅 when" tails; reactions, reply count and replies after the plan')
HARD = ('emoji outside the BMP (🎯 👤 📅 💪 …) and with variation selectors (🗳️ ☕ ✔️) as '
        'markers; ☐ open and ☑ done tasks are both measures; the tails "👤 X" (responsible) and '
        '"📅 Y" (deadline) must be cut off, some lines have only one of them; a goal starting '
        'with "1 500" (no-break space); a task with a colon inside ("Digital kafé for '
        'pensjonister: BankID, Vipps og Helsenorge"); the replies under the post read like '
        'suggestions ("Kan vi ta med en tur til Gaustatoppen i år?") and are not items; two own '
        'headings ("POLITIKK OG VALG", "DRIFT OG SOSIALT") mapped by content; CRLF')

META = {'union': 'Fagforbundet Skien', 'branch': '095', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-12', 'language': 'nb'}
AS_WRITTEN = '"Handlingsplan 2026 – Fagforbundet Skien avd. 095", "Vedtatt på årsmøtet 12.02.2026 ✔️"'

# (heading line, area, goals, tasks); goal = text or (text, area); task = (done, text, who,
# when, area-if-own)
AREAS = [
    ('💪 HELTID OG LIKELØNN', 1, [
        'Flere i helse og omsorg jobber heltid innen utgangen av 2026',
        'Lønnsforskjellene mellom fagarbeidere og assistenter i barnehagene skal ikke øke',
    ], [
        (False, 'Kreve tall på deltid og ledige vakter fra kommunen hvert kvartal', 'HTV',
         'løpende'),
        (True, 'Medlemsmøte om turnus og langvakter', 'Styret', 'februar'),
        (False, 'Pensjonskveld med KLP for medlemmer over 55 år', 'Leder', 'oktober'),
        (False, 'Lønnskurs for plasstillitsvalgte før de lokale forhandlingene', 'HTV', 'april'),
    ]),
    ('🏥 EGNE ANSATTE, IKKE ANBUD', 2, [
        'Sykehjemmene i Skien skal fortsatt drives av kommunen',
    ], [
        (False, 'Følge saken om anbud på det nye sykehjemmet på Klyve og informere medlemmene',
         'Leder', 'løpende'),
        (False, 'Kartlegge innleie fra bemanningsbyrå i hjemmetjenesten', 'HTV', 'juni'),
        (False, 'Felles møte med Fagforbundet Porsgrunn om privatisering av renhold', 'Leder',
         None),
    ]),
    ('🤝 ORGANISASJON OG TARIFFMAKT', 3, [
        '1\u00a0500 medlemmer ved årsslutt',
        'Plasstillitsvalgt på alle arbeidsplasser med over ti medlemmer',
    ], [
        (False, 'Vervestand på Sykehuset Telemark i forbundsukene', 'Vervekontakt',
         'uke 16 og 40'),
        (False, 'Velkomstsamtale med alle nye medlemmer', 'Sekretær', 'løpende'),
        (True, 'Grunnskolering for nye tillitsvalgte', 'Opplæringsansvarlig', 'mars'),
        (False, 'Tillitsvalgtsamling med overnatting i Bø', 'Styret', 'oktober'),
        (False, 'Besøk i helsefagklassene på Skien videregående skole', 'Ungdomstillitsvalgt',
         'september'),
    ]),
    ('📚 FAG OG KOMPETANSE', 4, [
        'Flere assistenter og ufaglærte tar fagbrev',
    ], [
        (False, 'Infomøte om fagbrev på jobb', 'Seksjon helse og sosial', 'mars'),
        (False, 'Fagdag for renholdere', 'Seksjon samferdsel og teknisk', 'november'),
        (False, 'Kreve en kompetanseplan for barnehagene', None, 'juni'),
    ]),
    ('🗳️ POLITIKK OG VALG', None, [
        ('Partiene i Skien kjenner kravene våre før lokalvalget 2027', 5),
    ], [
        (False, 'Budsjettmøte med gruppelederne', 'Leder', 'september', 5),
        (False, '1. mai-frokost og tog sammen med LO i Skien', 'Styret', '1. mai', 5),
        (False, 'Innspill om heltid til kommunens arbeidsgiverpolitikk', 'HTV', 'mai', 1),
    ]),
    ('💻 DIGITALISERING', 6, [
        'Alle tillitsvalgte bruker Tillitsvalgtportalen',
    ], [
        (False, 'Kurs i Teams og Tillitsvalgtportalen', 'Opplæringsansvarlig', 'januar'),
        (False, 'Digital kafé for pensjonister: BankID, Vipps og Helsenorge',
         'Pensjonistutvalget', 'hver måned'),
    ]),
    ('☕ DRIFT OG SOSIALT', None, [], [
        (False, 'Styremøte annenhver uke', 'Leder', None, None),
        (True, 'Regnskap og revisjon før årsmøtet', 'Kasserer', 'januar', None),
        (False, 'Nyhetsbrev på e-post og i Facebook-gruppa', 'Sekretær', 'hver måned', 3),
        (False, 'Familiedag for medlemmer og barn', 'Styret', 'august', None),
        (False, 'Julebord', 'Styret', 'desember', None),
    ]),
]


def build():
    blocks, lines = [], []

    def add(text, block=None):
        lines.append(text)
        if block is not None:
            blocks.append(block)

    add('Mona Lie (nestleder)', note('Mona Lie (nestleder)'))
    add('12.02.2026 21:14', note('12.02.2026 21:14'))
    add('📌 Handlingsplan 2026 – Fagforbundet Skien avd. 095',
        note('Handlingsplan 2026 – Fagforbundet Skien avd. 095'))
    add('Vedtatt på årsmøtet 12.02.2026 ✔️', note('Vedtatt på årsmøtet 12.02.2026'))
    t = 'Her er planen vi vedtok i kveld. Kommenter gjerne hvis du vil ta ansvar for noe!'
    add(t + ' 🙌', note(t))
    add('')
    for head, area, goals, tasks in AREAS:
        htext = head.split(' ', 1)[1]
        add(head, H(htext, area=area))
        for g in goals:
            t, a = (g, None) if isinstance(g, str) else g
            kw = {'area': a} if area is None else {}
            add('🎯 ' + t, G(t, **kw))
        for tk in tasks:
            done, t, who, when = tk[:4]
            kw = {'area': tk[4]} if area is None else {}
            s = ('☑ ' if done else '☐ ') + t
            if who:
                s += '  👤 ' + who
            if when:
                s += '  📅 ' + when
            add(s, M(t, resp=who, dl=when, **kw))
        add('')
    add('👍 14  ❤️ 3  😮 1', None)
    add('2 svar', note('2 svar'))
    t = 'Kan vi ta med en tur til Gaustatoppen i år?'
    add('Per Olav Aas: ' + t, note(t))
    t = 'Flott jobba alle sammen! Jeg tar gjerne familiedagen 😊'
    add('Lise Berg: ' + t, note('Flott jobba alle sammen! Jeg tar gjerne familiedagen'))
    add('Svar', note('Svar'))
    return blocks, '\n'.join(lines) + '\n'


BLOCKS, TEXT = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.txt'), TEXT, crlf=True)
