"""b1-03 Stryn - nynorsk, plain text as Word's "Save as plain text" writes it with
the encoding "Unicode": UTF-16 LE with BOM, CRLF, one paragraph per line.

The Word document used the default bullet of Word's bullet library, the Symbol-font
bullet (character 0xB7 of the Symbol font): saved as Unicode text it comes out as the
private-use character U+F0B7 followed by a TAB.  Level-2 bullets used Word's default
"o" in Courier New, which is written as a plain "o" + TAB.  The national goals are a
numbered list, written as "1.<TAB>", restarting in every area.  Responsible and
deadline are typed into the measure's line in several ways:
"… – ansvar: X, frist Y", "… – innan Y (ansvar: X)", "…. Ansvar: X. Frist: Y."
"""
from b1lib import Plan, NG, LG, M, encode_text
from national import NN

BUL, SUB = '\uf0b7\t', 'o\t'


def num(goals, idxs):
    """national goals of an area as a numbered list 1.<TAB> …"""
    return [NG(goals[i], pre='%d.\t' % (k + 1)) for k, i in enumerate(idxs)]


def T(text, resp=None, dl=None, form='dash', area=None, sub=False):
    """a measure with responsible / deadline typed into the line.
    form 'dash':  text – ansvar: X, frist Y
         'innan': text – Y (ansvar: X)       (Y is written with its 'innan')
         'sent':  text Ansvar: X. Frist: Y."""
    if form == 'dash':
        parts = []
        if resp:
            parts.append('ansvar: ' + resp)
        if dl:
            parts.append('frist ' + dl)
        post = (' – ' + ', '.join(parts)) if parts else ''
    elif form == 'innan':
        post = ' – ' + dl + (' (ansvar: %s)' % resp if resp else '')
    elif form == 'sent':
        post = (' Ansvar: %s.' % resp if resp else '') + (' Frist: %s.' % dl if dl else '')
    else:
        raise ValueError(form)
    kw = {} if area is None else dict(area=area)
    if area == 'null':
        kw = dict(area=None)
    return M(text, resp=resp, dl=dl, pre=SUB if sub else BUL, post=post, **kw)


def L(text):
    return LG(text, pre=BUL)


