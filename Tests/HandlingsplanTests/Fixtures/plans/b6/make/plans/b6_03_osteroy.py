"""b6-03 Osterøy (nn): a web page (HTML written here) saved as text by
`lynx -dump`: link numbers [n] in front of link texts (also inside items),
a numbered "References" list of URLs at the end, "*" bullets with "+" sub-bullets,
a numbered goal list, page furniture (breadcrumb, share links, "Til toppen").
Gold texts leave the [n] link markers out (export residue)."""
import os
import re

import national
from lib import Gold, NG, LG, ME, run, xml_escape

BASE = 'b6-03_osteroy'
EXT = 'txt'
FF = 'https://www.fagforbundet.no'

S1 = 'Heiltid, likeløn og kampen for mindre ulikheiter'
S2 = 'Gode offentlege tenester med eigne tilsette'
S3 = 'Organisasjonsbygging og tariffmakt'
S4 = 'Fag- og tenesteutvikling'
S5 = 'Alliansebygging, myndigheitskontakt og fagleg-politisk arbeid'
S6 = 'Digitalisering'
S7 = 'Anna arbeid i fagforeininga'

# text may hold links written as {link text|url}; the gold text keeps the link text
# blocks: ('h1'|'h2'|'h3'|'p'|'nav', text) ; ('ul'|'ol', [entry]) where entry is
# (text, kind, area, [sub entries])  -- kind None = not an item
BLOCKS = [
    ('nav', '{Fagforbundet|%s/} > {Vestland|%s/vestland/} > {Osterøy|%s/lokal/osteroy/}' % (FF, FF, FF)),
    ('h1', 'Handlingsplan for Fagforbundet Osterøy 2026–2027'),
    ('p', 'Avdeling 468. Vedteken på årsmøtet 29. januar 2026.'),
    ('p', 'Handlingsplanen byggjer på {strategiplanen|%s/om-oss/strategiplan/} til Fagforbundet '
          'og på det vi høyrde frå medlemmane i {medlemsundersøkinga|%s/lokal/osteroy/undersoking/} '
          'i haust.' % (FF, FF)),
    ('h2', S1),
    ('h3', 'Hovudmål'),
    ('ul', [(national.NN[1][0], NG, 1, []), (national.NN[1][1], NG, 1, []),
            (national.NN[1][2], NG, 1, [])]),
    ('h3', 'Dette vil vi gjere'),
    ('ul', [
        ('Følgje opp {heiltidserklæringa|https://www.osteroy.kommune.no/heiltid/} som kommunen og '
         'dei tillitsvalde skreiv under i 2024.', ME, 1, []),
        ('Krevje drøftingsmøte om turnus i heimetenesta og på sjukeheimen, med mål om færre '
         'små stillingar.', ME, 1, [
             ('Sjå på langvakter i helgane.', ME, 1, []),
             ('Sjå på kombinasjonsstillingar mellom heimeteneste og sjukeheim.', ME, 1, []),
         ]),
        ('Medlemsmøte om AFP og pensjon hausten 2026.', ME, 1, []),
    ]),
    ('h2', S2),
    ('h3', 'Hovudmål'),
    ('ul', [(national.NN[2][0], NG, 2, []), (national.NN[2][3], NG, 2, [])]),
    ('h3', 'Dette vil vi gjere'),
    ('ul', [
        ('Krevje at reinhaldet i kommunale bygg held fram i eigenregi.', ME, 2, []),
        ('Lage ei oversikt over kjøp av private tenester og bruk av vikarbyrå, og leggje '
         'henne fram for formannskapet.', ME, 2, []),
        ('Invitere til eit ope møte om {tillitsreforma|%s/tema/tillitsreform/} saman med '
         'dei andre forbunda i LO.' % FF, ME, 2, []),
    ]),
    ('h2', S3),
    ('h3', 'Måla våre'),
    ('ol', [
        ('Vi skal ha 720 medlemmar ved utgangen av 2027.', LG, 3, []),
        ('Alle arbeidsplassar med fem medlemmar eller fleire har plasstillitsvald.', LG, 3, []),
    ]),
    ('h3', 'Dette vil vi gjere'),
    ('ul', [
        ('Verving på arbeidsplassane i forbundsvekene vår og haust.', ME, 3, []),
        ('Besøkje helse- og oppvekstklassane på Osterøy vidaregåande skule.', ME, 3, []),
        ('Grunnskulering for alle nye tillitsvalde innan eitt år.', ME, 3, []),
        ('Sende nyheitsbrev på e-post kvar månad ({meld deg på her|%s/lokal/osteroy/nyheitsbrev/}).'
         % FF, ME, 3, []),
        ('Ringje alle nye medlemmar i løpet av den første månaden.', ME, 3, []),
    ]),
    ('h2', S4),
    ('ul', [
        ('Fagdag for reinhaldarar og vaktmeistrar i samarbeid med Fagforbundet Vaksdal.', ME, 4, []),
        ('Informere assistentar om {praksiskandidatordninga|%s/tema/fagbrev/} og hjelpe dei '
         'som vil ta fagbrev.' % FF, ME, 4, []),
        ('Krevje fleire læreplassar i helsearbeidarfaget og barne- og ungdomsarbeidarfaget.', ME, 4, []),
        ('Markere helsefagarbeidaranes dag på sjukeheimen.', ME, 4, []),
    ]),
    ('h2', S5),
    ('ul', [
        ('Møte ordføraren og gruppeleiarane før budsjettet for 2027.', ME, 5, []),
        ('1. mai-markering i Lonevåg saman med LO-forbunda.', ME, 5, []),
        ('Valkamp før kommunevalet 2027: stand på Valestrandsfossen og debatt med dei lokale partia.',
         ME, 5, []),
        ('Skrive lesarinnlegg i Bygdanytt om Fagforbundet sin politikk.', ME, 5, []),
    ]),
    ('h2', S6),
    ('ul', [
        ('Kveldskurs i {Tillitsvalgtportalen|https://tillitsvalgt.fagforbundet.no/} for nye tillitsvalde.',
         ME, 6, []),
        ('Krevje at dei tillitsvalde blir tekne med når kommunen innfører digitalt tilsyn.', ME, 6, []),
        ('Digital hjelp for pensjonistane: BankID, Helsenorge og Vipps.', ME, 6, []),
    ]),
    ('h2', S7),
    ('ul', [
        ('Styremøte første måndagen i kvar månad.', ME, None, []),
        ('Rekneskap og budsjett blir lagde fram for årsmøtet.', ME, None, []),
        ('Medlemsmøte for pensjonistane to gonger i året.', ME, 3, []),
        ('Julebord for medlemmane i desember.', ME, None, []),
        ('Fast månadleg gåve til SOS-barnebyar.', ME, None, []),
    ]),
    ('p', 'Del: {Facebook|https://www.facebook.com/sharer/sharer.php?u=%s/lokal/osteroy/handlingsplan/} '
          '{E-post|mailto:?subject=Handlingsplan}' % FF),
    ('p', 'Sist oppdatert 3. februar 2026'),
    ('nav', '{Til toppen|%s/lokal/osteroy/handlingsplan/#top}' % FF),
]

