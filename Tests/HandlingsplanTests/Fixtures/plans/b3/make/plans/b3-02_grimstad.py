"""b3-02 Grimstad - bokmål; the plan pasted into an e-mail and the mail saved as
text from the mail program (forwarded, so two sets of "Fra: / Sendt: / Til: / Emne:"
header lines, greetings and signatures).  Headings in CAPITALS, goals as "Mål: …"
lines with indented "Tiltak: …" lines under them (a definition list), other
sections as "-" bullets.  Hard-wrapped at 76 columns as the mail program does:
continuation lines start in column 0, also under indented lines.  UTF-16 LE with
BOM, CRLF ("Unicode text")."""
from b3lib import Plan, G, M, X, wrap, write_bytes


def build():
    p = Plan('b3-02_grimstad', 'txt',
             dict(union='Fagforbundet Grimstad', branch='057', periodFrom=2025, periodTo=2025,
                  adopted='2025-02-11', language='nb'),
             writer='python (mail saved as text: UTF-16 LE with BOM, CRLF)',
             fmt='text, UTF-16 LE BOM, CRLF',
             styles='2 (plan pasted into an e-mail) + 6 (Mål: with indented Tiltak: lines)',
             structure='b: CAPITAL headings (four area names, four own), Mål:/Tiltak: '
                       'definition lists and "-" bullets inside a forwarded mail',
             hard='UTF-16 LE + CRLF; two mail headers (Fra/Sendt/Til/Emne), greetings, '
                  'forward separator and two signatures with phone numbers around the plan; '
                  'the Sendt dates are not the adoption date (11.02.2025 in the body); lines '
                  'wrapped at 76 with continuations in column 0, also under the indented '
                  '"    Tiltak:" lines; a "Mål:" line under an own heading; political items '
                  'whose subject is heltid (area 1) under "POLITISK ARBEID"')
    # --- outer mail (forward)
    p.raw('Fra: Geir Tveit <geir.tveit@example.com>', gap=0, nowrap=True)
    p.raw('Sendt: fredag 14. februar 2025 09:41', gap=0, nowrap=True)
    p.raw('Til: Fagforbundet Agder <post.agder@example.com>', gap=0, nowrap=True)
    p.raw('Emne: VS: Handlingsplan 2025 - Fagforbundet Grimstad avd. 057', nowrap=True)
    p.raw('Hei,')
    p.para('Videresender handlingsplanen vår slik sekretæren sendte den til meg.',
           'Si fra hvis dere trenger den som vedlegg også.')
    p.raw('Mvh', gap=0)
    p.raw('Geir Tveit', gap=0)
    p.raw('leder, Fagforbundet Grimstad', gap=0)
    p.raw('Mobil 908 41 226')
    p.raw('-----Opprinnelig melding-----', gap=0, nowrap=True)
    p.raw('Fra: Randi Stølen <randi.stolen@example.com>', gap=0, nowrap=True)
    p.raw('Sendt: onsdag 12. februar 2025 22:15', gap=0, nowrap=True)
    p.raw('Til: Geir Tveit <geir.tveit@example.com>', gap=0, nowrap=True)
    p.raw('Emne: Handlingsplan 2025', nowrap=True)
    p.raw('Hei Geir!')
    p.para('Her kommer handlingsplanen slik den ble vedtatt på årsmøtet 11.02.2025, med '
           'endringene fra salen tatt inn.', 'Jeg limer den inn her fordi vedlegget ikke '
           'ville åpne seg på telefonen din.')
    p.title('HANDLINGSPLAN 2025', gap=0)
    p.raw('FAGFORBUNDET GRIMSTAD AVD. 057')

    p.heading('HELTID OG LIKELØNN', 1)
    p.list(
        (0, G('Flere medlemmer i Grimstad kommune går over fra deltid til hel stilling i 2025.',
              label='Mål:')),
        (1, M('Kreve oversikt over alle ufrivillig deltidsansatte i pleie og omsorg innen '
              'april.', label='Tiltak:')),
        (1, M('Bistå medlemmer som vil bruke fortrinnsretten til utvidet stilling.',
              label='Tiltak:')),
        (0, G('Barne- og ungdomsarbeidere i barnehagene får lønn etter fagbrev.', label='Mål:')),
        (1, M('Sammenligne lønna til fagarbeidere i kommunale og private barnehager før '
              'forhandlingene.', label='Tiltak:')),
        (1, M('Invitere medlemmer over 60 år til et møte om pensjon og AFP i oktober.', label='Tiltak:')),
    )
    p.heading('OFFENTLIGE TJENESTER I EGEN REGI', 2)
    p.list(
        (0, G('Ingen kommunale tjenester i Grimstad settes ut på anbud i 2025.', label='Mål:')),
        (1, M('Følge med på saker om drift av sykehjem og renhold i hovedutvalgene.',
              label='Tiltak:')),
        (1, M('Gi innspill til kommunens innkjøpsstrategi om bruk av vikarbyrå.',
              label='Tiltak:')),
        (0, G('Bemanningsbyrå brukes bare ved akutt behov i helse og omsorg.', label='Mål:')),
        (1, M('Be om tall for innleie fra byrå hvert kvartal.', label='Tiltak:')),
    )
    p.heading('VERVING OG TILLITSVALGTE', None)
    p.list(
        (0, G('Fagforeningen har 1 400 medlemmer ved utgangen av 2025.', area=3, label='Mål:')),
        (0, M('Vervedag på alle sykehjem i forbundsukene, med vafler og vervemateriell', area=3)),
        (0, M('Besøke Dahlske videregående skole to ganger i året', area=3)),
        (0, M('Stand på Universitetet i Agder i Grimstad i fadderuka', area=3)),
        (0, M('Sørge for at alle nye tillitsvalgte har gjennomført grunnskolering innen ett år',
              area=3)),
        (0, M('Samling for plasstillitsvalgte vår og høst med tema hovedavtalen', area=3)),
        bullet='- ',
    )
    p.heading('FAG OG KOMPETANSE', 4)
    p.list(
        (0, G('Alle virksomheter i kommunen har en oppdatert kompetanseplan.', label='Mål:')),
        (1, M('Be HTV ta opp kompetanseplanene i medbestemmelsesmøtene.', label='Tiltak:')),
        (1, M('Fagkveld for helsefagarbeidere om legemiddelhåndtering.', label='Tiltak:')),
        (0, G('Grimstad kommune tar inn flere lærlinger i barne- og ungdomsarbeiderfaget.',
              label='Mål:')),
        (1, M('Be om lærlingtallene for 2025 og sammenligne med nabokommunene.',
              label='Tiltak:')),
    )
    p.heading('POLITISK ARBEID', None)
    p.list(
        M('Møte ordføreren og gruppelederne før budsjettbehandlingen i november', area=5),
        M('Utfordre partiene på heltid i en debatt på biblioteket før stortingsvalget', area=1),
        M('Gå i 1. mai-toget sammen med LO i Grimstad', area=5),
        M('Skrive leserinnlegg i Grimstad Adressetidende om eldreomsorgen', area=5),
        M('Dele ut valgkampmateriell på arbeidsplassene i august og september', area=5),
        bullet='- ',
    )
    p.heading('DIGITALE VERKTØY', None)
    p.list(
        M('Kurs i Teams og Tillitsvalgtportalen for nye tillitsvalgte', area=6),
        M('Hjelpe pensjonistmedlemmer med BankID og nettbank på medlemsmøtene', area=6),
        M('Kreve opplæring for ansatte når nye velferdsteknologiske løsninger tas i bruk',
          area=6),
        bullet='- ',
    )
    p.heading('STYRE, ØKONOMI OG SOSIALT', None)
    p.list(
        M('Ti styremøter, det første i mars', area=None),
        M('Kasserer legger fram regnskap for styret hvert kvartal', area=None),
        M('Sommeravslutning for medlemmer på Fevik i juni', area=None),
        M('Julemøte med gløgg for tillitsvalgte', area=None),
        M('Gaver til jubilanter med 25 og 40 års medlemskap', area=None),
        bullet='- ',
    )
    p.heading('INTERNASJONALT', None)
    p.list(
        M('Bidra med 10 000 kroner til Norsk Folkehjelps nødhjelp', area=None),
        bullet='- ',
    )
    p.raw('Si ifra hvis noe ser rart ut, så sender jeg Word-fila på nytt i morgen.')
    p.raw('Hilsen', gap=0)
    p.raw('Randi Stølen', gap=0)
    p.raw('sekretær, Fagforbundet Grimstad', gap=0)
    p.raw('Tlf. 412 34 567', gap=0)
    return p


W = 76
INDENT = {0: '', 1: '    '}


def render(p, out, work):
    lines = []
    for b in p.blocks:
        t = b['t']
        if t in ('raw', 'title'):
            lines.extend([b['text']] if b.get('nowrap') else wrap(b['text'], W))
            lines.extend([''] * b.get('gap', 1))
        elif t == 'para':
            lines.extend(wrap(' '.join(s.shown for s in b['segs']), W))
            lines.append('')
        elif t == 'heading':
            lines.append(b['text'])
        elif t == 'list':
            for lvl, e in b['entries']:
                pre = INDENT[lvl] if e.label else (b.get('bullet') or INDENT[lvl])
                lines.extend(wrap(e.shown, W, pre, ''))
            lines.append('')
    while lines and not lines[-1]:
        lines.pop()
    text = '\r\n'.join(lines) + '\r\n'
    write_bytes(out, b'\xff\xfe' + text.encode('utf-16-le'))
