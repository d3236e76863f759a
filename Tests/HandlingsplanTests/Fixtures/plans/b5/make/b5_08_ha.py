"""b5-08 Hå - nynorsk, plain text written by pandoc (Markdown -> plain, wrapped at 72).

Under every heading a short paragraph mixes situation sentences with goal sentences
("Vi vil at ...", "Vårt mål er at ...", "Ambisjonen vår er ...", "Styret skal ..."),
then a "Konkrete tiltak" label and a "-" list of measures with the deadline in
parentheses at the end ("(innan påske)", "(veke 38)", "(før sommarferien)").
pandoc's plain writer drops all emphasis, so headings and the label are bare lines.
"""
from planlib import Title, Meta, Para, Label, Area, Own, Prose, G, M, pandoc, src_path

INFO = dict(
    id='b5-08', base='b5-08_ha', ext='txt', format='text, UTF-8, LF (pandoc plain)',
    writer='pandoc 2.17 (Markdown -> plain, --columns=72)', language='nn',
    structure='headings + prose paragraphs with goal sentences + "Konkrete tiltak" "-" lists '
              'with deadlines in parentheses',
    styles='8 (goal sentences "Vi vil at" / "Vårt mål er at" / "Ambisjonen vår er" in prose; '
           'measures with "(deadline)" tails)',
    hard='headings, the "Konkrete tiltak" label and the title are bare lines (pandoc plain '
         'keeps no emphasis); goals are single sentences inside paragraphs that also hold '
         'situation sentences, wrapped at 72 columns (once between "1" and "400"); measures wrap with a 4-space hanging '
         'indent after "-   "; deadlines are parenthesised tails ("(veke 38)", "(før '
         'sommarferien)", "(1. mai)") that are not part of the text, and two measures have '
         'none; one own heading ("Politikk og samfunn") whose items are mapped by content, '
         'including a political measure whose subject is heiltid (area 1); a last own section '
         'whose goals are "Styret skal ..." / "Vi vil òg ..." sentences with area null; no avd. '
         'number')

PLAN = dict(union='Fagforbundet Hå', branch=None, periodFrom=2025, periodTo=2026,
            adopted='2025-02-04', language='nn')

DO = 'Konkrete tiltak'

