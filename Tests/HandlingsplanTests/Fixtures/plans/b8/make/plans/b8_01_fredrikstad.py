"""b8-01 Fredrikstad: a PowerPoint deck sent to Word as "Outline only" and saved as DOCX.

PowerPoint's outline export gives one paragraph per slide title (heading 1) and per
bullet (heading 2 for level 1, heading 3 for level 2), no bullets, no numbers, the slide
fonts as direct formatting. A line break inside a slide title (PowerPoint's vertical tab)
comes out as \\line. The RTF is written here as PowerPoint writes it and converted to
DOCX by LibreOffice (the branch secretary opened it in Word and saved as .docx).

Slide titles are the sections; level-1 bullets with sub-bullets are goals, sub-bullets
are measures; on the own slide "Styret og drift" the level-1 bullets are measures.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, lo_to, SRC, PLANS  # noqa: E402

BASE = 'b8-01_fredrikstad'
EXT = 'docx'
WRITER = 'RTF as PowerPoint "Outline only" writes it -> LibreOffice 7.4 headless -> DOCX (MS Word 2007 XML)'
LANG = 'nb'
STYLE = ('PowerPoint outline pasted to Word: slide titles = Heading 1, level-1 bullets = Heading 2, '
         'level-2 bullets = Heading 3; no list markup at all')
HARD = ('every goal and measure is a heading paragraph (Heading 2 / Heading 3), so heading '
        'styles do not mean sections here; kind only from the outline level; title slide, '
        '"Om planen" and "Seks satsingsområder" slides (the six area names as Heading 2) '
        'are not items; one slide title broken by a line break; short slide-phrase items; '
        'own slide "Styret og drift" whose level-1 bullets are measures (by content); closing '
        'slide "Takk for oppmerksomheten!" / "Spørsmål?"')

META = {'union': 'Fagforbundet Fredrikstad', 'branch': '096', 'periodFrom': 2026,
        'periodTo': 2027, 'adopted': '2026-02-12', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Fredrikstad avd. 096" (title slide), "Vedtatt på årsmøtet 12. februar 2026" (slide 2)'


def slide(title, bullets, area=None, section=True):
    """bullets: list of (goal_or_note, [measures]) or plain items at level 2."""
    out = [H(title, area=area, section=section, lvl=1)]
    for b in bullets:
        if isinstance(b, tuple):
            head, subs = b
            head['lvl'] = 2
            out.append(head)
            for s in subs:
                s['lvl'] = 3
                out.append(s)
        else:
            b['lvl'] = 2
            out.append(b)
    return out


BLOCKS = (
    slide('Handlingsplan 2026–2027', [
        note('Fagforbundet Fredrikstad avd. 096'),
        note('Årsmøtet 2026'),
    ], section=False)
    + slide('Om planen', [
        note('Vedtatt på årsmøtet 12. februar 2026'),
        note('Gjelder for 2026 og 2027'),
        note('Bygger på Fagforbundets strategiplan'),
    ], section=False)
    + slide('Seks satsingsområder', [
        note('Heltid, likelønn og kampen for mindre forskjeller'),
        note('Gode offentlige tjenester med egne ansatte'),
        note('Organisasjonsbygging og tariffmakt'),
        note('Fag- og tjenesteutvikling'),
        note('Alliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid'),
        note('Digitalisering'),
    ], section=False)
    + slide('Heltid og likelønn', [
        (G('Flere hele og faste stillinger i helse og omsorg'), [
            M('Kreve heltidsplan i alle enheter med turnus'),
            M('Følge opp ansatte som ønsker større stilling'),
            M('Drøftingsmøte om uønsket deltid hvert år'),
        ]),
        (G('Likere lønn for kvinner og menn i kommunen'), [
            M('Lønnsstatistikk før lokale forhandlinger'),
            M('Kurs i lønnsforhandlinger for plasstillitsvalgte'),
        ]),
        (G('Trygg pensjon for alle medlemmer'), [
            M('Medlemsmøte om ny AFP høsten 2026'),
            M('Pensjonskveld for medlemmer over 55 år'),
        ]),
    ], area=1)
    + slide('Egne ansatte i offentlige tjenester', [
        (G('Ingen nye anbud i Fredrikstad kommune'), [
            M('Følge med på innkjøpsplaner og anbudsutlysninger'),
            M('Samarbeide med HTV i saker om konkurranseutsetting'),
        ]),
        (G('Mindre bruk av vikarbyrå på sykehjemmene'), [
            M('Kartlegge innleie fra vikarbyrå hvert halvår'),
            M('Kreve faste vikarpooler i stedet for innleie'),
        ]),
    ], area=2)
    + slide('Organisasjonsbygging og tariffmakt', [
        (G('200 nye medlemmer i perioden'), [
            M('Verveaksjon i forbundsukene vår og høst'),
            M('Velkomstsamtale med alle nye medlemmer'),
            M('Stand for elever på helse- og oppvekstfag ved Frederik II videregående skole'),
        ]),
        (G('Tillitsvalgt på alle arbeidsplasser med fem medlemmer eller flere'), [
            M('Kartlegge arbeidsplasser uten tillitsvalgt'),
            M('Grunnskolering for nye tillitsvalgte to ganger i året'),
            M('Kreve tariffavtale i private barnehager der vi har medlemmer'),
        ]),
    ], area=3)
    + slide('Fag- og tjenesteutvikling', [
        (G('Flere fagarbeidere med fagbrev'), [
            M('Informere om praksiskandidatordningen på arbeidsplassene'),
            M('Kreve flere læreplasser i helsearbeiderfaget'),
        ]),
        (G('Synlige yrkesgrupper'), [
            M('Markere Renholdernes dag og Helsefagarbeiderdagen'),
            M('Fagdag for barne- og ungdomsarbeidere i oktober'),
        ]),
    ], area=4)
    + slide('Alliansebygging, myndighetskontakt og\nfagligpolitisk påvirkningsarbeid', [
        (G('Godt samarbeid med partiene i bystyret'), [
            M('Møte gruppelederne før budsjettbehandlingen'),
            M('Fornye samarbeidsavtalen med Arbeiderpartiet og SV'),
        ]),
        (G('Synlige i lokalsamfunnet'), [
            M('Gå i 1. mai-toget med egen parole'),
            M('Leserinnlegg i Fredriksstad Blad om velferdsstaten'),
        ]),
    ], area=5)
    + slide('Digitalisering', [
        (G('Alle tillitsvalgte bruker Tillitsvalgtportalen'), [
            M('Kurs i Tillitsvalgtportalen og Teams'),
            M('Åpen digital hjelp på kontoret hver torsdag'),
        ]),
        (G('Medbestemmelse ved innføring av velferdsteknologi'), [
            M('Kreve at tillitsvalgte er med i digitaliseringsprosjekter'),
        ]),
    ], area=6)
    + slide('Styret og drift', [
        M('Styremøte en gang i måneden', area=None),
        M('Årsmøte i februar', area=None),
        M('Regnskap og budsjett til årsmøtet', area=None),
        M('Nyhetsbrev til medlemmene hver måned', area=3),
        M('Julebord for tillitsvalgte', area=None),
        M('Sommertur for pensjonister', area=None),
        M('Støtte Norsk Folkehjelp med 10 000 kroner', area=None),
    ])
    + slide('Takk for oppmerksomheten!', [
        note('Spørsmål?'),
    ], section=False)
)

# ----------------------------------------------------------------- writer
SIZES = {1: 56, 2: 40, 3: 36}  # half-points: 28 pt titles, 20 / 18 pt bullets


def rtf_text(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\n':
            out.append('\\line ')
        elif ch in '\\{}':
            out.append('\\' + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append('\\u%d?' % (o if o < 32768 else o - 65536))
    return ''.join(out)


def render():
    lines = [
        r'{\rtf1\ansi\ansicpg1252\deff0\deflang1044',
        r'{\fonttbl{\f0\fswiss\fcharset0 Calibri;}{\f1\fswiss\fcharset0 Calibri Light;}}',
        r'{\colortbl;\red0\green0\blue0;\red31\green56\blue100;}',
        r'{\stylesheet{\s0\snext0\f0\fs24 Normal;}'
        r'{\s1\outlinelevel0\sbasedon0\snext0\b\f1\fs32 heading 1;}'
        r'{\s2\outlinelevel1\sbasedon0\snext0\f0\fs28 heading 2;}'
        r'{\s3\outlinelevel2\sbasedon0\snext0\f0\fs26 heading 3;}}',
        r'{\info{\title Handlingsplan 2026-2027}{\author Fagforbundet Fredrikstad}}',
        r'\paperw11906\paperh16838\margl1418\margr1418\margt1418\margb1418',
    ]
    for b in BLOCKS:
        lvl = b['lvl']
        font = 1 if lvl == 1 else 0
        indent = {1: 0, 2: 0, 3: 720}[lvl]
        lines.append(r'{\pard\plain\s%d\outlinelevel%d\li%d\sb%d\sa60\f%d\fs%d %s\par}'
                     % (lvl, lvl - 1, indent, 240 if lvl == 1 else 0, font, SIZES[lvl],
                        rtf_text(b['text'])))
    lines.append('}')
    src = os.path.join(SRC, BASE + '.rtf')
    with open(src, 'w', encoding='ascii') as f:
        f.write('\r\n'.join(lines) + '\r\n')
    dest = os.path.join(PLANS, BASE + '.docx')
    lo_to(src, 'docx', 'MS Word 2007 XML', dest)
    return dest
