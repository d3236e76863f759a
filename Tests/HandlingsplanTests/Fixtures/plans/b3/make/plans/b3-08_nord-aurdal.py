"""b3-08 Nord-Aurdal - nynorsk; DOCX written by LibreOffice from HTML.  Part one: per
area a "Mål:" line and one block of labelled fields per measure ("Kva:" / "Kven:" /
"Når:" on consecutive paragraphs).  Part two: an "årshjul" - a table whose columns
are the twelve months (Aktivitet | jan | feb | … | des) with an "x" in the months an
activity takes place; every activity row is a measure mapped by content."""
import os
import shutil

from b3lib import Plan, G, M, Not, Hdr, Item, x, soffice

MONTHS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des']


def K(text, who, when):
    return (M(text, label='Kva:', resp=who, dl=when), [('Kven:', who), ('Når:', when)])


def wheel(text, area, months):
    ms = set(months.split())
    return [M(text, area=area)] + [Not('x' if m in ms else '', record=False) for m in MONTHS]


def build():
    p = Plan('b3-08_nord-aurdal', 'docx',
             dict(union='Fagforbundet Nord-Aurdal', branch='275', periodFrom=2025,
                  periodTo=2025, adopted='2025-02-12', language='nn'),
             writer='LibreOffice 7.4 (HTML -> DOCX, MS Word 2007 XML)',
             fmt='DOCX',
             styles='6 (Kva: / Kven: / Når: blocks, one per measure) + 8 (årshjul with '
                    'months as columns)',
             structure='a+c: area headings with a "Mål:" line and Kva/Kven/Når blocks; an '
                       'own section "Årshjul 2025" as a 13-column table',
             hard='labelled fields on consecutive paragraphs: "Kva:" is the measure, "Kven:" '
                  'the responsible, "Når:" the deadline (must not become items); goal only by '
                  'the "Mål:" label; the year wheel has months as columns with "x" marks, '
                  'its activity rows are measures mapped by content (null, 1, 3, 4, 5) with '
                  'no responsible or deadline; nynorsk')
    p.title('Handlingsplan og årshjul 2025')
    p.raw('Fagforbundet Nord-Aurdal avd. 275')
    p.raw('Vedteke av årsmøtet 12. februar 2025')
    p.para('Planen følgjer dei seks satsingsområda i strategiplanen til Fagforbundet.',
           'For kvart tiltak står det kva som skal gjerast, kven som har ansvaret og når det '
           'skal vere gjort.')

    def area(head, a, goal, *blocks):
        p.heading(head, a, level=2)
        p.para(G(goal, label='Mål:'))
        for it, fl in blocks:
            p.fields(it, fl)

    area('Heiltid, likeløn og kampen for mindre ulikheiter', 1,
         'Delen tilsette med heil stilling i omsorgstenestene aukar i 2025.',
         K('Krevje at kommunen lagar ein plan for å redusere småstillingar i omsorga.',
           'Hovudtillitsvald', 'Innan juni'),
         K('Halde lønsseminar for tillitsvalde før dei lokale forhandlingane.',
           'Forhandlingsutvalet', 'April'),
         K('Informasjonsmøte om ny AFP for medlemar i private verksemder.', 'Leiar',
           'Hausten 2025'))
    area('Gode offentlege tenester med eigne tilsette', 2,
         'Nord-Aurdal kommune nyttar ikkje private aktørar i heimetenesta.',
         K('Be om ei oversikt over innleige frå vikarbyrå kvart kvartal.', 'Hovudtillitsvald',
           'Kvart kvartal'),
         K('Skrive høyringsinnspel når kommunen vurderer nye driftsformer.', 'Styret',
           'Ved behov'))
    area('Organisasjonsbygging og tariffmakt', 3,
         'Fagforeininga aukar med 40 nye medlemar i 2025.',
         K('Besøkje Valdres vidaregåande skule og fortelje elevane på helse- og oppvekstfag '
           'om Fagforbundet.', 'Ungdomstillitsvald', 'Oktober'),
         K('Vervestand på Valdres lokalmedisinske senter i forbundsvekene.', 'Vervekontakt',
           'Mai og november'),
         K('Melde nye tillitsvalde på grunnskolering i fylket same år som dei blir valde.',
           'Opplæringsansvarleg', 'Løpande'))
    area('Fag- og tenesteutvikling', 4,
         'Fleire assistentar i barnehagane tek fagbrev.',
         K('Starte ei lesegruppe for praksiskandidatar i barne- og ungdomsarbeidarfaget.',
           'Seksjon kyrkje, kultur og oppvekst', 'Januar'),
         K('Krevje kompetanseplan for reinhaldarane i kommunen.', 'Hovudtillitsvald',
           'Innan desember'))
    area('Alliansebygging, myndigheitskontakt og fagleg-politisk påverknadsarbeid', 5,
         'Alle partia i kommunestyret kjenner krava våre før valet.',
         K('Sende spørsmål om offentleg velferd til stortingskandidatane frå Innlandet.',
           'Styret', 'August'),
         K('Arrangere politisk frukost med ordføraren.', 'Leiar', 'Mars'))
    area('Digitalisering', 6,
         'Medlemane våre står ikkje utanfor digitalt.',
         K('Digital hjelp for pensjonistar på biblioteket på Fagernes kvar månad.',
           'Pensjonistutvalet', 'Første tysdag i månaden'),
         K('Krevje at tillitsvalde blir tekne med når digitalt tilsyn blir innført.',
           'Hovudtillitsvald', 'Løpande'))

    p.heading('Årshjul 2025', None, level=2)
    p.para('Årshjulet viser dei faste aktivitetane i fagforeininga gjennom året.')
    p.table([Hdr('Aktivitet', *MONTHS),
             wheel('Styremøte i fagforeininga', None, 'jan feb mar apr mai jun aug sep okt '
                                                      'nov des'),
             wheel('Årsmøte med val, rekneskap og handlingsplan', None, 'feb'),
             wheel('Ope medlemsmøte med orientering frå styret', 3, 'mar okt'),
             wheel('Samling for alle tillitsvalde', 3, 'apr nov'),
             wheel('Markering av 1. mai på Fagernes', 5, 'mai'),
             wheel('Førebu lokale lønsforhandlingar med klubbane', 1, 'mai jun'),
             wheel('Sommartur for medlemar og familie', None, 'jun'),
             wheel('Fagdag om kvardagsrehabilitering for helsefagarbeidarar', 4, 'sep'),
             wheel('Vervekveld på arbeidsplassane', 3, 'mai nov'),
             wheel('Innspel til kommunebudsjettet', 5, 'okt'),
             wheel('Julelunsj for styret og tillitsvalde', None, 'des'),
             wheel('Julegåve til minerydding gjennom Norsk Folkehjelp', None, 'des'),
             ])
    p.raw('Fagernes, 12. februar 2025')
    return p


