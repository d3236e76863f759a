"""(Copied from ../../shared/devset/make/national.py.)
National main goals (Hovedmål / Hovudmål / Overordnede mål), copied verbatim
from the five seeds in ../../seeds/ (000 and 004 for bokmål, 003 for the area-2
bokmål goals, 002 for nynorsk).  build.py checks that every string here occurs
in a seed (after joining wrapped lines), so nothing in this file is invented.

Index = area number 1-6.
"""

NB = {
    1: [
        "Flere kommuner har startet arbeidet med å etablere en heltidskultur.",
        "Færre jobber deltid, og flere av Fagforbundets medlemmer har hele, faste stillinger.",
        "Lønnsgapet mellom kvinner og menn blir mindre.",
        "Forbedre og trygge medlemmenes pensjonsrettigheter. Målrettet innsatsen i privat "
        "sektor og tariffeste kjønnsnøytrale og livsvarige pensjonsordninger.",
        "Trygdeoppgjørene har en god sosial profil",
    ],
    2: [  # seed 003 "Overordnede mål 2024 – 2025" under area 2
        "Konkurranseutsetting privatisering og sosial dumping bekjempes gjennom "
        "påvirkningsarbeid, kartlegging, kunnskap og skolering.",
        "Offentlig finansierte tjenester konkurranseutsettes ikke, og en større andel av "
        "tjenestene i kommuner, fylkeskommuner og helseforetak drives med egne ansatte.",
        "Styring og ledelse i offentlig sektor bygger på tillit og trepartssamarbeid.",
    ],
    3: [
        "Styrket tariffmakt i KS-området.",
        "Styrket tariffmakt i Spekter helse.",
        "Styrke tariffmakten i NHO området.",
        "Ti prosent av lærlinger på våre organisasjonsområder er medlem av Fagforbundet.",
        "Ti prosent økning av studentmedlemmer.",
        "Tillitsvalgte benytter forbundets ulike kommunikasjonsplattformer i arbeidet.",
        "Tillitsvalgte har kompetanse og verktøy til å utøve sitt verv.",
    ],
    4: [
        "Prioriterte yrkesgrupper og områder synliggjøres.",
        "Flere medlemmer har tilbud om relevant kompetanseheving.",
        "Antall læreplasser samsvarer med arbeidets og samfunnets behov.",
        "Fagforbundet er en aktiv aktør i klimapolitikken og medlemmene tar del i det "
        "lokale klima- og miljøarbeidet.",
    ],
    5: [
        "Engasjere medlemmer og tillitsvalgte til å fremme Fagforbundets politikk.",
        "Flertallet av Fagforbundets medlemmer har brukt stemmeretten i stortingsvalget i "
        "2025, og stemt på partier som støtter forbundets mål og arbeid.",
        "Bygge kunnskap og allianser for klima- og miljøsaken nasjonalt og lokalt.",
        "Ha et godt samarbeid med partier som deler Fagforbundets ideologi og verdier.",
    ],
    6: [
        "Nasjonal/offentlig skytjeneste vedtas.",
        "Digitale løsninger i offentlig sektor er integrert i partssamarbeidet.",
        "Det er satt i gang arbeid for å motvirke digitalt utenforskap.",
        "Forbedret digital kompetanse hos tillitsvalgte.",
        "Tillitsvalgte har enklere tilgang til relevant informasjon og verktøy for å utøve vervet.",
    ],
}

# seed 000 lists these (the national template's strategic measures) under
# "Hovedmål 2024-2025" for area 2
NB2_TEMPLATE = [
    "Kreve drift med egne ansatte framfor anbudsrunder for å sikre ansattes lønns- og arbeidsvilkår",
    "Lage oversikt over hvilke tjenester som er konkurranseutsatt, hvilke tjenester som kjøpes "
    "inn og bruken av vikarbyråer for å kreve drift med egne ansatte",
    "Formidle yrkesfaglig argumentasjon for å drifte offentlige tjenester med egne ansatte, og "
    "sikre samarbeid mellom valgte etter hovedavtalen og valgte etter vedtektene",
    "Motvirke konkurranseutsetting og privatisering gjennom aktivt fagligpolitisk samarbeid",
    "Bruke trepartssamarbeidet for å bygge tillitsbasert styring og ledelse.",
]

