"""b3-06 Kongsvinger - bokmål; a plan typed by hand in Notepad: headings with
trailing colons, numbered points "1)", "2)" and sub-points "-" indented with spaces
(once with a TAB), the responsible after " / " or in square brackets at the end of
a line, lower-case starts, no full stops on most lines.  UTF-8 without BOM, CRLF
(what Notepad writes)."""
from b3lib import Plan, G, M, UNSET, write_bytes


def S(text, who, area=UNSET, br=False):
    """a measure whose responsible is typed after ' / ' (or in [brackets])"""
    tail = ' [%s]' % who if br else ' / %s' % who
    return M(text, area=area, tail=tail, resp=who)


def build():
    p = Plan('b3-06_kongsvinger', 'txt',
             dict(union='Fagforbundet Kongsvinger', branch='204', periodFrom=2025,
                  periodTo=2025, adopted='2025-02-04', language='nb'),
             writer='python (Notepad text: UTF-8 without BOM, CRLF)',
             fmt='text, UTF-8, CRLF',
             styles='7 (typed by hand: "1)" points, indented "-" sub-points, "Heading:", '
                    '"/ who" and "[who]")',
             structure='b: own headings with trailing colons; numbered goals with "-" measures '
                       'under them; numbered measures in the drift sections',
             hard='headings are plain lines ending in ":" (no area names except "Heltid og '
                  'deltid:"); "1)" points are goals when they carry "-" sub-points and '
                  'measures in "Styret og drift:" / "Sosialt:"; the responsible is typed '
                  'after " / " or in [brackets] at the end and must be cut from the text; '
                  'one sub-point indented with a TAB, others with 2-4 spaces; "avd 204" '
                  'without a full stop; date "4/2-25"; "årsmøte 2026 i februar" is not the '
                  'adoption date; lower-case item starts; trailing spaces')
    p.title('FAGFORBUNDET KONGSVINGER avd 204', gap=0)
    p.raw('Handlingsplan for 2025', gap=0)
    p.raw('(vedtatt på årsmøtet 4/2-25)')
    p.heading('Innledning:', section=False)
    p.para('Planen er satt opp etter strategiplanen til forbundet, men med våre egne '
           'overskrifter.', 'Styret går gjennom planen på hvert tredje styremøte.')

    p.heading('Verving og organisering:', None)
    p.list((0, G('Vi skal være 1700 medlemmer innen utgangen av året', area=3)),
           (1, S('vervestand på Kongssenteret to lørdager i vår', 'styret', 3)),
           (1, S('besøke alle avdelinger på sykehuset i forbundsukene', 'vervekontakt', 3,
                 br=True)),
           (1, S('ringe nye medlemmer første uka', 'medlemsansvarlig', 3)),
           (0, G('Alle arbeidsplasser skal ha plasstillitsvalgt', area=3)),
           (1, S('gå gjennom listene over tillitsvalgte i februar', 'sekretær', 3, br=True)),
           (1, S('supplere valg der vi mangler tillitsvalgt', 'HTV', 3)),
           (0, G('Nye tillitsvalgte skal få opplæring første året', area=3)),
           (1, S('melde på trinn 1 og trinn 2 i regi av fylket', 'opplæringsansvarlig', 3,
                 br=True)),
           (1, S('egen kveldsamling for nye tv med pizza', 'styret', 3)),
           indent={1: '   - '})

    p.heading('Heltid og deltid:', 1)
    p.list((0, G('Flere av medlemmene i helse og omsorg har 100% stilling')),
           (1, S('kreve ny gjennomgang av turnusene på sykehjemmene', 'HTV')),
           (1, S('hjelpe medlemmer som vil søke om økt stilling etter aml. § 14-3',
                 'plasstillitsvalgte', br=True)),
           (0, G('Medlemmene vet hva de har krav på i pensjon')),
           (1, S('temamøte om AFP og særaldersgrense i oktober', 'styret')),
           indent={1: '  - '})

    p.heading('Anbud og vikarbyrå:', None)
    p.list((0, G('Ingen privatisering av hjemmetjenesten i Kongsvinger', area=2)),
           (1, S('følge med på saklistene til kommunestyret', 'leder', 2, br=True)),
           (1, S('lage faktaark om hva egenregi betyr for kvaliteten', 'nestleder', 2)),
           (0, G('Mindre bruk av vikarbyrå i sommerferien', area=2)),
           (1, S('be om tall på innleie fra byrå etter sommeren', 'HTV', 2, br=True)),
           indent={1: '   - '}, tab_at=2)

    p.heading('Fagbrev og kompetanse:', None)
    p.list((0, G('10 nye lærlinger i kommunen hvert år', area=4)),
           (1, S('ta opp lærlingtallet i budsjettmøtet med kommunedirektøren', 'HTV', 4)),
           (0, G('Flere assistenter i skole og SFO tar fagbrev', area=4)),
           (1, S('infomøte om praksiskandidatordningen sammen med voksenopplæringen',
                 'seksjonsleder helse og sosial', 4, br=True)),
           (1, S('fagdag for barne- og ungdomsarbeidere i november',
                 'seksjon kirke, kultur og oppvekst', 4)),
           indent={1: '    - '})

    p.heading('Politikk:', None)
    p.list((0, G('Politikerne kjenner Fagforbundets syn på eldreomsorgen', area=5)),
           (1, S('møte med ordfører og gruppeledere før budsjettet', 'leder og nestleder', 5)),
           (1, S('skrive leserinnlegg i Glåmdalen før valget', 'informasjonsansvarlig', 5,
                 br=True)),
           (0, G('Høy valgdeltakelse blant medlemmene i september', area=5)),
           (1, S('arbeidsplassbesøk med valgmateriell i august', 'styret', 5)),
           (1, S('1. mai: gå i toget sammen med LO Kongsvinger', 'alle', 5, br=True)),
           indent={1: '   - '})

    p.heading('Data og digitalt:', None)
    p.list((0, G('Tillitsvalgte får brukerstøtte på digitale verktøy', area=6)),
           (1, S('drop-in kurs på fagforeningskontoret første mandag i måneden', 'sekretær',
                 6)),
           (0, G('Pensjonistene klarer seg med BankID og nettbank', area=6)),
           (1, S('BankID-kurs sammen med biblioteket', 'pensjonistkontakt', 6, br=True)),
           indent={1: '   - '})

    p.heading('Styret og drift:', None)
    p.list(S('styremøte ca. hver 3. uke', 'leder', None),
           S('regnskap og bilag til revisor i januar', 'kasserer', None, br=True),
           S('årsmøte 2026 i februar, innkalling i desember', 'styret', None),
           S('rydde i medlemsregisteret to ganger i året', 'sekretær', None, br=True),
           S('nyhetsbrev på SMS før hvert medlemsmøte', 'sekretær', 3))

    p.heading('Sosialt:', None)
    p.list(S('grøtfest for tillitsvalgte i desember', 'styret', None),
           S('tur til Finnskogen for medlemmer med familie i juni', 'styret', None, br=True),
           S('kronerulling til SOS-barnebyer på årsmøtet', 'kasserer', None))
    p.raw('Styret, februar 2025')
    return p


def render(p, out, work):
    lines = []
    for b in p.blocks:
        t = b['t']
        if t in ('title', 'raw'):
            lines.append(b['text'])
            lines.extend([''] * b.get('gap', 1))
        elif t == 'heading':
            lines.append(b['text'])
        elif t == 'para':
            lines.append(' '.join(s.shown for s in b['segs']))
            lines.append('')
        elif t == 'list':
            n = 0
            k = 0
            for lvl, e in b['entries']:
                if lvl == 0:
                    n += 1
                    lines.append('%d) %s' % (n, e.shown))
                else:
                    k += 1
                    ind = '\t- ' if b.get('tab_at') == k else b.get('indent', {}).get(1, '   - ')
                    lines.append(ind + e.shown + (' ' if k % 3 == 0 else ''))
            lines.append('')
    while lines and not lines[-1]:
        lines.pop()
    # Notepad: CRLF, UTF-8 without BOM
    write_bytes(out, ('\r\n'.join(lines) + '\r\n').encode('utf-8'))
