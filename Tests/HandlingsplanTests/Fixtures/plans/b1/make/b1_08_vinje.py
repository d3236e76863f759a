"""b1-08 Vinje - nynorsk, ODT written by pandoc 2.17 from Markdown.

Two parts.  First six sections under drifted nynorsk area headings (Heading 1), each a
prose paragraph where the branch's goals are sentences ("Innan utgangen av 2025 skal
…", "Målet er at …", "Fagforeininga vil …", "Alle arbeidsplassar med meir enn fem
medlemmar skal …") between sentences that only describe the situation.  Then a year
plan: Heading 1 "Årshjul 2025" with one Heading 2 per month ("Januar" … "Desember",
"Heile året"), and under each month the activities as paragraphs typed with a leading
en dash "– " (no list markup).  Under "Heile året" the activities are one paragraph
with manual line breaks.  Month headings name no area: those items are mapped by
content; their section is the month heading.
"""
import os
import subprocess

from b1lib import Plan, LG, M, copy, normalize_zip

DASH = '– '


def A(text, area):
    return M(text, area, pre=DASH)


def build():
    p = Plan('b1-08_vinje', 'odt',
             dict(union='Fagforbundet Vinje', branch=None, periodFrom=2025, periodTo=2025,
                  adopted=None, language='nn'),
             format='ODT', writer='pandoc 2.17 (Markdown -> ODT)',
             structure='a+d: drifted nynorsk area headings with prose goal sentences, then a '
                       'year plan with months as headings and typed "– " activities',
             styles='7 goals as prose sentences; 3 year plan with months as headings; '
                    '9 typed en-dash markers',
             hard='goal sentences in nynorsk prose with situation sentences between them '
                  '(none begins with "Vi skal"); the year plan has a heading per month (Heading '
                  '2 under "Årshjul 2025"): those items are mapped by content although the '
                  'plan has area headings above; activities are Text Body paragraphs starting '
                  'with a typed "– "; "Heile året" holds four activities in one paragraph with '
                  'line breaks; no avd. number; adopted "i februar 2025" (month only) -> null; '
                  'pandoc title block')
    p.title('Handlingsplan for 2025')
    p.line('Fagforbundet Vinje')
    p.line('Vedteken av årsmøtet i februar 2025')
    p.para('Fagforeininga har om lag 420 medlemmar, dei fleste i Vinje kommune.',
           'Denne planen seier kva vi vil oppnå i 2025, og når vi skal gjere kva.')

    p.heading('Heiltid og likeløn', 1)
    p.para('Mange av medlemmane våre i helse og omsorg har små stillingar, og fleire har to '
           'arbeidsgjevarar for å få nok arbeid.',
           LG('Innan utgangen av 2025 skal ingen nytilsette i turnus ha mindre enn 80 prosent '
              'stilling.'),
           LG('Målet er at alle som ønskjer det, får auke stillinga si.'),
           LG('Fagforeininga vil òg at lønsskilnadene mellom kvinnedominerte og '
              'mannsdominerte yrke i kommunen blir mindre.'))

    p.heading('Offentlege tenester i eigenregi', 2)
    p.para('Kommunen har dei siste åra kjøpt inn sjukepleiarar frå vikarbyrå i '
           'sommarferien.',
           LG('Fagforeininga vil at kommunen skal planleggje ferieavviklinga med eigne '
              'tilsette.'),
           LG('Reinhaldet i skulane og i kommunehuset skal framleis drivast av kommunen '
              'sjølv.'))

    p.heading('Organisasjon og tariffmakt', 3)
    p.para('Medlemstalet har stått stille i fleire år.',
           'Vi har ikkje plasstillitsvald i alle barnehagane.',
           LG('Alle arbeidsplassar med meir enn fem medlemmar skal ha ein tillitsvald innan '
              'hausten.'),
           LG('Fagforeininga vil verve minst 35 nye medlemmar i 2025.'),
           LG('Målet er at alle nye tillitsvalde har fullført grunnskulering innan eitt år.'))

    p.heading('Fag og kompetanse', 4)
    p.para('Det er få lærlingar i kommunen, og fleire assistentar manglar fagbrev.',
           LG('Innan 2026 skal kommunen ha minst fire lærlingar i helsearbeidarfaget.'),
           LG('Fagforeininga vil at alle einingar har ein kompetanseplan som også gjeld '
              'fagarbeidarar og assistentar.'))

    p.heading('Politisk påverknad', 5)
    p.para('2025 er valår.',
           LG('Fagforeininga vil at flest mogleg av medlemmane røystar ved stortingsvalet.'),
           LG('Samarbeidet med partia som står for ein sterk offentleg sektor, skal halde '
              'fram.'))

    p.heading('Digitalisering', 6)
    p.para('Mange pensjonistar og eldre medlemmar treng hjelp med BankID og Helsenorge.',
           LG('Målet er at ingen medlemmar skal stå utan hjelp når tenester blir digitale.'),
           LG('Tillitsvalde skal kunne bruke Tillitsvalgtportalen og Teams i vervet.'))

    p.label('Årshjul 2025', level=1)
    p.para('Årshjulet viser når vi gjer kva.', 'Styret kan flytte aktivitetar ved behov.')
    months = [
        ('Januar', [A('Styremøte: fordele ansvar og lage møteplan for året', None),
                    A('Sende rekneskapen for 2024 til revisor', None)]),
        ('Februar', [A('Årsmøte med val av styre', None),
                     A('Grunnskulering for nye tillitsvalde, trinn 1', 3)]),
        ('Mars', [A('Markere 8. mars saman med dei andre forbunda i Vest-Telemark', 5),
                  A('Medlemsmøte om lønsoppgjeret', 1)]),
        ('April', [A('Vervekampanje på Vinjeheimen og i barnehagane', 3),
                   A('Kartleggje kven som jobbar ufrivillig deltid', 1)]),
        ('Mai', [A('1. mai-arrangement på Åmot', 5),
                 A('Fagdag for helsefagarbeidarar og assistentar', 4)]),
        ('Juni', [A('Følgje med på bruken av vikarbyrå i sommarferien', 2),
                  A('Sommartur for medlemmar og familie', None)]),
        ('August', [A('Besøkje nye lærlingar og tilsette og fortelje om fagforeininga', 3),
                    A('Valmøte for medlemmane med stortingskandidatar frå Telemark', 5)]),
        ('September', [A('Pensjonsmøte om AFP og alderspensjon', 1),
                       A('Digital hjelp for pensjonistar: BankID og Helsenorge', 6)]),
        ('Oktober', [A('Møte med ordføraren og gruppeleiarane før budsjettet', 5),
                     A('Kveld med opplæring i Tillitsvalgtportalen for dei tillitsvalde', 6)]),
        ('November', [A('Tillitsvaldsamling med tema arbeidsmiljø', 3),
                      A('Krevje at kompetanseplanane blir rullerte i alle einingar', 4)]),
        ('Desember', [A('Julebord for medlemmane', None),
                      A('Budsjett for 2026 i styret', None)]),
    ]
    for month, acts in months:
        p.heading(month, None, level=2)
        p.items(*acts)
    p.heading('Heile året', None, level=2)
    p.items(A('Styremøte første måndagen i månaden', None),
            A('Fast gåve til solidaritetsfondet til Fagforbundet', None),
            A('Nyheitsbrev og Facebook-innlegg til medlemmane', 3),
            A('Krevje drøftingsmøte når kommunen vil kjøpe tenester frå private', 2),
            linebreaks=True)
    p.line('Styret i Fagforbundet Vinje')
    return p


