"""b7-02 Stord (nn): an RTF document (as WordPad / an old Word would write it) turned
into text by LibreOffice Writer (`soffice --convert-to txt:Text`): UTF-8 with BOM, LF,
one line per paragraph.  Headings are bold body paragraphs "1.<TAB>Heiltid og likeløn"
(no heading style); goals and national goals are RTF bullet lists (\\pntext), which
LibreOffice writes as "    • "; measures are tab-aligned pseudo-columns (tab stops,
no table): "Tiltak<TAB>Ansvarleg<TAB>Frist", some with an empty Frist.  One goal holds
a manual line break (\\line), so it spans two text lines.  "Utfordringar" bullets in
area 2 are not items.
Gold: bullets under "Hovudmål" = nationalGoal, under "Mål for perioden" = localGoal,
the first column of each tab line = measure with responsible / deadline from the
other two columns."""
import os

import national
from lib import Gold, NG, LG, ME, soffice

BASE = 'b7-02_stord'
EXT = 'txt'
NN = national.NN

# heading, area, [blocks]; blocks: ('hm', [texts]) national, ('mal', [texts]),
# ('utf', [texts]) challenges, ('tiltak', [(text, who, when, area-override)])
AREAS = [
    ('1.\tHeiltid og likeløn', 1, [
        ('hm', [NN[1][0], NN[1][1]]),
        ('mal', ['Fleire deltidstilsette i helse og omsorg får større stillingar i 2026.',
                 'Kommunen vedtek ein heiltidsplan med måltal innan sommaren.']),
        ('tiltak', [('Krevje drøftingsmøte om heiltid i alle turnuseiningar', 'HTV', 'April 2026'),
                    ('Informere om retten til utvida stilling etter § 14-3', 'Plasstillitsvalde',
                     'Heile perioden'),
                    ('Medlemsmøte om pensjon og AFP for dei over 55 år', 'Leiar', 'Oktober 2026'),
                    ('Lønsstatistikk før lokale forhandlingar', 'HTV', '')]),
    ]),
    ('2.\tOffentlege tenester med eigne tilsette', 2, [
        ('utf', ['Kommunen vurderer å setje ut reinhaldet på Leirvik.',
                 'Bruken av vikarbyrå på sjukeheimane aukar.']),
        ('mal', ['Reinhald og kjøkken blir verande i eigenregi.']),
        ('tiltak', [('Krevje oversikt over innleige frå vikarbyrå kvart halvår', 'HTV',
                     'Juni og desember'),
                    ('Skrive høyringssvar mot konkurranseutsetjing', 'Styret', 'Ved behov'),
                    ('Kurs i trepartssamarbeid for tillitsvalde og leiarar', 'Nestleiar',
                     'Hausten 2026')]),
    ]),
    ('3.\tOrganisasjonsbygging og tariffmakt', 3, [
        ('hm', [NN[3][3], NN[3][6]]),
        ('mal', ['Vi skal vere 1 350 medlemmar ved utgangen av 2026.',
                 'Alle sjukeheimar og barnehagar har plasstillitsvald.',
                 'Fleire lærlingar i kommunen er medlemmar hos oss,\nog dei blir følgde opp av '
                 'ungdomstillitsvald.']),
        ('tiltak', [('Vervekampanje i forbundsvekene', 'Verveansvarleg', 'Mars og oktober'),
                    ('Velkomstsamtale med nye medlemmar', 'Medlemsansvarleg', 'Løpande'),
                    ('Grunnskulering for nye tillitsvalde', 'Opplæringsansvarleg', 'Februar 2026'),
                    ('Besøk på helse- og oppvekstfag ved Stord vidaregåande skule',
                     'Ungdomstillitsvald', 'September 2026')]),
    ]),
    ('4.\tFag- og tenesteutvikling', 4, [
        ('mal', ['Fleire assistentar tek fagbrev gjennom praksiskandidatordninga.']),
        ('tiltak', [('Informasjonsmøte om praksiskandidatordninga', 'Seksjon helse og sosial',
                     'Januar 2026'),
                    ('Fagdag for reinhaldarar på Reinhaldaranes dag',
                     'Seksjon samferdsel og teknisk', 'Oktober 2026'),
                    ('Krevje fleire læreplassar i helsearbeidarfaget', 'HTV', 'Budsjettet 2027')]),
    ]),
    ('5.\tPolitisk påverknad og alliansar', 5, [
        ('mal', ['Politikarane kjenner krava våre til budsjettet kvart år.']),
        ('tiltak', [('Møte med ordføraren og gruppeleiarane', 'Leiar', 'September 2026'),
                    ('1. mai-arrangement på Leirvik saman med LO Stord', 'Styret', '1. mai'),
                    ('Lesarinnlegg i Sunnhordland om heiltid', 'Informasjonsansvarleg', '')]),
    ]),
    ('6.\tDigitalisering', 6, [
        ('hm', [NN[6][3]]),
        ('tiltak', [('Kurs i Tillitsvalgtportalen og Teams', 'Opplæringsansvarleg', 'Mars 2026'),
                    ('Digital kafé for pensjonistane om BankID', 'Pensjonistkontakt',
                     'Hausten 2026')]),
    ]),
    ('7.\tAnna arbeid i avdelinga', None, [
        ('tiltak', [('Styremøte kvar månad', 'Leiar', 'Heile året', None),
                    ('Rekneskap til revisor', 'Kasserar', '15. januar', None),
                    ('Medlemsmøte på Fitjar og Stord', 'Styret', 'Vår og haust', 3),
                    ('Julebord for tillitsvalde', 'Styret', 'Desember', None),
                    ('Gåve til SOS-barnebyar', 'Kasserar', 'Desember', None)]),
    ]),
]

