"""b12-03 Notodden: the leader posted the adopted plan in the tillitsvalgte's WhatsApp group
the evening of the annual meeting, one message per area, and the group's chat was exported
("Eksporter chat", without media) and handed in as the plan. Every message starts with
"dd.mm.yyyy, hh:mm - Name: "; a message of several lines continues on lines without that
prefix. Headings are WhatsApp bold (*…*), goals "Mål: …" lines, measures "- " lines (two
pasted from Word with "• "), the responsible after "👉". Replies, reactions, a media
placeholder, a deleted message and the edit marker are chat residue.

Written by python in the shape of WhatsApp's Android export (UTF-8, LF).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b12-03_notodden'
EXT = 'txt'
FORMAT = 'text (UTF-8, LF)'
WRITER = 'WhatsApp "Eksporter chat" (Android, without media), written by python'
LANG = 'nb'
STYLE = ('group chat export: "dd.mm.yyyy, hh:mm - Name: " prefix on the first line of every '
         'message; the plan as one message per area with *bold* headings, "Mål:" lines and "- " '
         'measures "… 👉 who"; replies from other members between the area messages')
HARD = ('the timestamp-and-name prefix stands only on the first line of a message, so the '
        'heading line of every area message carries it and the items below do not; replies '
        '("Kan vi ta med en fagdag for renholderne også?", "Jeg tar gjerne vervestanden på '
        'sykehuset 💪") read like measures but are chat, as are the greeting, the system lines, '
        '"<Medier utelatt>", "Denne meldingen ble slettet" and the closing message; "👉 who" is '
        'the responsible and must be cut off; the edit marker "<Denne meldingen ble redigert>" '
        'sticks to the end of the last item of a message; two measures use "• " instead of "- "; '
        'one area message is continued in a second message "*3. Organisasjon (forts.)*"; the '
        'timestamps are not the adoption date; own section "7. Styret og det sosiale" by content')

META = {'union': 'Fagforbundet Notodden', 'branch': '286', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-11', 'language': 'nb'}
AS_WRITTEN = ('message "*HANDLINGSPLAN 2026*" / "*Fagforbundet Notodden avd. 286*" / "Vedtatt på '
              'årsmøtet 11. februar 2026"; the chat lines are dated 11.02.2026 and 12.02.2026')

MONA = 'Mona Aasen'

# a chat is a list of events: ('sys', time, text) | ('msg', time, who, lines, blocks)
# plan lines: ('h', text, area) heading (bold), ('g', text), ('m', text, who, glyph, area)


def plan_msg(time, head, area, entries, edited=False, section=True):
    return ('plan', time, head, area, entries, edited, section)


CHAT = [
    ('sys', '11.02.2026, 21:58', 'Meldinger og anrop er ende-til-ende-krypterte. Ingen utenfor '
     'denne chatten, ikke engang WhatsApp, kan lese eller lytte til dem.'),
    ('msg', '11.02.2026, 22:03', MONA, ['Hei alle sammen! Årsmøtet er ferdig, og '
                                        'handlingsplanen ble vedtatt uten endringer 🎉',
                                        'Jeg legger den inn her i flere meldinger, så har dere '
                                        'den på telefonen.']),
    ('msg', '11.02.2026, 22:04', MONA, ['*HANDLINGSPLAN 2026*', '*Fagforbundet Notodden avd. '
                                        '286*', 'Vedtatt på årsmøtet 11. februar 2026']),
    plan_msg('11.02.2026, 22:05', '1. Heltid og likelønn', 1, [
        ('g', 'Flere hele stillinger i helse og omsorg, og færre som går i små deltidsstillinger.'),
        ('m', 'Kreve at heltidsprosjektet på Notodden helsetun utvides til hjemmetjenesten',
         'HTV', '-'),
        ('m', 'Temamøte om pensjon for medlemmer over 55 i oktober', 'Mona', '-'),
        ('m', 'Samle inn lønnsdata fra klubbene før de lokale forhandlingene',
         'forhandlingsutvalget', '-'),
    ]),
    ('msg', '11.02.2026, 22:06', 'Hanne Moen', ['👍']),
    ('msg', '11.02.2026, 22:07', 'Per Kittilsen', ['Kjempebra! Husk lærlingene også']),
    plan_msg('11.02.2026, 22:09', '2. Egne ansatte i offentlige tjenester', 2, [
        ('g', 'Kantina på rådhuset og renholdet i kommunen drives videre i egen regi.'),
        ('m', 'Be om møte med kommunedirektøren om planene for renholdet', 'Mona', '-'),
        ('m', 'Skrive høringssvar hvis kommunen vil sette ut drift av kantina', 'styret', '-'),
        ('m', 'Holde oversikt over innleie fra bemanningsbyrå på sykehjemmet', 'HTV', '•'),
    ]),
    plan_msg('11.02.2026, 22:12', '3. Organisasjon og tariffmakt', 3, [
        ('g', '100 nye medlemmer i løpet av 2026.'),
        ('g', 'Alle klubbene har valgt tillitsvalgt og vara før sommerferien.'),
        ('m', 'Vervestand på Notodden sykehus og i barnehagene i forbundsukene', 'Trond', '-'),
        ('m', 'Ringe alle nye medlemmer innen to uker', 'sekretær', '-'),
        ('m', 'Valg av plasstillitsvalgte der vi mangler i mars', 'HTV', '-'),
    ]),
    ('msg', '11.02.2026, 22:13', 'Trond Haugen', ['Jeg tar gjerne vervestanden på sykehuset 💪']),
    plan_msg('11.02.2026, 22:14', '3. Organisasjon (forts.)', 3, [
        ('m', 'Grunnskolering for nye tillitsvalgte i samarbeid med fylkeskretsen', None, '-'),
        ('m', 'Besøke Notodden videregående og snakke med elevene på helsefag', 'ungdomstillitsvalgt',
         '-'),
    ]),
    ('msg', '11.02.2026, 22:15', 'Siv Tveito', ['<Medier utelatt>']),
    ('msg', '11.02.2026, 22:15', 'Siv Tveito', ['Bilde fra årsmøtet 😄']),
    plan_msg('11.02.2026, 22:17', '4. Fag og kompetanse', 4, [
        ('g', 'Flere assistenter i skole og SFO tar fagbrev som barne- og ungdomsarbeider.'),
        ('m', 'Fagbrevkveld med Notodden voksenopplæring', 'seksjon kirke, kultur og oppvekst',
         '-'),
        ('m', 'Kurs i forflytning for helsefagarbeidere og assistenter', None, '-'),
    ]),
    ('msg', '11.02.2026, 22:18', 'Per Kittilsen', ['Kan vi ta med en fagdag for renholderne '
                                                   'også?']),
    ('msg', '11.02.2026, 22:19', MONA, ['Den tar vi opp i styret, Per 👍']),
    plan_msg('11.02.2026, 22:21', '5. Politisk påvirkning', 5, [
        ('g', 'Politikerne i Notodden vet hva vi mener før budsjettet for 2027 legges fram.'),
        ('m', 'Budsjettmøte med ordfører og gruppeledere i oktober', 'Mona og Trond', '-'),
        ('m', '1. mai-tog fra Bok og Blueshuset sammen med LO', 'styret', '-'),
        ('m', 'Leserinnlegg i Telen om bemanningen i hjemmetjenesten', 'Mona', '•'),
    ]),
    ('msg', '11.02.2026, 22:22', 'Hanne Moen', ['Denne meldingen ble slettet']),
    plan_msg('11.02.2026, 22:24', '6. Digitalisering', 6, [
        ('g', 'Tillitsvalgte klarer seg selv i Teams og Tillitsvalgtportalen.'),
        ('m', 'Teamskurs for plasstillitsvalgte på fagforeningskontoret', 'Siv', '-'),
        ('m', 'Kreve opplæring i arbeidstiden før ny pasientjournal tas i bruk i '
         'hjemmetjenesten', 'HTV', '-'),
    ]),
    plan_msg('11.02.2026, 22:27', '7. Styret og det sosiale', None, [
        ('m', 'Styremøte hver andre tirsdag', None, '-', None),
        ('m', 'Regnskapet revideres før årsmøtet 2027', 'kasserer', '-', None),
        ('m', 'Medlemsmøte på Tinfos med tema arbeidsmiljø i april', 'styret', '-', 3),
        ('m', 'Sommertur til Heddal stavkirke for medlemmer og familie', None, '-', None),
        ('m', 'Julebord for tillitsvalgte og pensjonister', 'styret', '-', None),
    ], edited=True),
    ('msg', '11.02.2026, 22:29', MONA, ['Det var alt! Si fra hvis dere lurer på noe. Planen '
                                        'ligger også på nettsida 😊']),
    ('msg', '11.02.2026, 22:31', 'Trond Haugen', ['Takk Mona, godt jobba i kveld!']),
    ('msg', '12.02.2026, 07:12', 'Hanne Moen', ['Flott plan! Vi sees på tillitsvalgtsamlingen 🙌']),
]


def build():
    lines, blocks = [], []
    for ev in CHAT:
        if ev[0] == 'sys':
            lines.append('%s - %s' % (ev[1], ev[2]))
            blocks.append(note(ev[2]))
        elif ev[0] == 'msg':
            _, time, who, body = ev
            lines.append('%s - %s: %s' % (time, who, body[0]))
            lines += body[1:]
            for b in body:
                blocks.append(note(b.strip('*')))
        else:
            _, time, head, area, entries, edited, section = ev
            lines.append('%s - %s: *%s*' % (time, MONA, head))
            blocks.append(H(head, area=area))
            for k, e in enumerate(entries):
                last = k == len(entries) - 1
                mark = ' <Denne meldingen ble redigert>' if edited and last else ''
                if e[0] == 'g':
                    lines.append('Mål: ' + e[1] + mark)
                    blocks.append(G(e[1]))
                else:
                    text, who, glyph = e[1], e[2], e[3]
                    lines.append('%s %s%s%s' % (glyph, text, ' 👉 ' + who if who else '', mark))
                    kw = {'area': e[4]} if area is None else {}
                    blocks.append(M(text, resp=who, **kw))
            if edited:
                blocks.append(note('<Denne meldingen ble redigert>'))
    return blocks, '\n'.join(lines) + '\n'


BLOCKS, TEXT = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.txt'), TEXT)
