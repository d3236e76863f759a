"""b14-01 Vadsø: the plan as a forwarded HTML e-mail that the county office saved with
Thunderbird's "Save As > Text". Thunderbird's plain-text serializer writes the forwarded
header block ("-------- Forwarded Message --------", "Subject: <TAB>…"), <strong> as *text*,
<li> as "  * " / "  1. " with the text hard-wrapped at 72 columns and continuation lines
indented, images as "[image: alt]" (or "[image]" without alt), links as "label <URL>", and
the signature after "-- ".

Written by python in the shape of Thunderbird's output (UTF-8, LF).
"""
import os
import sys
import textwrap
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b14-01_vadso'
EXT = 'txt'
FORMAT = 'text (UTF-8, LF)'
WRITER = 'Thunderbird "Save As > Text" of a forwarded HTML mail (written by python in its format)'
LANG = 'nb'
STYLE = ('forwarded HTML mail saved as text: forwarding note, "-------- Forwarded Message --------" '
         'header block, "[image: …]" / "[image]" placeholders, area headings as plain lines, '
         '*Vi vil:* / *Vi gjør:* labels, "  1. " goals and "  * " measures wrapped at 72 with '
         'indented continuations, signature after "-- "')
HARD = ('two mails in one file: the forwarder\'s note on top has its own "  * " list (attachments, '
        'practical points) that is no item; headings are bare lines with no marker; list items '
        'wrap at 72 columns with a 5-space hanging indent and must be re-joined; *bold* asterisks '
        'around labels and inside one measure; "label <URL>" links; "[image: Fagforbundet logo]" '
        'and "[image]" residue; own section "Foreningsdrift" by content (null, 3); the forwarded '
        'header\'s "Date:" is the sending date, the adoption is in the intro sentence')
META = {'union': 'Fagforbundet Vadsø', 'branch': '537', 'periodFrom': 2026, 'periodTo': 2026,
        'adopted': '2026-02-05', 'language': 'nb'}
AS_WRITTEN = ('"Fagforbundet Vadsø avd. 537", "vedtatt av årsmøtet torsdag 5. februar 2026"; '
              'forwarded "Date: Tue, 10 Feb 2026 21:14:03 +0100" is not it')

SECTIONS = [
    ('Heltid og likelønn', 1, [
        'Flere ansatte i hjemmetjenesten i Vadsø får tilbud om hele stillinger i 2026.',
        'Ingen nyutdannede fagarbeidere skal starte i en stilling under 80 prosent.',
    ], [
        'Be om at arbeidsgiver legger fram en oversikt over uønsket deltid per enhet innen april',
        'Ta opp langvakter og årsturnus som tema på et eget medlemsmøte på Vadsø sykehjem',
        'Gå gjennom lønnsstatistikken for renholdere og assistenter før de lokale forhandlingene',
    ]),
    ('Offentlige tjenester i egen regi', 2, [
        'Vaskeriet og kantinen på rådhuset fortsetter som kommunale tjenester.',
    ], [
        'Følge saken om anbud på skoleskyss og gi høringsuttalelse når den kommer',
        'Lage et faktaark om hva innleie av vikarer koster kommunen',
    ]),
    ('Organisasjon og verving', 3, [
        'Avdelingen passerer 600 medlemmer før sommerferien.',
        'Hver arbeidsplass med fem eller flere medlemmer har en plasstillitsvalgt.',
    ], [
        'Vervekampanje i uke 37 med kaffe og boller på arbeidsplassene',
        'Grunnskolering for nye tillitsvalgte i samarbeid med *Fagforbundet Finnmark*',
        'Ringe alle lærlinger i kommunen og tilby gratis medlemskap',
    ]),
    ('Kompetanse og fagbrev', 4, [
        'Flere assistenter i barnehagene tar fagbrev som barne- og ungdomsarbeider.',
    ], [
        'Informasjonsmøte om praksiskandidatordningen sammen med Vadsø videregående skole',
        'Foreslå en egen post til fagbrevkandidater når kompetanseplanen rulleres',
    ]),
    ('Politikk og samarbeid', 5, [], [
        'Møte formannskapet før budsjettbehandlingen i november',
        'Arrangere 1. mai i Vadsø sammen med LO Øst-Finnmark',
        'Invitere de politiske partiene til debatt om eldreomsorgen før valget',
    ]),
    ('Digitale verktøy', 6, [
        'Styret og de hovedtillitsvalgte deler sakspapirer digitalt i stedet for på papir.',
    ], [
        'Kveldskurs i Tillitsvalgtportalen i mars',
        'Sende ut nyhetsbrev på e-post til medlemmene hver måned',
    ]),
]
OWN = ('Foreningsdrift', [
    ('Styremøte den første mandagen i hver måned', None),
    ('Kasserer fører regnskapet løpende og får det revidert i januar', None),
    ('Sommeravslutning med grilling for medlemmer og familie i juni', None),
    ('Oppdatere medlemsregisteret etter sammenslåingen av enhetene', 3),
])


