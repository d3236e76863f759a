"""b10-02 Fitjar: area headings, a "Mål:" bullet list and a two-column measure table whose
second column combines who and when ("Kven / når": "Styret / mars 2026").

HTML -> LibreOffice 7.4 headless -> ODT. In most cells the two parts are separated by " / ";
in two cells the parts are two paragraphs ("Styret", then "september"); two cells hold only
a responsible ("HTV", "Sekretær").
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, html_text, xesc, lo_to  # noqa: E402

BASE = 'b10-02_fitjar'
EXT = 'odt'
FORMAT = 'ODT'
WRITER = 'LibreOffice 7.4 headless, HTML -> ODT'
LANG = 'nn'
STYLE = ('Heading 2 per area, "Mål:" paragraph + bullet list of goals, then a table Tiltak | '
         'Kven / når whose second column holds responsible and deadline together')
HARD = ('responsible and deadline share one cell: "Styret / mars 2026", "Leiar og nestleiar / '
        '15.10.2026", "HTV / innan 1. april", two cells as two paragraphs (who, then when), two '
        'cells with only a responsible ("HTV", "Sekretær"); the header cell "Kven / når" itself '
        'has the same " / " shape; nynorsk; drifted area headings; own section "Drift av '
        'fagforeininga" without goals, mapped by content (null and 3); "1. mai" both as text '
        'and as a deadline')

META = {'union': 'Fagforbundet Fitjar', 'branch': '367', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-01-22', 'language': 'nn'}
AS_WRITTEN = '"Avdeling 367 · Vedteken på årsmøtet 22.01.2026"'

# (heading, area, goals, rows); row = (text, who, when, area-if-own, sep) sep ' / ' or '\n'
AREAS = [
    ('1 Heiltid og likeløn', 1, [
        'Fleire deltidstilsette i omsorgstenesta får auka stillinga si i 2026.',
        'Medlemene veit kva AFP og tenestepensjon betyr for dei.',
    ], [
        ('Krevje at kommunen lagar ein plan for å redusere ufrivillig deltid i heimetenesta.',
         'HTV', 'innan 1. april'),
        ('Medlemsmøte om ny pensjonsordning og AFP.', 'Styret', 'september', None, '\n'),
        ('Gå gjennom lønsstatistikken før dei lokale forhandlingane.', 'Leiar og HTV', 'mai'),
    ]),
    ('2 Offentlege tenester i eigenregi', 2, [
        'Reinhald og kantine ved Fitjar sjukeheim blir verande i kommunal regi.',
    ], [
        ('Følgje med på anbodsplanane for reinhaldet og melde frå til medlemene.', 'Styret',
         'heile året'),
        ('Be om møte med ordføraren om kommunal drift av kantina.', 'Leiar', 'mars 2026'),
        ('Kartleggje innleige frå vikarbyrå i barnehagane.', 'HTV', None),
    ]),
    ('3 Organisasjon og tariffmakt', 3, [
        'Vi skal vere 520 medlemar ved utgangen av 2026.',
        'Alle arbeidsplassar med fem medlemar eller fleire har plasstillitsvald.',
    ], [
        ('Vervekampanje på skulane og i barnehagane i forbundsvekene.', 'Vervekontakt',
         'veke 16'),
        ('Velkomstbrev og telefon til alle nye medlemar.', 'Sekretær', 'fortløpande'),
        ('Grunnopplæring for nye tillitsvalde saman med Fagforbundet Vestland.',
         'Opplæringsansvarleg', 'haust 2026'),
        ('Tillitsvaldsamling med overnatting på Stord.', 'Styret', '15.–16. oktober'),
        ('Besøk på Fitjar vidaregåande skule for å møte lærlingar og elevar.',
         'Ungdomstillitsvald', 'februar'),
    ]),
    ('4 Fag, yrke og kompetanse', 4, [
        'Fleire assistentar tek fagbrev som helsefagarbeidar eller barne- og ungdomsarbeidar.',
    ], [
        ('Informasjonsmøte om praksiskandidatordninga.', 'Seksjonsleiar helse og sosial',
         'mars'),
        ('Fagdag for reinhaldarar og kokkar.', 'Seksjonsleiar samferdsel og teknisk',
         'november', None, '\n'),
        ('Krevje fleire læreplassar i helse- og oppvekstfag i budsjettet.', 'Leiar', 'oktober'),
    ]),
    ('5 Samfunnspolitisk arbeid', 5, [
        'Politikarane i Fitjar kjenner krava våre før budsjettet blir vedteke.',
    ], [
        ('Møte med gruppeleiarane før budsjetthandsaminga.', 'Leiar og nestleiar',
         '15.10.2026'),
        ('Arrangere 1. mai saman med LO Sunnhordland.', 'Styret', '1. mai'),
        ('Lesarinnlegg i Sunnhordland om heiltid og bemanning.', 'Leiar', 'våren'),
    ]),
    ('6 Digitalisering', 6, [
        'Tillitsvalde brukar Tillitsvaldportalen og Teams i arbeidet sitt.',
    ], [
        ('Kurs i Teams for styret og tillitsvalde.', 'Styret', 'januar'),
        ('Hjelp til medlemar som slit med BankID og Helsenorge.', 'Pensjonistutvalet',
         'heile året'),
    ]),
    ('7 Drift av fagforeininga', None, [], [
        ('Styremøte første tysdag i månaden.', 'Leiar', 'heile året', None),
        ('Rekneskap og revisjon før årsmøtet.', 'Kasserar', 'januar', None),
        ('Medlemsinformasjon på Facebook og e-post kvar månad.', 'Sekretær', None, 3),
        ('Julebord for medlemar og tillitsvalde.', 'Styret', 'desember', None),
        ('Innsamling til Norsk Folkehjelp sitt minearbeid.', 'Kasserar', '1. mai', None),
    ]),
]


def build():
    blocks = []
    html = ['<html><head><meta charset="utf-8"><title>Handlingsplan 2026</title>',
            '<style>table{border-collapse:collapse} td,th{border:1px solid #000;padding:3px;'
            'vertical-align:top}</style></head><body>']
    t = 'Handlingsplan for Fagforbundet Fitjar 2026'
    html.append('<h1>%s</h1>' % xesc(t))
    blocks.append(note(t))
    t = 'Avdeling 367 · Vedteken på årsmøtet 22.01.2026'
    html.append('<p>%s</p>' % xesc(t))
    blocks.append(note(t))
    t = ('Planen følgjer dei seks satsingsområda i strategiplanen til forbundet. For kvart '
         'område har vi sett opp måla våre og ein tabell over tiltak. I den siste kolonnen står '
         'kven som har ansvaret og når tiltaket skal vere gjennomført.')
    html.append('<p>%s</p>' % xesc(t))
    blocks.append(note(t))
    for head, area, goals, rows in AREAS:
        html.append('<h2>%s</h2>' % xesc(head))
        blocks.append(H(head, area=area))
        if goals:
            html.append('<p><b>Mål:</b></p><ul>')
            blocks.append(note('Mål:'))
            for g in goals:
                html.append('<li><p>%s</p></li>' % xesc(g))
                blocks.append(G(g))
            html.append('</ul>')
        html.append('<table width="100%"><colgroup><col width="70%"><col width="30%">'
                    '</colgroup><thead><tr><th><p>Tiltak</p></th><th><p>Kven / når</p></th>'
                    '</tr></thead><tbody>')
        blocks.append(note('Tiltak'))
        blocks.append(note('Kven / når'))
        for r in rows:
            text, who, when = r[:3]
            own_area = r[3] if len(r) > 3 else None
            sep = r[4] if len(r) > 4 else ' / '
            if who and when:
                cell = ('<p>%s</p><p>%s</p>' % (xesc(who), xesc(when)) if sep == '\n'
                        else '<p>%s</p>' % xesc(who + ' / ' + when))
            else:
                cell = '<p>%s</p>' % xesc(who or when)
            html.append('<tr><td><p>%s</p></td><td>%s</td></tr>' % (xesc(text), cell))
            kw = {'area': own_area} if area is None else {}
            blocks.append(M(text, resp=who, dl=when, **kw))
        html.append('</tbody></table>')
    t = 'Fitjar, januar 2026 – styret i Fagforbundet Fitjar'
    html.append('<p><i>%s</i></p>' % xesc(t))
    blocks.append(note(t))
    html.append('</body></html>')
    return blocks, '\n'.join(html)


BLOCKS, HTML = build()


def render():
    src = os.path.join(SRC, BASE + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(HTML)
    return lo_to(src, 'odt', None, os.path.join(PLANS, BASE + '.odt'))
