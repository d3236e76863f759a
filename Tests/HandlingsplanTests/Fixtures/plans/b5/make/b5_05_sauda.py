"""b5-05 Sauda - nynorsk, plain text pasted from an e-mail client as quoted text.

Every line starts with "> " (a blank quoted line is ">"); the part the treasurer
wrote was forwarded inside the mail and starts with "> > ".  Lists are "-" bullets,
the text is wrapped at 72 columns including the quote marks; continuation lines are
not indented in the outer mail and indented two spaces in the forwarded part.
Headings in the outer mail are bold rendered by the mail client as *Heading*; in
the forwarded part they are capitals.
"""
from planlib import Meta, Para, Label, Area, Own, Mark, G, M, wrap, write_text

INFO = dict(
    id='b5-05', base='b5-05_sauda', ext='txt', format='text, UTF-8, LF (quoted e-mail)',
    writer='mail client (Outlook plain text, quoted reply), pasted into a text file',
    language='nn',
    structure='mail headers + greeting, *area* headings with "Måla våre:" / "Dette gjer vi:" '
              '"-" lists, then a forwarded mail ("> > ") with two own sections in capitals',
    styles='5 (e-mail quoting "> " and "> > ", "-" bullets wrapped at 72)',
    hard='every line carries quote marks ("> ", "> > ", bare ">" on blank lines) that are no '
         'part of the text; bullets wrap at 72 columns with unindented continuation lines in '
         'the outer mail (indented in the forwarded part); headings only as *bold* markers or '
         'capitals; mail headers (Fra/Sendt/Til/Emne), greeting, signature and the '
         '"-----Opprinnelig melding-----" separator are not items; the adoption is relative '
         '("vedtok han i går kveld") so adopted is null although the mail is dated; the avd. '
         'number only in the signature')

PLAN = dict(union='Fagforbundet Sauda', branch='191', periodFrom=2025, periodTo=2025,
            adopted=None, language='nn')

GOALS = 'Måla våre:'
DO = 'Dette gjer vi:'