def wrap_item(prefix, text):
    lines = textwrap.wrap(text, width=72, initial_indent=prefix,
                          subsequent_indent=' ' * len(prefix), break_on_hyphens=False)
    return lines


def build():
    L, B = [], []

    def n(t):
        L.extend(textwrap.wrap(t, 72))
        B.append(note(t))

    n('Hei Kari,')
    L.append('')
    n('Her er handlingsplanen fra Vadsø, slik vi fikk den fra avdelingen. Jeg sender den '
      'videre til deg for registrering.')
    L.append('')
    for t in ('Vedlegg: årsmelding og regnskap kommer i egen e-post', 'Kontaktperson er Siri '
              'Haugland', 'Husk at fristen for fylkeskretsen var 15. februar'):
        L.extend(wrap_item('  * ', t))
        B.append(note(t))
    L.append('')
    n('Hilsen Trond')
    L.append('')
    L.append('-------- Forwarded Message --------')
    for k, v in (('Subject:', 'Handlingsplan 2026 – Fagforbundet Vadsø'),
                 ('Date:', 'Tue, 10 Feb 2026 21:14:03 +0100'),
                 ('From:', 'Siri Haugland <siri.haugland@vadso-fagforbund.example>'),
                 ('To:', 'Fagforbundet Finnmark <finnmark@fagforbund.example>')):
        L.append('%s \t%s' % (k, v))
    L.append('')
    L.append('')
    L.append('')
    L.append('[image: Fagforbundet logo]')
    L.append('')
    n('Handlingsplan 2026')
    n('Fagforbundet Vadsø avd. 537')
    L.append('')
    intro = ('Planen ble vedtatt av årsmøtet torsdag 5. februar 2026 og gjelder ut året. Styret '
             'rapporterer på planen i årsmeldingen.')
    L.extend(textwrap.wrap(intro, 72))
    B.append(note(intro))
    L.append('')
    for head, area, goals, meas in SECTIONS:
        L.append('')
        L.append(head)
        B.append(H(head, area=area))
        L.append('')
        if goals:
            L.append('*Vi vil:*')
            B.append(note('Vi vil:'))
            L.append('')
            for i, g in enumerate(goals, 1):
                L.extend(wrap_item('  %d. ' % i, g))
                B.append(G(g))
            L.append('')
        L.append('*Vi gjør:*')
        B.append(note('Vi gjør:'))
        L.append('')
        for m in meas:
            L.extend(wrap_item('  * ', m))
            B.append(M(m.replace('*', '')))
        L.append('')
    L.append('')
    L.append(OWN[0])
    B.append(H(OWN[0], area=None))
    L.append('')
    for t, a in OWN[1]:
        L.extend(wrap_item('  * ', t))
        B.append(M(t, area=a))
    L.append('')
    L.append('[image]')
    L.append('')
    tail = 'Les mer om avdelingen på nettsiden vår'
    L.append('%s <https://www.fagforbundet.no/lokal/vadso/>' % tail)
    B.append(note(tail))
    L.append('')
    n('Med vennlig hilsen')
    n('Siri Haugland')
    n('leder, Fagforbundet Vadsø')
    L.append('')
    L.append('-- ')
    L.append('Fagforbundet Vadsø | Postboks 84 | 9811 Vadsø')
    B.append(note('Fagforbundet Vadsø | Postboks 84 | 9811 Vadsø'))
    L.append('')
    return '\n'.join(L), B


TEXT, BLOCKS = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.' + EXT), TEXT)
