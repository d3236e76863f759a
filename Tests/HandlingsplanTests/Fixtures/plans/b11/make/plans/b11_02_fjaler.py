"""b11-02 Fjaler: an outline copied from a note-taking app (OneNote) into Notepad: the levels
are shown only by TAB indentation, with no bullets, numbers or labels at all.

Level 0: title lines and section headings; level 1: goals (in the own section: activities);
level 2: measures; level 3: details of a measure (items of their own). UTF-8 without BOM,
CRLF, one line per paragraph, blank lines only between sections.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b11-02_fjaler'
EXT = 'txt'
FORMAT = 'text (UTF-8, CRLF, TAB-indented)'
WRITER = 'outline copied from OneNote into Notepad (UTF-8, CRLF; written by python)'
LANG = 'nn'
STYLE = ('two- and three-level outline shown only by TAB indentation (no bullets, numbers or '
         'labels): section lines at column 0, goals one TAB in, measures two TABs, details '
         'three TABs')
HARD = ('no marker of any kind: kind only from the depth (1 TAB goal, 2 TABs measure, 3 TABs a '
        'detail that is a measure of its own); the "Om planen" and "Utfordringar" sections '
        'have one-TAB lines too, but they are prose and challenges (no items); in the own '
        'section "Styre, økonomi og trivsel" the one-TAB lines are activities (measures, by '
        'content: null and 3) with nothing under them; two details read "Tema første dag: …" '
        '(a colon that is not "text: who"); title lines at column 0 like the headings; CRLF; '
        'nynorsk')

META = {'union': 'Fagforbundet Fjaler', 'branch': None, 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-01-29', 'language': 'nn'}
AS_WRITTEN = '"Vedteke på årsmøtet i Dale 29. januar 2026"; no avd. number'

# (heading, area, entries); entry = (depth, kind, text, own_area) ; kind 'G', 'M', 'n'
SECTIONS = [
    ('Om planen', None, [
        (1, 'n', 'Planen er skriven som punkt frå styremøta i haust og er lagd fram slik han '
                 'står her.'),
        (1, 'n', 'Innrykk viser kva som høyrer saman: kvart mål har tiltaka sine under seg.'),
    ]),
    ('Utfordringar', None, [
        (1, 'n', 'Mange deltidsstillingar i omsorga, særleg i helgane.'),
        (1, 'n', 'Kommunen vurderer å setje ut reinhaldet.'),
        (1, 'n', 'Få medlemar under 30 år.'),
    ]),
    ('Heiltid og løn', 1, [
        (1, 'G', 'Fleire tilsette i omsorga skal få tilbod om full stilling i 2026.'),
        (2, 'M', 'Krevje at alle ledige stillingar i omsorga blir lyste ut som heile stillingar.'),
        (2, 'M', 'Følgje med på kvartalstala for deltid saman med hovudtillitsvalde.'),
        (1, 'G', 'Medlemene skal vite korleis den nye offentlege tenestepensjonen verkar.'),
        (2, 'M', 'Pensjonskveld med AFP-utrekning i oktober.'),
        (2, 'M', 'Lenkje til pensjonskalkulatoren i kvart nyheitsbrev.'),
    ]),
    ('Offentlege tenester med eigne tilsette', 2, [
        (1, 'G', 'Reinhaldet i kommunale bygg skal framleis vere kommunalt.'),
        (2, 'M', 'Skrive høyringssvar til utgreiinga om konkurranseutsetjing av reinhaldet.'),
        (2, 'M', 'Invitere reinhaldarane til eit eige møte om utgreiinga.'),
        (2, 'M', 'Be om møte med kommunedirektøren før saka kjem til kommunestyret.'),
        (1, 'G', 'Kommunen skal slutte å leige inn sjukepleiarar frå byrå.'),
        (2, 'M', 'Kartleggje innleiga kvar månad og leggje tala fram for arbeidsmiljøutvalet.'),
    ]),
    ('Organisasjon og tariff', 3, [
        (1, 'G', 'Vi skal vere 340 medlemar ved utgangen av året.'),
        (2, 'M', 'Vervestand på Dale omsorgssenter og Flekke skule i forbundsvekene.'),
        (2, 'M', 'Kvar tillitsvald vervar minst to nye medlemar.'),
        (2, 'M', 'Velkomstpakke med kopp og brosjyre til alle nye.'),
        (1, 'G', 'Alle tillitsvalde skal ha grunnopplæring.'),
        (2, 'M', 'Melde på fire nye tillitsvalde til grunnskulering i Førde.'),
        (2, 'M', 'Tillitsvaldsamling over to dagar i Hyllestad i november.'),
        (3, 'M', 'Tema første dag: drøftingar og medråderett.'),
        (3, 'M', 'Tema andre dag: arbeidsmiljø og sjukefråvær.'),
    ]),
    ('Fag og kompetanse', 4, [
        (1, 'G', 'Fleire assistentar i barnehagane skal ta fagbrev.'),
        (2, 'M', 'Informasjonsmøte om praksiskandidatordninga i mars.'),
        (2, 'M', 'Krevje at kommunen dekkjer eksamensavgifta for praksiskandidatar.'),
        (1, 'G', 'Helsefagarbeidarane skal få bruke heile fagkompetansen sin.'),
        (2, 'M', 'Fagdag om oppgåvedeling i heimetenesta saman med sjukepleiarforbundet.'),
    ]),
    ('Alliansar og politisk påverknad', 5, [
        (1, 'G', 'Politikarane i Fjaler skal kjenne krava våre før budsjettet blir lagt fram.'),
        (2, 'M', 'Møte med formannskapet i september.'),
        (2, 'M', 'Felles innspel til budsjettet med Utdanningsforbundet og Sjukepleiarforbundet.'),
        (2, 'M', 'Appell under 1. mai-markeringa i Dale.'),
    ]),
    ('Digitalisering', 6, [
        (1, 'G', 'Tillitsvalde skal meistre dei digitale verktøya dei treng.'),
        (2, 'M', 'Kurs i Teams og Tillitsvaldportalen for alle tillitsvalde i februar.'),
        (2, 'M', 'Fast digital kontortid for tillitsvalde kvar torsdag.'),
        (1, 'G', 'Velferdsteknologi skal innførast med opplæring i arbeidstida.'),
        (2, 'M', 'Krevje ein eigen opplæringsplan før dei nye digitale tryggleiksalarmane blir '
                 'tekne i bruk.'),
        (3, 'M', 'Opplæringa skal gjelde både faste og vikarar.'),
    ]),
    ('Styre, økonomi og trivsel', None, [
        (1, 'M', 'Styremøte kvar tredje veke.', None),
        (1, 'M', 'Rekneskapen blir ført av kasseraren og revidert i januar.', None),
        (1, 'M', 'Medlemsmøte om arbeidstid i barnehagane i april.', 3),
        (1, 'M', 'Julemiddag for alle medlemar i desember.', None),
        (1, 'M', 'Sommartur for medlemene til Flekke i juni.', None),
        (1, 'M', 'Innsamling til solidaritetsfondet på julemiddagen.', None),
        (1, 'M', 'Nyheitsbrev på e-post annakvar månad.', 3),
    ]),
]


def build():
    lines = ['Fagforbundet Fjaler', 'Handlingsplan 2026',
             'Vedteke på årsmøtet i Dale 29. januar 2026', '']
    blocks = [note(l) for l in lines if l]
    for head, area, entries in SECTIONS:
        lines.append(head)
        own_prose = head in ('Om planen', 'Utfordringar')
        blocks.append(H(head, area=area, section=not own_prose))
        for e in entries:
            depth, kind, text = e[:3]
            lines.append('\t' * depth + text)
            if kind == 'n':
                blocks.append(note(text))
            elif kind == 'G':
                blocks.append(G(text))
            else:
                kw = {'area': e[3]} if area is None else {}
                blocks.append(M(text, **kw))
        lines.append('')
    lines.append('Styret i Fagforbundet Fjaler')
    blocks.append(note('Styret i Fagforbundet Fjaler'))
    return blocks, '\n'.join(lines) + '\n'


BLOCKS, TEXT = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.txt'), TEXT, crlf=True)
