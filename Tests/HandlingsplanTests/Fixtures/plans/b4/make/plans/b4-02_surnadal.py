"""b4-02 Surnadal - the plan written as a letter to the members (nynorsk).

Greeting, prose paragraphs in which situation sentences and commitments in many
forms stand side by side, a short "Dette skal vi gjere:" list per topic, closing
with signature.  HTML -> ODT -> DOCX with LibreOffice headless."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from b4lib import Plan, G, M, X, esc, soffice, copy  # noqa: E402

DO = 'Dette skal vi gjere:'


def build():
    p = Plan('b4-02', 'surnadal', 'docx',
             dict(union='Fagforbundet Surnadal', branch=None, periodFrom=2025, periodTo=2025,
                  adopted='2025-01-29', language='nn'),
             fmt='DOCX', writer='LibreOffice 7.4 headless: HTML -> ODT -> DOCX (MS Word 2007 XML)',
             styles='2 (letter to the members: prose commitments + "Dette skal vi gjere:" lists)',
             structure='d+b: letter, own topic headings (no area names), prose goals and measure lists',
             hard='letterhead, place/date line, "Kjære medlem!" and signature are not items; the adoption '
                  'date stands only inside a prose sentence ("På årsmøtet 29. januar 2025 vedtok vi ..."), '
                  'the date line of the letter (5. februar 2025) is not it; no avd. number; commitments in '
                  'many forms ("Målet vårt er at ...", "Fagforeininga vil arbeide for ...", "Det er eit mål '
                  'at ...", "I 2025 skal alle ...", "Vi vil ...", "Styret skal ...") between situation '
                  'sentences of the same paragraph; the "Dette skal vi gjere:" label repeats as a bold '
                  'paragraph; own topic headings, every area by content (incl. null); in the last topic the '
                  'goal sentence comes before the situation sentence, in the digital one the goal '
                  'stands between two situation sentences')
    p.raw('Fagforbundet Surnadal', bold=True)
    p.raw('Surnadal, 5. februar 2025')
    p.raw('Til alle medlemane våre')
    p.title('Handlingsplanen vår for 2025')
    p.raw('Kjære medlem!')
    p.para('På årsmøtet 29. januar 2025 vedtok vi handlingsplanen for dette året.',
           'I dette brevet fortel vi kort kva fagforeininga skal bruke kreftene på, og korleis du '
           'kan vere med.',
           'Planen byggjer på strategiplanen til forbundet, men måla og tiltaka er våre eigne.')

    p.heading('Fleire heile stillingar', None)
    p.para('Framleis jobbar over halvparten av medlemane våre i helse og omsorg deltid.',
           'Mange av dei ønskjer større stilling, men får ikkje tilbod om det.',
           G('Målet vårt er at ingen nye stillingar i Surnadal kommune blir lyste ut som små '
             'deltidsstillingar.', 1),
           G('Fagforeininga vil arbeide for at kommunestyret vedtek ein heiltidsplan med tal og '
             'fristar.', 1))
    p.para('Mange er òg usikre på kva den nye AFP-ordninga vil bety for dei.',
           G('Vi skal sørgje for at alle medlemar over 55 år får tilbod om pensjonsrettleiing.', 1))
    p.sub(DO)
    p.bullets(M('Gå gjennom alle utlysingar i helse og omsorg saman med hovudtillitsvald.', 1),
              M('Halde eit ope møte om pensjon og AFP i Folkets hus i oktober.', 1),
              M('Be kommunen om tal på ufrivillig deltid før det lokale lønsoppgjeret.', 1))

    p.heading('Tenestene skal drivast av eigne tilsette', None)
    p.para('Kommunen har dei siste åra kjøpt stadig fleire vakter frå vikarbyrå i sommarferien.',
           G('Det er eit mål at sommarvikarane i 2025 blir tilsette i kommunen og ikkje leigde inn '
             'frå byrå.', 2),
           'Reinhaldet på skulane vart vurdert lagt ut på anbod i fjor haust.',
           G('Vi vil kjempe for at reinhaldet og kantinedrifta held fram i eigenregi.', 2))
    p.sub(DO)
    p.bullets(M('Krevje oversikt over kjøp av vikartenester kvart halvår.', 2),
              M('Samle erfaringar frå reinhaldarane som vi kan bruke i møte med politikarane.', 2))

    p.heading('Ei sterkare fagforeining', None)
    p.para('Vi er no 612 medlemar, og talet har stått nesten stille i tre år.',
           G('Målet er 650 medlemar ved utgangen av året.', 3),
           G('I 2025 skal alle nytilsette i helse, oppvekst og teknisk få besøk av ein tillitsvald i '
             'løpet av dei første vekene.', 3))
    p.para('Fleire arbeidsplassar har ikkje hatt tillitsvald på lenge.',
           G('Fagforeininga skal ha tillitsvalde på alle arbeidsplassar med meir enn fem medlemar.', 3))
    p.sub(DO)
    p.bullets(M('Vervekampanje med kaffi og informasjon på alle institusjonane i veke 38.', 3),
              M('Grunnkurs for nye tillitsvalde saman med Fagforbundet Tingvoll.', 3),
              M('Sende ut nyheitsbrev på e-post kvar månad.', 3),
              M('Ta kontakt med alle som har meldt seg ut i løpet av året.', 3))

    p.heading('Fagarbeidarar til framtida', None)
    p.para('Kommunen manglar fagarbeidarar både i heimetenesta og i barnehagane.',
           G('Vi skal jobbe for at kommunen tek inn minst åtte lærlingar i året.', 4),
           G('Fagforeininga vil at assistentar som ønskjer det, skal få ta fagbrev med lønn under '
             'utdanninga.', 4))
    p.sub(DO)
    p.bullets(M('Informasjonsmøte om fagbrev som praksiskandidat for assistentar.', 4),
              M('Fagdag for reinhaldarar og vaktmeistrar saman med nabokommunane.', 4),
              M('Kake og helsing til helsefagarbeidarane på helsefagarbeidardagen.', 4))

    p.heading('Valåret 2025', None)
    p.para('Til hausten er det stortingsval, og det dei folkevalde vedtek, har mykje å seie for '
           'arbeidsplassane våre.',
           G('Vi skal få fleire av medlemane våre til å bruke stemmeretten.', 5),
           G('Fagforeininga vil møte alle partia i kommunestyret før budsjettet for 2026 blir lagt '
             'fram.', 5))
    p.sub(DO)
    p.bullets(M('Stand på Skei med valkampmateriell frå forbundet i august.', 5),
              M('Gå i 1. mai-toget til LO i Surnadal med eiga fane.', 5))

    p.heading('Digitale kvardagar', None)
    p.para('Tryggleiksalarmar, medisinrobotar og nye journalsystem endrar kvardagen for mange av oss.',
           G('Vi vil at tilsette og tillitsvalde skal vere med når kommunen vel ny '
             'velferdsteknologi.', 6),
           'Mange pensjonistar fortel at dei slit med BankID og nettbank.')
    p.sub(DO)
    p.bullets(M('Kurs i BankID, Vipps og Helsenorge for pensjonistane våre.', 6),
              M('Opplæring i Tillitsvalgtportalen for alle nye tillitsvalde.', 6))

    p.heading('Det sosiale og drifta av fagforeininga', None)
    p.para(G('Styret skal møtast kvar månad og leggje fram eit ryddig rekneskap for årsmøtet.', None),
           'Det sosiale er viktig for oss òg.')
    p.sub(DO)
    p.bullets(M('Julebord for alle medlemane første helga i desember.', None),
              M('Sommartur til Trollheimshytta for medlemar og familie.', None),
              M('Samle inn pengar til Norsk Folkehjelp sitt arbeid i Ukraina på julebordet.', None))

    p.para('Har du spørsmål eller idear, ta kontakt med oss på e-post eller på Facebook-sida vår.',
           'Vi sjåast på medlemsmøta!')
    p.raw('Venleg helsing')
    p.raw('Styret i Fagforbundet Surnadal')
    p.raw('Leiar')
    return p


def render(plan, out, work):
    h = ['<!DOCTYPE html>', '<html lang="nn"><head><meta charset="utf-8">',
         '<title>Handlingsplanen v&#229;r for 2025</title>',
         '<style>body{font-family:Cambria,Georgia,serif;font-size:11pt} '
         'h1{font-size:18pt} h2{font-size:13pt}</style></head><body>']
    for b in plan.blocks:
        t = b['t']
        if t == 'title':
            h.append('<h1>%s</h1>' % esc(b['text']))
        elif t == 'raw':
            txt = esc(b['text'])
            h.append('<p>%s</p>' % ('<b>%s</b>' % txt if b.get('bold') else txt))
        elif t == 'heading':
            if b['section']:
                h.append('<h2>%s</h2>' % esc(b['text']))
            else:
                h.append('<p><b>%s</b></p>' % esc(b['text']))
        elif t == 'para':
            h.append('<p>%s</p>' % esc(' '.join(s.text for s in b['segs'])))
        elif t == 'list':
            h.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % esc(e.text) for _, e in b['entries']))
        else:
            raise ValueError(t)
    h.append('</body></html>')
    src = os.path.join(work, plan.base + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('\n'.join(h) + '\n')
    odt = soffice(src, 'odt', work, infilter='HTML (StarWriter)')
    docx = soffice(odt, 'docx:MS Word 2007 XML', work)
    copy(docx, out)
