"""b14-05 Rauma: the plan kept as an AsciiDoc source file (the branch's web volunteer writes
the site with Asciidoctor) and handed in as .txt. The goals stand in the introduction, one
prose paragraph per area under "=== " headings, mixed with situation sentences; the measures
are a timeline: a description list "Januar::" … "Desember::" with "* " entries under each
month, with no area marking at all.

Written by python in AsciiDoc syntax (UTF-8, LF, one paragraph per line).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b14-05_rauma'
EXT = 'txt'
FORMAT = 'text (AsciiDoc, UTF-8, LF)'
WRITER = 'AsciiDoc source for Asciidoctor (written by python)'
LANG = 'nn'
STYLE = ('AsciiDoc source: document header with attributes, "== " chapters, goals as prose '
         'sentences in "=== area" paragraphs, measures as a month timeline ("Januar::" '
         'description-list terms with "* " entries), admonitions and comments')
HARD = ('goals are sentences inside prose paragraphs that also hold situation sentences; the '
        'measures carry no area: they stand under month terms ("Mars::") and must be mapped by '
        'their words, several of them to null (board meetings, accounts, social events); '
        'AsciiDoc markup: "= " title, ":revdate:" / ":vedteke:" attributes, "// " comment '
        'lines, "NOTE:" / "TIP:" admonitions, "[.lead]" role line, "image::" macro, "link:" '
        'macro; a measure written with _emphasis_ and one with a "+" hard line break continuing '
        'on the next line; ":revdate:" is the last edit, the adoption is ":vedteke:" and the lead')
META = {'union': 'Fagforbundet Rauma', 'branch': '318', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-01-27', 'language': 'nn'}
AS_WRITTEN = ('"= Handlingsplan 2026 for Fagforbundet Rauma", ":avdeling: 318", ":vedteke: '
              '2026-01-27", ":revdate: 2026-02-02", lead "Årsmøtet i Åndalsnes 27. januar 2026 '
              'vedtok denne planen."')

# area heading, area, [sentences: ('g', text) goal | ('n', text) situation]
GOALS = [
    ('Heiltid og likeløn', 1, [
        ('n', 'Mange i helse og omsorg i Rauma går framleis i små stillingar.'),
        ('g', 'Vi vil at ingen nytilsette i Rauma kommune skal få ei stilling under 70 prosent.'),
        ('g', 'Reinhaldarar og assistentar skal få lønsauke på linje med fagarbeidarane.'),
    ]),
    ('Eigne tilsette', 2, [
        ('g', 'Vi skal hindre at drifta av Rauma helsehus blir sett ut til private.'),
        ('n', 'Kommunen har dårleg økonomi, og spørsmålet kjem truleg opp att.'),
    ]),
    ('Organisasjon og tariffmakt', 3, [
        ('g', 'Fagforeininga skal vekse til 700 medlemar i 2026.'),
        ('g', 'Kvar skule og barnehage i Rauma skal ha ein plasstillitsvald.'),
    ]),
    ('Kompetanse', 4, [
        ('n', 'Det er stor mangel på helsefagarbeidarar i kommunen.'),
        ('g', 'Vi vil ha fleire lærlingplassar i helse og oppvekst i Rauma kommune.'),
    ]),
    ('Påverknad', 5, [
        ('g', 'Lokalpolitikarane skal kjenne kvardagen til medlemane våre før dei vedtek budsjettet.'),
    ]),
    ('Digitalisering', 6, [
        ('g', 'Medlemane skal få informasjon frå fagforeininga digitalt.'),
    ]),
]
# month, [(measure, area)]; a text with '\n' is written with a " +" hard break
TIMELINE = [
    ('Januar', [('Ny plasstillitsvald på plass ved kvar barnehage etter årsmøtet', 3)]),
    ('Februar', [('Styret lagar møteplan og fordeler ansvar for tiltaka', None),
                 ('Kurs for tillitsvalde i å bruke Teams og Tillitsvaldportalen', 6)]),
    ('Mars', [('Kartleggje alle deltidstilsette i heimetenesta og på helsehuset', 1),
              ('Kveldsmøte på Åndalsnes om kva den nye offentlege tenestepensjonen betyr for deg', 1)]),
    ('April', [('Møte med Romsdal vidaregåande skule om læreplassar i helsearbeidarfaget', 4)]),
    ('Mai', [('Appell og stand på 1. mai-arrangementet til LO i Rauma', 5),
             ('Grillfest for medlemane i Vollan', None)]),
    ('Juni', [('Krevje at vikarbudsjettet blir brukt til å auke faste stillingar', 1)]),
    ('August', [('Vervekampanje mot nytilsette i skule og barnehage ved skulestart', 3),
                ('Informasjonsmøte om _praksiskandidatordninga_ for assistentar', 4)]),
    ('September', [('Lesarinnlegg i Åndalsnes Avis om kva privat drift av helsehuset vil koste', 2),
                   ('Stand på Amfi Åndalsnes med vervekampanje og lodding', 3)]),
    ('Oktober', [('Møte med formannskapet før budsjettet,\nsaman med dei andre fagforeiningane', 5),
                 ('Evaluere lønsoppgjeret for reinhaldarane med dei tillitsvalde', 1)]),
    ('November', [('Sende ut nyheitsbrev på SMS og e-post til alle medlemar', 6),
                  ('Rekneskapen for året blir avslutta og sendt til revisor', None)]),
    ('Desember', [('Juleavslutning med rakfisk for dei tillitsvalde', None)]),
]


def build():
    L, B = [], []
    L += ['= Handlingsplan 2026 for Fagforbundet Rauma', 'Styret i Fagforbundet Rauma',
          ':revdate: 2026-02-02', ':avdeling: 318', ':vedteke: 2026-01-27', ':lang: nn',
          ':toc:', '']
    B.append(note('Handlingsplan 2026 for Fagforbundet Rauma'))
    L += ['image::fagforbundet-logo.png[Fagforbundet]', '']
    L += ['[.lead]', 'Årsmøtet i Åndalsnes 27. januar 2026 vedtok denne planen.', '']
    B.append(note('Årsmøtet i Åndalsnes 27. januar 2026 vedtok denne planen.'))
    L += ['// TODO: leggje inn lenkje til årsmeldinga når ho er klar', '']
    L += ['== Måla våre', '']
    B.append(note('Måla våre'))
    t = 'Måla følgjer dei seks områda i strategiplanen til Fagforbundet.'
    L += [t, '']
    B.append(note(t))
    for head, area, sents in GOALS:
        L += ['=== ' + head, '']
        B.append(H(head, area=area))
        L.append(' '.join(s for _, s in sents))
        L.append('')
        for k, s in sents:
            B.append(G(s) if k == 'g' else note(s))
    L += ['== Tidslinja for 2026', '']
    B.append(H('Tidslinja for 2026', area=None, section=False))
    t = 'Tiltaka under er fordelte på månadene. Styret følgjer opp på kvart styremøte.'
    L += [t, '']
    B.append(note(t))
    t = 'Juli er ferie, og då skjer det ingenting i regi av fagforeininga.'
    L += ['NOTE: ' + t, '']
    B.append(note(t))
    for month, ms in TIMELINE:
        L.append(month + '::')
        B.append(H(month, area=None))
        for m, a in ms:
            if '\n' in m:
                first, rest = m.split('\n')
                L.append('* ' + first + ' +')
                L.append(rest)
                text = first + ' ' + rest
            else:
                L.append('* ' + m)
                text = m
            B.append(M(text.replace('_', ''), area=a))
        L.append('')
    t = 'Har du idear til fleire tiltak? Send dei til styret'
    L += ['TIP: %s link:mailto:rauma@fagforbund.example[på e-post].' % t, '']
    B.append(note(t))
    return '\n'.join(L), B


TEXT, BLOCKS = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.' + EXT), TEXT)
