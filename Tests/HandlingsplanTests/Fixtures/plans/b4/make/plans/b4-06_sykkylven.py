"""b4-06 Sykkylven - a nynorsk "tiltaksplan" month by month.

Measures are grouped under the months of the year, written as bold lines
("Januar", "Februar – mars", "Haust"), each measure a line "Tiltak – ansvarleg".
The areas are given only by the content.  Markdown -> DOCX with pandoc; under
"April" the lines are one paragraph with manual line breaks."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from b4lib import Plan, G, M, run  # noqa: E402


def build():
    p = Plan('b4-06', 'sykkylven', 'docx',
             dict(union='Fagforbundet Sykkylven', branch=None, periodFrom=2025, periodTo=2025,
                  adopted='2025-01-30', language='nn'),
             fmt='DOCX', writer='pandoc 2.17 (Markdown -> DOCX)',
             styles='6 (tiltaksplan by month: bold month lines, "Tiltak – ansvarleg" lines)',
             structure='f/b: a short goal list, then month groups (bold Body Text lines, not '
                       'headings); no area heading at all',
             hard='month lines are bold paragraphs, not heading styles, and are the only sections; '
                  'every line is "measure – responsible" with an en dash, and the month lines '
                  'themselves contain en dashes ("Februar – mars"); one line has no responsible; '
                  'one line starts with "1. mai" (must not be read as list numbering); under '
                  '"April" the lines are one paragraph split by w:br; all areas by content, seven '
                  'null items; the goal list before the first month has no section')
    p.title('Tiltaksplan 2025')
    p.raw('Fagforbundet Sykkylven')
    p.raw('Vedteken på årsmøtet 30. januar 2025')
    p.para('Tiltaksplanen viser kva fagforeininga skal gjere månad for månad i 2025.',
           'Namnet etter tankestreken er den som har ansvaret for tiltaket.')
    p.sub('Måla våre i 2025')
    p.bullets(G('Minst 30 nye medlemar i løpet av året.', 3),
              G('Fleire deltidstilsette i Sykkylven kommune får auka stillinga si.', 1),
              G('Institusjonskjøkkenet i kommunen held fram med eigne tilsette.', 2),
              G('Alle tillitsvalde har teke grunnopplæringa innan hausten.', 3))

    def month(name, *entries, breaks=False):
        p.heading(name, None, level=3)
        p.lines(list(entries), breaks=breaks)

    month('Januar',
          M('Styremøte med planlegging av året', None, resp='leiar'),
          M('Årsmøte med val og vedtak av tiltaksplanen', None, resp='styret'))
    month('Februar – mars',
          M('Vervekampanje på omsorgssenteret og i heimetenesta', 3, resp='verveansvarleg'),
          M('Møte med personalsjefen om utlysing av deltidsstillingar', 1, resp='hovudtillitsvald'),
          M('Markere kvinnedagen 8. mars saman med LO i Sykkylven', 5, resp='nestleiar'),
          M('Grunnopplæring for nyvalde tillitsvalde, del 1', 3, resp='opplæringsansvarleg'))
    month('April',
          M('Fagkveld for helsefagarbeidarar om legemiddelhandtering', 4,
            resp='seksjonsleiar helse og sosial'),
          M('Kurs om pensjon og AFP for medlemar over 55 år', 1, resp='leiar'),
          breaks=True)
    month('Mai – juni',
          M('1. mai-tog og appell på Aure', 5, resp='styret'),
          M('Innspel til kommunen om fleire læreplassar i helsearbeidarfaget', 4,
            resp='hovudtillitsvald'),
          M('Sommaravslutning med grilling for medlemane', None, resp='styret'))
    month('Haust',
          M('Stand i valkampen og arbeidsplassbesøk med stortingskandidatar', 5,
            resp='leiar / nestleiar'),
          M('Krevje oversikt over bruk av vikarbyrå i heimetenesta', 2, resp='hovudtillitsvald'),
          M('Møte med gruppeleiarane om kommunebudsjettet 2026', 5, resp='leiar'),
          M('Kurs i Teams og digitale møte for tillitsvalde', 6, resp='opplæringsansvarleg'))
    month('November – desember',
          M('Hjelp til BankID og Helsenorge på pensjonisttreffet', 6, resp='pensjonistkontakt'),
          M('Julebord for medlemane i Sykkylven', None, resp='styret'),
          M('Julegåve til SOS-barnebyar i staden for gåver til styret', None, resp='kasserar'))
    month('Heile året',
          M('Nyheitsbrev og Facebook-innlegg kvar månad', 3, resp='informasjonsansvarleg'),
          M('Arbeidsplassbesøk hos nytilsette', 3, resp='tillitsvalde'),
          M('Rekneskap og medlemsregister blir førte løpande', None, resp='kasserar'),
          M('Evaluering av tiltaksplanen på siste styremøtet i desember', None))
    return p


def md_escape(s):
    s = s.replace('\\', '\\\\').replace('*', '\\*').replace('_', '\\_')
    return s.replace('1. mai', '1\\. mai') if s.startswith('1. mai') else s


def render(plan, out, work):
    md = []
    for b in plan.blocks:
        t = b['t']
        if t == 'title':
            md.append('# ' + b['text'])
        elif t == 'raw':
            md.append(md_escape(b['text']))
        elif t == 'para':
            md.append(md_escape(' '.join(s.text for s in b['segs'])))
        elif t == 'heading':
            md.append('**%s**' % b['text'])
        elif t == 'list':
            md.append('\n'.join('-   ' + md_escape(e.text) for _, e in b['entries']))
        elif t == 'lines':
            shown = [md_escape(e.text) + (' – ' + e.resp if e.resp else '') for e in b['entries']]
            if b.get('breaks'):
                md.append('\\\n'.join(shown))
            else:
                md.extend(shown)
        else:
            raise ValueError(t)
    src = os.path.join(work, plan.base + '.md')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(md) + '\n')
    run(['pandoc', '-f', 'markdown', '-t', 'docx', '-o', out, src])
