"""b8-04 Tysnes: every paragraph starts with a bold lead-in phrase ending in a colon.

Written directly with odfpy (no LibreOffice round trip). Heading 1 per area; under it
only Text body paragraphs, each starting with a bold lead-in ("Målet vårt:",
"Heiltidsplan:", "Bakgrunn:", "Merk:" …) followed by the text in normal weight. The lead-in
says what the paragraph is about; "Målet vårt:" paragraphs are goals, topic lead-ins are
measures, "Bakgrunn:" / "Merk:" paragraphs are context. In three paragraphs the colon
stands outside the bold span, in one the bold span also holds the space after the colon.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import G, M, NG, H, note, PLANS  # noqa: E402
from national import NN  # noqa: E402

from odf.opendocument import OpenDocumentText  # noqa: E402
from odf.style import (Style, TextProperties, ParagraphProperties,  # noqa: E402
                       PageLayout, PageLayoutProperties, MasterPage)
from odf.text import H as OH, P as OP, Span  # noqa: E402
from odf import meta, dc  # noqa: E402

BASE = 'b8-04_tysnes'
EXT = 'odt'
WRITER = 'odfpy 1.4.1 (written directly, no office suite)'
LANG = 'nn'
STYLE = ('paragraphs that start with a bold lead-in phrase ending in a colon ("Målet vårt:", '
         '"Heiltidsplan:", "Verving:" …); no lists, no labels of their own')
HARD = ('kind only from the lead-in word: "Målet vårt:" = goal, topic lead-ins = measures, '
        '"Bakgrunn:" / "Merk:" paragraphs are context with the same form; the lead-in is not '
        'part of the text; colon sometimes outside the bold span; lead-in "1. mai:" starts '
        'with a number; one measure paragraph holds two sentences (one item); the national '
        'goal under the lead-in "Hovudmål frå forbundet:"; own section "Styret, økonomi og '
        'sosialt" with topic lead-ins mapped by content; odfpy ODT (no LibreOffice settings, '
        'automatic styles named by odfpy)')

META = {'union': 'Fagforbundet Tysnes', 'branch': '274', 'periodFrom': 2026,
        'periodTo': 2026, 'adopted': '2026-02-05', 'language': 'nn'}
AS_WRITTEN = '"Avdeling 274. Vedteke på årsmøtet i Uggdal 5. februar 2026."'

GOAL_LEAD = 'Målet vårt:'


def LG(text, lead=GOAL_LEAD, **kw):
    return G(text, lead=lead, **kw)


def LM(lead, text, **kw):
    return M(text, lead=lead, **kw)


def LN(lead, text, **kw):
    """a lead-in paragraph that is context (not an item)"""
    return note(text, lead=lead, **kw)


BLOCKS = [
    note('Handlingsplan for Fagforbundet Tysnes 2026', style='Title'),
    note('Avdeling 274. Vedteke på årsmøtet i Uggdal 5. februar 2026.', style='Text body'),
    H('Innleiing', section=False),
    note('Planen er delt etter dei seks satsingsområda i strategiplanen til forbundet. Kvart '
         'avsnitt byrjar med eit stikkord i feit skrift.', style='Text body'),
    H('Heiltid og likeløn', area=1),
    LG('Alle som ønskjer det, skal få ei heil stilling i Tysnes kommune innan 2028.'),
    LN('Bakgrunn:', 'I dag jobbar tre av fire tilsette i pleie og omsorg deltid, og mange har '
       'fleire små stillingar.'),
    LM('Heiltidsplan:', 'Vi krev at kommunen vedtek ein heiltidsplan med tidfesta mål for kvar eining.'),
    LM('Fortrinnsrett:', 'Tillitsvalde hjelper medlemmar som vil bruke fortrinnsretten til utvida stilling.',
       colon_outside=True),
    LM('Lønsstatistikk:', 'Vi lagar lønsstatistikk for alle medlemsgruppene før dei lokale '
       'forhandlingane i mai. Statistikken blir delt med alle plasstillitsvalde.'),
    LM('Pensjon:', 'Vi inviterer til pensjonsmøte for medlemmar over 55 år saman med KLP.'),
    H('Offentlege tenester i eigenregi', area=2),
    LG('Kommunale tenester på Tysnes skal drivast av kommunen sjølv og ikkje konkurranseutsetjast.'),
    LM('Reinhald:', 'Vi følgjer med på anbodet for reinhald av kommunehuset og krev at det blir '
       'teke tilbake i eigenregi.'),
    LM('Vikarbyrå:', 'Vi ber om ei oversikt over kjøp av sjukepleiarar og helsefagarbeidarar frå '
       'vikarbyrå to gonger i året.'),
    LM('Trepartssamarbeid:', 'Vi tek initiativ til eit trepartsmøte med ordføraren og '
       'kommunedirektøren om rekruttering i omsorga.', space_in_bold=True),
    H('Organisasjonsbygging og tariffmakt', area=3),
    LG('Fagforeininga skal ha 260 medlemmar ved årsskiftet.'),
    LG('Alle arbeidsplassar med tre eller fleire medlemmar skal ha ein plasstillitsvald.'),
    LM('Verving:', 'Vi vervar på alle arbeidsplassar i forbundsvekene og gir ei gåve til den som vervar flest.'),
    LM('Nye medlemmar:', 'Alle nye medlemmar får ein telefon frå styret den første månaden.'),
    LM('Lærlingar:', 'Vi besøkjer lærlingane i kommunen kvar haust og fortel kva fagforeininga gjer.'),
    LM('Skulering:', 'Nye tillitsvalde får grunnskulering trinn 1 innan eitt år etter valet.',
       colon_outside=True),
    LM('Tillitsvaldsamling:', 'Vi held ei samling for alle tillitsvalde med overnatting i oktober.'),
    LN('Merk:', 'Samlinga er lagd inn i budsjettet med 60 000 kroner.'),
    H('Fag- og tenesteutvikling', area=4),
    LG('Fleire av medlemmane våre skal ta fagbrev i perioden.'),
    LM('Fagbrev på jobb:', 'Vi krev at kommunen tilbyr fagbrev på jobb for assistentar i skule og barnehage.'),
    LM('Fagdag:', 'Seksjon helse og sosial skipar ein fagdag om lindrande behandling i mars.'),
    LM('Merkedagar:', 'Vi markerer Reinhaldaranes dag og Barne- og ungdomsarbeidardagen på arbeidsplassane.'),
    H('Politisk påverknad', area=5),
    LG('Dei folkevalde i Tysnes skal kjenne til krava frå Fagforbundet før budsjettet blir vedteke.'),
    LM('Budsjett:', 'Vi møter gruppeleiarane i kommunestyret kvar haust før budsjettmøtet.'),
    LM('1. mai:', 'Vi stiller med appell og stand på 1. mai-arrangementet i Uggdal.'),
    LM('Samarbeid:', 'Vi held fram samarbeidet med Tysnes Arbeidarparti og Senterpartiet om eldreomsorga.',
       colon_outside=True),
    H('Digitalisering', area=6),
    NG(NN[6][3], lead='Hovudmål frå forbundet:'),
    LG('Ingen tillitsvald skal stå utan tilgang til dei digitale verktøya til forbundet.'),
    LM('Kurs:', 'Vi held kveldskurs i Tillitsvalgtportalen og Teams for plasstillitsvalde.'),
    LM('Velferdsteknologi:', 'Tillitsvalde skal vere med når kommunen tek i bruk nye '
       'tryggleiksalarmar og digitalt tilsyn.'),
    H('Styret, økonomi og sosialt'),
    LM('Styremøte:', 'Styret møtest første måndag i kvar månad, utanom juli.', area=None),
    LM('Rekneskap:', 'Kasseraren legg fram revidert rekneskap og budsjett for årsmøtet.', area=None),
    LM('Informasjon:', 'Medlemmane får nyheiter på SMS og på Facebook-sida til fagforeininga.', area=3),
    LM('Julebord:', 'Vi inviterer alle medlemmar til julebord på Tysnes kafé i desember.', area=None),
    LM('Solidaritet:', 'Fagforeininga gir 5 000 kroner til arbeidet til Norsk Folkehjelp i Palestina.',
       area=None),
    note('Uggdal, 5. februar 2026', style='Text body'),
    note('Styret i Fagforbundet Tysnes', style='Text body'),
]


def render():
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text='Handlingsplan 2026'))
    doc.meta.addElement(meta.InitialCreator(text='Fagforbundet Tysnes'))
    pl = PageLayout(name='pm1')
    pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='2cm',
                                       marginbottom='2cm', marginleft='2.2cm', marginright='2.2cm'))
    doc.automaticstyles.addElement(pl)
    doc.masterstyles.addElement(MasterPage(name='Standard', pagelayoutname=pl))
    std = Style(name='Standard', family='paragraph')
    std.addElement(TextProperties(fontsize='11pt', fontfamily='Liberation Serif'))
    doc.styles.addElement(std)
    body = Style(name='Text body', family='paragraph', parentstylename='Standard')
    body.addElement(ParagraphProperties(margintop='0cm', marginbottom='0.25cm'))
    doc.styles.addElement(body)
    title = Style(name='Title', family='paragraph', parentstylename='Standard')
    title.addElement(TextProperties(fontsize='22pt', fontweight='bold'))
    doc.styles.addElement(title)
    h1 = Style(name='Heading 1', family='paragraph', parentstylename='Standard',
               defaultoutlinelevel='1')
    h1.addElement(ParagraphProperties(margintop='0.5cm', marginbottom='0.2cm', keepwithnext='always'))
    h1.addElement(TextProperties(fontsize='15pt', fontweight='bold', color='#b30000'))
    doc.styles.addElement(h1)
    bold = Style(name='T1', family='text')
    bold.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bold)
    for b in BLOCKS:
        if b['t'] == 'h':
            doc.text.addElement(OH(outlinelevel=1, stylename=h1, text=b['text']))
            continue
        style = {'Title': title}.get(b.get('style'), body)
        p = OP(stylename=style)
        lead = b.get('lead')
        if lead:
            if b.get('colon_outside'):
                p.addElement(Span(stylename=bold, text=lead.rstrip(':')))
                p.addText(': ' + b['text'])
            elif b.get('space_in_bold'):
                p.addElement(Span(stylename=bold, text=lead + ' '))
                p.addText(b['text'])
            else:
                p.addElement(Span(stylename=bold, text=lead))
                p.addText(' ' + b['text'])
        else:
            p.addText(b['text'])
        doc.text.addElement(p)
    dest = os.path.join(PLANS, BASE + '.odt')
    doc.save(dest)
    return dest
