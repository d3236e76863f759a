"""b8-07 Seljord: nynorsk plan typed in a text editor with roman numerals for the sections,
"1." goals and "a)" measures, hard-wrapped at 74 columns with hanging indents.

Sections "I." … "VII." at column 0; goals "1.", "2." (restarting in every section) at
column 4; measures "a)", "b)" … at column 8, restarting under every goal, continuation
lines aligned with the text (column 12). Section III has ten measures under one goal, so
the letters run to "i)" and "j)". Section VII has letter points directly under the section.
"""
import os
import sys
import textwrap
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS  # noqa: E402

BASE = 'b8-07_seljord'
EXT = 'txt'
WRITER = 'python (plain text as typed in a text editor: UTF-8, LF, manual wrapping at 74)'
LANG = 'nn'
STYLE = ('roman-numbered sections "I." … "VII.", "1." goals and "a)" … "j)" measures with '
         'hanging-indent continuation lines; typed, no markup')
HARD = ('section numbers are roman numerals and the letters under a goal run to "i)" and "j)" '
        '("i)" is also roman one); goals and measures wrap with hanging indents (continuation '
        'at column 12); kind only from the numbering type (digit vs letter); the intro '
        'mentions "(del I–VI)"; section VII has letter points directly under the section '
        '(measures by content); title in capitals; nynorsk')

