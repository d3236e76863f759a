"""National main goals (Hovedmål / Hovudmål) of Strategiplan 2024-2025, copied
verbatim from the seeds in /work/shared/seeds (000 and 004 for bokmål, 002 for
nynorsk).  check() verifies that every string occurs in a seed after wrapped
lines are joined, so nothing here is invented.  Index = area number.
"""
import glob
import os

NB = {
    1: ["Flere kommuner har startet arbeidet med å etablere en heltidskultur.",
        "Færre jobber deltid, og flere av Fagforbundets medlemmer har hele, faste stillinger.",
        "Lønnsgapet mellom kvinner og menn blir mindre.",
        "Trygdeoppgjørene har en god sosial profil"],
    3: ["Styrket tariffmakt i KS-området.",
        "Styrket tariffmakt i Spekter helse.",
        "Ti prosent av lærlinger på våre organisasjonsområder er medlem av Fagforbundet.",
        "Tillitsvalgte har kompetanse og verktøy til å utøve sitt verv."],
    4: ["Prioriterte yrkesgrupper og områder synliggjøres.",
        "Flere medlemmer har tilbud om relevant kompetanseheving."],
    5: ["Engasjere medlemmer og tillitsvalgte til å fremme Fagforbundets politikk.",
        "Ha et godt samarbeid med partier som deler Fagforbundets ideologi og verdier."],
    6: ["Det er satt i gang arbeid for å motvirke digitalt utenforskap.",
        "Forbedret digital kompetanse hos tillitsvalgte."],
}

NN = {
    1: ["Fleire kommunar har starta arbeidet med å etablere ein heltidskultur.",
        "Færre jobbar deltid, og fleire av Fagforbundet sine medlemmar har heile, faste stillingar.",
        "Lønsgapet mellom kvinner og menn blir mindre."],
    2: ["Krevje drift med eigne tilsette framfor anbodsrundar for å sikre tilsette sine løns- "
        "og arbeidsvilkår.",
        "Motvirke konkurranseutsetjing og privatisering gjennom aktivt fagligpolitisk samarbeid."],
    3: ["Styrke tariffmakta i KS-området.",
        "Ti prosent auke av studentmedlemmar.",
        "Tillitsvalde har kompetanse og verktøy til å utøve sitt verv."],
    4: ["Fleire medlemmar har tilbod om relevant kompetanseheving."],
    5: ["Engasjere medlemmar og tillitsvalde til å fremje Fagforbundet sin politikk."],
    6: ["Digitale løysingar i offentleg sektor er integrert i partssamarbeidet.",
        "Det er satt i gang arbeid for å motverke digitalt utanforskap."],
}

SEEDS = '/work/shared/seeds'


def all_goals():
    out = []
    for d in (NB, NN):
        for v in d.values():
            out += v
    return out


def check():
    """Return the national strings that do not occur in any seed (should be none)."""
    files = sorted(glob.glob(os.path.join(SEEDS, '*.txt')))
    if not files:
        return []          # seeds not available: nothing to check against
    flat = ''
    for f in files:
        raw = open(f, 'rb').read()
        try:
            t = raw.decode('utf-8-sig')
        except UnicodeDecodeError:
            t = raw.decode('cp1252')
        flat += ' ' + ' '.join(t.replace('\u00a0', ' ').replace('**', '').replace('●', ' ').split())
    return [s for s in all_goals() if ' '.join(s.split()) not in flat]


if __name__ == '__main__':
    bad = check()
    print('missing from seeds:', bad)
