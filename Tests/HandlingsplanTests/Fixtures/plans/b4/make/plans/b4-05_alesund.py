"""b4-05 Ålesund - pdftotext (default mode) of a PDF written by LibreOffice.

The document starts with a table of contents (headings with dotted leaders and
page numbers), every page has a footer with the branch name and "Side k av n".
Written as flat ODT, converted to PDF by LibreOffice headless, then pdftotext
without options.  The TOC page numbers are taken from a first rendering, so they
are right."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from b4lib import Plan, N, G, M, Fodt, soffice, run  # noqa: E402
import national as NAT  # noqa: E402

NB = NAT.NB
FOOT = 'Fagforbundet Ålesund avd. 118 · Handlingsplan 2024–2025'


def build():
    p = Plan('b4-05', 'alesund', 'txt',
             dict(union='Fagforbundet Ålesund', branch='118', periodFrom=2024, periodTo=2025,
                  adopted='2024-01-25', language='nb'),
             fmt='text, UTF-8, LF, form feeds', writer='LibreOffice 7.4 headless (flat ODT -> PDF) + '
                                                       'pdftotext 22.12 (default mode)',
             styles='5 (pdftotext of a LibreOffice PDF with a table of contents and running footer)',
             structure='a: numbered template headings 2-7 with Hovedmål / Våre mål / Tiltak '
                       'sub-headings; own sections 1, 8, 9',
             hard='table of contents at the start ("2. Heltid, ... .......3" with dotted leaders and '
                  'page numbers, one long entry); a footer of two lines (branch name + "Side k av n") '
                  'and a form feed at every page end; one bullet is split by the footer and the page break '
                  '(font size chosen by the build so that this happens); bullets come out as "•" '
                  'on the line of the text, wrapped lines without indent; numbered headings "2." ... '
                  '"9." whose number is part of the section name; sub-headings Hovedmål / Våre mål / '
                  'Tiltak are labels, not sections; intro and closing prose are not items; own section '
                  '"8. Drift, økonomi og sosiale tiltak" mapped by content (null and 3)')
    p.title('Handlingsplan 2024–2025')
    p.raw('Fagforbundet Ålesund avd. 118', style='Subtitle')
    p.raw('Vedtatt på årsmøtet 25. januar 2024', style='Subtitle')
    p.toc('Innhold', [])          # entries filled in by render()
    p.pagebreak()

    p.heading('1. Innledning', None)
    p.para('Handlingsplanen beskriver hva Fagforbundet Ålesund skal prioritere i perioden '
           '2024–2025.', 'Den bygger på forbundets strategiplan og på innspill fra klubbene, '
           'seksjonene og medlemsmøtet i november.',
           'Planen er delt inn etter de seks satsingsområdene, med forbundets hovedmål først og '
           'deretter våre egne mål og tiltak.')
    p.para('Styret har ansvaret for at planen følges opp, men mange av tiltakene krever at '
           'tillitsvalgte og medlemmer deltar.')

    def block(nat, goals, measures):
        if nat:
            p.sub('Hovedmål')
            p.bullets(*[N(x) for x in nat])
        if goals:
            p.sub('Våre mål')
            p.bullets(*goals)
        p.sub('Tiltak')
        p.bullets(*measures)

    p.heading('2. Heltid, likelønn og kampen for mindre forskjeller', 1)
    block([NB[1][1], NB[1][2]],
          [G('Halvparten av de nye stillingene i pleie og omsorg i Ålesund kommune lyses ut som '
             'hele stillinger.'),
           G('Medlemmene våre har bedre kunnskap om pensjon og AFP ved utgangen av perioden.')],
          [M('Delta i heltidsutvalget i Ålesund kommune med to representanter.'),
           M('Foreslå langvakter i helgene som forsøk ved to sykehjem der de ansatte ønsker det.'),
           M('Lage en oversikt over lønnsutviklingen i de kvinnedominerte stillingskodene.'),
           M('Pensjonsseminar for medlemmer i alderen 55–62 år.')])

    p.heading('3. Gode offentlige tjenester med egne ansatte', 2)
    block([NB[2][0]],
          [G('Kommunen tar ikke i bruk private aktører i hjemmetjenesten i perioden.')],
          [M('Kreve en årlig oversikt over kjøp av helse- og omsorgstjenester fra private.'),
           M('Legge fram tall for sykefravær og kvalitet i egen drift for politikerne.'),
           M('Samarbeide med Fellesorganisasjonen og Sykepleierforbundet mot bruk av bemanningsbyrå.')])

    p.heading('4. Organisasjonsbygging og tariffmakt', 3)
    block([NB[3][2], NB[3][1]],
          [G('Organisasjonsgraden blant helsefagarbeidere på Ålesund sjukehus skal øke.'),
           G('Klubbene på sykehuset og i kommunen har årsmøter og valgte styrer.')],
          [M('Vervekampanje rettet mot nyutdannede helsefagarbeidere i august.'),
           M('Skolebesøk på Borgund og Fagerlia videregående skoler.'),
           M('To tillitsvalgtsamlinger i året med tema fra hovedavtalen og hovedtariffavtalen.'),
           M('Kartlegge medlemmer i private barnehager uten tariffavtale og tilby hjelp til å '
             'opprette klubb.')])

    p.heading('5. Fag- og tjenesteutvikling', 4)
    block([],
          [G('Hver yrkesseksjon arrangerer noe faglig for sine medlemmer minst én gang i året.')],
          [M('Fagdag om ernæring og måltider for ansatte i kjøkken og institusjon.'),
           M('Støtte assistenter som vil ta fagbrev gjennom praksiskandidatordningen.'),
           M('Be om at lærlinger får fast jobb i kommunen etter bestått fagprøve.'),
           M('Klimakafé om avfall og gjenbruk på arbeidsplassen.')])

    p.heading('6. Alliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid', 5)
    block([NB[5][0]],
          [G('Vi har samarbeidsavtaler med minst to partier i bystyret.')],
          [M('Årlig møte med bystyregruppene til Ap, SV og Sp.'),
           M('Valgkampturné på arbeidsplasser med lokale stortingskandidater sommeren 2025.'),
           M('Felles 1. mai-arrangement med LO i Ålesund.')])

    p.heading('7. Digitalisering', 6)
    block([],
          [G('Tillitsvalgte tas med før nye digitale løsninger innføres i kommunen.')],
          [M('Kurs for tillitsvalgte i bruk av Min side og Tillitsvalgtportalen.'),
           M('Digital hjelpestasjon for pensjonister med spørsmål om BankID og Helsenorge.')])

    p.heading('8. Drift, økonomi og sosiale tiltak', None)
    p.sub('Tiltak')
    p.bullets(M('Styret har møte annenhver uke, med unntak av juli.', None),
              M('Budsjett for 2025 vedtas på årsmøtet.', None),
              M('Julemiddag for tillitsvalgte og seksjonsledere i desember.', None),
              M('Støtte Fagforbundets vennskapsarbeid med fagforeninger i Palestina.', None),
              M('Legge ut saker fra styret på nettsiden og i Facebook-gruppa minst to ganger i måneden.', 3))

    p.heading('9. Oppfølging og evaluering', None)
    p.para('Styret går gjennom planen hvert halvår og rapporterer til årsmøtet.',
           'Tiltak som ikke er gjennomført, vurderes på nytt når planen for 2026–2027 skal lages.')
    return p


def fodt(plan, toc_entries, size):
    f = Fodt(font='Liberation Serif', size=size, lang='nb', title='Handlingsplan 2024–2025',
             footer=[FOOT + '\tSide ', ('PAGE',), ' av ', ('PAGES',)])
    first_heading = True
    for b in plan.blocks:
        t = b['t']
        if t == 'title':
            f.p(b['text'], style='Title')
        elif t == 'raw':
            f.p(b['text'], style=b.get('style', 'Text_20_body'))
        elif t == 'toc':
            f.toc(b['label'], toc_entries)
        elif t == 'pagebreak':
            f.pagebreak()
        elif t == 'heading':
            if b['section']:
                f.h(b['text'], level=1)
                first_heading = False
            else:
                f.h(b['text'], level=2)
        elif t == 'para':
            f.p(' '.join(s.text for s in b['segs']))
        elif t == 'list':
            f.blist([(lvl, e.text) for lvl, e in b['entries']])
        else:
            raise ValueError(t)
    return f


def render(plan, out, work):
    heads = [b['text'] for b in plan.blocks if b['t'] == 'heading' and b['section']]
    labels = set(b['text'] for b in plan.blocks if b['t'] == 'heading')
    src = os.path.join(work, plan.base + '.fodt')
    for size in SIZES:
        text, entries = paginate(plan, src, work, heads, size)
        if split_bullet(text, labels):
            break
    else:
        raise SystemExit('no font size splits a bullet over a page break')
    with open(out, 'w', encoding='utf-8') as f:
        f.write(text)
    plan.residue = [FOOT.replace('.', r'\.'), r'Side \d+ av \d+']
    # the TOC lines as pdftotext wrote them (heading + leader dots + page number)
    plan.extra_not = [l.strip() for l in text.split('\f')[0].split('\n') if '....' in l]


SIZES = ['11.5pt', '12pt', '11pt', '12.5pt', '10.5pt']


def split_bullet(text, labels):
    """True when a page ends inside a bullet item: the next page starts with a
    continuation line (no bullet, not a heading or label)"""
    pages = [[l for l in page.split('\n') if l.strip() and not l.startswith(FOOT)
              and not re.fullmatch(r'Side \d+ av \d+', l.strip())] for page in text.split('\f')]
    for prev, nxt in zip(pages[1:], pages[2:]):
        if prev and nxt and prev[-1].startswith('•') and not nxt[0].startswith('•') \
                and nxt[0].strip() not in labels and not re.match(r'\d\. ', nxt[0]):
            return True
    return False


def paginate(plan, src, work, heads, size):
    entries = [(h, '?') for h in heads]
    for attempt in range(3):
        fodt(plan, entries, size).save(src)
        pdf = soffice(src, 'pdf', work)
        text = run(['pdftotext', pdf, '-']).decode('utf-8')
        pages = text.split('\f')
        found = []
        for h in heads:
            pg = next((i + 1 for i, pgtext in enumerate(pages) if i > 0 and
                       h in ' '.join(pgtext.split())), None)
            if pg is None:
                raise SystemExit('heading %r not found on a page' % h)
            found.append((h, str(pg)))
        if found == entries:
            break
        entries = found
    else:
        raise SystemExit('TOC page numbers did not settle')
    return text, entries