META = {'union': 'Fagforbundet Seljord', 'branch': '392', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-03', 'language': 'nn'}
AS_WRITTEN = '"FAGFORBUNDET SELJORD – AVDELING 392", "Vedteke på årsmøtet 3. februar 2026."'

ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']


def sec(n, title, area, *content):
    return [H('%s. %s' % (ROMAN[n - 1], title), area=area)] + list(content)


def goal(text, *measures):
    g = G(text)
    g['children'] = list(measures)
    return g


BLOCKS = [
    note('FAGFORBUNDET SELJORD – AVDELING 392'),
    note('HANDLINGSPLAN 2026'),
    note('Vedteke på årsmøtet 3. februar 2026.'),
    note('Planen følgjer dei seks satsingsområda i strategiplanen til Fagforbundet (del I–VI). '
         'Under kvart område står dei nummererte måla våre, og under kvart mål står tiltaka '
         'med bokstavar. Del VII gjeld drifta av fagforeininga.', para=True),
    *sec(1, 'Heiltid, likeløn og kampen for mindre ulikskap', 1,
         goal('Fleire tilsette i Seljord kommune skal ha heile, faste stillingar.',
              M('Krevje at alle nye stillingar i helse og omsorg blir lyste ut som heile stillingar.'),
              M('Gå gjennom turnusane på Seljord sjukeheim saman med arbeidsgivar.'),
              M('Hjelpe medlemmar som vil krevje utvida stilling etter arbeidsmiljølova.')),
         goal('Lønsforskjellane mellom kvinne- og mannsdominerte yrke skal bli mindre.',
              M('Lage lønsstatistikk for alle stillingskodar før dei lokale forhandlingane.'),
              M('Kurs i lokale lønsforhandlingar for plasstillitsvalde.'))),
    *sec(2, 'Offentlege tenester med eigne tilsette', 2,
         goal('Kommunen skal ikkje setje ut nye tenester på anbod.',
              M('Følgje med på innkjøpsplanane til kommunen og Vest-Telemark.'),
              M('Krevje at vaskeriet ved sjukeheimen held fram i kommunal drift.'),
              M('Lage eit notat om kva privat drift av reinhald har kosta andre kommunar.')),
         goal('Bruken av vikarbyrå skal gå ned.',
              M('Be om tal for innleige frå vikarbyrå i kvart drøftingsmøte.'))),
    *sec(3, 'Organisasjonsbygging og tariffmakt', 3,
         goal('Fagforeininga skal ha 300 medlemmar ved utgangen av 2026.',
              M('Vervekampanje i forbundsvekene med besøk på alle arbeidsplassar.'),
              M('Velkomstsamtale med alle nye medlemmar.'),
              M('Besøkje elevane på helse- og oppvekstfag ved Vest-Telemark vidaregåande skule.'),
              M('Vervepremie til medlemmar som vervar tre eller fleire.'),
              M('Informere om medlemsfordelar på personalmøte i barnehagane.'),
              M("Eigen stand på Dyrsku'n i september."),
              M('Følgje opp lærlingane i kommunen med eit eige møte kvar haust.'),
              M('Sende julehelsing med kursoversikt til alle nye medlemmar.'),
              M('Kartleggje private verksemder i Seljord utan tariffavtale.'),
              M('Telefonrunde til medlemmar som har meldt seg ut.')),
         goal('Alle arbeidsplassar skal ha ein tillitsvald med grunnskulering.',
              M('Val av plasstillitsvalde på arbeidsplassar som manglar tillitsvald.'),
              M('Grunnskulering saman med fagforeiningane i Vest-Telemark.'),
              M('Tillitsvaldsamling i oktober med tema arbeidsmiljø og HMS.'))),
    *sec(4, 'Fag- og tenesteutvikling', 4,
         goal('Fleire medlemmar skal ta fagbrev.',
              M('Informasjonsmøte om praksiskandidatordninga.'),
              M('Krevje at kommunen betaler for fagbrevkurs for assistentar.')),
         goal('Yrkesgruppene våre skal bli synlege.',
              M('Markere Helsefagarbeidardagen og Reinhaldaranes dag.'))),
    *sec(5, 'Alliansebygging, myndigheitskontakt og fagleg-politisk arbeid', 5,
         goal('Politikarane i Seljord skal kjenne krava våre.',
              M('Møte med ordføraren og gruppeleiarane før budsjettet.'),
              M('Svare på høyringar om tenestetilbodet i kommunen.'),
              M('Skipe 1. mai-arrangement saman med LO-forbunda i Seljord.'))),
    *sec(6, 'Digitalisering', 6,
         goal('Alle tillitsvalde skal bruke Tillitsvalgtportalen.',
              M('Kveldskurs i Tillitsvalgtportalen på kontoret.'),
              M('Krevje at tillitsvalde får digitalt utstyr frå arbeidsgivar til vervet.'))),
    *sec(7, 'Drift av fagforeininga', None,
         M('Styremøte kvar månad.', area=None),
         M('Årsmøte i februar med val.', area=None),
         M('Rekneskapen blir revidert før årsmøtet.', area=None),
         M('Julegrautfest for medlemmar og familie.', area=None),
         M('Informasjon til medlemmane på Facebook og i Vest-Telemark Blad.', area=3),
         M('Gåve til Fagforbundet sitt solidaritetsfond.', area=None)),
    note('Seljord, 3. februar 2026'),
    note('For styret: leiar og nestleiar'),
]

WIDTH = 74
LETTERS = 'abcdefghijklmnopqrstuvwxyz'


def wrap(prefix, text, cont_indent):
    return textwrap.wrap(text, width=WIDTH, initial_indent=prefix,
                         subsequent_indent=' ' * cont_indent, break_long_words=False,
                         break_on_hyphens=False)


def render():
    lines = []
    head = BLOCKS[:3]
    for b in head:
        lines.append(b['text'])
    lines.append('')
    for b in BLOCKS[3:]:
        if b['t'] == 'note' and b.get('para'):
            lines += textwrap.wrap(b['text'], width=WIDTH, break_on_hyphens=False)
            lines.append('')
        elif b['t'] == 'h':
            lines += ['', b['text'], '']
            gnum = 0
            letter = 0
        elif b['t'] == 'item' and b['kind'] == 'localGoal':
            gnum += 1
            if gnum > 1:
                lines.append('')
            lines += wrap('    %d.  ' % gnum, b['text'], 8)
            for i, m in enumerate(b['children']):
                lines += wrap('        %s)  ' % LETTERS[i], m['text'], 12)
        elif b['t'] == 'item':
            lines += wrap('        %s)  ' % LETTERS[letter], b['text'], 12)
            letter += 1
        else:
            if lines[-1] != '':
                lines.append('')
            lines.append(b['text'])
    dest = os.path.join(PLANS, BASE + '.txt')
    with open(dest, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    return dest