def md_escape(s):
    return s.replace('\\', '\\\\').replace('*', '\\*').replace('_', '\\_')


def markdown(p):
    out = []
    for b in p.blocks:
        t = b['t']
        if t == 'title':
            out.append('% ' + md_escape(b['text']))
        elif t == 'line':
            out.append(md_escape(b['text']))
        elif t == 'heading':
            out.append('#' * b['level'] + ' ' + md_escape(b['text']))
        elif t == 'label':
            out.append('#' * b['level'] + ' ' + md_escape(b['text']))
        elif t == 'para':
            out.append(md_escape(' '.join(s.shown for s in b['segs'])))
        elif t == 'list':
            lines = [md_escape(e.shown) for _, e in b['entries']]
            if b.get('linebreaks'):
                out.append('\\\n'.join(lines))
            else:
                out.extend(lines)
        else:
            raise ValueError(t)
    return '\n\n'.join(out) + '\n'


def render(p, out, work):
    src = os.path.join(work, p.base + '.md')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(markdown(p))
    odt = os.path.join(work, p.base + '.odt')
    env = dict(os.environ, SOURCE_DATE_EPOCH='1737374400')   # 2025-01-20: fixed meta dates
    subprocess.run(['pandoc', '-f', 'markdown', '-t', 'odt', '-o', odt, src], check=True,
                   env=env)
    copy(odt, out)
    normalize_zip(out)
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, 'src'), exist_ok=True)
    copy(src, os.path.join(here, 'src', p.base + '.md'))
