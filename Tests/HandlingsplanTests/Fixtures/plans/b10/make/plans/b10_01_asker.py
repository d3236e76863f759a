"""b10-01 Asker: the plan as a memo (notat) from the leader to the annual meeting.

Markdown -> pandoc 2.17 -> DOCX. Memo header lines (Til / Fra / Dato / Sak), a greeting,
then one bold paragraph per topic (no heading styles), goals as sentences in running prose
beside situation sentences, and the measures as ONE paragraph "Konkret vil vi: 1) …; 2) …;
3) …." (run-in enumeration, items separated by semicolons, lower case). One topic numbers
its points a) b) c) d). Closing with signature.
"""
import os
import subprocess
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC  # noqa: E402

BASE = 'b10-01_asker'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'pandoc 2.17 (Markdown -> DOCX)'
LANG = 'nb'
STYLE = ('memo from the leader (Til/Fra/Dato/Sak lines, greeting, signature); bold paragraphs '
         'as topic headings; goals as sentences in running prose; measures run in as one '
         'paragraph "Konkret vil vi: 1) …; 2) …; 3) …." (once a) b) c) d))')
HARD = ('several measures inside one paragraph, separated only by "n)" markers and semicolons, '
        'starting in lower case; the label "Konkret vil vi:" is not part of the first item; '
        '"2) delta i 1. mai-toget …" has a date number inside; goal sentences between situation '
        'sentences ("Vi har i dag 2 870 medlemmer."); topic headings are bold Body Text, not '
        'heading styles, and three of them name no area (by content: 2, 3, 5, null); the memo '
        'date 20. januar 2026 is not the adoption date (stamp line "Vedtatt av årsmøtet 11. '
        'februar 2026 uten endringer.")')

META = {'union': 'Fagforbundet Asker', 'branch': '226', 'periodFrom': 2026,
        'periodTo': 2027, 'adopted': '2026-02-11', 'language': 'nb'}
AS_WRITTEN = ('"Til: Årsmøtet i Fagforbundet Asker avd. 226", "Sak 6/26: Forslag til '
              'handlingsplan 2026–2027", stamp "Vedtatt av årsmøtet 11. februar 2026 uten endringer."')

# topic: (heading, heading area or None, prose parts, marker style, measures)
# prose parts: ('n', text) situation / ('g', text, area) goal sentence
# measures: (text, area)
TOPICS = [
    ('Heltid og lønn', 1, [
        ('n', 'Fortsatt jobber mer enn halvparten av medlemmene våre i helse og omsorg deltid, '
              'mange av dem ufrivillig.'),
        ('g', 'Vi vil at heltid skal bli normalen i Asker kommune, også for dem som går i turnus.'),
        ('g', 'Vi vil også at lønnsgapet mellom kvinner og menn i kommunen skal bli mindre i løpet '
              'av perioden.'),
    ], '1)', [
        'kreve at kommunen følger opp heltidsavtalen med tall for hver enhet to ganger i året',
        'holde et medlemsmøte om turnus og langvakter før sommeren',
        'lage en oversikt over lønnsutviklingen for fagarbeidere og assistenter før de lokale '
        'forhandlingene',
        'invitere til pensjonskveld med KLP for medlemmer over 55 år.',
    ]),
    ('Kampen mot anbud', None, [
        ('n', 'Kommunen har varslet at den vil utrede privat drift av to sykehjem og av '
              'renholdet i skolene.'),
        ('g', 'Målet vårt er at alle kommunale tjenester i Asker fortsatt skal drives med egne '
              'ansatte.', 2),
    ], '1)', [
        ('be om møte med kommunedirektøren om utredningen av sykehjemsdriften', 2),
        ('skrive leserinnlegg i Budstikka om erfaringene med private sykehjem', 2),
        ('kartlegge bruken av bemanningsbyrå i barnehagene.', 2),
    ]),
    ('Flere medlemmer og sterke tillitsvalgte', None, [
        ('n', 'Vi har i dag 2\u00a0870 medlemmer.'),
        ('g', 'Vi vil passere 3\u00a0000 medlemmer innen utgangen av 2027, og alle arbeidsplasser '
              'med mer enn ti medlemmer skal ha en plasstillitsvalgt.', 3),
    ], 'a)', [
        ('ha vervestand i rådhuset og på sykehjemmene i forbundsukene', 3),
        ('ringe alle nye medlemmer innen en måned etter innmelding', 3),
        ('arrangere grunnkurs for nye tillitsvalgte både vår og høst', 3),
        ('besøke helsefagelevene på Nesbru videregående skole.', 3),
    ]),
    ('Fag og kompetanse', 4, [
        ('g', 'Vi vil at flere assistenter skal ta fagbrev, og at kommunen tar inn flere '
              'lærlinger enn i dag.'),
    ], '1)', [
        'arrangere informasjonsmøte om fagbrev på jobb for assistenter i skole og barnehage',
        'kreve at alle enheter har en oppdatert kompetanseplan',
        'markere helsefagarbeiderdagen med stand på sykehjemmene.',
    ]),
    ('Politikk og samarbeid', None, [
        ('n', 'Høsten 2027 er det kommunestyrevalg.'),
        ('g', 'Vi vil være en tydelig stemme i valgkampen og samarbeide tett med LO i Asker.', 5),
    ], '1)', [
        ('lage en valgbrosjyre med våre krav til partiene våren 2027', 5),
        ('delta i 1. mai-toget og på arrangementet på torget', 5),
        ('møte gruppelederne før budsjettbehandlingen i november.', 5),
    ]),
    ('Digitalisering', 6, [
        ('n', 'Mange medlemmer møter nye fagsystemer og velferdsteknologi uten god opplæring.'),
        ('g', 'Vi vil at ingen medlemmer skal bli stående igjen når arbeidsplassen tar i bruk ny '
              'teknologi.'),
    ], '1)', [
        'kreve opplæring i arbeidstiden når nye digitale verktøy innføres',
        'gi tillitsvalgte kurs i Teams og Tillitsvalgtportalen.',
    ]),
    ('Styret og økonomien', None, [
        ('g', 'Styret skal drive fagforeningen nøkternt og med god kontroll på økonomien.', None),
    ], '1)', [
        ('holde styremøte hver måned unntatt i juli', None),
        ('legge fram revidert regnskap og budsjett for årsmøtet', None),
        ('sende ut nyhetsbrev til medlemmene fire ganger i året', 3),
        ('invitere medlemmene til sommerfest i Føykerparken.', None),
    ]),
]