NN = {
    1: [
        "Fleire kommunar har starta arbeidet med å etablere ein heltidskultur.",
        "Færre jobbar deltid, og fleire av Fagforbundet sine medlemmar har heile, faste stillingar.",
        "Lønsgapet mellom kvinner og menn blir mindre.",
        "Forbetre og trygge medlemmane sine pensjonsrettigheiter. Målrette innsatsen i privat "
        "sektor og tariff feste kjønnsnøytrale og livsvarige pensjonsordningar.",
    ],
    2: [
        "Krevje drift med eigne tilsette framfor anbodsrundar for å sikre tilsette sine løns- "
        "og arbeidsvilkår.",
        "Lage oversikt over kva tenester som er konkurranseutsett, kva tenester som blir kjøpt "
        "inn, og bruken av vikarbyråer for å krevje drift med eigne tilsette.",
        "Formidle yrkesfagleg argumentasjon for å drifte offentlege tenester med eigne tilsette, "
        "og sikre samarbeid mellom valde etter hovudavtalen og valde etter vedtektene.",
        "Motvirke konkurranseutsetjing og privatisering gjennom aktivt fagligpolitisk samarbeid.",
        "Bruke trepartssamarbeidet for å bygge tillitsbasert styring og leiing.",
    ],
    3: [
        "Styrke tariffmakta i KS-området.",
        "Styrke tariffmakta i Spekter helse.",
        "Styrke tariffmakta i NHO området.",
        "Ti prosent av lærlingane i våre organisasjonsområder er medlem av Fagforbundet.",
        "Ti prosent auke av studentmedlemmar.",
        "Tillitsvalde nytter forbundets ulike kommunikasjonsplattformer i arbeidet.",
        "Tillitsvalde har kompetanse og verktøy til å utøve sitt verv.",
    ],
    4: [
        "Prioriterte yrkesgrupper og område blir synleggjort.",
        "Fleire medlemmar har tilbod om relevant kompetanseheving.",
        "Tall læreplassar samsvarer med arbeidets og samfunnets behov.",
        "Fagforbundet er ein aktiv aktør i klimapolitikken og medlemmane tar del i det lokale "
        "klima- og miljøarbeidet.",
    ],
    5: [
        "Engasjere medlemmar og tillitsvalde til å fremje Fagforbundet sin politikk.",
        "Fleirtalet av Fagforbundet sine medlemmar har brukt stemmeretten i stortingsvalet i "
        "2025, og stemt på partier som støtter forbundet sine mål og arbeid.",
        "Bygge kunnskap og alliansar for klima- og miljøsaka nasjonalt og lokalt.",
        "Ha eit godt samarbeid med parti som deler Fagforbundet sin ideologi og verdiar.",
    ],
    6: [
        "Nasjonal/offentleg skytjeneste vedtas.",
        "Digitale løysingar i offentleg sektor er integrert i partssamarbeidet.",
        "Det er satt i gang arbeid for å motverke digitalt utanforskap.",
        "Forbedra digital kompetanse hos tillitsvalte.",
        "Tillitsvalde har enklare tilgang til relevant informasjon og verktøy for å utøve vervet.",
    ],
}

# Template instruction sentences of the national template (seen in seeds 000, 001, 004)
TEMPLATE_GOALS = ("Her formulerer fagforeningen sine konkrete og målbare målsettinger. Disse "
                  "skal være realistiske. Begrunnelse for målsettingene må framgå av dokumentet.")
TEMPLATE_GOALS_SHORT = "Her formulerer fagforeningen sine konkrete og målbare målsettinger. Disse skal være realistiske."
TEMPLATE_OWN = "Skriv inn egne tiltak."
TEMPLATE_OTHER = ("Her kan dere skrive inn tiltak som ikke hører hjemme under de strategiske "
                  "tiltakene ovenfor. Se eksempler på områder.")
