"""Verbatim national text used by batch b4: the Hovedmål / Hovudmål of the
Strategiplan 2024-2025 and the template instruction sentences, exactly as they
stand in the seeds (shared/seeds/*.txt, wrapped lines joined).  build.py checks
every string against the seeds before it renders anything, so nothing here is
invented.  Index = area number.
"""

NB = {
    1: [
        "Flere kommuner har startet arbeidet med å etablere en heltidskultur.",
        "Færre jobber deltid, og flere av Fagforbundets medlemmer har hele, faste stillinger.",
        "Lønnsgapet mellom kvinner og menn blir mindre.",
    ],
    2: [
        "Offentlig finansierte tjenester konkurranseutsettes ikke, og en større andel av "
        "tjenestene i kommuner, fylkeskommuner og helseforetak drives med egne ansatte.",
        "Styring og ledelse i offentlig sektor bygger på tillit og trepartssamarbeid.",
    ],
    3: [
        "Styrket tariffmakt i KS-området.",
        "Ti prosent av lærlinger på våre organisasjonsområder er medlem av Fagforbundet.",
        "Tillitsvalgte har kompetanse og verktøy til å utøve sitt verv.",
    ],
    4: [
        "Prioriterte yrkesgrupper og områder synliggjøres.",
        "Flere medlemmer har tilbud om relevant kompetanseheving.",
    ],
    5: [
        "Engasjere medlemmer og tillitsvalgte til å fremme Fagforbundets politikk.",
        "Flertallet av Fagforbundets medlemmer har brukt stemmeretten i stortingsvalget i "
        "2025, og stemt på partier som støtter forbundets mål og arbeid.",
    ],
    6: [
        "Det er satt i gang arbeid for å motvirke digitalt utenforskap.",
        "Forbedret digital kompetanse hos tillitsvalgte.",
    ],
}

NN = {
    1: [
        "Færre jobbar deltid, og fleire av Fagforbundet sine medlemmar har heile, faste stillingar.",
        "Lønsgapet mellom kvinner og menn blir mindre.",
    ],
    3: [
        "Tillitsvalde har kompetanse og verktøy til å utøve sitt verv.",
        "Ti prosent auke av studentmedlemmar.",
    ],
}

# instruction sentences of the national template (seeds 000, 001, 004)
TEMPLATE_GOALS = ("Her formulerer fagforeningen sine konkrete og målbare målsettinger. Disse "
                  "skal være realistiske. Begrunnelse for målsettingene må framgå av dokumentet.")
TEMPLATE_GOALS_SHORT = ("Her formulerer fagforeningen sine konkrete og målbare målsettinger. "
                        "Disse skal være realistiske.")
TEMPLATE_OWN = "Skriv inn egne tiltak."
TEMPLATE_OTHER = ("Her kan dere skrive inn tiltak som ikke hører hjemme under de strategiske "
                  "tiltakene ovenfor. Se eksempler på områder.")


def all_strings():
    for d in (NB, NN):
        for goals in d.values():
            for g in goals:
                yield g
    yield TEMPLATE_GOALS
    yield TEMPLATE_GOALS_SHORT
    yield TEMPLATE_OWN
    yield TEMPLATE_OTHER
