"""b14-06 Vestnes: the plan written as a Notion page and exported with "Export > Markdown &
CSV". Notion writes the page title as "# ", the page properties as "Key: value" lines, callout
blocks as <aside> HTML with the callout's emoji, headings as "## " / "### ", and links to
sub-pages as "[Name](Name%20<id>.md)". The branch typed an emoji at the start of every line
instead of list bullets: 🎯 for goals, 👉 for planned measures, ✅ for measures already done;
the area headings carry an emoji too.

Written by python in the shape of Notion's Markdown export (UTF-8, LF).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b14-06_vestnes'
EXT = 'md'
FORMAT = 'text (Markdown, Notion export, UTF-8, LF)'
WRITER = 'Notion "Export > Markdown & CSV" page file (written by python in its format)'
LANG = 'nb'
STYLE = ('Notion page export: "# " title, property lines, <aside> callouts, "## " area headings '
         'with an emoji, goals and measures as plain paragraphs that start with an emoji (🎯 '
         'goal, 👉 measure, ✅ measure done), "(Ansvar: …)" tails, sub-page links')
HARD = ('no Markdown list at all: every item is a paragraph whose first character is an emoji '
        '(🎯 / 👉 / ✅), and emoji also start headings (two with a variation selector, U+FE0F) ("## 💪 '
        'Heltid og likelønn"), callouts ("💡") and non-items ("📎 Vedlegg", "📅 Neste '
        'styremøte …"); kind only from the emoji; a measure may end in " (Ansvar: who)", which '
        'is the responsible and no part of the text; the goals of two areas stand inside an '
        '<aside> callout; property lines "Vedtatt: 4. februar 2026", "Sist endret: …"; links to '
        'sub-pages "[Årsmelding 2025](…%20….md)"; own heading "🗂️ Drift" by content (null, 3)')
META = {'union': 'Fagforbundet Vestnes', 'branch': '329', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-04', 'language': 'nb'}
AS_WRITTEN = ('"Avdeling: Fagforbundet Vestnes (329)", "Vedtatt: 4. februar 2026", '
              '"Sist endret: 12. februar 2026 09:41" (not it)')

# heading (with emoji), area, callout?, goals, measures (text, done, resp)
AREAS = [
    ('💪 Heltid og likelønn', 'Heltid og likelønn', 1, True, [
        'Flere deltidsansatte på Vestnes helse- og omsorgssenter får større stillinger.',
        'Kvinnedominerte grupper får minst samme lønnsvekst som snittet i kommunen.',
    ], [
        ('Be om tall på uønsket deltid fra personalavdelingen hvert halvår', False,
         'hovedtillitsvalgt'),
        ('Turnusverksted for tillitsvalgte om lange vakter og helgebelastning', False, None),
        ('Innspill til lokal lønnspolitikk om ansiennitet for fagarbeidere', True, 'leder'),
    ]),
    ('🏛️ Offentlige tjenester', 'Offentlige tjenester', 2, False, [
        'Renholdet i kommunale bygg blir ikke konkurranseutsatt.',
    ], [
        ('Skrive høringsinnspill til kommunens nye innkjøpsstrategi', False, 'styret'),
        ('Samle eksempler på hva innleie fra vikarbyrå har kostet Vestnes', False, None),
    ]),
    ('🤝 Organisasjon og tariffmakt', 'Organisasjon og tariffmakt', 3, True, [
        'Vi blir 450 medlemmer innen utgangen av 2026.',
        'Alle nye tillitsvalgte gjennomfører grunnopplæring det første året.',
    ], [
        ('Vervestand på Vestnes kulturhus under arbeidslivsdagen', False, 'vervetillitsvalgt'),
        ('Ringe nye medlemmer innen to uker etter innmelding', True, None),
        ('Fagforbundet-frokost for ansatte på Tomrefjord skole', False, None),
    ]),
    ('📚 Fag og kompetanse', 'Fag og kompetanse', 4, False, [
        'Flere ansatte i barnehagene i Vestnes tar fagbrev.',
    ], [
        ('Kurs i praksiskandidatordningen sammen med Fagforbundet Møre og Romsdal', False, None),
        ('Spør arbeidsgiver om betalt eksamensdag for kandidater som tar fagbrev', False,
         'hovedtillitsvalgt'),
    ]),
    ('📣 Påvirkning', 'Påvirkning', 5, False, [], [
        ('Frokostmøte med ordføreren og varaordføreren i august', False, 'leder'),
        ('Arrangere 1. mai på Helland sammen med de andre LO-forbundene', False, None),
    ]),
    ('💻 Digitalt', 'Digitalt', 6, False, [
        'Tillitsvalgte er med når kommunen tar i bruk ny velferdsteknologi.',
    ], [
        ('Krav om en tillitsvalgt i styringsgruppa for digitale trygghetsalarmer', False, None),
        ('Flytte styrets dokumenter fra e-post til Teams', True, 'sekretær'),
    ]),
]
OWN = ('🗂️ Drift', 'Drift', [
    ('Styremøte annenhver tirsdag', False, None, None),
    ('Regnskap og budsjett legges fram for årsmøtet', False, 'kasserer', None),
    ('Sommertur for medlemmer med familie til Trollstigen', False, None, None),
    ('Nye medlemmer får velkomstbrev og medlemskort i posten', True, None, 3),
])


def build():
    L, B = [], []
    L += ['# Handlingsplan 2026', '']
    B.append(note('Handlingsplan 2026'))
    for k, v in (('Avdeling', 'Fagforbundet Vestnes (329)'), ('Vedtatt', '4. februar 2026'),
                 ('Status', 'Vedtatt'), ('Eier', 'Mona Lervik'),
                 ('Sist endret', '12. februar 2026 09:41')):
        L.append('%s: %s' % (k, v))
    L.append('')
    B.append(note('Fagforbundet Vestnes (329)'))
    t = ('Dette er handlingsplanen vi vedtok på årsmøtet. Styret går gjennom den på hvert '
         'styremøte og krysser av for det som er gjort.')
    L += ['<aside>', '💡 ' + t, '', '</aside>', '']
    B.append(note(t))
    t = 'Forklaring: 🎯 mål, 👉 tiltak, ✅ tiltak som er gjennomført'
    L += [t, '']
    B.append(note('Forklaring:'))

    def measure(text, done, resp, area=None, own=False):
        em = '✅' if done else '👉'
        line = '%s %s' % (em, text)
        if resp:
            line += ' (Ansvar: %s)' % resp
        L.append(line)
        L.append('')
        kw = {'resp': resp} if resp else {}
        if own:
            kw['area'] = area
        B.append(M(text, **kw))

    for head, sec, area, callout, goals, meas in AREAS:
        L += ['## ' + head, '']
        B.append(H(head, area=area, sectext=head))
        if goals:
            if callout:
                L += ['<aside>', '🎯 **Målene våre**', '']
                B.append(note('Målene våre'))
                for g in goals:
                    L += [g, '']
                    B.append(G(g))
                L += ['</aside>', '']
            else:
                for g in goals:
                    L += ['🎯 ' + g, '']
                    B.append(G(g))
        for text, done, resp in meas:
            measure(text, done, resp)
    L += ['## ' + OWN[0], '']
    B.append(H(OWN[0], area=None))
    for text, done, resp, a in OWN[2]:
        measure(text, done, resp, a, own=True)
    L += ['---', '']
    t = '📅 Neste styremøte er 3. mars kl. 18 på Vestnes rådhus.'
    L += [t, '']
    B.append(note(t))
    L += ['📎 Vedlegg', '']
    B.append(note('📎 Vedlegg'))
    L += ['[Årsmelding 2025](A%CC%8Arsmelding%202025%203f9c1e2a7b4d4e0f9a61c2d8e5b7a013.md)', '',
          '[Budsjett 2026](Budsjett%202026%208b2d6e4c1a9f4f3b8c7e5d2a1b0c9e88.csv)', '']
    B.append(note('Årsmelding 2025'))
    B.append(note('Budsjett 2026'))
    return '\n'.join(L), B


TEXT, BLOCKS = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.' + EXT), TEXT)
