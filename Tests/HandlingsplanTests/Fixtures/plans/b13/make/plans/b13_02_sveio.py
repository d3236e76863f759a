"""b13-02 Sveio: the board keeps the plan as an Asana project and handed in the project's CSV
export ("Export/Print > CSV") as the plan. Asana's columns (Task ID, Created At, Completed At,
Last Modified, Name, Section/Column, Assignee, Assignee Email, Start Date, Due Date, Tags, Notes,
Projects, Parent task, Blocked By (Dependencies), Blocking (Dependencies)); one row per task.
The sections are the areas; top-level tasks of an area section are the goals, their subtasks
(rows with "Parent task" = the goal's name and an EMPTY Section/Column) the measures; in the own
section "Drift og trivsel" the top-level tasks are activities without subtasks. The section "Om
planen" holds two tasks whose Notes carry the metadata and the key.

Written by python's csv module in the shape of Asana's export (UTF-8, LF, quotes where needed,
multi-line Notes cells).
"""
import csv
import io
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b13-02_sveio'
EXT = 'txt'
FORMAT = 'text (CSV, UTF-8, LF)'
WRITER = 'Asana project export "CSV" (written by python\'s csv module in Asana\'s column layout)'
LANG = 'nn'
STYLE = ('project-tool export: one CSV row per task, 16 English column names; Section/Column = '
         'area; top-level tasks = goals, subtasks = measures (Parent task column, empty '
         'Section/Column); Assignee / Due Date per task; Notes with multi-line text')
HARD = ('kind only from the hierarchy: a goal is a top-level task, a measure a row whose '
        '"Parent task" names it; subtasks have an EMPTY Section/Column, so their area and '
        'section come from their parent; in "Drift og trivsel" the top-level tasks have no '
        'subtasks and are activities (measures, by content: null, 3); responsible = Assignee '
        '(not Assignee Email), deadline = Due Date as written ("2026-03-20"), not Start Date, '
        'Created At, Completed At or Last Modified; Notes cells are quoted, span several lines and '
        'hold situation text ("Utgangspunkt: …") and the metadata; the "Om planen" tasks are no '
        'items; completed tasks are still measures; English column names around nynorsk content; '
        'the Projects column repeats "Handlingsplan 2026" on every row')

