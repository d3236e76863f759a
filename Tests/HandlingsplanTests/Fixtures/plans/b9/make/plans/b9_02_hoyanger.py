"""b9-02 Høyanger: the plan as a letter from the board to the members (nynorsk).

Hand-written RTF converted by LibreOffice 7.4 headless to ODT. A letterhead in the page
header (the only place the avdeling number stands), place and date, address line, bold
subject line, "Kjære medlem!", then one prose paragraph per topic without any heading: a
situation sentence or two, goal sentences beginning "Vi vil", measure sentences beginning
"Difor skal vi". Closing thanks ("Vi vil takke …" is not a goal), signature, PS.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, note, PLANS, SRC, lo_to  # noqa: E402

BASE = 'b9-02_hoyanger'
EXT = 'odt'
WRITER = 'hand-written RTF -> LibreOffice 7.4 headless -> ODT'
LANG = 'nn'
STYLE = ('letter from the board: letterhead in the page header, no headings, one prose paragraph '
         'per topic with "Vi vil …" goal sentences and "Difor skal vi …" measure sentences')
HARD = ('no headings or lists at all: every item is a sentence inside a paragraph, between '
        'situation sentences; kind only from the sentence opening ("Vi vil" = goal, "Difor skal '
        'vi" = measure); all areas by content; "Vi vil takke …" in the closing is not a goal; '
        'sentences containing "1. mai", "trinn 1" and "5 000" (NBSP); avdeling number only in '
        'the page header (styles.xml); the letter date 3. februar 2026 is not the adoption date '
        '(29. januar 2026, inside a sentence)')

META = {'union': 'Fagforbundet Høyanger', 'branch': '437', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-01-29', 'language': 'nn'}
AS_WRITTEN = ('page header "Fagforbundet Høyanger · avdeling 437 · …"; "Årsmøtet vårt 29. januar '
              '2026 vedtok handlingsplanen for 2026 …"; letter dated "Høyanger, 3. februar 2026"')

HEADER = 'Fagforbundet Høyanger · avdeling 437 · Postboks 44, 6991 Høyanger'


def prose(*parts):
    return {'t': 'prose', 'children': list(parts)}


def S(text):
    return note(text)


def build_blocks():
    return [
        note('Høyanger, 3. februar 2026', style='right'),
        note('Til alle medlemmane i Fagforbundet Høyanger', style='plain'),
        note('Handlingsplanen vår for 2026', style='subject'),
        note('Kjære medlem!', style='plain'),
        prose(S('Årsmøtet vårt 29. januar 2026 vedtok handlingsplanen for 2026, og i dette brevet '
                'fortel styret kva vi skal arbeide med i år.'),
              S('Planen følgjer dei seks satsingsområda i strategiplanen til Fagforbundet.')),
        prose(S('Heiltid og likeløn er framleis den viktigaste saka for oss.'),
              S('Over halvparten av medlemmane våre i helse og omsorg jobbar deltid.'),
              G('Vi vil at fleire av dei skal få heile stillingar i løpet av året.', area=1),
              G('Vi vil òg at lønsgapet mellom kvinnedominerte og mannsdominerte yrke i kommunen '
                'skal bli mindre.', area=1),
              M('Difor skal vi krevje at Høyanger kommune lagar ein heiltidsplan saman med dei '
                'tillitsvalde.', area=1),
              M('Difor skal vi også gå gjennom alle utlysingar av deltidsstillingar i helse og '
                'omsorg.', area=1),
              M('Difor skal vi halde eit medlemsmøte om pensjon og AFP i oktober.', area=1)),
        prose(S('Kommunen har dei siste åra kjøpt fleire tenester frå private firma.'),
              G('Vi vil at reinhald, kjøkken og heimetenester framleis skal drivast av kommunen '
                'sine eigne tilsette.', area=2),
              G('Vi vil ha slutt på innleige frå vikarbyrå på sjukeheimen.', area=2),
              M('Difor skal vi be om ei oversikt over alle kjøpte tenester og all innleige kvart '
                'halvår.', area=2),
              M('Difor skal vi møte kommunedirektøren før det blir gjort vedtak om anbod.', area=2)),
        prose(S('Fagforeininga har i dag 612 medlemmar, men mange av dei nye tilsette i kommunen '
                'og på smelteverket er ikkje organiserte.'),
              G('Vi vil vere 650 medlemmar ved utgangen av 2026.', area=3),
              G('Vi vil at alle arbeidsplassar skal ha ein plasstillitsvald.', area=3),
              M('Difor skal vi besøkje alle arbeidsplassane i kommunen minst ein gong i løpet av '
                'året.', area=3),
              M('Difor skal vi ringje alle nye medlemmar og invitere dei til medlemsmøte.', area=3),
              M('Difor skal vi sende nye tillitsvalde på grunnskolering trinn 1 i vår.', area=3),
              M('Difor skal vi ha stand på Høyanger vidaregåande skule for elevane på helse- og '
                'oppvekstfag.', area=3)),
        prose(G('Vi vil at fleire assistentar og ufaglærte skal ta fagbrev.', area=4),
              S('Mange av dei har lang praksis, men veit ikkje kva som skal til.'),
              G('Vi vil også at yrkesgruppene våre skal bli sett og verdsett.', area=4),
              M('Difor skal vi halde eit informasjonsmøte om praksiskandidatordninga saman med '
                'Vestland fylkeskommune.', area=4),
              M('Difor skal vi markere barne- og ungdomsarbeidaren sin dag med besøk i '
                'barnehagane.', area=4)),
        prose(S('Kommunestyret skal i haust vedta budsjettet for 2027.'),
              G('Vi vil at politikarane skal kjenne kvardagen til medlemmane våre før dei '
                'vedtek kutt.', area=5),
              M('Difor skal vi invitere gruppeleiarane i kommunestyret til eit møte før '
                'budsjettet blir lagt fram.', area=5),
              M('Difor skal vi arrangere 1. mai saman med LO i Sogn.', area=5),
              M('Difor skal vi skrive lesarinnlegg i Ytre Sogn om eldreomsorga.', area=5)),
        prose(S('Stadig meir av arbeidet i kommunen skjer på skjerm, og mange tillitsvalde seier '
                'at dei treng hjelp.'),
              G('Vi vil at alle tillitsvalde skal kunne bruke Tillitsvalgtportalen og Teams.',
                area=6),
              M('Difor skal vi halde kurs i digitale verktøy for tillitsvalde i april.', area=6),
              M('Difor skal vi krevje drøftingar før kommunen tek i bruk ny velferdsteknologi.',
                area=6)),
        prose(S('Til slutt litt om korleis fagforeininga blir driven.'),
              G('Vi vil at økonomien vår skal vere sunn og at medlemmane skal trivast.',
                area=None),
              M('Difor skal vi ha styremøte ein gong i månaden.', area=None),
              M('Difor skal vi leggje fram revidert rekneskap for årsmøtet.', area=None),
              M('Difor skal vi invitere til julebord for tillitsvalde og medlemsfest i juni.',
                area=None),
              M('Difor skal vi gi 5\u00a0000 kroner til SOS-barnebyer.', area=None)),
        prose(S('Vi vil takke alle tillitsvalde for innsatsen i 2025, og vi ser fram til eit nytt '
                'år saman med dykk.'),
              S('Ta gjerne kontakt med styret om du har spørsmål eller har lyst til å vere med.')),
        note('Med venleg helsing', style='plain'),
        note('for styret i Fagforbundet Høyanger', style='plain'),
        note('Kari Nesheim', style='plain'),
        note('leiar', style='plain'),
        note('PS! Handlingsplanen ligg òg på Facebook-sida vår.', style='plain'),
    ]


BLOCKS = build_blocks()


def rtf_text(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif ch == '\u00a0':
            out.append('\\~')
        elif o < 128:
            out.append(ch)
        else:
            out.append('\\u%d?' % (o if o < 32768 else o - 65536))
    return ''.join(out)


PSTYLE = {
    'right': r'\pard\plain\qr\sb0\sa240\f0\fs22 ',
    'plain': r'\pard\plain\ql\sb0\sa120\f0\fs22 ',
    'subject': r'\pard\plain\ql\sb240\sa240\f0\fs24\b ',
    'prose': r'\pard\plain\qj\sb0\sa200\sl276\slmult1\f0\fs22 ',
}


def render():
    out = [r'{\rtf1\ansi\ansicpg1252\deff0\uc1',
           r'{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}}',
           r'{\colortbl;\red200\green16\blue46;}',
           r'{\info{\title Handlingsplan 2026}{\author Styret}}',
           r'\paperw11906\paperh16838\margl1418\margr1418\margt1134\margb1134\headery567',
           r'{\header \pard\plain\qc\f1\fs16\cf1\b ' + rtf_text(HEADER) + r'\par}']
    for b in BLOCKS:
        if b['t'] == 'prose':
            text = ' '.join(c['text'] for c in b['children'])
            out.append(PSTYLE['prose'] + rtf_text(text) + r'\par')
        else:
            out.append(PSTYLE[b['style']] + rtf_text(b['text']) + r'\par')
    out.append('}')
    src = os.path.join(SRC, BASE + '.rtf')
    with open(src, 'w', encoding='ascii') as f:
        f.write('\n'.join(out) + '\n')
    dest = os.path.join(PLANS, BASE + '.odt')
    lo_to(src, 'odt', None, dest)
    return dest
