"""b11-01 Sortland: the plan as the MediaWiki source of a page in the branch's wiki, copied
from the edit box into a text file.

Markup: an infobox template with the metadata, '''bold''' / ''italic'', == area == headings
with === Mål === / === Tiltak === sub-headings, "*" goal lists, "#" / "##" numbered measure
lists, [[target|label]] and [url label] links inside items, <ref> footnotes inside items, an
HTML comment, &nbsp; entities, a {{Utført|…}} status template, two wikitables (one with
"||" cell separators on one line per row, one with one line per cell) and a ": ''…''"
indented remark. Written by python as plain UTF-8 text (LF).
"""
import os
import re
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, write_text  # noqa: E402

BASE = 'b11-01_sortland'
EXT = 'txt'
FORMAT = 'text (UTF-8, LF)'
WRITER = 'MediaWiki page source copied from the edit box into a text file (written by python)'
LANG = 'nb'
STYLE = ('wiki markup: infobox template, == area == / === Mål === / === Tiltak === headings, '
         '"*" goals, "#" / "##" measures, two wikitables Tiltak | Ansvar | Frist (one row per '
         'line with "||", and one cell per line), <ref> footnotes, links, own section')
HARD = ('all markup must be rendered, not kept: [[target|label]] gives only the label, '
        '[url label] only the label, \'\'\'/\'\' quotes, &nbsp; entity ("10&nbsp;000"); '
        '<ref>…</ref> footnotes sit inside two items and their text is not part of the item; '
        'an HTML comment and a "{{Utført|januar 2026}}" template after a measure are no text; '
        'wikitable cells separated by "||" on one line in one table and one cell per line ("| …") in '
        'the other, header cells with "!" / "!!", a "<br />" inside a cell; "##" sub-measures '
        'under a parent ending in ":"; an indented ": \'\'Merknad: …\'\'" remark is no item; '
        'infobox lines ("| vedtatt = 5. februar 2026") hold the metadata; categories at the end; '
        'own section "Styret og medlemsaktiviteter" by content (null and 3)')

