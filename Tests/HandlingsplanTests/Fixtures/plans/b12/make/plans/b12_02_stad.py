"""b12-02 Stad: the plan kept by the secretary as an Emacs Org-mode file and handed in as
text. Level-1 headings ("* ") are the areas (with Org tags right-aligned at column 77), level-2
headings are the goals (with progress cookies "[1/3]"), level-3 headings with a TODO keyword
("TODO", "PÅGÅR", "FERDIG", declared in "#+TODO:") are the measures. Under a measure: planning
lines (DEADLINE / SCHEDULED / CLOSED timestamps with nynorsk weekday names), a :PROPERTIES:
drawer with ":ANSVARLEG:", a :LOGBOOK: drawer with a note. In the own section "Drift og
trivsel" the measures are level-2 headings with a keyword. A COMMENT heading, an "Utfordringar"
section with an Org plain list, and a :noexport: section with a contact table are no items.

Written by python as Emacs writes an Org file (UTF-8, LF).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b12-02_stad'
EXT = 'txt'
FORMAT = 'text (Org-mode, UTF-8, LF)'
WRITER = 'Emacs Org-mode file saved as .txt (written by python in Org\'s format)'
LANG = 'nn'
STYLE = ('Org-mode outline: "* area :tags:", "** goal [1/3]", "*** TODO/PÅGÅR/FERDIG [#A] '
         'measure" with DEADLINE / SCHEDULED / CLOSED lines and :PROPERTIES: (:ANSVARLEG:) and '
         ':LOGBOOK: drawers; #+TITLE / #+TODO header lines; own section with keyword headings '
         'at level 2')
HARD = ('kind only from the Org keyword: a heading with TODO / PÅGÅR / FERDIG is a measure '
        '(also at level 2 in "Drift og trivsel", and "PÅGÅR Facebook-sida skal oppdaterast kvar '
        'veke", which reads like a goal), a heading without one under an area is a goal; the '
        'keyword, the priority cookie "[#A]", the progress cookie "[1/3]" and the tags ":heiltid:" '
        'are no text, an Org link [[url][label]] gives its label; responsible from the '
        ':ANSVARLEG: property, deadline from the DEADLINE timestamp only ("<2026-06-19 fr.>" -> '
        '"2026-06-19"), not from SCHEDULED or CLOSED; drawer lines, a LOGBOOK note, prose under '
        'a goal (situation), a "COMMENT" heading, the "Utfordringar" plain list and the :noexport: '
        'contact table are no items; the legend of keywords is only in "#+TODO:"; nynorsk')

META = {'union': 'Fagforbundet Stad', 'branch': '318', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-01-27', 'language': 'nn'}
AS_WRITTEN = ('"#+TITLE: Handlingsplan 2026 for Fagforbundet Stad", "#+SUBTITLE: Avdeling 318", '
              '"Vedteken på årsmøtet på Nordfjordeid 27. januar 2026."; "#+DATE: 2026-01-20" is '
              'the date of the draft')

WD = {'2026-06-19': 'fr.', '2026-08-24': 'må.', '2026-09-01': 'ty.', '2026-09-18': 'fr.',
      '2026-04-23': 'to.', '2026-10-08': 'to.', '2026-11-13': 'fr.', '2026-05-01': 'fr.',
      '2027-01-15': 'fr.', '2026-03-04': 'on.', '2026-02-18': 'on.', '2026-02-10': 'ty.',
      '2026-03-20': 'fr.', '2026-10-22': 'to.', '2026-04-28': 'ty.', '2026-12-04': 'fr.'}


def ts(d, active=True, time=None):
    s = '%s %s%s' % (d, WD[d], ' ' + time if time else '')
    return '<%s>' % s if active else '[%s]' % s


# measure = dict(kw, text, prio, deadline, scheduled, closed, who, logbook, area(own))
def m(kw, text, prio=None, dl=None, sch=None, closed=None, who=None, log=None, area=None,
      link=None):
    return dict(kw=kw, text=text, prio=prio, dl=dl, sch=sch, closed=closed, who=who, log=log,
                area=area, link=link)


SECTIONS = [
    ('Heiltid og likeløn', 1, ['heiltid'], [
        ('Fleire tilsette i pleie og omsorg i Stad skal få tilbod om heile stillingar', '[1/3]',
         'Kommunen vedtok ein heiltidsplan i 2024, men få har fått større stilling sidan.', [
             m('TODO', 'Krevje at heiltidsplanen blir evaluert i partssamarbeidet før sommaren',
               prio='A', dl='2026-06-19', who='hovudtillitsvald'),
             m('FERDIG', 'Medlemsmøte om turnus og langvakter på sjukeheimen i Selje',
               closed=('2026-03-04', '21:10')),
             m('TODO', 'Kveld om pensjon og AFP for medlemar over 55 år', dl='2026-10-22',
               who='nestleiar'),
         ]),
        ('Lønsgapet mellom kvinne- og mannsdominerte yrke i kommunen skal bli mindre', None,
         None, [
             m('TODO', 'Gå gjennom lønsstatistikken saman med dei andre forbunda før '
               'forhandlingane', sch='2026-08-24', who='forhandlingsutvalet'),
         ]),
    ]),
    ('Eigne tilsette i offentlege tenester', 2, ['eigenregi'], [
        ('Reinhald og kantine i kommunen skal ikkje konkurranseutsetjast', None, None, [
            m('PÅGÅR', 'Følgje med på kvar sak i formannskapet som gjeld utsetjing av tenester',
              who='leiar'),
            m('TODO', 'Skrive lesarinnlegg i Fjordenes Tidende om kva eigenregi gir '
              'lokalsamfunnet', dl='2026-09-01'),
        ]),
    ]),
    ('Organisasjon og tariffmakt', 3, ['verving', 'tillitsvald'], [
        ('Fagforeininga skal ha 620 medlemar ved utgangen av 2026', '[0/3]', None, [
            m('TODO', 'Vervekampanje på alle skular og barnehagar i veke 38', prio='A',
              dl='2026-09-18', who='vervekontakten'),
            m('TODO', 'Ringje alle nye medlemar den første månaden', who='sekretæren',
              log=('2026-02-10', '19:32',
                   'Sekretæren har fått liste frå medlemsregisteret.')),
            m('TODO', 'Stand på Eid vidaregåande skule for elevane på helse- og oppvekstfag',
              dl='2026-04-28', who='ungdomstillitsvald'),
        ]),
        ('Alle arbeidsstader med medlemar skal ha ein tillitsvald', '[1/2]', None, [
            m('PÅGÅR', 'Kartleggje kvar det manglar tillitsvald og kontakte medlemane der'),
            m('FERDIG', 'Grunnskulering for nye tillitsvalde saman med fylkeskrinsen',
              closed=('2026-03-20', '16:05'), dl='2026-04-23'),
        ]),
    ]),
    ('Fag og kompetanse', 4, ['fag'], [
        ('Fleire assistentar skal ta fagbrev som helsefagarbeidar eller barne- og '
         'ungdomsarbeidar', None, None, [
             m('TODO', 'Kveldsmøte om korleis assistentar kan ta fagbrev som praksiskandidat',
               dl='2026-10-08', who='seksjonsleiar helse og sosial'),
             m('TODO', 'Fagdag for reinhaldarar og vaktmeistrar om arbeidsmiljø og kjemikaliar'),
         ]),
    ]),
    ('Politisk påverknad', 5, ['politikk'], [
        ('Politikarane i Stad skal kjenne krava våre før budsjettet for 2027', None, None, [
            m('TODO', 'Møte med ordføraren og gruppeleiarane i november', dl='2026-11-13',
              who='leiar og nestleiar'),
            m('TODO', 'Skipe til 1. mai på Nordfjordeid saman med LO Nordfjord',
              dl='2026-05-01'),
            m('TODO', 'Dele Fagforbundet sine saker om eldreomsorga på Facebook-sida til fagforeininga',
              link='https://www.fagforbundet.no/'),
        ]),
    ]),
    ('Digitalisering', 6, ['digitalt'], [
        ('Tillitsvalde skal bruke digitale verktøy trygt i vervet', None, None, [
            m('FERDIG', 'Kveldskurs i Teams for styret', closed=('2026-02-18', '20:45')),
            m('TODO', 'Krevje opplæring i arbeidstida når kommunen tek i bruk ny journalapp i '
              'heimetenesta', who='hovudtillitsvald'),
        ]),
    ]),
]
OWN = ('Drift og trivsel', ['styret'], [
    m('TODO', 'Styremøte første måndag i kvar månad', who='leiar', area=None),
    m('TODO', 'Rekneskap og revisjon før årsmøtet 2027', dl='2027-01-15', who='kasserar',
      area=None),
    m('TODO', 'Medlemsmøte med middag i Selje i mars', area=3),
    m('TODO', 'Sommartur til Vestkapp for medlemar og pensjonistar', area=None),
    m('PÅGÅR', 'Facebook-sida skal oppdaterast kvar veke', who='informasjonsansvarleg', area=3),
    m('TODO', 'Julebord i desember', dl='2026-12-04', area=None),
])

CHALLENGES = ['Mange små stillingar i helse og omsorg etter samanslåinga av kommunane.',
              'Få tillitsvalde i barnehagane.',
              'Kommunen har varsla innsparingar i budsjettet for 2027.']


def heading(stars, text, tags=()):
    h = '%s %s' % ('*' * stars, text)
    if tags:
        t = ':%s:' % ':'.join(tags)
        pad = max(1, 77 - len(h) - len(t))
        h = h + ' ' * pad + t
    return h


def measure_lines(stars, x, blocks, area_kw):
    ind = ' ' * (stars + 1)
    title = x['kw'] + (' [#%s]' % x['prio'] if x['prio'] else '') + ' '
    if x['link']:
        shown = x['text'].replace('Fagforbundet', '[[%s][Fagforbundet]]' % x['link'], 1)
    else:
        shown = x['text']
    out = [heading(stars, title + shown)]
    plan = []
    if x['closed']:
        plan.append('CLOSED: ' + ts(x['closed'][0], False, x['closed'][1]))
    if x['dl']:
        plan.append('DEADLINE: ' + ts(x['dl']))
    if x['sch']:
        plan.append('SCHEDULED: ' + ts(x['sch']))
    if plan:
        out.append(ind + ' '.join(plan))
    if x['who']:
        out += [ind + ':PROPERTIES:', ind + ':ANSVARLEG: ' + x['who'], ind + ':END:']
    if x['log']:
        d, t, txt = x['log']
        out += [ind + ':LOGBOOK:', ind + '- Note taken on ' + ts(d, False, t) + ' \\\\',
                ind + '  ' + txt, ind + ':END:']
    kw = dict(area_kw)
    blocks.append(M(x['text'], resp=x['who'], dl=x['dl'], **kw))
    if x['log']:
        blocks.append(note(x['log'][2]))
    return out


def build():
    lines = ['#+TITLE: Handlingsplan 2026 for Fagforbundet Stad',
             '#+SUBTITLE: Avdeling 318',
             '#+AUTHOR: Styret',
             '#+DATE: 2026-01-20',
             '#+LANGUAGE: nn',
             '#+TODO: TODO PÅGÅR | FERDIG',
             '#+STARTUP: content',
             '',
             'Vedteken på årsmøtet på Nordfjordeid 27. januar 2026.',
             'Sekretæren held fila oppdatert etter kvart styremøte.',
             '']
    blocks = [note('Handlingsplan 2026 for Fagforbundet Stad'), note('Avdeling 318'),
              note('Vedteken på årsmøtet på Nordfjordeid 27. januar 2026.'),
              note('Sekretæren held fila oppdatert etter kvart styremøte.')]
    lines.append(heading(1, 'Utfordringar'))
    blocks.append(H('Utfordringar', section=False))
    for c in CHALLENGES:
        lines.append('- ' + c)
        blocks.append(note(c))
    for head, area, tags, goals in SECTIONS:
        lines.append(heading(1, head, tags))
        blocks.append(H(head, area=area))
        for gtext, cookie, prose, ms in goals:
            lines.append(heading(2, gtext + (' ' + cookie if cookie else '')))
            blocks.append(G(gtext))
            if prose:
                lines.append(prose)
                blocks.append(note(prose))
            for x in ms:
                lines += measure_lines(3, x, blocks, {})
        if head == 'Organisasjon og tariffmakt':
            lines.append(heading(3, 'COMMENT Tur for tillitsvalde til Runde'))
            blocks.append(note('Tur for tillitsvalde til Runde'))
    head, tags, ms = OWN
    lines.append(heading(1, head, tags))
    blocks.append(H(head, area=None))
    for x in ms:
        lines += measure_lines(2, x, blocks, {'area': x['area']})
    lines.append(heading(1, 'Kontaktpersonar', ['noexport']))
    blocks.append(H('Kontaktpersonar', section=False))
    rows = [('Rolle', 'Namn', 'Telefon'), ('Leiar', 'Ingrid Hjelle', '909 12 345'),
            ('Nestleiar', 'Arve Sandvik', '412 33 010'),
            ('Hovudtillitsvald', 'Marte Ulvestad', '948 70 221')]
    wid = [max(len(r[i]) for r in rows) for i in range(3)]
    for k, r in enumerate(rows):
        lines.append('| ' + ' | '.join(c.ljust(wid[i]) for i, c in enumerate(r)) + ' |')
        if k == 0:
            lines.append('|-' + '-+-'.join('-' * w for w in wid) + '-|')
        for c in r[:2]:
            blocks.append(note(c))
    return blocks, '\n'.join(lines) + '\n'


BLOCKS, TEXT = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.txt'), TEXT)