def build():
    p = Plan('b1-03_stryn', 'txt',
             dict(union='Fagforbundet Stryn', branch='538', periodFrom=2025, periodTo=2025,
                  adopted='2025-02-11', language='nn'),
             format='text, UTF-16 LE with BOM, CRLF',
             writer='python (text as Word "Save as plain text" writes it, encoding Unicode, '
                    'Symbol-font bullets)',
             structure='a: national template (numbered area headings, Hovudmål / Måla våre / '
                       'Tiltak labels) + own section',
             styles='2 Word plain text with symbol-font bullets; 8 responsible and deadline '
                    'inside the line',
             hard='UTF-16 LE with BOM and CRLF; bullets are U+F0B7 + TAB, sub-bullets "o" + '
                  'TAB (a letter, at the start of a line), national goals "1.<TAB>" restarting '
                  'per area; responsible/deadline typed three ways ("– ansvar: X, frist Y", '
                  '"– innan Y (ansvar: X)", ". Ansvar: X. Frist: Y.") and must be cut from the '
                  'text; "o" sub-bullets are measures of their own; nynorsk; own section 7 by '
                  'content (null)')
    p.title('Handlingsplan 2025')
    p.line('Fagforbundet Stryn avd. 538')
    p.line('Vedteke på årsmøtet 11.02.2025')
    p.blank()
    p.para('Handlingsplanen byggjer på strategiplanen til Fagforbundet.',
           'Under kvart område står hovudmåla til forbundet først, deretter måla og tiltaka '
           'til fagforeininga.',
           'Ansvar og frist står bak tiltaket der styret har bestemt det.')
    p.blank()

    # 1 ------------------------------------------------------------------
    p.heading('1. Heiltid og likeløn', 1)
    p.label('Hovudmål 2024–2025')
    p.items(*num(NN[1], [1, 2]))
    p.label('Måla våre')
    p.items(L('Fleire tilsette i Stryn kommune har heile stillingar ved utgangen av 2025.'))
    p.label('Tiltak')
    p.items(
        T('Krevje at ledige stillingar i pleie og omsorg blir lyste ut som heile stillingar',
          'hovudtillitsvald', '1. april 2025'),
        T('Gå gjennom turnusane på sjukeheimen saman med arbeidsgjevar', 'plasstillitsvald',
          'innan juni', form='innan'),
        T('Spørje medlemmane kva stillingsstorleik dei ønskjer', sub=True),
        T('Pensjonsmøte for medlemmar over 55 år om AFP og alderspensjon.', 'styret', 'oktober',
          form='sent'),
    )
    p.blank()

    # 2 ------------------------------------------------------------------
    p.heading('2. Offentlege tenester med eigne tilsette', 2)
    p.label('Hovudmål 2024–2025')
    p.items(*num(NN[2], [0]))
    p.label('Måla våre')
    p.items(L('Reinhald og kantine i kommunen skal framleis drivast av eigne tilsette.'))
    p.label('Tiltak')
    p.items(
        T('Krevje å få sjå avtalane kommunen har med private leverandørar og vikarbyrå', 'leiar',
          '1. mars 2025'),
        T('Ta opp innleige frå vikarbyrå i møte med kommunedirektøren', 'hovudtillitsvald',
          'innan mai', form='innan'),
        T('Skrive lesarinnlegg om kvifor kommunen treng eigne reinhaldarar'),
    )
    p.blank()

    # 3 ------------------------------------------------------------------
    p.heading('3. Organisasjonsbygging og tariffmakt', 3)
    p.label('Hovudmål 2024–2025')
    p.items(*num(NN[3], [6, 3]))
    p.label('Måla våre')
    p.items(
        L('Fagforeininga har 650 medlemmar ved utgangen av året.'),
        L('Kvar eining med minst fem medlemmar har sin eigen plasstillitsvalde.'),
    )
    p.label('Tiltak')
    p.items(
        T('Vervekampanje på sjukeheimane og i heimetenesta i september', 'vervekontakt',
          '30. september 2025'),
        T('Besøkje Stryn vidaregåande skule og møte elevane på helse- og oppvekstfag',
          'ungdomstillitsvald'),
        T('Grunnskulering for nye tillitsvalde'),
        T('Trinn 1 i mars', 'opplæringsansvarleg', sub=True),
        T('Trinn 2 hausten 2025 i samarbeid med fylkeskretsen', sub=True),
        T('Medlemsmøte om tariffoppgjeret', 'leiar', 'innan mai', form='innan'),
        T('Kartleggje kva private barnehagar i kommunen som manglar tariffavtale'),
    )
    p.blank()

    # 4 ------------------------------------------------------------------
    p.heading('4. Fag- og tenesteutvikling', 4)
    p.label('Hovudmål 2024–2025')
    p.items(*num(NN[4], [1]))
    p.label('Måla våre')
    p.items(L('Fleire assistentar i barnehagane tek fagbrev i barne- og '
              'ungdomsarbeidarfaget.'))
    p.label('Tiltak')
    p.items(
        T('Ope møte for assistentar som vil ta fagbrev', 'seksjonsleiar SKKO', '15. mai 2025'),
        T('Fagdag om demensomsorg for helsefagarbeidarane', 'seksjon helse og sosial',
          'innan november', form='innan'),
        T('Krevje at kommunen har ein kompetanseplan for kvar eining.', 'hovudtillitsvald',
          'august', form='sent'),
    )
    p.blank()

    # 5 ------------------------------------------------------------------
    p.heading('5. Alliansebygging og fagleg-politisk arbeid', 5)
    p.label('Hovudmål 2024–2025')
    p.items(*num(NN[5], [0, 1]))
    p.label('Måla våre')
    p.items(L('Fleire medlemmar røystar ved stortingsvalet enn ved valet i 2021.'))
    p.label('Tiltak')
    p.items(
        T('Stand i sentrum laurdagen før valet', 'styret', '6. september 2025'),
        T('Møte med ordføraren og gruppeleiarane før budsjettet blir handsama', 'leiar',
          'innan november', form='innan'),
        T('Markere 1. mai saman med dei andre LO-forbunda i Nordfjord'),
        T('Ope møte om likeløn på kvinnedagen 8. mars'),
    )
    p.blank()

    # 6 ------------------------------------------------------------------
    p.heading('6. Digitalisering', 6)
    p.label('Hovudmål 2024–2025')
    p.items(*num(NN[6], [2]))
    p.label('Måla våre')
    p.items(L('Alle tillitsvalde brukar Tillitsvalgtportalen i vervet.'))
    p.label('Tiltak')
    p.items(
        T('Kurs i Teams og Tillitsvalgtportalen for tillitsvalde', 'opplæringsansvarleg',
          '1. mars 2025'),
        T('Hjelp med BankID og Helsenorge for pensjonistane på medlemsmøta',
          'pensjonistkontakt', 'innan april', form='innan'),
        T('Krevje at tillitsvalde blir tekne med når kommunen innfører ny '
          'velferdsteknologi'),
    )
    p.blank()

    # 7 ------------------------------------------------------------------
    p.heading('7. Drift og sosiale tiltak', None)
    p.items(
        T('Styremøte den andre tysdagen i månaden', 'leiar', area='null'),
        T('Rekneskap og budsjett for 2026', 'kasserar', '15.01.2026', area='null'),
        T('Årsmøte med val', 'styret', 'innan 28. februar 2026', form='innan', area='null'),
        T('Julebord for medlemmane i desember', area='null'),
        T('Sommartur for pensjonistane til Geiranger', area='null'),
        T('Fast gåve til solidaritetsfondet til Fagforbundet', area='null'),
    )
    p.blank()
    p.line('Stryn, 11. februar 2025')
    return p


def render(p, out, work):
    lines = []
    for b in p.blocks:
        t = b['t']
        if t in ('title', 'line', 'heading', 'label'):
            lines.append(b['text'])
        elif t == 'blank':
            lines.extend([''] * b['n'])
        elif t == 'para':
            lines.append(' '.join(s.shown for s in b['segs']))
        elif t == 'list':
            for _, e in b['entries']:
                lines.append(e.shown)
        else:
            raise ValueError(t)
    with open(out, 'wb') as f:
        f.write(encode_text(lines, 'utf-16-le', '\r\n', bom=True))