META = {'union': 'Fagforbundet Sveio', 'branch': '466', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-01-28', 'language': 'nn'}
AS_WRITTEN = ('task "Handlingsplan 2026 for Fagforbundet Sveio, avdeling 466", its Notes '
              '"Vedteken på årsmøtet 28. januar 2026. …"; Created At / Last Modified dates '
              '(2026-01-06 …) are not it')

COLS = ['Task ID', 'Created At', 'Completed At', 'Last Modified', 'Name', 'Section/Column',
        'Assignee', 'Assignee Email', 'Start Date', 'Due Date', 'Tags', 'Notes', 'Projects',
        'Parent task', 'Blocked By (Dependencies)', 'Blocking (Dependencies)']
PROJECT = 'Handlingsplan 2026'
PEOPLE = {'Randi Vikse': 'randi.vikse@example.no', 'Olav Tveit': 'olav.tveit@example.no',
          'Ingrid Lid': 'ingrid.lid@example.no', 'Kjetil Haugland': 'kjetil.haugland@example.no',
          'Maria Økland': 'maria.okland@example.no'}

ABOUT = [
    ('Handlingsplan 2026 for Fagforbundet Sveio, avdeling 466', 'Randi Vikse',
     'Vedteken på årsmøtet 28. januar 2026.\nStyret oppdaterer prosjektet etter kvart '
     'styremøte.'),
    ('Slik bruker vi prosjektet', 'Randi Vikse',
     'Kvar seksjon er eit satsingsområde.\nOppgåvene på øvste nivå er måla våre, '
     'deloppgåvene er tiltaka.\nHak av når eit tiltak er gjennomført.'),
]

# (section, area, [(goal, notes, tags, [(measure, who, due, start, done, notes, tags)])])
SECTIONS = [
    ('Heiltid og likeløn', 1, [
        ('Fleire tilsette i Sveio kommune får stillingar dei kan leve av',
         'Utgangspunkt: 38 % av dei tilsette i helse og omsorg har heil stilling.', 'heiltid', [
             ('Krevje drøftingsmøte om turnusen på Sveio omsorgssenter', 'Randi Vikse',
              '2026-03-20', '', '', '', 'heiltid'),
             ('Kartleggje kven som ønskjer større stilling i heimetenesta', 'Randi Vikse',
              '2026-05-31', '2026-02-15', '2026-05-28',
              'Bruk spørjeskjemaet frå 2024.\nSvar til hovudtillitsvald.', 'heiltid'),
         ]),
        ('Lønsskilnaden mellom private og kommunale barnehagar i Sveio blir mindre', '',
         'løn', [
             ('Samanlikne lønsnivået i dei private barnehagane med kommunen', 'Olav Tveit',
              '2026-09-01', '', '', '', 'løn'),
             ('Pensjonskurs for medlemar over 55 år', 'Olav Tveit', '2026-10-15', '', '', '',
              'pensjon'),
         ]),
    ]),
    ('Eigne tilsette i offentlege tenester', 2, [
        ('Sveio kommune brukar ikkje vikarbyrå i helse og omsorg', '', '', [
            ('Be kommunedirektøren om tal på innleigde vikarar kvart kvartal', 'Randi Vikse',
             '', '', '', '', ''),
            ('Skrive høyringssvar når kommunen vurderer å setje ut drifta av reinhaldet',
             'Ingrid Lid', '', '', '', 'Sjå budsjettvedtaket frå desember 2025.', ''),
        ]),
    ]),
    ('Organisasjon og tariffmakt', 3, [
        ('Fagforeininga skal ha 420 medlemar ved utgangen av 2026',
         'Utgangspunkt: 391 medlemar 31.12.2025.', 'verving', [
             ('Vervestand på Sveio omsorgssenter i forbundsvekene', 'Kjetil Haugland',
              '2026-09-25', '2026-09-14', '', '', 'verving'),
             ('Ringje alle nye medlemar innan ein månad', 'Ingrid Lid', '', '', '', '',
              'verving'),
             ('Besøkje lærlingane i kommunen saman med ungdomstillitsvald', 'Maria Økland',
              '2026-11-30', '', '', '', 'ungdom'),
         ]),
        ('Alle arbeidsplassar med medlemar har tillitsvald', '', 'tillitsvalde', [
            ('Val av plasstillitsvalde på barnehagane i Auklandshamn og Førde', 'Kjetil Haugland',
             '2026-03-01', '', '2026-02-26', '', 'tillitsvalde'),
            ('Grunnopplæring for nye tillitsvalde saman med nabofagforeiningane', 'Ingrid Lid',
             '2026-04-30', '', '', 'Kurset går over to dagar i Haugesund.', 'tillitsvalde'),
        ]),
    ]),
    ('Fag og kompetanse', 4, [
        ('Fleire assistentar i skule og barnehage tek fagbrev', '', 'fagbrev', [
            ('Informasjonsmøte om fagbrev på jobb saman med kommunen', 'Maria Økland',
             '2026-02-28', '', '2026-02-24', '', 'fagbrev'),
            ('Fagkveld for reinhaldarar om nye reinhaldsmetodar', 'Olav Tveit', '2026-10-01',
             '', '', '', ''),
        ]),
    ]),
    ('Politisk påverknad', 5, [
        ('Politikarane i Sveio kjenner krava våre før budsjettet blir vedteke', '', 'politikk', [
            ('Møte med ordføraren og gruppeleiarane i oktober', 'Randi Vikse', '2026-10-20', '',
             '', '', 'politikk'),
            ('Stand på Sveio-dagen saman med dei andre LO-forbunda', 'Kjetil Haugland',
             '2026-06-13', '', '', '', ''),
        ]),
    ]),
    ('Digitalisering', 6, [
        ('Tillitsvalde brukar digitale verktøy trygt i vervet', '', 'digitalt', [
            ('Kurs i Tillitsvaldportalen og Teams for styret og tillitsvalde', 'Maria Økland',
             '2026-03-18', '', '', '', 'digitalt'),
            ('Krevje at dei tilsette blir tekne med når kommunen innfører nytt turnusprogram',
             'Randi Vikse', '', '', '', '', ''),
        ]),
    ]),
]
# own section: (task, who, due, done, notes, area)
OWN = ('Drift og trivsel', [
    ('Styremøte første tysdagen i månaden', 'Randi Vikse', '', '', '', None),
    ('Rekneskap og budsjett til årsmøtet 2027', 'Olav Tveit', '2027-01-15', '', '', None),
    ('Sommartur for medlemar til Ryvarden fyr', 'Ingrid Lid', '2026-06-06', '',
     'Buss frå Sveio sentrum.\nPåmelding til Ingrid.', None),
    ('Oppdatere Facebook-sida kvar veke', 'Maria Økland', '', '', '', 3),
    ('Rapportere til årsmøtet om kva vi fekk gjort', 'Randi Vikse', '2027-01-20', '', '', None),
])


class Ids:
    n = 1209955431876000

    @classmethod
    def next(cls):
        cls.n += 137
        return str(cls.n)


def build():
    rows, blocks = [], []
    day = [5]

    def created():
        day[0] = day[0] + 1 if day[0] < 28 else 5
        return '2026-01-%02d' % day[0]

    def row(name, section, who='', due='', start='', done='', notes='', tags='', parent=''):
        c = created()
        rows.append({'Task ID': Ids.next(), 'Created At': c, 'Completed At': done,
                     'Last Modified': done or '2026-02-02', 'Name': name,
                     'Section/Column': section, 'Assignee': who,
                     'Assignee Email': PEOPLE.get(who, ''), 'Start Date': start, 'Due Date': due,
                     'Tags': tags, 'Notes': notes, 'Projects': PROJECT, 'Parent task': parent,
                     'Blocked By (Dependencies)': '', 'Blocking (Dependencies)': ''})

    for col in COLS:
        blocks.append(note(col))
    for name, who, notes in ABOUT:
        row(name, 'Om planen', who=who, notes=notes)
        blocks.append(note(name))
        blocks += [note(x) for x in notes.split('\n')]
    for sec, area, goals in SECTIONS:
        blocks.append(H(sec, area=area))
        for goal, gnotes, gtags, ms in goals:
            row(goal, sec, notes=gnotes, tags=gtags, who='Randi Vikse')
            blocks.append(G(goal))
            if gnotes:
                blocks.append(note(gnotes))
            for m, who, due, start, done, mnotes, mtags in ms:
                row(m, '', who=who, due=due, start=start, done=done, notes=mnotes, tags=mtags,
                    parent=goal)
                blocks.append(M(m, resp=who, dl=due or None))
                blocks += [note(x) for x in mnotes.split('\n') if x]
    sec, tasks = OWN
    blocks.append(H(sec, area=None))
    for name, who, due, done, notes, area in tasks:
        row(name, sec, who=who, due=due, done=done, notes=notes)
        blocks.append(M(name, resp=who, dl=due or None, area=area))
        blocks += [note(x) for x in notes.split('\n') if x]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLS, lineterminator='\n')
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return blocks, buf.getvalue()


BLOCKS, TEXT = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.txt'), TEXT)