LABEL = {'hm': 'Hovudmål', 'mal': 'Mål for perioden', 'utf': 'Utfordringar'}


def esc(s):
    out = []
    for ch in s:
        if ch in '\\{}':
            out.append('\\' + ch)
        elif ch == '\t':
            out.append('\\tab ')
        elif ch == '\n':
            out.append('\\line ')
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append('\\u%d?' % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
    return ''.join(out)


def para(text, fmt=''):
    return '{\\pard\\plain\\f0\\fs22%s %s\\par}\n' % (fmt, esc(text))


def bullet(text):
    return ('{\\pard\\plain\\f0\\fs22\\fi-360\\li720{\\pntext\\f1\\\'B7\\tab}'
            '{\\*\\pn\\pnlvlblt\\pnf1\\pnindent360{\\pntxtb\\\'B7}} %s\\par}\n' % esc(text))


def tabline(cells, bold=False):
    return ('{\\pard\\plain\\f0\\fs22\\tx5200\\tx7600%s %s\\par}\n'
            % ('\\b' if bold else '', esc('\t'.join(cells))))


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Stord', '382', 2026, 2026, '2026-01-28', 'nn')
    r = ['{\\rtf1\\ansi\\ansicpg1252\\deff0\n{\\fonttbl{\\f0\\fswiss Calibri;}'
         '{\\f1\\ftech\\fcharset2 Symbol;}}\n{\\info{\\title Handlingsplan 2026}}\n']
    r.append(para(g.no('Handlingsplan for Fagforbundet Stord 2026'), '\\b\\fs32'))
    r.append(para(g.no('Avdeling 382 – vedteken på årsmøtet 28. januar 2026')))
    r.append(para(''))
    intro = ('Planen følgjer dei seks satsingsområda i strategiplanen til forbundet. '
             'Ansvarleg og frist står til høgre for kvart tiltak.')
    r.append(para(g.no(intro)))
    for heading, area, blocks in AREAS:
        r.append(para(''))
        r.append(para(g.no(heading), '\\b\\fs26'))
        sec = heading.replace('\t', ' ')
        for kind, content in blocks:
            if kind == 'tiltak':
                r.append(tabline([g.no('Tiltak'), g.no('Ansvarleg'), g.no('Frist')], True))
                for row in content:
                    text, who, when = row[:3]
                    a = row[3] if len(row) > 3 else area
                    r.append(tabline([g.item(ME, a, text, sec, responsible=who,
                                             deadline=when or None),
                                      g.no(who), g.no(when) if when else '']))
                continue
            r.append(para(g.no(LABEL[kind]), '\\i'))
            for t in content:
                if kind == 'utf':
                    r.append(bullet(g.no(t)))
                else:
                    r.append(bullet(g.item(NG if kind == 'hm' else LG, area, t, sec)))
    r.append(para(''))
    r.append(para(g.no('Stord, 28. januar 2026')))
    r.append(para(g.no('Styret i Fagforbundet Stord')))
    r.append('}\n')
    src = os.path.join(work, BASE + '.rtf')
    open(src, 'w', encoding='ascii').write(''.join(r))
    out = soffice(src, 'txt:Text', work)
    os.replace(out, os.path.join(plans_dir, BASE + '.' + EXT))
    return g