LINK = re.compile(r'\{([^|{}]+)\|([^{}]+)\}')


def plain(s):
    return LINK.sub(lambda m: m.group(1), s)


def html(s):
    out, pos = [], 0
    for m in LINK.finditer(s):
        out.append(xml_escape(s[pos:m.start()]))
        out.append('<a href="%s">%s</a>' % (xml_escape(m.group(2)), xml_escape(m.group(1))))
        pos = m.end()
    out.append(xml_escape(s[pos:]))
    return ''.join(out)


def build(plans_dir, work):
    g = Gold(BASE + '.' + EXT, 'Fagforbundet Osterøy', '468', 2026, 2027, '2026-01-29', 'nn')
    section = None
    parts = []

    def entries(es, tag):
        h = ['<%s>' % tag]
        for text, kind, area, subs in es:
            (g.item(kind, area, plain(text), section) if kind else g.no(plain(text)))
            h.append('<li>%s' % html(text))
            if subs:
                h.append(entries(subs, 'ul'))
            h.append('</li>')
        h.append('</%s>' % tag)
        return '\n'.join(h)

    for kind, content in BLOCKS:
        if kind in ('ul', 'ol'):
            parts.append(entries(content, kind))
            continue
        g.no(plain(content))
        if kind == 'h2':
            section = content
        if kind == 'nav':
            parts.append('<div class="nav">%s</div>' % html(content))
        else:
            parts.append('<%s>%s</%s>' % (kind, html(content), kind))
    doc = ('<!DOCTYPE html>\n<html lang="nn"><head><meta charset="utf-8">\n'
           '<title>Handlingsplan 2026–2027 - Fagforbundet Osterøy</title></head>\n'
           '<body><a name="top"></a>\n%s\n</body></html>\n' % '\n'.join(parts))
    src = os.path.join(work, BASE + '.html')
    open(src, 'w', encoding='utf-8').write(doc)
    txt = run(['lynx', '-dump', '-display_charset=utf-8', '-assume_charset=utf-8',
               '-width=80', src], cwd=work)
    with open(os.path.join(plans_dir, BASE + '.' + EXT), 'wb') as f:
        f.write(txt)
    return g
