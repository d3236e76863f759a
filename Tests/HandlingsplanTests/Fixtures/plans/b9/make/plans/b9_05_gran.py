"""b9-05 Gran: a numbered outline typed by hand in LibreOffice Writer, with tabs.

Flat ODT converted by LibreOffice 7.4 headless to ODT. No headings, no list markup: every
paragraph is "Default Paragraph Style" with direct formatting (automatic styles P1..P4:
hanging indents and tab stops). The numbers are typed: "1.<TAB>HELTID …" (bold capitals) for
the areas, "1.1<TAB>…" for goals, "1.1.1<TAB>…" for measures, and many measures end with a
TAB to a right-aligned tab stop with a dotted leader followed by who is responsible. The
typing is uneven, as it is in real documents: one goal typed "2.2 " with a space instead of a
tab, one measure "4.1.2." with a trailing dot, a duplicated number "3.2.2" twice, a measure
that wraps onto a second line with a manual line break (Shift+Enter).
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, H, note, PLANS, SRC, fodt, odf_text, lo_to  # noqa: E402

BASE = 'b9-05_gran'
EXT = 'odt'
WRITER = 'LibreOffice 7.4 headless, flat ODT -> ODT (typed numbers, direct formatting)'
LANG = 'nb'
STYLE = ('hand-typed outline "1.<TAB>" / "1.1<TAB>" / "1.1.1<TAB>" in Standard paragraphs with '
         'direct formatting; responsible after a TAB at a right-aligned dotted tab stop')
HARD = ('no heading, list or outline markup: level only from the typed number (1. area, 1.1 '
        'goal, 1.1.1 measure) and hanging indents; the typed number and TAB are not text; '
        'responsible after a TAB at the end of the line (dotted leader) is not part of the '
        'text; uneven typing: "2.2 " with a space, "4.1.2." with a trailing dot, "3.2.2" typed '
        'twice, a measure broken by a manual line break; bold capital area lines are sections; '
        'own section 7 with one goal and measures mapped by content')

META = {'union': 'Fagforbundet Gran', 'branch': '178', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-03-03', 'language': 'nb'}
AS_WRITTEN = '"Fagforbundet Gran avd. 178", "Vedtatt på årsmøtet 3. mars 2026"'

# (number, sep, text, responsible) ; sep is the character(s) between number and text
OUTLINE = [
    ('1.', 'HELTID, LIKELØNN OG MINDRE FORSKJELLER', 1, [
        ('1.1', 'Flere ansatte i Gran kommune går fra deltid til heltid i 2026.', [
            ('1.1.1', 'Kreve en oppdatert oversikt over deltid og ubesatte vakter i helse og '
             'omsorg.', 'HTV'),
            ('1.1.2', 'Delta i partssammensatt gruppe for ny turnusordning på Gran '
             'helsetun.', 'HTV og plasstillitsvalgt'),
        ]),
        ('1.2', 'Medlemmene kjenner rettighetene sine om pensjon og lønn.', [
            ('1.2.1', 'Medlemsmøte om AFP og offentlig tjenestepensjon i september.', 'Styret'),
            ('1.2.2', 'Lønnsstatistikk for alle yrkesgrupper legges fram for styret før de '
             'lokale forhandlingene.', 'Leder'),
        ]),
    ]),
    ('2.', 'EGNE ANSATTE I OFFENTLIGE TJENESTER', 2, [
        ('2.1', 'Tjenestene i Gran kommune skal drives av kommunens egne ansatte.', [
            ('2.1.1', 'Følge med på planene for nytt omsorgssenter og kreve kommunal drift.',
             'Styret'),
            ('2.1.2', 'Kartlegge kjøp av vikartjenester i skoler og barnehager.', 'HTV'),
        ]),
        ('2.2', 'Ingen renholdere eller kokker i kommunen får en privat arbeidsgiver.', [
            ('2.2.1', 'Samarbeide med Fagforbundet Lunner om felles innspill mot anbud på '
             'renhold.', 'Leder'),
        ]),
    ]),
    ('3.', 'ORGANISASJON OG TARIFFMAKT', 3, [
        ('3.1', 'Avdelingen passerer 1\u00a0300 medlemmer i løpet av året.', [
            ('3.1.1', 'Verveaksjon med kaffe og boller på alle sykehjem i forbundsukene.',
             'Vervekontakt'),
            ('3.1.2', 'Besøke lærlinger og studenter på Hadeland videregående skole.',
             'Ungdomstillitsvalgt'),
        ]),
        ('3.2', 'Tillitsvalgte har den opplæringen de trenger.', [
            ('3.2.1', 'Grunnskolering for nye tillitsvalgte sammen med Fagforbundet Innlandet.',
             'Opplæringsansvarlig'),
            ('3.2.2', 'Tillitsvalgtsamling på Granavollen i oktober.', 'Styret'),
            ('3.2.2', 'Månedlig nettmøte for plasstillitsvalgte med HTV.', 'HTV'),
        ]),
    ]),
    ('4.', 'FAG OG KOMPETANSE', 4, [
        ('4.1', 'Flere medlemmer tar fagbrev eller videreutdanning.', [
            ('4.1.1', 'Informasjonskveld om fagbrev på jobb for assistenter og '
             'fagarbeidere.', 'Seksjonsledere'),
            ('4.1.2.', 'Kreve at kommunen lager en kompetanseplan for helse og omsorg.', 'HTV'),
            ('4.1.3', 'Fagtur for barne- og ungdomsarbeidere til Barnehagekonferansen\n'
             'på Lillehammer.', 'Seksjon kirke, kultur og oppvekst'),
        ]),
    ]),
    ('5.', 'POLITISK PÅVIRKNING OG SAMARBEID', 5, [
        ('5.1', 'Fagforbundet blir hørt når kommunestyret lager budsjett.', [
            ('5.1.1', 'Budsjettmøte med ordfører og gruppeledere i september.', 'Leder'),
            ('5.1.2', '1. mai-arrangement på Jaren sammen med LO Hadeland.', 'Styret'),
            ('5.1.3', 'Stille spørsmål til partiene på folkemøte om eldreomsorg.', None),
        ]),
    ]),
    ('6.', 'DIGITALISERING', 6, [
        ('6.1', 'Alle tillitsvalgte klarer seg godt med de digitale verktøyene.', [
            ('6.1.1', 'Kurs i Tillitsvalgtportalen og Teams i februar.', 'Opplæringsansvarlig'),
            ('6.1.2', 'Kreve opplæring i arbeidstiden når nytt pasientjournalsystem '
             'tas i bruk.', 'HTV'),
        ]),
    ]),
    ('7.', 'DRIFT OG MEDLEMSPLEIE', None, [
        ('7.1', 'Avdelingen drives ryddig, og medlemmene trives.', [
            ('7.1.1', 'Styremøte hver tredje uke.', 'Leder', None),
            ('7.1.2', 'Revidert regnskap legges fram på årsmøtet.', 'Kasserer', None),
            ('7.1.3', 'Informasjon til medlemmene på Facebook og i nyhetsbrev.', 'Sekretær', 3),
            ('7.1.4', 'Sommeravslutning for medlemmer og familie på Tingelstad.', 'Styret',
             None),
            ('7.1.5', 'Julegave til Kirkens Bymisjon i stedet for julekort.', 'Kasserer', None),
        ]),
    ], None),
]
GOAL_AREA_OWN = None   # area of the goal in section 7 (content: the branch's own running)


def build_blocks():
    b = [
        note('HANDLINGSPLAN 2026', style='PTitle'),
        note('Fagforbundet Gran avd. 178', style='PSub'),
        note('Vedtatt på årsmøtet 3. mars 2026', style='PSub'),
        note('Nummereringen følger satsingsområdene i strategiplanen. Under hvert område står '
             'målene våre, og under hvert mål tiltakene. Ansvarlig står til høyre.',
             style='PIntro'),
    ]
    for entry in OUTLINE:
        num, title, area, goals = entry[:4]
        b.append(H(title, area=area, num=num, sectext=num + ' ' + title))
        for gnum, gtext, measures in goals:
            kw = {} if area is not None else {'area': GOAL_AREA_OWN}
            sep = ' ' if gnum == '2.2' else '\t'
            b.append(G(gtext, num=gnum, sep=sep, **kw))
            for m in measures:
                mnum, mtext, resp = m[:3]
                kw = {} if area is not None else {'area': m[3]}
                b.append(M(mtext, resp=resp, num=mnum, **kw))
    b.append(note('Gran, 3. mars 2026', style='PSub'))
    return b


BLOCKS = build_blocks()

AUTO = '''
<style:style style:name="PTitle" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-bottom="0.2cm"/>
 <style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PSub" style:family="paragraph" style:parent-style-name="Standard">
 <style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="PIntro" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>
 <style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-left="0.9cm" fo:text-indent="-0.9cm" fo:margin-top="0.4cm" fo:margin-bottom="0.15cm">
  <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>
 <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-left="1.8cm" fo:text-indent="-0.9cm" fo:margin-top="0.15cm">
  <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>
 <style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-left="3.0cm" fo:text-indent="-1.2cm">
  <style:tab-stops><style:tab-stop style:position="0cm"/>
   <style:tab-stop style:position="14.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties>
 </style:style>
'''


def render():
    body = []
    for blk in BLOCKS:
        t = blk['t']
        if t == 'note':
            body.append('<text:p text:style-name="%s">%s</text:p>' % (blk['style'], odf_text(blk['text'])))
        elif t == 'h':
            body.append('<text:p text:style-name="P1">%s<text:tab/>%s</text:p>'
                        % (odf_text(blk['num']), odf_text(blk['text'])))
        elif blk['kind'] == 'localGoal':
            sep = '<text:tab/>' if blk['sep'] == '\t' else ' '
            body.append('<text:p text:style-name="P2">%s%s%s</text:p>'
                        % (odf_text(blk['num']), sep, odf_text(blk['text'])))
        else:
            resp = ('<text:tab/>%s' % odf_text(blk['resp'])) if blk['resp'] else ''
            body.append('<text:p text:style-name="P3">%s<text:tab/>%s%s</text:p>'
                        % (odf_text(blk['num']), odf_text(blk['text']), resp))
    src = os.path.join(SRC, BASE + '.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fodt('\n'.join(body), auto_styles=AUTO, title='Handlingsplan 2026 Fagforbundet Gran'))
    dest = os.path.join(PLANS, BASE + '.odt')
    lo_to(src, 'odt', None, dest)
    return dest
