import Foundation

// The six national areas with the heading wordings seen in real plans, and the
// national goals and measures that plans copy. The words of plan structure
// (labels, template sentences, columns, roles, months) are data in
// Plan/vocabulary.tsv (`PlanWords`); the content words that map an item to an
// area by what it is about are data of their own: lexicon.tsv.

public struct NationalArea: Sendable, Hashable {
    public let number: Int
    public let bokmal: String
    public let nynorsk: String
    /// Regular expressions (case-insensitive) that identify a heading naming
    /// this area, in any drifted wording, bokmål or nynorsk.
    let headingPatterns: [String]

    public static func == (a: NationalArea, b: NationalArea) -> Bool { a.number == b.number }
    public func hash(into h: inout Hasher) { h.combine(number) }
}

public struct NationalText: Sendable {
    public let area: Int
    public let language: Language
    public let text: String
    init(_ area: Int, _ language: Language, _ text: String) {
        self.area = area; self.language = language; self.text = text
    }
}

enum AreaData {
    static let areas: [NationalArea] = [
        .init(number: 1,
              bokmal: "Heltid, likelønn og kampen for mindre forskjeller",
              nynorsk: "Heiltid, likeløn og kampen for mindre ulikheiter",
              headingPatterns: [#"\bhei?ltid\b"#, #"\blikel[øo]nn?\b"#, #"kampen (for|mot) (mindre|økte) (forskjeller|ulikheiter)"#,
                                #"^(lønn|løn) og (pensjon|arbeidsvilkår)"#]),
        .init(number: 2,
              bokmal: "Gode offentlige tjenester med egne ansatte",
              nynorsk: "Gode offentlege tenester med eigne tilsette",
              headingPatterns: [#"offentl[ie]ge?\s+(gode\s+)?(tjenester|tenester)"#, #"(egne ansatte|eigne tilsette)"#, #"^(egenregi|eigenregi)\b"#]),
        .init(number: 3,
              bokmal: "Organisasjonsbygging og tariffmakt",
              nynorsk: "Organisasjonsbygging og tariffmakt",
              headingPatterns: [#"organisasjonsbygging"#, #"tariffmakt"#, #"^(organisasjon|organisering) og tariff"#]),
        .init(number: 4,
              bokmal: "Fag- og tjenesteutvikling",
              nynorsk: "Fag- og tenesteutvikling",
              headingPatterns: [#"fag-\s*og\s*(tjeneste|teneste)utvikling"#, #"fag-,\s*yrkes-\s*og\s*kompetanseutvikling"#, #"(tjeneste|teneste)utvikling"#,
                                #"^fag,?\s+(og\s+|yrke\s+og\s+)?kompetanse"#, #"kompetanseutvikling"#]),
        .init(number: 5,
              bokmal: "Alliansebygging, myndighetskontakt og fagligpolitisk påvirkningsarbeid",
              nynorsk: "Alliansebygging, myndighetskontakt og fagligpolitisk påverknadsarbeid",
              headingPatterns: [#"alliansebygging"#, #"myndighei?tskontakt"#, #"fagligpolitisk\s+p[åa]v(irk|erk)"#, #"politisk\s+p[åa]v(irk|erk)"#,
                                #"samfunnspolitisk"#, #"fagl[ie]g-?politisk"#, #"^allianse"#, #"\ballians(er|ar)\b"#,
                                #"p[åa]v(irkning|erknad)sarbeid"#]),
        .init(number: 6,
              bokmal: "Digitalisering",
              nynorsk: "Digitalisering",
              headingPatterns: [#"digitalisering"#]),
    ]


    /// National goals and strategic measures that plans copy verbatim, as seen
    /// in the seed plans (Strategiplan 2024–2025 and the 2023 template).
    static let nationalTexts: [NationalText] = [
        .init(1, .bokmal, "Flere kommuner har startet arbeidet med å etablere en heltidskultur."),
        .init(1, .bokmal, "Færre jobber deltid, og flere av Fagforbundets medlemmer har hele, faste stillinger."),
        .init(1, .bokmal, "Lønnsgapet mellom kvinner og menn blir mindre."),
        .init(1, .bokmal, "Forbedre og trygge medlemmenes pensjonsrettigheter. Målrettet innsatsen i privat sektor og tariffeste kjønnsnøytrale og livsvarige pensjonsordninger."),
        .init(1, .bokmal, "Trygdeoppgjørene har en god sosial profil"),
        .init(2, .bokmal, "Kreve drift med egne ansatte framfor anbudsrunder for å sikre ansattes lønns- og arbeidsvilkår"),
        .init(2, .bokmal, "Lage oversikt over hvilke tjenester som er konkurranseutsatt, hvilke tjenester som kjøpes inn og bruken av vikarbyråer for å kreve drift med egne ansatte"),
        .init(2, .bokmal, "Formidle yrkesfaglig argumentasjon for å drifte offentlige tjenester med egne ansatte, og sikre samarbeid mellom valgte etter hovedavtalen og valgte etter vedtektene"),
        .init(2, .bokmal, "Motvirke konkurranseutsetting og privatisering gjennom aktivt fagligpolitisk samarbeid"),
        .init(2, .bokmal, "Bruke trepartssamarbeidet for å bygge tillitsbasert styring og ledelse."),
        .init(2, .bokmal, "Gjennomføre tiltak mot sosial dumping og arbeidsmarkedskriminalitet, gjerne i samarbeid med andre LO-forbund"),
        .init(2, .bokmal, "Konkurranseutsetting privatisering og sosial dumping bekjempes gjennom påvirkningsarbeid, kartlegging, kunnskap og skolering."),
        .init(2, .bokmal, "Offentlig finansierte tjenester konkurranseutsettes ikke, og en større andel av tjenestene i kommuner, fylkeskommuner og helseforetak drives med egne ansatte."),
        .init(2, .bokmal, "Styring og ledelse i offentlig sektor bygger på tillit og trepartssamarbeid."),
        .init(3, .bokmal, "Styrket tariffmakt i KS-området."),
        .init(3, .bokmal, "Styrket tariffmakt i Spekter helse."),
        .init(3, .bokmal, "Styrke tariffmakten i NHO området."),
        .init(3, .bokmal, "Ti prosent av lærlinger på våre organisasjonsområder er medlem av Fagforbundet."),
        .init(3, .bokmal, "Ti prosent økning av student- og lærlingemedlemmer."),
        .init(3, .bokmal, "Tillitsvalgte benytter forbundets ulike kommunikasjonsplattformer i arbeidet."),
        .init(3, .bokmal, "Tillitsvalgte har kompetanse og verktøy til å utøve sitt verv."),
        .init(3, .bokmal, "Kartlegge vervepotensial på alle tariffområder, og lage en plan for å bevare og styrke forbundets posisjon på arbeidsplassene."),
        .init(3, .bokmal, "Tar aktivt i bruk kompetansen i mangfoldsnettverket i tillitsvalgtopplæring og i arbeidet med verving av flerkulturelle arbeidstakere."),
        .init(3, .bokmal, "Verve medlemmer med utdanning fra universitet og høyskole."),
        .init(3, .bokmal, "Gjennomføre regelmessig aktivitet på videregående skoler, fagskoler, høyskoler og universiteter i samarbeid med fylkeskretsen."),
        .init(3, .bokmal, "Etablere og aktivisere klubbstyrer hos flere arbeidsgivere, og sørge for at medlemmene har en synlig tillitsvalgt etter gjeldende hovedavtale."),
        .init(3, .bokmal, "Lage en plan som systematiserer informasjonsarbeidet og bidrar til større synlighet i media, på nett og i sosiale medier."),
        .init(3, .bokmal, "Etablere møtepunkter for å styrke samhandling mellom yrkesseksjonene og tillitsvalgte valgt etter hovedavtalene."),
        .init(4, .bokmal, "Prioriterte yrkesgrupper og områder synliggjøres."),
        .init(4, .bokmal, "Flere medlemmer har tilbud om relevant kompetanseheving."),
        .init(4, .bokmal, "Antall læreplasser samsvarer med arbeidets og samfunnets behov."),
        .init(4, .bokmal, "Fagforbundet er en aktiv aktør i klimapolitikken og medlemmene tar del i det lokale klima- og miljøarbeidet."),
        .init(4, .bokmal, "Sørge for at tillitsvalgte etter hovedavtalene etterspør yrkesfaglige argumenter fra yrkesseksjonen i arbeidet overfor arbeidsgiver."),
        .init(4, .bokmal, "Bistå tillitsvalgte etter hovedavtalene ved gjennomføring av drøftingsmøter i alle tariffområder for å utarbeide og iverksette kompetanseplaner."),
        .init(4, .bokmal, "Bidra med faglige argumenter i forbindelse med omstillings-, digitaliserings- og utskillingsprosesser."),
        .init(4, .bokmal, "Arbeide for at det etableres flere læreplasser og at flere tar fagbrev."),
        .init(4, .bokmal, "Sikre at medlemmene får faglige tilbud."),
        .init(4, .bokmal, "Integrere klima- og miljøspørsmål i yrkesfaglige tiltak."),
        .init(5, .bokmal, "Engasjere medlemmer og tillitsvalgte til å fremme Fagforbundets politikk."),
        .init(5, .bokmal, "Flertallet av Fagforbundets medlemmer har brukt stemmeretten i stortingsvalget i 2025, og stemt på partier som støtter forbundets mål og arbeid."),
        .init(5, .bokmal, "Bygge kunnskap og allianser for klima- og miljøsaken nasjonalt og lokalt."),
        .init(5, .bokmal, "Ha et godt samarbeid med partier som deler Fagforbundets ideologi og verdier."),
        .init(5, .bokmal, "Jobbe kontinuerlig med fagligpolitisk arbeid og inngå samarbeidsavtaler. Etablere allianser om felles politiske saker."),
        .init(5, .bokmal, "Påvirke partiprogrammer for å sikre størst mulig gjennomslag for Fagforbundets kjernesaker."),
        .init(5, .bokmal, "Delta aktivt i valgkampen med tydelige utfordringer til politikerne."),
        .init(5, .bokmal, "Gjennomføre fagligpolitisk skolering for tillitsvalgte."),
        .init(5, .bokmal, "Møte medlemmene gjennom valgkampaktivitet som arbeidsplassbesøk, medlemsmøter og bruk av sosiale medier"),
        .init(5, .bokmal, "Påvirke arbeidet med kommunale klima- og energiplaner, og være pådriver til å integrere det ytre miljø i HMS-arbeidet."),
        .init(6, .bokmal, "Nasjonal/offentlig skytjeneste vedtas."),
        .init(6, .bokmal, "Digitale løsninger i offentlig sektor er integrert i partssamarbeidet."),
        .init(6, .bokmal, "Det er satt i gang arbeid for å motvirke digitalt utenforskap."),
        .init(6, .bokmal, "Forbedret digital kompetanse hos tillitsvalgte."),
        .init(6, .bokmal, "Tillitsvalgte har enklere tilgang til relevant informasjon og verktøy for å utøve vervet."),
        .init(6, .bokmal, "Sørge for at arbeidsgiver gir tilstrekkelig opplæring i digitale verktøy, personvern og IT-sikkerhet."),
        .init(6, .bokmal, "Sørge for at arbeidsgiver tilrettelegger for medvirkning ved anskaffelse av digitale løsninger."),
        .init(6, .bokmal, "Tillitsvalgte skal bidra til å etablere lokale tiltak."),
        .init(1, .nynorsk, "Fleire kommunar har starta arbeidet med å etablere ein heltidskultur."),
        .init(1, .nynorsk, "Færre jobbar deltid, og fleire av Fagforbundet sine medlemmar har heile, faste stillingar."),
        .init(1, .nynorsk, "Lønsgapet mellom kvinner og menn blir mindre."),
        .init(1, .nynorsk, "Forbetre og trygge medlemmane sine pensjonsrettigheiter. Målrette innsatsen i privat sektor og tariff feste kjønnsnøytrale og livsvarige pensjonsordningar."),
        .init(2, .nynorsk, "Krevje drift med eigne tilsette framfor anbodsrundar for å sikre tilsette sine løns- og arbeidsvilkår."),
        .init(2, .nynorsk, "Lage oversikt over kva tenester som er konkurranseutsett, kva tenester som blir kjøpt inn, og bruken av vikarbyråer for å krevje drift med eigne tilsette."),
        .init(2, .nynorsk, "Formidle yrkesfagleg argumentasjon for å drifte offentlege tenester med eigne tilsette, og sikre samarbeid mellom valde etter hovudavtalen og valde etter vedtektene."),
        .init(2, .nynorsk, "Motvirke konkurranseutsetjing og privatisering gjennom aktivt fagligpolitisk samarbeid."),
        .init(2, .nynorsk, "Bruke trepartssamarbeidet for å bygge tillitsbasert styring og leiing."),
        .init(3, .nynorsk, "Styrke tariffmakta i KS-området."),
        .init(3, .nynorsk, "Styrke tariffmakta i Spekter helse."),
        .init(3, .nynorsk, "Styrke tariffmakta i NHO området."),
        .init(3, .nynorsk, "Ti prosent av lærlingane i våre organisasjonsområder er medlem av Fagforbundet."),
        .init(3, .nynorsk, "Ti prosent auke av studentmedlemmar."),
        .init(3, .nynorsk, "Tillitsvalde nytter forbundets ulike kommunikasjonsplattformer i arbeidet."),
        .init(3, .nynorsk, "Tillitsvalde har kompetanse og verktøy til å utøve sitt verv."),
        .init(3, .nynorsk, "Flest mogleg tillitsvalde skal ha gjennomført Fagforbundet si skulering for å få auka kunnskap og tryggleik til å ivareta medlemmane sine interesser i faglege og politiske saker."),
        .init(4, .nynorsk, "Prioriterte yrkesgrupper og område blir synleggjort."),
        .init(4, .nynorsk, "Fleire medlemmar har tilbod om relevant kompetanseheving."),
        .init(4, .nynorsk, "Tal læreplassar samsvarer med arbeidets og samfunnets behov."),
        .init(4, .nynorsk, "Fagforbundet er ein aktiv aktør i klimapolitikken og medlemmane tar del i det lokale klima- og miljøarbeidet."),
        // Education-policy goals; 002 lists them under its area-5 heading (and the heading decides there).
        .init(4, .nynorsk, "Fagforbundet bidrar til kompetanseutvikling på arbeidsplassen."),
        .init(4, .nynorsk, "Relevant kompetanseheving gjev utteljing i løn."),
        .init(4, .nynorsk, "Auke verdsetjing av og respekt for yrkesgruppene."),
        .init(4, .nynorsk, "Fagforbundet er synleg som ein sentral utdanningspolitisk aktør på alle utdanningsnivå."),
        .init(4, .nynorsk, "Jobbe for å auke tal læreplassar i alle sektorar og at det blir oppretta nye læreløp."),
        .init(5, .nynorsk, "Engasjere medlemmar og tillitsvalde til å fremje Fagforbundet sin politikk."),
        .init(5, .nynorsk, "Fleirtalet av Fagforbundet sine medlemmar har brukt stemmeretten i stortingsvalet i 2025, og stemt på partier som støtter forbundet sine mål og arbeid."),
        .init(5, .nynorsk, "Bygge kunnskap og alliansar for klima- og miljøsaka nasjonalt og lokalt."),
        .init(5, .nynorsk, "Ha eit godt samarbeid med parti som deler Fagforbundet sin ideologi og verdiar."),
        .init(6, .nynorsk, "Nasjonal/offentleg skytjeneste vedtas."),
        .init(6, .nynorsk, "Digitale løysingar i offentleg sektor er integrert i partssamarbeidet."),
        .init(6, .nynorsk, "Det er satt i gang arbeid for å motverke digitalt utanforskap."),
        .init(6, .nynorsk, "Forbedra digital kompetanse hos tillitsvalte."),
        .init(6, .nynorsk, "Tillitsvalde har enklare tilgang til relevant informasjon og verktøy for å utøve vervet."),
    ]
}

/// The patterns of the template's sentences, labels and headings: built from vocabulary.tsv
/// where a key holds the words (labels, template sentences); the heading patterns below the
/// labels are still written here.
enum PlanVocabulary {
    /// Instruction sentences of the national template. Matched by prefix after
    /// normalisation; they are never items and a plan that keeps them gets a
    /// diagnostic. `startsLocalGoals`: the sentence introduces the branch's own goals.
    static let templateSentences: [(prefix: String, opens: Labels.Group?)] =
        PlanWords.active.all(.templateGoals).map { ($0, Labels.Group.localGoals) }
        + PlanWords.active.all(.templateMeasures).map { ($0, Labels.Group.measures) }
        + PlanWords.active.all(.template).map { ($0, nil) }

    /// The words of a key as alternatives of a regular expression: escaped, longest first,
    /// spaces as any white space (vocabulary.tsv holds the words; the patterns are built once).
    static func alternatives(_ keys: PlanWords.Key...) -> String {
        Set(keys.flatMap { PlanWords.active.all($0) }).sorted { ($0.count, $0) > ($1.count, $1) }
            .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: #"\s+"#) }
            .joined(separator: "|")
    }

    private static let owners = alternatives(.labelOwner), goals = alternatives(.goalLabel), measures = alternatives(.measureLabel)

    /// Labels that open a list of national goals ("Hovedmål", "Hovudmål 2024–2025").
    static let nationalGoalLabel = #"^("# + alternatives(.nationalGoalLabel) + #")\b"#
    /// Labels that open the branch's own goals ("Fagforeningens mål", "Mål for 2025", "Våre mål", "Mål:").
    static let localGoalLabel = #"^(("# + owners + #")(\s+sine)?\s+("# + goals + #")|("# + goals + #")\s+(for|våre|vårt)\b|("# + goals + #")\s*:|("# + goals + #")\s*$)"#
    /// Labels that open the branch's measures ("Fagforeningens tiltak", "Tiltak", "Tiltaka våre", "Aktiviteter:").
    static let measureLabel = #"^(("# + owners + #")(\s+sine)?\s+("# + measures + #")|("# + measures + #")\s*:?\s*$|("# + measures + #")\s+(for|våre)\b)"#
    /// "Mål og tiltak …:" — the branch's goals written as prose.
    static let proseGoalLabel = #"^(mål og tiltak|målsettinger og tiltak)\b[^:]*:"#
    /// "Tiltak: …" — one measure per line after it.
    static let inlineMeasureLabel = #"^tiltak\s*:\s*"#
    /// "Tillegg:" — lines of "text: responsible".
    static let additionLabel = #"^tillegg\s*:?\s*$"#
    /// The introduction's list of the six areas.
    static let priorityListLabel = #"^(følgende|følgjande) område(r|ne)? er prioritert"#
    /// Sections whose content is context, never items.
    // (A SWOT analysis' four headings, "Styrkar", "Svakheiter", "Moglegheiter", "Truslar", are
    // analysis too.)
    static let contextHeading = #"(utfordring(er|ar)?|^styrk(er|ar)\b|^svakhe(i)?t(er|ar)\b|^mulighete(r)?\b|^moglegheit(er|ar)\b|^trus(ler|lar)\b|^swot\b|innledning|innleiing|etikk|trygghet og tilhørighet|likeverd og respekt|ansvarlighet|^strategiplanen\b|^vedlegg|^kort om\b|^om (fagforeningen|fagforeininga|oss|planen)\b|^bakgrunn\b|^forord\b|^avslutning\b)"#
    /// Headings that do not look like headings (long, or ending in a period),
    /// and lines that name a section of goals.
    static let sectionHeadings = [#"^eventuelle organisatoriske utfordringer"#, #"\bsine mål og tiltak\b"#, #"^andre tiltak\b"#]
    /// The title block of a plan: metadata, never a section.
    static let preamble = #"^(handlingsplan|tiltaksplan|vedtatt|vedteke|vedteken|vedtekne|godkjent|vedlegg|årsmøtesak|behandlet og vedtatt|handsama og vedteke)\b|^avd(eling)?\.?\s*\d+|^fagforbundet\b.{0,60}\b(handlingsplan|tiltaksplan)\b|^fagforbundet\s+\p{Lu}\S*(\s+\p{Ll}+)?,?(\s+(avd\.?|avdeling)\s*\d+)?$"#
    /// A sentence in which the branch commits itself: the branch (we, the union, its board)
    /// and a modal verb at its start ("Vi skal …", "Vi vil difor …", "Fagforeininga vil òg …").
    static let committingSubject = #"^(("# + alternatives(.committingSubject) + #")(\s+\p{Lu}[\p{L}-]*)?)\s+(\p{L}+\s+){0,2}?("# + alternatives(.modal, .volition, .commitmentVerb) + #")\b"#
    /// A sentence that states the goal ("Målet er …", "Målet vårt er …", "Det er eit mål at …").
    static let goalStatement = #"^("# + alternatives(.goalNoun) + #")\b[^.]{0,30}\b(er|blir|vert)\b|^det er (et|eit) (viktig |klart )?mål"#
    /// Goal sentences in prose outside a "Mål og tiltak" section: only explicit ones.
    static let explicitGoalPattern = #"\b("# + alternatives(.goalPhrase) + #")\b"#
    /// Signature lines that end a plan's last list.
    static let signature = #"^(styret|styret( i| for)?\s+(fagforbundet|fagforeininga|fagforeningen)\b.{0,40}|styret,.{0,30}|med vennlig hilsen.*|med venleg helsing.*|helsing.*|hilsen.*)$|^\p{Lu}[\p{L}\- ]{1,30},\s*(den\s+)?(\d{1,2}\.\s*("# + monthNames + #")\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}|("# + monthNames + #")\s+\d{4})\.?$"#
    private static let monthNames = LineScan.monthNames.joined(separator: "|")
    /// Words that make a prose sentence a goal or a commitment of the branch.
    static let commitmentPattern = #"\b("# + alternatives(.modal, .volition, .commitmentVerb, .goalPhrase) + #"|målsetting)\b"#
    /// Sentence openings that mark description, not commitment.
    static let descriptiveOpening = #"^(faktumet|om vi ikke|det er vanskelig|i de private områdene opplever|kompetanseheving ligger)"#
    /// Nominal goals ("Tettere samarbeid …", "Opplæring av …") that state a goal without a verb.
    static let nominalGoalOpening = #"^(tettere|økt|økte|mer|flere|bedre|opplæring av|styrke|styrket)\b"#
    /// Prose that says who is responsible, not what is to be done.
    static let responsibilityProse = #"\b(har|få[r]?|ligger|sitter med) (hoved|et særlig |et spesielt |særlig )?ansvar(et)?\b|\bansvar(et)? (for [^.]{0,80})?(ligger|er|har)\b|^ansvar(et)?\b|\b(er|blir|være|vere) (hoved)?ansvarlige?\b|\bansvarlig(e)? for\b|\bmed et (særlig|spesielt) ansvar\b|\bhovedansvar(et)?\b|\bbistår sammen med\b|[:\s]ansvar:"#
}
