"""b10-04 Lærdal: each paragraph opens with its goal as bold run-in text ending in a period,
followed in the same paragraph by the measures as plain sentences, sometimes a situation
sentence between them, and sometimes a closing "Ansvar: X." sentence.

python-docx 1.2.0, default template: Title, Heading 1 per area, Normal paragraphs with a
bold first run. No lists, no labels "Mål" / "Tiltak".
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

BASE = 'b10-04_laerdal'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'python-docx 1.2.0 (default template)'
LANG = 'nn'
STYLE = ('Heading 1 per area; every paragraph = bold run-in goal sentence + plain measure '
         'sentences in the same paragraph, optionally ending "Ansvar: X."')
HARD = ('goal and measures share one paragraph: the goal is only the bold run (ending in a '
        'period), every following sentence is a measure, except two situation sentences in '
        'plain text ("I dag har under halvparten …", "Tre arbeidsplassar manglar i dag '
        'tillitsvald.") and the closing "Ansvar: X." sentence, which gives the responsible of '
        'every measure of its paragraph and is no item; one paragraph has a goal and no '
        'measures; measures begin with "Vi", like goals would in prose; "1. mai" inside a '
        'sentence; nynorsk; own section "Anna arbeid" mapped by content (null and 3)')

META = {'union': 'Fagforbundet Lærdal', 'branch': '418', 'periodFrom': 2026,
        'periodTo': 2027, 'adopted': '2026-01-27', 'language': 'nn'}
AS_WRITTEN = '"Fagforbundet Lærdal, avd. 418", "Vedteken på årsmøtet 27. januar 2026"'

# (heading, area, paragraphs); paragraph = (goal, goal-area-if-own, [sentences], ansvar)
# sentence = measure text, or ('n', situation text), or (text, area-if-own)
AREAS = [
    ('Heiltid, likeløn og kampen for mindre ulikheiter', 1, [
        ('Fleire tilsette i helse og omsorg skal få heile stillingar.', None, [
            ('n', 'I dag har under halvparten av dei tilsette i pleie og omsorg full stilling.'),
            'Vi krev at kommunen følgjer opp heiltidsplanen med tal kvart halvår.',
            'Vi deltek i arbeidsgruppa for ny turnus på Lærdal sjukeheim.',
        ], 'HTV'),
        ('Medlemene skal kjenne pensjonsrettane sine.', None, [
            'Vi held eit medlemsmøte om AFP og tenestepensjon i oktober.',
            'Vi lagar ei enkel pensjonsrettleiing på nettsida vår.',
        ], None),
    ]),
    ('Gode offentlege tenester med eigne tilsette', 2, [
        ('Heimetenesta og reinhaldet skal framleis drivast av kommunen.', None, [
            'Vi følgjer med på den varsla utgreiinga om privat drift av heimetenesta.',
            'Vi skriv innlegg i Porten om kvifor eigenregi gir betre tenester.',
        ], 'leiar'),
        ('Kommunen skal ikkje leige inn folk frå vikarbyrå i barnehagane.', None, [
            'Vi kartlegg innleige i barnehagane kvart kvartal.',
        ], None),
    ]),
    ('Organisasjonsbygging og tariffmakt', 3, [
        ('Vi skal auke frå 310 til 340 medlemar innan utgangen av 2027.', None, [
            'Vi vervar på alle arbeidsplassane i forbundsvekene.',
            'Nye medlemar får ein telefon frå styret innan to veker.',
        ], 'vervekontakt'),
        ('Alle arbeidsplassar skal ha ein tillitsvald.', None, [
            ('n', 'Tre arbeidsplassar manglar i dag tillitsvald.'),
            'Vi gjennomfører val av plasstillitsvald på Lærdal skule og i heimetenesta.',
            'Nye tillitsvalde tek grunnopplæringa i løpet av det første året.',
        ], None),
        ('Lærlingane i kommunen skal kjenne Fagforbundet.', None, [
            'Vi besøkjer lærlingane kvar haust med informasjon om rettar og medlemskap.',
        ], 'ungdomstillitsvald'),
    ]),
    ('Fag- og tenesteutvikling', 4, [
        ('Fleire ufaglærte skal ta fagbrev.', None, [
            'Vi arrangerer informasjonskveld om praksiskandidatordninga.',
            'Vi krev at kommunen set av pengar til kompetanseheving i budsjettet.',
        ], 'seksjonsleiar helse og sosial'),
        ('Helsefagarbeidarane skal bli meir synlege i kommunen.', None, [], None),
    ]),
    ('Alliansebygging og politisk påverknad', 5, [
        ('Politikarane skal kjenne til krava våre før budsjettet blir vedteke.', None, [
            'Vi møter formannskapet kvar haust.',
            'Vi tek del i 1. mai-arrangementet på Lærdalsøyri.',
            'Vi samarbeider med LO i Sogn om felles innspel til fylkesbudsjettet.',
        ], 'leiar og nestleiar'),
    ]),
    ('Digitalisering', 6, [
        ('Ingen medlemar skal bli hengande etter når nye digitale verktøy kjem.', None, [
            'Vi held kurs i Teams og Tillitsvaldportalen for tillitsvalde.',
            'Vi krev opplæring i arbeidstida når kommunen innfører nytt journalsystem.',
        ], None),
    ]),
    ('Anna arbeid', None, [
        ('Fagforeininga skal vere godt driven og sosial.', None, [
            ('Styret har møte kvar månad.', None),
            ('Rekneskapen blir revidert før årsmøtet.', None),
            ('Vi inviterer til medlemstur til Borgund stavkyrkje i juni.', None),
        ], 'styret'),
        ('Informasjonen til medlemene skal kome jamleg og vere lett å finne.', 3, [
            ('Vi sender ut nyheitsbrev på e-post fire gonger i året.', 3),
        ], 'sekretær'),
    ]),
]


def build():
    blocks = [note('Handlingsplan 2026–2027'),
              note('Fagforbundet Lærdal, avd. 418'),
              note('Vedteken på årsmøtet 27. januar 2026')]
    intro = ('Planen byggjer på strategiplanen til Fagforbundet og på det medlemene sa på '
             'medlemsmøta hausten 2025. Måla står først i kvart avsnitt.')
    blocks.append(note(intro))
    doc_paras = []   # (kind, data)
    for head, area, paras in AREAS:
        blocks.append(H(head, area=area))
        doc_paras.append(('h', head))
        for goal, garea, sents, resp in paras:
            kw = {'area': garea} if area is None else {}
            blocks.append(G(goal, **kw))
            plain = []
            for s in sents:
                if isinstance(s, tuple) and s[0] == 'n':
                    blocks.append(note(s[1]))
                    plain.append(s[1])
                else:
                    t, a = (s, None) if isinstance(s, str) else s
                    kw = {'area': a} if area is None else {}
                    blocks.append(M(t, resp=resp, **kw))
                    plain.append(t)
            if resp:
                tail = 'Ansvar: %s.' % resp
                blocks.append(note(tail))
                plain.append(tail)
            doc_paras.append(('p', goal, ' '.join(plain)))
    return blocks, intro, doc_paras


BLOCKS, INTRO, PARAS = build()


def render():
    import docx
    d = docx.Document()
    d.add_paragraph('Handlingsplan 2026–2027', style='Title')
    d.add_paragraph('Fagforbundet Lærdal, avd. 418', style='Subtitle')
    d.add_paragraph('Vedteken på årsmøtet 27. januar 2026')
    d.add_paragraph(INTRO)
    for p in PARAS:
        if p[0] == 'h':
            d.add_heading(p[1], level=1)
            continue
        para = d.add_paragraph()
        r = para.add_run(p[1])
        r.bold = True
        if p[2]:
            para.add_run(' ' + p[2])
    out = os.path.join(PLANS, BASE + '.docx')
    d.save(out)
    return out
