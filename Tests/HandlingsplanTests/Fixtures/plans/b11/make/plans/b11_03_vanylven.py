"""b11-03 Vanylven: the plan written as questions and answers. Under each area heading the
goals are questions in bold ("Korleis blir vi fleire medlemar?"), each followed by its answer:
a bullet list of measures or a short paragraph whose sentences are measures. Some questions
are context questions ("Kvifor er dette viktig for oss?", "Kva har vi fått til så langt?")
whose prose answers are no items.

HTML -> LibreOffice 7.4 headless -> ODT (Heading 2, bold Text body paragraphs, bullet lists).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, xesc, lo_to  # noqa: E402

BASE = 'b11-03_vanylven'
EXT = 'odt'
FORMAT = 'ODT'
WRITER = 'LibreOffice 7.4 headless, HTML -> ODT'
LANG = 'nn'
STYLE = ('questions and answers: Heading 2 per area; bold question paragraphs; a goal question '
         'is answered by a bullet list of measures or by a paragraph of measure sentences; '
         'context questions are answered by prose')
HARD = ('the goals are questions (localGoal, text with "?"), and only the answers say what will '
        'be done; context questions ("Kvifor er dette viktig for oss?", "Kva har vi fått til så '
        'langt?", "Kva med dei politiske partia?") have the same bold form but are no goals, and '
        'their prose answers are no items; three answers are paragraphs in which every sentence '
        'is a measure, one of them opening with a situation sentence ("I dag er berre fire av '
        'dei elleve lærlingane …"); the closing "Har du spørsmål til planen?" is no goal; own '
        'section "Fagforeininga i kvardagen" with goal questions and answers by content (null, '
        '3); nynorsk')

META = {'union': 'Fagforbundet Vanylven', 'branch': '477', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-03', 'language': 'nn'}
AS_WRITTEN = ('"Fagforbundet Vanylven, avdeling 477", "Vedteken på årsmøtet på Fiskå 3. februar '
              '2026"')

# (heading, area, qas); qa = (kind, question, answer)
#   kind 'goal': answer = ('list', [m | (m, own_area)]) or ('prose', [m | ('n', text)])
#   kind 'ctx' : answer = [sentences]
SECTIONS = [
    ('Heiltid og likeløn', 1, [
        ('goal', 'Korleis får fleire av oss heile stillingar?', ('list', [
            'Vi krev at kommunen lyser ut alle nye stillingar i omsorga som heile stillingar.',
            'Vi følgjer opp heiltidsplanen i kvart møte med kommunedirektøren.',
            'Vi hjelper medlemer som vil krevje fortrinnsrett til større stilling.',
        ])),
        ('ctx', 'Kvifor er dette viktig for oss?', [
            'Over halvparten av medlemene våre i helse og omsorg jobbar deltid.',
            'Mange av dei ønskjer seg meir arbeid.',
        ]),
        ('goal', 'Korleis kan vi minske lønsskilnadene?', ('prose', [
            'Vi går gjennom lønsstatistikken før dei lokale forhandlingane.',
            'Vi legg fram krav om likeløn for assistentar og fagarbeidarar i barnehagane.',
        ])),
    ]),
    ('Eigne tilsette i kommunale tenester', 2, [
        ('goal', 'Korleis held vi reinhaldet og kantina i kommunal regi?', ('list', [
            'Vi skriv høyringssvar når kommunen greier ut anbod.',
            'Vi tek opp eigenregi på kvart møte i arbeidsmiljøutvalet.',
            'Vi inviterer reinhaldarane til eit ope møte om kva konkurranseutsetjing betyr for dei.',
        ])),
        ('ctx', 'Kva har vi fått til så langt?', [
            'I 2025 vart forslaget om å setje ut reinhaldet trekt etter press frå oss og dei '
            'andre forbunda.',
        ]),
    ]),
    ('Organisasjonsbygging og tariffmakt', 3, [
        ('goal', 'Korleis blir vi fleire medlemar?', ('list', [
            'Vervekampanje på alle arbeidsplassar i forbundsvekene.',
            'Alle nye medlemar får ein telefon frå styret innan ein månad.',
            'Kvar tillitsvald får ei liste over kollegaer som ikkje er organiserte.',
        ])),
        ('goal', 'Korleis får vi fleire lærlingar til å melde seg inn?', ('prose', [
            ('n', 'I dag er berre fire av dei elleve lærlingane i kommunen medlemar hjå oss.'),
            'Ungdomstillitsvald besøkjer lærlingane kvar haust.',
            'Vi gir alle lærlingar ein kinobillett når dei melder seg inn.',
        ])),
        ('goal', 'Korleis skal nye tillitsvalde bli trygge i rolla?', ('list', [
            'Alle nye tillitsvalde tek grunnskulering i løpet av det første året.',
            'Erfarne tillitsvalde blir fadrar for dei nye.',
        ])),
    ]),
    ('Fag- og tenesteutvikling', 4, [
        ('goal', 'Korleis får fleire ufaglærte fagbrev?', ('list', [
            'Informasjonsmøte om praksiskandidatordninga på sjukeheimen på Fiskå.',
            'Vi krev at kommunen betaler kursavgifta for dei som tek fagbrev.',
        ])),
        ('goal', 'Korleis kan reinhaldarane få meir fagleg påfyll?', ('prose', [
            'Vi arrangerer ein fagdag for reinhaldarane saman med fylkeskretsen i Møre og Romsdal.',
        ])),
    ]),
    ('Politisk påverknad og alliansar', 5, [
        ('goal', 'Korleis når vi fram til politikarane?', ('list', [
            'Vi møter gruppeleiarane før budsjetthandsaminga i desember.',
            'Vi held appell på 1. mai-markeringa på Fiskå.',
            'Vi samarbeider med dei andre LO-forbunda om felles krav til kommunevalet 2027.',
        ])),
        ('ctx', 'Kva med dei politiske partia?', [
            'Fagforbundet er partipolitisk uavhengig, men har samarbeidsavtalar med fleire parti.',
        ]),
    ]),
    ('Digitalisering', 6, [
        ('goal', 'Korleis kan alle tillitsvalde bruke dei digitale verktøya?', ('list', [
            'Kurs i Tillitsvaldportalen for alle tillitsvalde i februar.',
            'Vi set opp ein Teams-kanal for styret og tillitsvalde.',
        ])),
        ('goal', 'Kva gjer vi når kommunen tek i bruk ny velferdsteknologi?', ('prose', [
            'Vi krev at dei tilsette får opplæring i arbeidstida før nytt utstyr blir teke i bruk.',
        ])),
    ]),
    ('Fagforeininga i kvardagen', None, [
        ('goal', 'Korleis held vi fagforeininga i god drift?', ('list', [
            ('Styremøte kvar månad med fast sakliste.', None),
            ('Kasseraren legg fram rekneskapen for styret kvart kvartal.', None),
            ('Nyheitsbrev på e-post og Facebook seks gonger i året.', 3),
        ])),
        ('goal', 'Korleis kan vi ha det kjekt saman?', ('list', [
            ('Julebord i desember for medlemar og tillitsvalde.', None),
            ('Sommartur til Runde for medlemene i juni.', None),
        ])),
    ]),
]


def build():
    html = ['<!DOCTYPE html><html lang="nn"><head><meta charset="utf-8">'
            '<title>Handlingsplan 2026</title></head><body>']
    blocks = []

    def p(text, tag='p', bold=False):
        inner = '<b>%s</b>' % xesc(text) if bold else xesc(text)
        html.append('<%s>%s</%s>' % (tag, inner, tag))

    t = 'Handlingsplan 2026 – spørsmål og svar'
    p(t, 'h1')
    blocks.append(note(t))
    for t in ('Fagforbundet Vanylven, avdeling 477',
              'Vedteken på årsmøtet på Fiskå 3. februar 2026'):
        p(t)
        blocks.append(note(t))
    intro = ['Vi har skrive handlingsplanen som spørsmål og svar, slik medlemene stilte '
             'spørsmåla på medlemsmøta i haust.', 'Svara er det vi skal gjere i 2026.']
    p(' '.join(intro))
    blocks += [note(s) for s in intro]
    for head, area, qas in SECTIONS:
        p(head, 'h2')
        blocks.append(H(head, area=area))
        for kind, q, ans in qas:
            p(q, bold=True)
            if kind == 'ctx':
                blocks.append(note(q))
                p(' '.join(ans))
                blocks += [note(s) for s in ans]
                continue
            garea = None  # the two goal questions of the own section are about running the branch
            blocks.append(G(q, **({'area': garea} if area is None else {})))
            form, entries = ans
            if form == 'list':
                html.append('<ul>')
                for e in entries:
                    text, own = (e if isinstance(e, tuple) else (e, None))
                    html.append('<li><p>%s</p></li>' % xesc(text))
                    blocks.append(M(text, **({'area': own} if area is None else {})))
                html.append('</ul>')
            else:
                sents = []
                for e in entries:
                    if isinstance(e, tuple):
                        sents.append(e[1])
                        blocks.append(note(e[1]))
                    else:
                        sents.append(e)
                        blocks.append(M(e))
                p(' '.join(sents))
    t = 'Har du spørsmål til planen? Ta kontakt med nokon i styret.'
    p(t)
    blocks += [note('Har du spørsmål til planen?'), note('Ta kontakt med nokon i styret.')]
    html.append('</body></html>')
    return blocks, '\n'.join(html)


BLOCKS, HTML = build()


def render():
    src = os.path.join(SRC, BASE + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(HTML)
    return lo_to(src, 'odt', None, os.path.join(PLANS, BASE + '.odt'))