def marker(style, i):
    return ('%d)' % (i + 1)) if style == '1)' else ('%s)' % 'abcdefgh'[i])


def build():
    blocks, md = [], []

    def para(text, block=None, raw=None):
        md.append(raw if raw is not None else text)
        if block is not None:
            blocks.append(block)

    para('NOTAT', note('NOTAT'), '**NOTAT**')
    for line in ['Til: Årsmøtet i Fagforbundet Asker avd. 226',
                 'Fra: Leder, på vegne av styret',
                 'Dato: 20. januar 2026',
                 'Sak 6/26: Forslag til handlingsplan 2026–2027']:
        k, v = line.split(': ', 1)
        para(line, note(line), '**%s:** %s' % (k, v))
    para('Vedtatt av årsmøtet 11. februar 2026 uten endringer.',
         note('Vedtatt av årsmøtet 11. februar 2026 uten endringer.'),
         '*Vedtatt av årsmøtet 11. februar 2026 uten endringer.*')
    para('Kjære medlemmer og tillitsvalgte,', note('Kjære medlemmer og tillitsvalgte,'))
    intro = ('Styret legger med dette fram forslag til handlingsplan for de to neste årene. '
             'Planen bygger på Fagforbundets strategiplan, men er skrevet for våre forhold i '
             'Asker. Under hvert tema forteller vi kort hva vi vil oppnå, og deretter hva vi '
             'konkret skal gjøre.')
    para(intro, note(intro))
    for head, harea, prose, mstyle, measures in TOPICS:
        para(head, H(head, area=harea), '**%s**' % head)
        children, parts = [], []
        for p in prose:
            if p[0] == 'n':
                children.append(note(p[1]))
            else:
                kw = {} if harea is not None else {'area': p[2]}
                children.append(G(p[1], **kw))
            parts.append(p[1])
        text = ' '.join(parts)
        md.append(text)
        blocks.extend(children)
        segs = []
        for i, m in enumerate(measures):
            t, a = (m, None) if isinstance(m, str) else m
            kw = {} if harea is not None else {'area': a}
            blocks.append(M(t, **kw))
            segs.append('%s %s' % (marker(mstyle, i), t))
        blocks.insert(len(blocks) - len(measures), note('Konkret vil vi:'))
        md.append('Konkret vil vi: ' + '; '.join(segs))
    closing = ['Styret ber årsmøtet vedta handlingsplanen.', 'Med vennlig hilsen',
               'Hanne Brekke', 'leder, Fagforbundet Asker']
    for c in closing:
        para(c, note(c))
    return blocks, md


BLOCKS, MD = build()


def render():
    src = os.path.join(SRC, BASE + '.md')
    # backslash-escape the "n)" markers that pandoc could read as list starts (none at line
    # start here) and keep NBSP as is
    with open(src, 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(MD) + '\n')
    out = os.path.join(PLANS, BASE + '.docx')
    subprocess.run(['pandoc', '-f', 'markdown', '-t', 'docx', '-o', out, src], check=True)
    return out