BLOCKS = [
    Title('Handlingsplan for Fagforbundet Hå 2025–2026'),
    Meta('Vedteke på årsmøtet 4. februar 2025'),
    Para('Handlingsplanen fortel kva fagforeininga vil arbeide med dei neste to åra. Under kvart '
         'tema skildrar vi kort korleis det står til, kva vi vil oppnå, og kva vi konkret skal '
         'gjere.'),

    Area('Heiltid og løn', 1),
    Prose('Berre om lag kvar tredje tilsette i helse og omsorg i Hå har heil stilling i dag.',
          G('Vi vil at fleire skal få heile, faste stillingar, og at kommunen skal byggje ein '
            'heiltidskultur.'),
          G('Vårt mål er at delen heiltidstilsette aukar med fem prosentpoeng i perioden.'),
          'Mange medlemar er usikre på kva den nye AFP-ordninga betyr for dei.'),
    Label(DO),
    M('Krevje ei ny kartlegging av ønskt stillingsstorleik blant dei tilsette i '
      'omsorgstenesta', dl='innan påske'),
    M('Pensjonsmøte for medlemar over 55 år saman med KLP', dl='veke 38'),
    M('Gå gjennom utlysingane til kommunen kvar månad og reagere på små stillingar'),
    M('Drøftingsmøte med kommunalsjefen for helse om langvakter i helgene',
      dl='før sommarferien'),

    Area('Eigenregi og offentlege tenester', 2),
    Prose('Hå kommune har så langt halde reinhald, kjøkken og heimeteneste i eigenregi.',
          G('Ambisjonen vår er at alle desse tenestene framleis skal drivast av eigne tilsette '
            'etter neste kommuneval.'),
          G('Vi vil at kommunen skal slutte å leige inn sjukepleiarar og helsefagarbeidarar frå '
            'vikarbyrå.')),
    Label(DO),
    M('Be om tal på innleige frå vikarbyrå i helse og omsorg', dl='kvart halvår'),
    M('Leggje fram argumenta våre for eigenregi på eit ope møte på Nærbø', dl='hausten 2025'),

    Area('Organisasjonsbygging og tariffmakt', 3),
    Prose('Fagforeininga har i dag om lag 1 300 medlemar.',
          G('Vårt mål er at vi er 1 400 ved utgangen av 2026.'),
          G('Vi vil at alle tillitsvalde skal ha grunnopplæring innan eitt år etter at dei er '
            'valde.'),
          'Mange av dei tillitsvalde er nye i vervet.'),
    Label(DO),
    M('Vervekampanje på sjukeheimane og i barnehagane', dl='veke 11 og veke 43'),
    M('Trinn 1-kurs for nye tillitsvalde saman med nabofagforeiningane på Jæren',
      dl='innan 1. mai'),
    M('Velkomstbrev og telefon til alle nye medlemar', dl='løpande'),
    M('Besøk i helse- og oppvekstklassane på den vidaregåande skulen i kommunen',
      dl='oktober'),
    M('Lage ei oversikt over arbeidsplassar utan plasstillitsvald', dl='før sommarferien'),

    Area('Fag- og tenesteutvikling', 4),
    Prose(G('Vi vil at fleire assistentar i barnehage og skule skal ta fagbrev.'),
          G('Ambisjonen vår er at kommunen har ein kompetanseplan som omfattar alle '
            'yrkesgruppene våre.'),
          'Etterspurnaden etter helsefagarbeidarar er stor på heile Jæren.'),
    Label(DO),
    M('Informasjonsmøte om praksiskandidatordninga i barne- og ungdomsarbeidarfaget',
      dl='februar'),
    M('Krevje at kompetanseplanen blir drøfta med hovudtillitsvald før han blir vedteken',
      dl='innan påske'),
    M('Fagdag for reinhaldarar med tema arbeidsstillingar og utstyr', dl='hausten 2025'),

    Own('Politikk og samfunn'),
    Prose('Stortingsvalet i 2025 er viktig for medlemane våre.',
          G('Vi vil at flest mogleg av medlemane røystar, og at dei kjenner sakene våre.', 5),
          G('Vårt mål er at Fagforbundet blir høyrt før kvart budsjett i Hå kommune.', 5)),
    Label(DO),
    M('Valkampstand på Nærbø og Varhaug saman med LO', 5, dl='august og september 2025'),
    M('Brev til alle gruppeleiarane med krav om ein heiltidsstrategi for kommunen', 1,
      dl='før budsjettmøtet'),
    M('Arrangement på Nærbø på arbeidarrørsla sin dag', 5, dl='1. mai'),

    Area('Digitalisering', 6),
    Prose(G('Vi vil at alle medlemar skal kunne bruke dei digitale tenestene til kommunen og '
            'Nav.'),
          G('Vårt mål er at tillitsvalde får opplæring i Tillitsvalgtportalen same året som dei '
            'blir valde.')),
    Label(DO),
    M('BankID- og Vipps-hjelp for pensjonistar på Nærbø bibliotek',
      dl='første tysdag i månaden'),
    M('Opplæring i digitale møte for nye tillitsvalde'),

    Own('Styre, økonomi og sosialt'),
    Prose(G('Styret skal halde god orden på økonomien og rapportere til årsmøtet.', None),
          G('Vi vil òg at medlemane skal møtast til sosiale tilstellingar.', None)),
    Label(DO),
    M('Styremøte kvar månad utanom juli', None, dl='løpande'),
    M('Revisjon av rekneskapen', None, dl='innan 15. januar'),
    M('Julemiddag for alle medlemar på Hå gamle prestegard', None, dl='desember'),
    M('Samle inn pengar til Fagforbundet sitt solidaritetsfond på medlemsmøta', None,
      dl='heile året'),
]


def render(path):
    md = []
    for i, b in enumerate(BLOCKS):
        if b.kind == 'title':
            md += ['# ' + b.text, '']
        elif b.kind in ('meta', 'para'):
            md += ['*%s*' % b.text if b.kind == 'meta' else b.text, '']
        elif b.kind in ('area', 'own'):
            md += ['## ' + b.text, '']
        elif b.kind == 'prose':
            md += [' '.join(p.text if hasattr(p, 'ikind') else p for p in b.parts), '']
        elif b.kind == 'label':
            md += ['**%s**' % b.text, '']
        elif b.kind == 'item':
            md.append('- ' + b.text + (' (%s)' % b.dl if b.dl else ''))
            if i + 1 == len(BLOCKS) or BLOCKS[i + 1].kind != 'item':
                md.append('')
        else:
            raise ValueError(b.kind)
    src = src_path('b5-08_ha.md')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('\n'.join(md).rstrip('\n') + '\n')
    pandoc(src, path, 'markdown', 'plain', '--columns=72')
