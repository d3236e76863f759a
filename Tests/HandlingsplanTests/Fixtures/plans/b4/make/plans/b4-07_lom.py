"""b4-07 Lom - goals numbered "M1", "M2" ..., measures "T1.1", "T1.2" ... (codes as
markers, followed by a TAB), nynorsk.

Written as flat ODT (hanging-indent paragraphs with the code, a TAB and the text),
converted to ODT and then saved as text by LibreOffice headless ("Text (encoded)",
UTF-8, CRLF): one line per paragraph, a BOM, list bullets as "•"."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from b4lib import Plan, N, G, M, Fodt, soffice, copy  # noqa: E402
import national as NAT  # noqa: E402

NN = NAT.NN


def build():
    p = Plan('b4-07', 'lom', 'txt',
             dict(union='Fagforbundet Lom', branch='409', periodFrom=2025, periodTo=2026,
                  adopted='2025-02-04', language='nn'),
             fmt='text, UTF-8 with BOM, CRLF',
             writer='LibreOffice 7.4 headless: flat ODT -> ODT -> Text (encoded) UTF-8/CRLF',
             styles='7 (codes as markers: M1 goals, T1.1 measures, code + TAB)',
             structure='e: typed area headings (drifted) + coded goals and measures; own section 7',
             hard='goal/measure only from the code ("M3\\t" vs "T3.2\\t"); the codes are markers '
                  'and not part of the text; measure numbers repeat the goal number (T4.1 under M4); '
                  'some measures end in "(ansvar: ...)" -> responsible; national goals as "•" '
                  'bullets after an inline label "Hovudmål frå forbundet:" in two areas; BOM + CRLF; '
                  'one paragraph per line, no blank lines between paragraphs; the intro sentence '
                  'quotes the codes ("M1, M2", "T1.1"); adoption date "4.2.2025"; own section "7 Drift av fagforeininga" '
                  'whose goals and measures are null or 3 by content')
    p.title('Handlingsplan 2025–2026')
    p.raw('Fagforbundet Lom avd. 409')
    p.raw('Vedteke på årsmøtet 4.2.2025')
    p.para('Måla er nummererte M1, M2 og så vidare, og tiltaka under kvart mål har nummeret til '
           'målet, til dømes T1.1.', 'Ansvaret står i parentes der det er avklart.')

    def mg(code, text, *a, **kw):
        return G(text, *a, code=code, **kw)

    def tm(code, text, *a, **kw):
        return M(text, *a, code=code, **kw)

    def nat(*goals):
        p.sub('Hovudmål frå forbundet:', level=9)
        p.bullets(*[N(g) for g in goals])

    p.heading('1 Heiltid, likeløn og mindre ulikskap', 1)
    nat(NN[1][0], NN[1][1])
    p.bullets(mg('M1', 'Fleire av medlemane våre i Lom kommune har ei stilling på 80 prosent eller '
                       'meir.'),
              tm('T1.1', 'Krevje at alle ledige stillingar i pleie og omsorg blir vurderte for '
                         'heiltid før dei blir lyste ut.'),
              tm('T1.2', 'Halde oversikt over kor mange som ønskjer større stilling',
                 resp='hovudtillitsvald'),
              mg('M2', 'Medlemane kjenner til reglane for AFP og offentleg tenestepensjon.'),
              tm('T2.1', 'Pensjonsmøte i Fossbergom i samarbeid med KLP.'), kind='coded')

    p.heading('2 Offentlege tenester i eigenregi', 2)
    p.bullets(mg('M3', 'Lom kommune set ikkje ut reinhald eller kjøkkendrift på anbod.'),
              tm('T3.1', 'Lese saklistene til formannskapet for å fange opp saker om anbod tidleg.'),
              tm('T3.2', 'Samarbeide med Fagforbundet Skjåk om felles innspel mot '
                         'konkurranseutsetjing i Nord-Gudbrandsdalen.'),
              mg('M4', 'Bruken av vikarbyrå i sommarferien skal ned.'),
              tm('T4.1', 'Krevje at kommunen lagar ein plan for sommarvikarar i god tid før ferien',
                 resp='hovudtillitsvald'), kind='coded')

    p.heading('3 Organisasjon og tariffmakt', 3)
    nat(NN[3][0])
    p.bullets(mg('M5', 'Fagforeininga har 260 medlemar ved utgangen av 2026.'),
              tm('T5.1', 'Verveaksjon med frukt og kaffi på arbeidsplassane i september.'),
              tm('T5.2', 'Ringje alle nye medlemar og invitere dei til medlemsmøte.'),
              mg('M6', 'Alle arbeidsplassar med medlemar har ein tillitsvald eller kontaktperson.'),
              tm('T6.1', 'Grunnopplæring for nye tillitsvalde saman med Vågå og Skjåk',
                 resp='opplæringsansvarleg'),
              tm('T6.2', 'Tillitsvaldsamling over to dagar i Bøverdalen hausten 2025.'), kind='coded')

    p.heading('4 Fag og kompetanse', 4)
    p.bullets(mg('M7', 'Kommunen tek inn minst tre lærlingar i helsearbeidarfaget kvart år.'),
              tm('T7.1', 'Ta opp lærlingplassar i møte med kommunedirektøren før budsjettet.'),
              tm('T7.2', 'Fagleg samling om språk og leik for dei som jobbar i barnehagane.'),
              tm('T7.3', 'Oppmode assistentar i skulen til å ta fagbrev som barne- og '
                         'ungdomsarbeidar.'), kind='coded')

    p.heading('5 Politisk påverknad og alliansar', 5)
    p.bullets(mg('M8', 'Fagforbundet sine saker blir tekne opp i valkampen i 2025.'),
              tm('T8.1', 'Arbeidsplassbesøk med stortingskandidatar frå Innlandet.'),
              tm('T8.2', 'Lesarinnlegg i Fjuken om heiltid og eigenregi før valet.'),
              tm('T8.3', '1. mai-arrangement saman med LO i Nord-Gudbrandsdal.'), kind='coded')

    p.heading('6 Digitalisering', 6)
    p.bullets(mg('M9', 'Tillitsvalde og medlemar meistrar dei digitale verktøya dei treng.'),
              tm('T9.1', 'Kveld med opplæring i digitale møte for tillitsvalde.'),
              tm('T9.2', 'Hjelp med BankID og nettbank for pensjonistane på medlemsmøta.'),
              kind='coded')

    p.heading('7 Drift av fagforeininga', None)
    p.bullets(mg('M10', 'Fagforeininga har god økonomi og ryddig drift.', None),
              tm('T10.1', 'Seks styremøte i året og arbeidsutval ved behov.', None),
              tm('T10.2', 'Rekneskapen blir revidert før årsmøtet', None, resp='kasserar'),
              tm('T10.3', 'Informasjon til medlemane på Facebook og i nyheitsbrev.', 3),
              mg('M11', 'Medlemane har sosiale tilbod gjennom året.', None),
              tm('T11.1', 'Julebord i Fossbergom i desember.', None),
              tm('T11.2', 'Sommartur til Juvasshytta for medlemar og familie.', None),
              tm('T11.3', 'Innsamling til minerydding i regi av Norsk Folkehjelp.', None),
              kind='coded')
    p.raw('Lom, 4. februar 2025')
    p.raw('Styret i Fagforbundet Lom')
    return p


def render(plan, out, work):
    f = Fodt(font='Liberation Sans', size='11pt', lang='nn', title='Handlingsplan 2025–2026')
    for b in plan.blocks:
        t = b['t']
        if t == 'title':
            f.p(b['text'], style='Title')
        elif t == 'raw':
            f.p(b['text'])
        elif t == 'heading':
            if b['section']:
                f.h(b['text'], level=1)
            else:
                f.p([(b['text'], 'b')])
        elif t == 'para':
            f.p(' '.join(s.text for s in b['segs']))
        elif t == 'list':
            if b.get('kind') == 'coded':
                for _, e in b['entries']:
                    text = e.code + '\t' + e.text + (' (ansvar: %s)' % e.resp if e.resp else '')
                    f.p(text, style='Code_20_Para' if e.kind == 'localGoal' else 'Code_20_Para_20_2')
            else:
                f.blist([(lvl, e.text) for lvl, e in b['entries']])
        else:
            raise ValueError(t)
    src = os.path.join(work, plan.base + '.fodt')
    f.save(src)
    odt = soffice(src, 'odt', work)
    txt = soffice(odt, 'txt:Text (encoded):UTF8,CRLF,,', work)
    copy(txt, out)
