"""b10-06 Hareid: a plan typed in a text editor, hard-wrapped at 72 columns. Per area a line
in capitals, then "Mål:" and "Tiltak:" paragraphs whose items are run together in one
sentence, separated by semicolons, in lower case, continued on hanging-indented lines.
Some measures end in "(ansv.: X)".
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text, wrap_hanging  # noqa: E402

BASE = 'b10-06_hareid'
EXT = 'txt'
FORMAT = 'text (UTF-8, LF, hard-wrapped at 72)'
WRITER = 'python (plain text as typed in a text editor, manual wrapping at 72 with hanging indent)'
LANG = 'nn'
STYLE = ('capital area lines; "Mål:" / "Tiltak:" run-in paragraphs whose items are separated '
         'by semicolons, in lower case, wrapped with a hanging indent of 9 columns; '
         '"(ansv.: X)" after some measures')
HARD = ('several items per paragraph, split only by ";" (the last ends in "."), each starting '
        'in lower case; items are cut by the hard wrap in the middle, and a wrapped line can '
        'start with "1. mai-arrangement"; the "(ansv.: X)" part is the responsible and no part '
        'of the text; a "Status i dag:" paragraph of the same shape is situation, not goals; '
        'nynorsk; the last section "STYRE, ØKONOMI OG TRIVSEL" names no area (null and 3)')

META = {'union': 'Fagforbundet Hareid', 'branch': '553', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-05', 'language': 'nn'}
AS_WRITTEN = '"Avd. 553, vedteke på årsmøtet 5. februar 2026"'

# (heading, area, status, goals, measures); goal/measure = text or (text, area) ;
# measure may be (text, area, resp)
AREAS = [
    ('HEILTID OG LIKELØN', 1, None, [
        'fleire i helse og omsorg skal ha heile stillingar',
        'lønsgapet mellom kvinner og menn i Hareid kommune skal minke i perioden',
    ], [
        ('krevje halvårleg rapport om deltid frå kommunen', None, 'HTV'),
        'medlemsmøte om turnus og langvakter',
        ('kurs i lokale lønsforhandlingar for tillitsvalde', None, 'leiar'),
        'pensjonskveld med KLP for medlemar over 55 år',
    ]),
    ('EIGNE TILSETTE I OFFENTLEGE TENESTER', 2, None, [
        'reinhald, kantine og heimeteneste skal framleis drivast av kommunen',
    ], [
        'følgje med på innkjøpsplanane til kommunen og melde frå tidleg',
        'samarbeide med nabofagforeiningane om ei felles fråsegn mot anbod',
        ('kartleggje bruken av vikarbyrå i barnehagane', None, 'HTV'),
    ]),
    ('ORGANISASJON OG TARIFFMAKT', 3,
     'vi har 415 medlemar; fire arbeidsplassar manglar tillitsvald.', [
         'vi skal passere 450 medlemar innan nyttår',
         'alle arbeidsplassar skal ha plasstillitsvald',
     ], [
         'vervestand på Hareid sjukeheim i forbundsvekene',
         ('telefon til alle nye medlemar innan ein månad', None, 'sekretær'),
         'grunnopplæring for nye tillitsvalde',
         'besøk på Hareid ungdomsskule og hos lærlingane i kommunen',
         'tillitsvaldsamling over to dagar i oktober',
     ]),
    ('FAG OG KOMPETANSE', 4, None, [
        'fleire assistentar skal ta fagbrev',
    ], [
        'informasjonsmøte om praksiskandidatordninga',
        'fagdag for reinhaldarar og vaktmeistrar',
        'krevje fleire læreplassar i budsjettet for 2027',
    ]),
    ('POLITISK PÅVERKNAD', 5, None, [
        'Fagforbundet skal bli høyrt når kommunebudsjettet blir lagt',
    ], [
        'møte med ordføraren og gruppeleiarane i september',
        '1. mai-arrangement saman med LO i Hareid og Ulstein',
        'lesarinnlegg i Vikebladet Vestposten om bemanninga i eldreomsorga',
    ]),
    ('DIGITALISERING', 6, None, [
        'alle tillitsvalde skal bruke Tillitsvaldportalen i det daglege arbeidet',
    ], [
        ('kurs i Teams og Tillitsvaldportalen', None, 'opplæringsansvarleg'),
        'digital kafé for pensjonistar med hjelp til BankID',
    ]),
    ('STYRE, ØKONOMI OG TRIVSEL', None, None, [], [
        ('styremøte kvar månad', None),
        ('rekneskap og budsjett til årsmøtet', None, 'kasserar'),
        ('nyheitsbrev på SMS og Facebook', 3),
        ('sommarfest for medlemar og familie', None),
        ('julegåve til Kirkens Bymisjon i staden for julekort', None),
    ]),
]

WIDTH = 72
IND = 9


def runin(label, parts):
    """parts: list of display strings; returns wrapped lines of "Label:  a; b; c."."""
    text = '; '.join(parts) + '.'
    return wrap_hanging(label.ljust(IND), text, WIDTH, IND)


def build():
    blocks, lines = [], []
    for t in ['Fagforbundet Hareid – handlingsplan for 2026',
              'Avd. 553, vedteke på årsmøtet 5. februar 2026']:
        lines.append(t)
        blocks.append(note(t))
    lines.append('')
    intro = ('Planen er kort med vilje. Under kvart område står måla våre og tiltaka, skilde '
             'med semikolon. Kven som har ansvaret, står i parentes der det er avklart.')
    lines += wrap_hanging('', intro, WIDTH, 0)
    blocks.append(note(intro))
    for head, area, status, goals, measures in AREAS:
        lines.append('')
        lines.append(head)
        blocks.append(H(head, area=area))
        if status:
            lines += wrap_hanging('Status i dag: ', status, WIDTH, IND)
            blocks.append(note('Status i dag:'))
            blocks.append(note(status))
        if goals:
            blocks.append(note('Mål:'))
            disp = []
            for i, g in enumerate(goals):
                t, a = (g, None) if isinstance(g, str) else g
                kw = {'area': a} if area is None else {}
                text = t + ('.' if i == len(goals) - 1 else '')
                blocks.append(G(text, **kw))
                disp.append(t)
            lines += runin('Mål:', disp)
        blocks.append(note('Tiltak:'))
        disp = []
        for i, m in enumerate(measures):
            if isinstance(m, str):
                t, a, r = m, None, None
            else:
                t, a, r = (list(m) + [None])[:3]
            kw = {'area': a} if area is None else {}
            last = i == len(measures) - 1
            blocks.append(M(t + ('.' if last and not r else ''), resp=r, **kw))
            disp.append(t + (' (ansv.: %s)' % r if r else ''))
            if r:
                blocks.append(note('ansv.:'))
        lines += runin('Tiltak:', disp)
    lines.append('')
    lines.append('Hareid, 5. februar 2026')
    lines.append('Styret')
    blocks.append(note('Hareid, 5. februar 2026'))
    blocks.append(note('Styret'))
    return blocks, '\n'.join(lines) + '\n'


BLOCKS, TEXT = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.txt'), TEXT)
