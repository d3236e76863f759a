"""b12-04 Kragerø: an older word-processor document (RTF) opened in LibreOffice and saved as
DOCX. Each area is a Heading 1 with a typed number. A goal is a paragraph in a grey box
(paragraph border on all four sides and shading) and carries no label; the measures under it
are lines laid out in three columns with tab stops ("Tiltak<TAB>Ansvar<TAB>Frist"), not a
table, with a bold tab-aligned header line above each group. The own section "7 Fagforeningens
drift" has measures only.

Hand-written RTF (\\box \\brdrs, \\cbpat shading, \\tx tab stops, \\s1 heading style) ->
LibreOffice 7.4 headless -> DOCX (MS Word 2007 XML).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, lo_to  # noqa: E402

BASE = 'b12-04_kragero'
EXT = 'docx'
FORMAT = 'DOCX'
WRITER = 'hand-written RTF -> LibreOffice 7.4 headless -> DOCX (MS Word 2007 XML)'
LANG = 'nb'
STYLE = ('Heading 1 per area; each goal a boxed, grey-shaded paragraph without a label (w:pBdr + '
         'w:shd); measures as tab-separated pseudo-columns "Tiltak<TAB>Ansvar<TAB>Frist" at two '
         'tab stops, under a bold header line of the same form, no table')
HARD = ('goal vs measure only from the paragraph frame: a boxed, shaded paragraph is a goal, a '
        'line with tabs is a measure; the columns are only TABs at tab stops (w:tabs), so the '
        'text before the first TAB is the measure, the second field the responsible and the '
        'third the deadline; the header line "Tiltak / Ansvar / Frist" recurs before every '
        'group; empty fields (two TABs in a row, or a line ending in a TAB); in the PDFs a measure '
        'or responsible longer than its column pushes the next field to a later tab stop or '
        'onto the next line ("… koster  Leder" / "September 2026"); deadlines "Løpende", "Uke 17 og 38", "Mars '
        'og oktober"; own section "7 Fagforeningens drift" without goals, by content (null, 3)')

META = {'union': 'Fagforbundet Kragerø', 'branch': '208', 'periodFrom': 2026, 'periodTo': 2027,
        'adopted': '2026-02-05', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Kragerø avd. 208", "Vedtatt av årsmøtet 5. februar 2026"'

# (heading, area, [(goal or None, [(measure, who, when, own_area)])])
SECTIONS = [
    ('1 Heltid, likelønn og mindre forskjeller', 1, [
        ('Ingen nyansatte i Kragerø kommune skal få tilbud om stillinger under 50 prosent.', [
            ('Gå gjennom alle utlysninger i helse og omsorg hver måned', 'HTV', 'Løpende'),
            ('Kreve drøfting når små stillinger lyses ut', 'HTV', ''),
            ('Temakveld om tjenestepensjon og AFP på biblioteket', 'Styret', 'Mai 2026'),
        ]),
        ('Kvinner og menn med samme utdanning skal ha lik lønn i kommunen.', [
            ('Lønnskartlegging fordelt på kjønn før hovedoppgjøret', 'Forhandlingsutvalget',
             'April 2026'),
        ]),
    ]),
    ('2 Offentlige tjenester i egen regi', 2, [
        ('Hjemmetjenesten og renholdet i Kragerø drives med egne ansatte også etter 2027.', [
            ('Følge opp kommunestyrets vedtak om egenregi i hvert møte i partssamarbeidet '
             'og i arbeidsmiljøutvalget', 'HTV', 'Løpende'),
            ('Faktaark til politikerne om hva konkurranseutsetting koster', 'Leder',
             'September 2026'),
            ('Kartlegge innleie fra vikarbyrå i sommerferien', 'HTV', 'August 2026'),
        ]),
    ]),
    ('3 Organisasjon og tariffmakt', 3, [
        ('Fagforeningen skal ha 1150 medlemmer ved utgangen av 2027.', [
            ('Verveuke på alle arbeidsplasser i forbundsukene', 'Vervekontakt', 'Uke 17 og 38'),
            ('Besøk på helse- og oppvekstfag ved Kragerø videregående skole',
             'Ungdomstillitsvalgt', 'Oktober 2026'),
            ('Velkomstmøte for nye medlemmer to ganger i året', 'Sekretær', 'Mars og oktober'),
        ]),
        ('Alle tillitsvalgte har fått grunnopplæring innen et år etter at de ble valgt.', [
            ('Fylkeskretsens grunnkurs for nyvalgte tillitsvalgte', 'Opplæringsansvarlig',
             'Høsten 2026'),
            ('Tillitsvalgtsamling med overnatting på Sannidal', 'Styret', 'November 2026'),
        ]),
    ]),
    ('4 Fag og tjenesteutvikling', 4, [
        ('Flere ufaglærte i barnehagene tar fagbrev som barne- og ungdomsarbeider.', [
            ('Informasjonsmøte om fagbrev på jobb sammen med kommunen',
             'Seksjon kirke, kultur og oppvekst', 'Februar 2027'),
            ('Markere helsefagarbeiderdagen på Kragerø sykehjem', 'Seksjon helse og sosial', ''),
            ('Søke kompetansemidler til kurs i demensomsorg', 'Leder', 'Mars 2026'),
        ]),
    ]),
    ('5 Alliansebygging og politisk påvirkning', 5, [
        ('Fagforbundets krav skal synes i kommunebudsjettet for 2027.', [
            ('Budsjettmøte med formannskapet', 'Leder og nestleder', 'Oktober 2026'),
            ('Felles 1. mai-arrangement med LO i Kragerø', 'Styret', '1. mai'),
            ('Innlegg i Kragerø Blad om bemanningen i barnehagene', 'Leder', ''),
        ]),
    ]),
    ('6 Digitalisering', 6, [
        ('Tillitsvalgte i Kragerø bruker digitale møter når reiseveien er lang.', [
            ('Kurs i Teams og digitale møter for plasstillitsvalgte', 'Opplæringsansvarlig',
             'April 2026'),
            ('Kreve opplæring før velferdsteknologi tas i bruk i hjemmetjenesten', 'HTV',
             'Løpende'),
        ]),
    ]),
]
OWN = ('7 Fagforeningens drift', [
    ('Styremøte den første onsdagen i måneden', 'Leder', 'Løpende', None),
    ('Årsregnskap og revisjon', 'Kasserer', 'Januar 2027', None),
    ('Medlemsmøte på Stabbestad med tema arbeidsmiljø', 'Styret', 'September 2026', 3),
    ('Sommeravslutning i skjærgården for medlemmene', '', 'Juni 2026', None),
    ('Medlemsinformasjon på Facebook og e-post', 'Informasjonsansvarlig', 'Løpende', 3),
])

TITLE = 'Handlingsplan 2026–2027'
META_LINES = ['Fagforbundet Kragerø avd. 208', 'Vedtatt av årsmøtet 5. februar 2026']
INTRO = ['Planen har ett kapittel for hvert av Fagforbundets seks satsingsområder og et kapittel '
         'om driften av fagforeningen.',
         'Målene står i de grå rammene, og tiltakene følger under med ansvar og frist.']
CLOSING = 'Kragerø, 5. februar 2026'


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif ch == '\t':
            out.append('\\tab ')
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append('\\u%d?' % o)
    return ''.join(out)


HEAD = (r'{\rtf1\ansi\ansicpg1252\deff0\deflang1044'
        r'{\fonttbl{\f0\fswiss\fcharset0 Liberation Sans;}}'
        r'{\colortbl;\red0\green0\blue0;\red89\green89\blue89;\red230\green230\blue230;}'
        r'{\stylesheet{\s0\ql\f0\fs21\lang1044 Normal;}'
        r'{\s1\ql\sb360\sa120\keepn\outlinelevel0\b\f0\fs28\lang1044\sbasedon0\snext0 '
        r'heading 1;}'
        r'{\s15\qc\sb0\sa240\b\f0\fs40\lang1044\sbasedon0\snext0 Title;}}'
        r'{\info{\title Handlingsplan 2026-2027 Fagforbundet Krager\u248?}'
        r'{\author Styret}}'
        r'\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134'
        '\n')

TABS = r'\tx5900\tx7900'


def para(text, style=r'\s0\sa120', fmt=''):
    return r'{\pard\plain %s\f0\fs21 %s%s\par}' % (style, fmt, rtf_esc(text)) + '\n'


def build():
    rtf, blocks = [HEAD], []
    rtf.append(r'{\pard\plain\s15\qc\sa240\b\f0\fs40 %s\par}' % rtf_esc(TITLE) + '\n')
    blocks.append(note(TITLE))
    for t in META_LINES:
        rtf.append(para(t, r'\s0\qc\sa60'))
        blocks.append(note(t))
    rtf.append(para(' '.join(INTRO), r'\s0\sb240\sa240'))
    blocks += [note(s) for s in INTRO]

    def header():
        rtf.append(r'{\pard\plain\s0\sb120\sa60%s\f0\fs20\b %s\par}'
                   % (TABS, rtf_esc('Tiltak\tAnsvar\tFrist')) + '\n')
        blocks.append(note('Tiltak Ansvar Frist'))

    def measure(text, who, when, own=None, area=None):
        rtf.append(r'{\pard\plain\s0\sa40%s\f0\fs20 %s\par}'
                   % (TABS, rtf_esc('%s\t%s\t%s' % (text, who, when))) + '\n')
        kw = {'area': own} if area is None else {}
        blocks.append(M(text, resp=who or None, dl=when or None, **kw))

    for head, area, groups in SECTIONS:
        rtf.append(r'{\pard\plain\s1\sb360\sa120\keepn\outlinelevel0\b\f0\fs28 %s\par}'
                   % rtf_esc(head) + '\n')
        blocks.append(H(head, area=area))
        for goal, ms in groups:
            rtf.append(r'{\pard\plain\s0\sb200\sa120\keepn'
                       r'\brdrt\brdrs\brdrw10\brsp60\brdrcf2'
                       r'\brdrl\brdrs\brdrw10\brsp80\brdrcf2'
                       r'\brdrb\brdrs\brdrw10\brsp60\brdrcf2'
                       r'\brdrr\brdrs\brdrw10\brsp80\brdrcf2'
                       r'\cbpat3\f0\fs22 %s\par}' % rtf_esc(goal) + '\n')
            blocks.append(G(goal))
            header()
            for text, who, when in ms:
                measure(text, who, when, area=area)
    head, ms = OWN
    rtf.append(r'{\pard\plain\s1\sb360\sa120\keepn\outlinelevel0\b\f0\fs28 %s\par}'
               % rtf_esc(head) + '\n')
    blocks.append(H(head, area=None))
    header()
    for text, who, when, own in ms:
        measure(text, who, when, own=own)
    rtf.append(para(CLOSING, r'\s0\sb480'))
    blocks.append(note(CLOSING))
    rtf.append('}\n')
    return blocks, ''.join(rtf)


BLOCKS, RTF = build()


def render():
    src = os.path.join(SRC, BASE + '.rtf')
    with open(src, 'w', encoding='ascii') as f:
        f.write(RTF)
    return lo_to(src, 'docx', 'MS Word 2007 XML', os.path.join(PLANS, BASE + '.docx'))