# ----------------------------------------------------------------- writer
CSS = ('body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt} '
       'p{margin-top:0;margin-bottom:0} p.end{margin-bottom:0.3cm} '
       'td,th{vertical-align:top;padding:2px;font-size:9pt}')


def render(p, out, work):
    h = ['<!DOCTYPE html>', '<html lang="nn"><head><meta charset="utf-8">',
         '<title>Handlingsplan og årshjul 2025</title>', '<style>%s</style>' % CSS,
         '</head><body>']
    for b in p.blocks:
        t = b['t']
        if t == 'title':
            h.append('<h1>%s</h1>' % x(b['text']))
        elif t == 'raw':
            h.append('<p class="end">%s</p>' % x(b['text']))
        elif t == 'heading':
            h.append('<h2>%s</h2>' % x(b['text']))
        elif t == 'para':
            segs = []
            for s in b['segs']:
                if isinstance(s, Item) and s.label:
                    segs.append('<b>%s</b> %s' % (x(s.label), x(s.text)))
                else:
                    segs.append(x(s.shown))
            h.append('<p class="end">%s</p>' % ' '.join(segs))
        elif t == 'fields':
            it = b['item']
            h.append('<p><b>%s</b> %s</p>' % (x(it.label), x(it.text)))
            for k, (lab, val) in enumerate(b['fields']):
                cls = ' class="end"' if k == len(b['fields']) - 1 else ''
                h.append('<p%s><b>%s</b> %s</p>' % (cls, x(lab), x(val)))
        elif t == 'table':
            rows = b['rows']
            h.append('<table border="1" cellspacing="0" cellpadding="2" width="100%">')
            h.append('<col width="220">' + '<col width="30">' * 12)
            h.append('<thead><tr>%s</tr></thead>' % ''.join('<th>%s</th>' % x(c)
                                                             for c in rows[0].cells))
            for r in rows[1:]:
                cells = ['<td>%s</td>' % x(r[0].shown)]
                cells += ['<td align="center">%s</td>' % x(c.text) for c in r[1:]]
                h.append('<tr>%s</tr>' % ''.join(cells))
            h.append('</table>')
    h.append('</body></html>')
    src = os.path.join(work, p.base + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('\n'.join(h) + '\n')
    od = os.path.join(work, 'out')
    os.makedirs(od)
    res = soffice(src, 'docx', od, 'MS Word 2007 XML')
    shutil.copyfile(res, out)