META = {'union': 'Fagforbundet Sortland', 'branch': '382', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-05', 'language': 'nb'}
AS_WRITTEN = ('infobox "| organisasjon = Fagforbundet Sortland", "| avdeling = 382", '
              '"| vedtatt = 5. februar 2026"; lead sentence "… vedtatt på årsmøtet 5. februar 2026"')

_LINK = re.compile(r'\[\[(?:[^\]|]*\|)?([^\]]*)\]\]')
_EXT = re.compile(r'\[https?://\S+ ([^\]]*)\]')
_REF = re.compile(r'<ref>(.*?)</ref>')
_TPL = re.compile(r'\{\{[^}]*\}\}')


def wiki(src):
    """Wiki markup -> the text a reader of the page sees (refs and templates dropped)."""
    s = _REF.sub('', src)
    s = _TPL.sub('', s)
    s = _LINK.sub(r'\1', s)
    s = _EXT.sub(r'\1', s)
    s = s.replace("'''", '').replace("''", '')
    s = s.replace('<br />', ' ').replace('&nbsp;', '\u00a0')
    return ' '.join(s.split(' ')).strip()


def refs(src):
    return [wiki(r) for r in _REF.findall(src)]


# ---------------------------------------------------------------- content
# each section: (heading, area, parts); part = ('goals', [src]) | ('list', [(src, level, own_area)])
# | ('table1' / 'table2', [(src, who, when)]) | ('remark', src)
SECTIONS = [
    ('Heltid og likelønn', 1, [
        ('goals', [
            'Flere av medlemmene i [[Hjemmetjenesten|hjemmetjenesten]] skal ha hele, faste '
            'stillinger innen utgangen av 2026.',
            'Ingen medlemmer skal gå glipp av AFP fordi de ikke kjenner reglene.',
        ]),
        ('list', [
            ('Kreve at kommunen legger fram tall for uønsket deltid hvert halvår.', 1),
            ('Følge opp [[Heltidserklæringen i Sortland|heltidserklæringen]] i '
             'drøftingsmøtene med kommunedirektøren.', 1),
            ('Holde et medlemsmøte om AFP og pensjon i oktober sammen med '
             '[[Pensjonistutvalget|pensjonistutvalget]].', 1),
            ("Gå gjennom lønnsstatistikken for kvinner og menn før de ''lokale'' "
             'forhandlingene.', 1),
        ]),
    ]),
    ('Egne ansatte i kommunen', 2, [
        ('goals', [
            'Renholdet og kjøkkenet på [[Sortland sykehjem]] skal fortsatt drives av '
            'kommunen.',
        ]),
        ('list', [
            ('Be om et møte med ordføreren om planene for kjøkkenet.<ref>Kjøkkenet er '
             'foreslått lagt ut på anbud i økonomiplanen 2026–2029.</ref>', 1),
            ('Kartlegge bruken av vikarbyrå i barnehagene hvert kvartal.', 1),
            ('Skrive et leserinnlegg i [[Bladet Vesteraalen]] om hvorfor egenregi gir '
             'bedre tjenester.', 1),
            ('Invitere de ansatte på kjøkkenet til et eget møte om '
             '[[Virksomhetsoverdragelse|virksomhetsoverdragelse]].', 1),
        ]),
    ]),
    ('Organisasjon og tariffmakt', 3, [
        ('goals', [
            "Vi skal ha '''760 medlemmer''' ved utgangen av 2026.",
            'Alle arbeidsplasser med mer enn fem medlemmer skal ha en plasstillitsvalgt.',
        ]),
        ('table1', [
            ('Stand med vervemateriell på sykehjemmene og i barnehagene i forbundsukene', 'Vervekontakt',
             'Uke 16 og 40'),
            ('Ringe alle nye medlemmer innen to uker etter innmelding', 'Sekretær', 'Løpende'),
            ('Velge plasstillitsvalgte på [[Sortland barneskole]] og i renholdet',
             'Hovedtillitsvalgt', '1. april'),
            ('Grunnskolering for nye tillitsvalgte<br />(to samlinger på Stokmarknad)',
             'Opplæringsansvarlig', 'Høsten 2026'),
            ('Besøke lærlingene i kommunen med informasjon om medlemskap',
             'Ungdomstillitsvalgt', 'September'),
            ('Tillitsvalgtsamling med tema lokal lønnsdannelse', 'Styret', ''),
        ]),
    ]),
    ('Fag- og tjenesteutvikling', 4, [
        ('goals', [
            'Flere ufaglærte i helse og oppvekst skal ta fagbrev.',
        ]),
        ('table2', [
            ('Informasjonsmøte om praksiskandidatordningen for assistenter i barnehagene',
             'Seksjon kirke, kultur og oppvekst', 'Februar'),
            ('Fagkveld for helsefagarbeidere om legemiddelhåndtering',
             'Seksjon helse og sosial', 'Mai'),
            ('Kreve at kompetansemidlene i kommunebudsjettet økes', 'Leder', 'Oktober'),
            ('Markere Renholdernes dag på rådhuset og sykehjemmet',
             'Seksjon samferdsel og teknisk', 'Juni'),
        ]),
    ]),
    ('Alliansebygging og politisk påvirkning', 5, [
        ('list', [
            ('Møte gruppelederne i [https://www.sortland.kommune.no/politikk kommunestyret] '
             'før budsjettbehandlingen i juni.<ref>Gruppelederne i Ap, Sp og SV har takket ja '
             'til et felles møte.</ref>', 1),
            ('Stille med egen parole i 1. mai-toget på Sortland.', 1),
            ('Lage en valgkampplan for kommunevalget 2027 sammen med de andre LO-forbundene.', 1),
            ('Sende høringssvar om ny kommuneplan {{Utført|januar 2026}}', 1),
        ]),
    ]),
    ('Digitalisering', 6, [
        ('goals', [
            'Alle tillitsvalgte skal bruke [[Tillitsvalgtportalen]] i saksbehandlingen.',
        ]),
        ('list', [
            ('Kurs for tillitsvalgte i digitale verktøy:', 1),
            ('Teams og delte kalendere i mars', 2),
            ('Tillitsvalgtportalen og medlemslister i september', 2),
            ('Kreve at de ansatte får opplæring i arbeidstiden når nytt journalsystem tas i '
             'bruk i helse og omsorg.', 1),
        ]),
        ('remark', "''Merknad: Kommunen har ennå ikke satt dato for det nye journalsystemet.''"),
    ]),
    ('Styret og medlemsaktiviteter', None, [
        ('bullets', [
            ('Styremøte første tirsdag i måneden', None),
            ('Regnskapet revideres av to revisorer før årsmøtet', None),
            ('Nyhetsbrev på e-post til medlemmene fire ganger i året', 3),
            ('Medlemsmøte for pensjonistene vår og høst', 3),
            ('Julebord for medlemmer og tillitsvalgte i desember', None),
            ("Støtte Norsk Folkehjelps arbeid i Palestina med 10&nbsp;000 kroner", None),
        ]),
    ]),
]


def build():
    lines = []
    blocks = []
    info = [
        '{{Infoboks handlingsplan',
        '| organisasjon = Fagforbundet Sortland',
        '| avdeling     = 382',
        '| periode      = 2026',
        '| vedtatt      = 5. februar 2026',
        '| ansvarlig    = [[Styret]]',
        '}}',
    ]
    lines += info
    blocks.append(note('Fagforbundet Sortland'))
    blocks.append(note('5. februar 2026'))
    lead = ("'''Handlingsplan 2026''' er planen for arbeidet i [[Fagforbundet Sortland]] "
            '(avd. 382) i 2026. Den ble vedtatt på årsmøtet 5. februar 2026 og holdes '
            'oppdatert av styret på denne siden.<ref>Styrets forslag ble sendt ut til '
            'medlemmene 20. januar 2026.</ref>')
    lines.append(lead)
    blocks.append(note(wiki(lead).split(' Den ble')[0]))
    blocks.append(note('Den ble vedtatt på årsmøtet 5. februar 2026 og holdes oppdatert av '
                       'styret på denne siden.'))
    for r in refs(lead):
        blocks.append(note(r))
    lines.append('')
    c = ('<!-- Ikke endre målene uten vedtak i styret. Tiltak som er gjennomført, merkes med '
         'malen Utført. -->')
    lines.append(c)
    blocks.append(note('Ikke endre målene uten vedtak i styret.'))
    lines.append('__TOC__')
    lines.append('')
    for head, area, parts in SECTIONS:
        lines.append('== %s ==' % head)
        blocks.append(H(head, area=area))
        for kind, data in parts:
            if kind == 'goals':
                lines.append('=== Mål ===')
                blocks.append(note('Mål'))
                for g in data:
                    lines.append('* ' + g)
                    blocks.append(G(wiki(g)))
                    for r in refs(g):
                        blocks.append(note(r))
            elif kind == 'list':
                lines.append('=== Tiltak ===')
                blocks.append(note('Tiltak'))
                for src, lvl in data:
                    lines.append('#' * lvl + ' ' + src)
                    blocks.append(M(wiki(src)))
                    for r in refs(src):
                        blocks.append(note(r))
            elif kind == 'bullets':
                for src, own in data:
                    lines.append('* ' + src)
                    blocks.append(M(wiki(src), area=own))
            elif kind == 'remark':
                lines.append(': ' + data)
                blocks.append(note(wiki(data)))
            elif kind == 'table1':
                lines.append('=== Tiltak ===')
                blocks.append(note('Tiltak'))
                lines.append('{| class="wikitable sortable"')
                lines.append('! Tiltak !! Ansvar !! Frist')
                blocks += [note('Ansvar'), note('Frist')]
                for src, who, when in data:
                    lines.append('|-')
                    lines.append('| %s || %s || %s' % (src, who, when) if when else
                                 '| %s || %s ||' % (src, who))
                    blocks.append(M(wiki(src), resp=who, dl=when or None))
                lines.append('|}')
            elif kind == 'table2':
                lines.append('=== Tiltak ===')
                blocks.append(note('Tiltak'))
                lines.append('{| class="wikitable"')
                lines.append('|-')
                lines += ['! Tiltak', '! Ansvar', '! Frist']
                for src, who, when in data:
                    lines.append('|-')
                    lines += ['| ' + src, '| ' + who, '| ' + when]
                    blocks.append(M(wiki(src), resp=who, dl=when))
                lines.append('|}')
        lines.append('')
    lines.append('== Referanser ==')
    blocks.append(note('Referanser'))
    lines.append('<references />')
    lines.append('')
    lines.append('[[Kategori:Handlingsplaner]]')
    lines.append('[[Kategori:Fagforbundet Sortland]]')
    blocks.append(note('Kategori:Handlingsplaner'))
    return blocks, '\n'.join(lines) + '\n'


BLOCKS, TEXT = build()


def render():
    return write_text(os.path.join(PLANS, BASE + '.txt'), TEXT)