BLOCKS = [
    Meta('Fra: Fagforbundet Sauda', mail=True),
    Meta('Sendt: fredag 7. februar 2025 09:12', mail=True),
    Meta('Til: Fagforbundet Rogaland', mail=True),
    Meta('Emne: Handlingsplan 2025 for Fagforbundet Sauda', mail=True),
    Para('Hei!'),
    Para('Her kjem handlingsplanen vår for 2025, slik årsmøtet vedtok han i går kveld. Delen om '
         'drift og det sosiale skreiv kasseraren, og han ligg nedst i denne e-posten som '
         'vidaresend melding.'),
    Para('HANDLINGSPLAN 2025'),

    Area('Heiltid og likeløn', 1),
    Label(GOALS),
    G('Fleire tilsette i Sauda kommune har stillingar på 100 prosent når 2025 er over.'),
    G('Alle medlemmar over 60 år veit kva dei får i pensjon og AFP.'),
    Label(DO),
    M('Krevje at heiltidsutvalet i kommunen kjem i gang att, med ein tillitsvald frå '
      'Fagforbundet som medlem.'),
    M('Halde pensjonskurs på Sauda samfunnshus i samarbeid med KLP og pensjonistutvalet.'),
    M('Kartleggje ufrivillig deltid i butikkar og reinhaldsbedrifter i Sauda.'),

    Area('Eigne tilsette i offentlege tenester', 2),
    Label(GOALS),
    G('Sauda kommune kjøper ikkje tenester frå vikarbyrå i 2025.'),
    Label(DO),
    M('Be administrasjonen om tal på innleigde vikarar kvart kvartal.'),
    M('Gå imot planane om å setje reinhaldet i dei kommunale bygga ut på anbod.'),

    Area('Organisasjonsbygging og tariffmakt', 3),
    Label(GOALS),
    G('Medlemstalet aukar med 40 i løpet av året.'),
    G('Alle tillitsvalde har fått grunnopplæring.'),
    Label(DO),
    M('Vervekampanje med besøk på alle arbeidsplassane i kommunen i forbundsveka.'),
    M('Velkomstmøte for nye medlemmar kvar vår.'),
    M('Sende to tillitsvalde på trinn 2 i regi av fylkeskretsen.'),
    M('Lage ein plan for kven som tek over verva når leiar og hovudtillitsvald går av.'),

    Area('Fag- og tenesteutvikling', 4),
    Label(GOALS),
    G('Fleire ufaglærte i helse og omsorg tek fagbrev.'),
    Label(DO),
    M('Informasjonskveld om fagbrev som praksiskandidat for assistentar og ufaglærte.'),
    M('Krevje to nye læreplassar i helsearbeidarfaget i budsjettet for 2026.'),
    M('Fagleg samling om demens for tilsette i heimetenesta og på Sauda sjukeheim.'),

    Area('Alliansebygging og politisk påverknad', 5),
    Label(GOALS),
    G('Medlemmane røystar ved stortingsvalet, og fleire stemmer på parti som står for '
      'politikken til Fagforbundet.'),
    Label(DO),
    M('Skipe til valkampmøte med stortingskandidatar frå Rogaland i august.'),
    M('Arrangere 1. mai på torget i Sauda saman med LO og partia på venstresida.'),
    M('Invitere ordføraren til medlemsmøte om budsjettet for helse og omsorg.'),

    Area('Digitalisering', 6),
    Label(DO),
    M('Digital kafé for pensjonistar med hjelp til BankID, Vipps og Helsenorge.'),
    M('Alle i styret tek i bruk Teams og eit felles dokumentlager.'),

    Para('Helsing'),
    Para('Leiar i Fagforbundet Sauda avd. 191'),

    Mark('forward'),
    Meta('-----Opprinnelig melding-----', mail=True),
    Meta('Fra: Kasserar i Fagforbundet Sauda', mail=True),
    Meta('Sendt: tysdag 28. januar 2025 20:41', mail=True),
    Meta('Til: Leiar i Fagforbundet Sauda', mail=True),
    Meta('Emne: Drift og sosialt til handlingsplanen', mail=True),
    Para('Her er punkta mine til handlingsplanen.'),

    Own('DRIFT OG ØKONOMI'),
    M('Styremøte kvar tredje veke, og oftare i forhandlingsperioden.', None),
    M('Leggje fram budsjettet for 2025 på det første styremøtet etter årsmøtet.', None),
    M('Revisorane går gjennom rekneskapen i god tid før årsmøtet.', None),
    M('Medlemsregisteret skal vere oppdatert før kvart årsskifte.', None),

    Own('SOSIALT'),
    M('Juleavslutning med tapas for dei tillitsvalde.', None),
    M('Fjelltur til Svandalen for medlemmar og familiane deira i juni.', None),
    M('Gje 3 000 kroner til solidaritetsfondet til Fagforbundet.', None),

    Para('Mvh kasserar'),
]


def render(path):
    out = []
    quote, first, rest, width = '> ', '', '', 72
    prev = None

    def blank():
        if out and out[-1] not in ('>', '> >'):
            out.append(quote.rstrip())

    def put(text, f='', r=''):
        for line in wrap(text, width - len(quote), f, r):
            out.append(quote + line)

    for b in BLOCKS:
        if b.kind == 'mark':                      # the forwarded part starts
            blank()
            fwd = True
            continue
        if b.kind == 'meta':
            if b.text.startswith('-----'):
                quote = '> '
            put(b.text)
            if b.text.startswith('Emne:'):
                quote_after = '> > ' if quote == '> ' and any(
                    x.kind == 'mark' for x in BLOCKS[:BLOCKS.index(b)]) else quote
                blank()
                quote = quote_after
        elif b.kind == 'para':
            if prev == 'item':
                blank()
            put(b.text)
            blank()
        elif b.kind == 'area':
            blank()
            put('*%s*' % b.text)
            blank()
        elif b.kind == 'own':
            if prev == 'item':
                blank()
            put(b.text)
        elif b.kind == 'label':
            if prev == 'item':
                blank()
            put(b.text)
        elif b.kind == 'item':
            cont = '  ' if quote == '> > ' else ''
            put(b.text, '- ', cont)
        prev = b.kind
    while out and out[-1] in ('>', '> >'):
        out.pop()
    write_text(path, '\n'.join(out) + '\n')
