/// A plan written as questions and answers ("Korleis får fleire av oss heile stillingar?" and
/// the points that answer it): three or more paragraphs (or sub-headings) that are a single question each, every
/// one followed by its answer. What the answer holds says what the question is. An answer that
/// commits the branch (a list of points, or sentences whose subject is the branch doing
/// something: "Vi går gjennom …") makes the question a goal and the answer its measures, one a
/// point or a sentence (sentences dated to now describe, and are left out). An answer that
/// only describes ("Over halvparten av medlemene jobbar deltid.", "Fagforbundet er
/// partipolitisk uavhengig") makes the question context: neither it nor its answer is an item.
enum QuestionLeads {
    static let minimum = 3

    static func relist(_ blocks: [Block]) -> [Block] {
        guard blocks.lazy.filter(isQuestion).prefix(minimum).count == minimum else { return blocks }
        var out: [Block] = []
        var i = 0
        while i < blocks.count {
            guard isQuestion(blocks[i]) else { out.append(blocks[i]); i += 1; continue }
            // The answer: the list, or the paragraphs, right after the question (a paragraph after
            // the list is the document's again).
            var j = i + 1
            let list = j < blocks.count && blocks[j].isListItem
            while j < blocks.count, !isQuestion(blocks[j]), list ? blocks[j].isListItem : blocks[j].kind == .paragraph { j += 1 }
            let answer = blocks[(i + 1)..<j]
            guard !answer.isEmpty else { out.append(blocks[i]); i += 1; continue }
            if answer.contains(where: \.isListItem) || answer.contains(where: { GoalProse.sentences($0.text).contains(where: commits) }) {
                var question = blocks[i]
                question.kind = .listItem(level: 1, ordered: false)
                out.append(question)
                for b in answer {
                    if case let .listItem(level, ordered) = b.kind {
                        var point = b
                        point.kind = .listItem(level: level + 1, ordered: ordered)
                        out.append(point)
                        continue
                    }
                    for sentence in GoalProse.sentences(b.text) where !GoalProse.isDescriptive(sentence) && !sentence.hasSuffix("?") {
                        var point = b
                        point.kind = .listItem(level: 2, ordered: false)
                        point.text = sentence
                        point.lines = [Block.Line(text: sentence, source: b.source)]
                        out.append(point)
                    }
                }
            }
            i = j
        }
        return out
    }

    /// A paragraph that is one question, or a heading below the first level that is one (the
    /// questions set as sub-headings over their answers, under the areas' headings).
    private static func isQuestion(_ b: Block) -> Bool {
        switch b.kind {
        case .paragraph: break
        case let .heading(level) where level >= 2: break
        default: return false
        }
        guard b.text.hasSuffix("?"), b.text.count <= 200 else { return false }
        return GoalProse.sentences(b.text).count == 1
    }

    private static let committers = PlanWords.active.phrases(.committingSubject)
    private static let beingVerbs = Set(PlanWords.active.all(.beingVerb))

    /// The branch doing something: its name or "vi" first, then a verb that is no "er" or "har".
    private static func commits(_ sentence: String) -> Bool {
        let w = TextMatching.words(sentence)
        guard let n = committers.match(w, at: 0), n < w.count else { return false }
        return !beingVerbs.contains(w[n])
    }
}
