"""b13-03 Vaksdal: the plan as the plain-text part of the branch's Mailchimp newsletter, saved
from the mail client and handed in. Mailchimp writes the text version itself from the HTML
campaign: headings as "** Heading" followed by a line of 60 dashes, list items as "* ", links as
"label (URL)", a block separator of 60 "=" before the footer, and its English footer
("Copyright © …", "Our mailing address is:", "Want to change how you receive these emails?").

Written by python in the shape of Mailchimp's generated plain text (UTF-8, LF, no hard wrap).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b13-03_vaksdal'
EXT = 'txt'
FORMAT = 'text (UTF-8, LF)'
WRITER = 'Mailchimp campaign, plain-text version (written by python in Mailchimp\'s format)'
LANG = 'nn'
STYLE = ('e-mail newsletter, plain-text part: "** " headings over a line of dashes, "Måla våre:" '
         '/ "Dette gjer vi:" labels with "* " lists, "label (URL)" links, a calendar and a '
         'member-benefit block after the plan, Mailchimp\'s English footer')
HARD = ('every heading is "** text" + a dashes line, for the plan areas as well as for the '
        'newsletter\'s other blocks ("** Kalender", "** Visste du at …?", "** Kontakt oss"); two '
        'items end in a link whose " (https://…)" is no part of the text; the calendar lines '
        '("10. mars: Medlemsmøte om pensjon på Dale (https://…)") and the member-benefit bullets '
        'use the same "* " marker as the measures but are no items; "Sjå nyheitsbrevet i '
        'nettlesaren", greeting, thanks and Mailchimp footer are residue; the avd. number only in '
        'the footer ("Copyright © 2026 Fagforbundet Vaksdal avd. 421, All rights reserved."); '
        'adoption inside a sentence of the intro; area 5 has measures only; own block "Anna '
        'arbeid i fagforeininga" by content (null, 3)')

META = {'union': 'Fagforbundet Vaksdal', 'branch': '421', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-03', 'language': 'nn'}
AS_WRITTEN = ('"På årsmøtet på Dale 3. februar 2026 vedtok vi handlingsplanen for 2026"; '
              '"Nyheitsbrev februar 2026"; avd. only in "Copyright © 2026 Fagforbundet Vaksdal '
              'avd. 421, All rights reserved."')

DASH = '-' * 60
EQ = '=' * 60
U = 'https://www.fagforbundet.no/lokal/vaksdal'

# (heading, area, goals, measures); a text may be (text, url)
SECTIONS = [
    ('Heiltid og likeløn', 1, [
        'Fleire av dei tilsette i omsorgstenestene i Vaksdal får faste, heile stillingar.',
        'Reinhaldarane i kommunen får same lønsutvikling som dei andre fagarbeidarane.',
    ], [
        'Krevje at turnusen på Vaksdal sjukeheim blir laga slik at fleire kan jobbe heiltid',
        'Halde oversikt over ledige stillingar og seie frå når dei blir lyste ut som deltid',
        ('Pensjonsmøte for medlemar over 55 år – meld deg på her', U + '/pensjon'),
    ]),
    ('Eigne tilsette', 2, [
        'Kjøkkenet på Dale omsorgssenter skal framleis vere kommunalt.',
    ], [
        'Krevje at kommunen legg fram kva innleige frå vikarbyrå kostar kvart år',
        'Samarbeide med pensjonistforeininga om å halde eldreomsorga i eigenregi',
    ]),
    ('Organisasjon og tariffmakt', 3, [
        'Vi skal bli 360 medlemar i løpet av året.',
        'Alle einingar i kommunen skal ha ein plasstillitsvald.',
    ], [
        'Vervevekene i september med stand på Dale og i Stanghelle',
        'Helse på alle nye medlemar med ein telefon frå styret',
        ('Meld interesse for grunnopplæringa via skjemaet på nettsida',
         'https://forms.office.com/r/Vk7Tq2xB9a'),
        'Medlemsmøte om lønsoppgjeret i juni',
    ]),
    ('Fag og kompetanse', 4, [
        'Fleire ufaglærte i helse og oppvekst tek fagbrev.',
    ], [
        'Informasjonskveld om fagbrev for assistentar og ufaglærte i helse',
        'Fagdag om kvardagsrehabilitering for helsefagarbeidarar',
    ]),
    ('Politisk påverknad', 5, [], [
        'Budsjettmøte med ordføraren og leiarane for partigruppene i oktober',
        '1. mai-markering på Dale saman med LO',
        'Skrive lesarinnlegg i Bygdanytt om bemanninga i heimetenesta',
    ]),
    ('Digitalt', 6, [
        'Tillitsvalde skal meistre Tillitsvaldportalen og Teams.',
    ], [
        'Kurs i Tillitsvaldportalen for nye tillitsvalde i mars',
        'Hjelpe pensjonistane med BankID og Helsenorge på eit ope kveldsmøte',
    ]),
]
OWN = ('Anna arbeid i fagforeininga', [
    ('Styret møtest kvar tredje måndag', None),
    ('Rekneskap og årsmelding for 2026 til årsmøtet', None),
    ('Julebord for medlemar og pensjonistar i desember', None),
    ('Nyheitsbrev som dette fire gonger i året', 3),
    ('Gåve til Leger uten grenser sitt arbeid i Gaza', None),
])

CAL = [('10. mars: Medlemsmøte om pensjon på Dale', U + '/kalender/pensjon'),
       ('24. mars: Kurs i Tillitsvaldportalen', U + '/kalender/tvp'),
       ('1. mai: Tog frå stasjonen kl. 11', None)]
BENEFITS = ['Medlemane våre får rabatt på innboforsikring i Fagforbundet sitt forsikringstilbod.',
            'Som medlem kan du søkje stipend til utdanning.']


def build():
    L, B = [], []

    def head(t, block):
        L.append('** ' + t)
        L.append(DASH)
        B.append(block)

    def bullet(x, mk):
        if isinstance(x, tuple):
            t, url = x
            L.append('* %s (%s)' % (t, url))
        else:
            t = x
            L.append('* ' + t)
        B.append(mk(t))

    head('Nyheitsbrev februar 2026 – Fagforbundet Vaksdal',
         note('Nyheitsbrev februar 2026 – Fagforbundet Vaksdal'))
    L.append('Sjå nyheitsbrevet i nettlesaren (https://us21.campaign-archive.com/?u=8f3c2a91d0'
             '&id=4b91d7e0aa)')
    B.append(note('Sjå nyheitsbrevet i nettlesaren'))
    L.append('')
    head('Handlingsplanen for 2026 er vedteken', note('Handlingsplanen for 2026 er vedteken'))
    intro = ['Hei!',
             'På årsmøtet på Dale 3. februar 2026 vedtok vi handlingsplanen for 2026. Her får du '
             'eit samandrag av kva fagforeininga skal arbeide med i år. Heile planen finn du på '
             'nettsida vår (%s/handlingsplan-2026).' % U,
             'Takk til alle dei 41 medlemane som kom på årsmøtet!']
    for p in intro:
        L.append(p)
        L.append('')
    B += [note('Hei!'),
          note('På årsmøtet på Dale 3. februar 2026 vedtok vi handlingsplanen for 2026.'),
          note('Her får du eit samandrag av kva fagforeininga skal arbeide med i år.'),
          note('Takk til alle dei 41 medlemane som kom på årsmøtet!')]
    for sec, area, goals, ms in SECTIONS:
        head(sec, H(sec, area=area))
        if goals:
            L.append('Måla våre:')
            B.append(note('Måla våre:'))
            L.append('')
            for g in goals:
                bullet(g, G)
            L.append('')
        L.append('Dette gjer vi:')
        B.append(note('Dette gjer vi:'))
        L.append('')
        for m in ms:
            bullet(m, M)
        L.append('')
    sec, ms = OWN
    head(sec, H(sec, area=None))
    for m, a in ms:
        L.append('* ' + m)
        B.append(M(m, area=a))
    L.append('')
    head('Kalender', note('Kalender'))
    for t, url in CAL:
        L.append('* ' + t + (' (%s)' % url if url else ''))
        B.append(note(t))
    L.append('')
    head('Visste du at …?', note('Visste du at …?'))
    for t in BENEFITS:
        L.append('* ' + t)
        B.append(note(t))
    L.append('')
    head('Kontakt oss', note('Kontakt oss'))
    contact = ['Leiar Solveig Dale, telefon 951 22 480', 'E-post: vaksdal@fagforbundet.example']
    for t in contact:
        L.append(t)
        B.append(note(t))
    L.append('')
    L.append(EQ)
    footer = ['Copyright © 2026 Fagforbundet Vaksdal avd. 421, All rights reserved.',
              'Du får denne e-posten fordi du er medlem av Fagforbundet Vaksdal.',
              '', 'Our mailing address is:', 'Fagforbundet Vaksdal', 'Postboks 34',
              '5722 Dalekvam', 'Norway', '',
              'Want to change how you receive these emails?',
              'You can ** update your preferences (https://fagforbundet-vaksdal.us21.list-manage'
              '.com/profile?u=8f3c2a91d0&id=77ab01)',
              'or ** unsubscribe from this list (https://fagforbundet-vaksdal.us21.list-manage'
              '.com/unsubscribe?u=8f3c2a91d0&id=77ab01)']
    L += footer
    B += [note(footer[0]), note(footer[1]), note('Want to change how you receive these emails?')]
    return B, '\n'.join(L) + '\n'


BLOCKS, TEXT = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.txt'), TEXT)
