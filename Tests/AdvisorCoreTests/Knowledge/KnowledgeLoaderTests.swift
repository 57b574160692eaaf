import AdvisorCore
import AdvisorTestSupport
import Testing

/// Damages copies of the real knowledge files in memory and checks the exact messages a
/// person editing them would see.
struct KnowledgeLoaderTests {
    static let paths = "Knowledge/paths.yaml"
    static let tools = "Knowledge/tools.yaml"
    static let topics = "Knowledge/topics.yaml"
    static let salaries = "Knowledge/salaries.yaml"
    static let certifications = "Knowledge/certifications.yaml"

    @Test func loadsTheEmbeddedKnowledgeWithoutProblems() {
        #expect(BrokenKnowledge().problems() == [])
    }

    @Test func reportsAnUnknownSectionWithItsLineAndASuggestion() throws {
        let file = KnowledgeFile(path: "Knowledge/x.yaml", text: "sources: []\ntols:\n  - id: a\n")
        let failure = try #require(throws: KnowledgeLoadFailure.self) { try KnowledgeLoader().load([file]) }
        #expect(
            failure.problems.map(\.description).contains(
                "Knowledge/x.yaml:2:1: error: unknown section \"tols\" (did you mean \"tools\"?)"))
    }

    @Test(arguments: [
        // (file, text to damage, damaged text, offset of the bad value in it, kind, bad id, suggestion)
        (
            paths, "toolsToLearn: [docker, kubernetes, mlflow, kubeflow]", "toolsToLearn: [docker, kubernetes, mlflow, kubeflw]",
            "toolsToLearn: [docker, kubernetes, mlflow, ".count, "tool", "kubeflw", "kubeflow"
        ),
        (paths, "- stage: devops-cloud", "- stage: devops-clod", "- stage: ".count, "stage", "devops-clod", "devops-cloud"),
        (
            topics, "source: career-card\n        label: Demand", "source: career-crad\n        label: Demand",
            "source: ".count, "source", "career-crad", "career-card"
        ),
        (
            tools, "groups: [containers-orchestration]\n    purpose: Runs", "groups: [container-orchestration]\n    purpose: Runs",
            "groups: [".count, "tool group", "container-orchestration", "containers-orchestration"
        ),
        (
            certifications, "replacedBy: aws-ml-engineer-associate", "replacedBy: aws-ml-engineer-asociate",
            "replacedBy: ".count, "certification", "aws-ml-engineer-asociate", "aws-ml-engineer-associate"
        ),
    ])
    func reportsAnUnknownReferenceWithAGuess(
        file: String, old: String, new: String, offset: Int, kind: String, id: String, suggestion: String
    ) throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.replace(old, with: new, in: file))
        #expect(
            broken.problems() == [
                "\(file):\(at.line):\(at.column + offset): error: unknown \(kind) \"\(id)\" (did you mean \"\(suggestion)\"?)"
            ])
    }

    @Test func reportsAnUnknownWordListWithAGuess() throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.replace("- id: not-typos", with: "- id: not-typo", in: "Knowledge/words.yaml"))
        #expect(
            broken.problems() == [
                "Knowledge/words.yaml:\(at.line):\(at.column + "- id: ".count): error: unknown word list \"not-typo\" (did you mean \"not-typos\"?)"
            ])
    }

    @Test(arguments: ["scale up", "Scale", "dont"])
    func reportsANotTypoThatIsNotOneLowerCaseWord(word: String) throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.replace("scale, scaled,", with: "\(word), scaled,", in: "Knowledge/words.yaml"))
        #expect(
            broken.problems() == [
                "Knowledge/words.yaml:\(at.line):\(at.column): error: \"\(word)\" in the word list \"not-typos\" must be one lower-case word as typed (split it, or write it in lower case)"
            ])
    }

    /// The splitter compares the words by which a sentence asks with one typed word each.
    @Test(arguments: ["how come", "Which"])
    func reportsAQuestionWordThatIsNotOneLowerCaseWord(word: String) throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.replace("words: [who, whose]", with: "words: [who, \"\(word)\"]", in: "Knowledge/words.yaml"))
        #expect(
            broken.problems() == [
                "Knowledge/words.yaml:\(at.line):\(at.column + "words: [who, ".count): error: \"\(word)\" in the word list \"opening-question-words\" must be one lower-case word as typed (split it, or write it in lower case)"
            ])
    }

    @Test func reportsAMissingListOfTheWordsASentenceAsksBy() throws {
        let broken = BrokenKnowledge()
        try #require(broken.replace("- id: topic-nouns\n", with: "- id: topic-noun\n", in: "Knowledge/words.yaml") != nil)
        let problems = broken.problems()
        #expect(problems.contains { $0.hasSuffix("error: unknown word list \"topic-noun\" (did you mean \"topic-nouns\"?)") })
        #expect(problems.contains("Knowledge/words.yaml: error: the advisor needs a word list with id \"topic-nouns\" (add it)"))
    }

    @Test func everyListOfTheWordsASentenceAsksByIsInTheData() {
        let ids = Set(Fixtures.knowledge.wordLists.map(\.id))
        #expect(WordList.Name.howSentencesAsk.allSatisfy { ids.contains($0.rawValue) })
    }

    @Test func reportsADuplicateIDWithWhereItWasFirstDefined() throws {
        let broken = BrokenKnowledge()
        let first = try #require(broken.replace("- id: python\n", with: "- id: python\n", in: Self.tools))
        let second = try #require(broken.replace("- id: java\n", with: "- id: python\n", in: Self.tools))
        let value = "- id: ".count
        #expect(
            broken.problems() == [
                "\(Self.tools):\(second.line):\(second.column + value): error: duplicate tool id \"python\" "
                    + "(first defined at \(Self.tools):\(first.line):\(first.column + value); rename one)"
            ])
    }

    @Test func reportsARecordWithoutItsSource() throws {
        let broken = BrokenKnowledge()
        let record = try #require(broken.replace("role: prompt-engineer", with: "role: prompt-engineer", in: Self.salaries))
        try #require(
            broken.replace(
                "    source: finance-story\n\n  - role: ai-product-manager", with: "\n  - role: ai-product-manager", in: Self.salaries)
                != nil)
        #expect(
            broken.problems() == [
                "\(Self.salaries):\(record.line):\(record.column): error: this salary has no \"source\" (add `source: …`)"
            ])
    }

    @Test(arguments: [
        (paths, "        salary: 85000\n", "        salary: 85k\n", "85k", "salary"),
        (salaries, "    salary: 137700\n", "    salary: 137,700\n", "137,700", "salary"),
        (certifications, "salaryEffectDollars: 12000", "salaryEffectDollars: $12K", "$12K", "salaryEffectDollars"),
        (paths, "duration: {min: 8, max: 12}", "duration: {min: 8, max: twelve}", "twelve", "max"),
    ])
    func reportsAMalformedNumber(file: String, old: String, new: String, value: String, field: String) throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.replace(old, with: new, in: file))
        let column = at.column + new.distance(from: new.startIndex, to: try #require(new.range(of: value)).lowerBound)
        #expect(
            broken.problems() == [
                "\(file):\(at.line):\(column): error: malformed number \"\(value)\" in \"\(field)\" (write digits only, e.g. 85000)"
            ])
    }

    @Test func reportsAnEmptyRequiredField() throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.replace("title: Prompt Engineering", with: "title: \"\"", in: Self.salaries))
        #expect(
            broken.problems() == [
                "\(Self.salaries):\(at.line):\(at.column + "title: ".count): error: \"title\" is empty (write a value or remove the field)"
            ])
    }

    /// An `asks` list on any record that makes a fact unit: an empty phrase, a phrase of stop
    /// words only and a phrase listed twice are each reported at their line and column.
    @Test(arguments: [
        (file: tools, before: "    purpose: AWS object storage for data sets and model files.", indent: "    ", field: "asks"),
        (file: paths, before: "    notes:\n      - text: The page's headline promises", indent: "    ", field: "toolsToLearnAsks"),
        (file: certifications, before: "        source: career-path\n      - text: No source", indent: "        ", field: "asks"),
    ])
    func reportsABadAsksPhraseWhereItIsWritten(file: String, before: String, indent: String, field: String) throws {
        let broken = BrokenKnowledge()
        let list = "\(indent)\(field): [\"\", \"is it for me\", \"team\", \"Team\"]\n"
        let at = try #require(broken.replace(before, with: list + before, in: file))
        let column = { (prefix: String) in at.column + indent.count + field.count + prefix.count }
        #expect(
            broken.problems() == [
                "\(file):\(at.line):\(column(": [")): error: \"\(field)\" is empty (write a value or remove the field)",
                "\(file):\(at.line):\(column(": [\"\", ")): error: \"is it for me\" in \"\(field)\" has only words retrieval skips"
                    + " (add the word that sets this unit apart, e.g. \"junior\")",
                "\(file):\(at.line):\(column(": [\"\", \"is it for me\", \"team\", ")): error: the phrase \"Team\" is listed twice"
                    + " (first at \(file):\(at.line):\(column(": [\"\", \"is it for me\", ")); keep one)",
            ])
    }

    @Test func reportsAnUnknownFieldAndTheRequiredFieldItHides() throws {
        let broken = BrokenKnowledge()
        let record = try #require(broken.replace("- id: kubernetes", with: "- id: kubernetes", in: Self.tools))
        let key = try #require(broken.replace("    purpose: Runs, scales", with: "    purpse: Runs, scales", in: Self.tools))
        #expect(
            broken.problems() == [
                "\(Self.tools):\(record.line):\(record.column + "- ".count): error: this tool has no \"purpose\" (add `purpose: …`)",
                "\(Self.tools):\(key.line):\(key.column + "    ".count): error: unknown field \"purpse\" (did you mean \"purpose\"?)",
            ])
    }

    @Test func reportsInvalidYAMLWithItsPlace() throws {
        let broken = BrokenKnowledge()
        let at = try #require(
            broken.replace(
                "purpose: Runs, scales and heals", with: "purpose: [Runs, scales and heals", in: Self.tools))
        let start = "\(at.line):\(at.column + "purpose: ".count)"
        #expect(
            broken.problems() == [
                "\(Self.tools):\(at.line + 1):12: error: invalid YAML: did not find expected ',' or ']' "
                    + "(while parsing a flow sequence that starts at \(start))"
            ])
    }

    @Test func reportsInvalidUTF8WithLineAndColumn() throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.insert(bytes: [0xFF, 0xFE], before: "Runs, scales and heals", in: Self.tools))
        #expect(broken.problems() == ["\(Self.tools):\(at.line):\(at.column): error: the file is not valid UTF-8 (save it as UTF-8)"])
    }

    /// Every topic the answers ask for by name is required, so deleting one fails `advisor check`
    /// rather than silently shortening an answer.
    @Test(arguments: TopicID.allCases)
    func reportsAMissingTopicTheAnswersAskFor(topic: TopicID) throws {
        let broken = BrokenKnowledge()
        try #require(broken.replace("  - id: \(topic.rawValue)\n", with: "  - id: \(topic.rawValue)-renamed\n", in: Self.topics) != nil)
        #expect(
            broken.problems() == [
                "Knowledge/topics.yaml: error: the advisor needs a topic with id \"\(topic.rawValue)\" (add it)"
            ])
    }

    @Test func reportsAMissingSectionAgainstTheFileThatUsuallyHoldsIt() throws {
        let broken = BrokenKnowledge()
        let at = try #require(broken.replace("\ncertifications:\n", with: "\ncertificates:\n", in: Self.certifications))
        #expect(
            broken.problems() == [
                "\(Self.certifications): error: no \"certifications\" section in any knowledge file (add one)",
                "\(Self.certifications):\(at.line + 1):1: error: unknown section \"certificates\" (did you mean \"certifications\"?)",
            ])
    }

    @Test func reportsEveryProblemAtOnceInFileAndLineOrder() throws {
        let broken = BrokenKnowledge()
        let tool = try #require(broken.replace("mlflow, kubeflow]", with: "mlflow, kubeflw]", in: Self.paths))
        let number = try #require(broken.replace("        salary: 85000\n", with: "        salary: 85k\n", in: Self.paths))
        let duplicate = try #require(broken.replace("- id: scala\n", with: "- id: java\n", in: Self.tools))
        let field = try #require(
            broken.replace(
                "salaryEffectDollars: 12000", with: "salaryEffectDolars: 12000", in: Self.certifications))
        let problems = broken.problems()
        #expect(problems.count == 4)
        #expect(
            problems.map { $0.prefix { $0 != ":" } }
                == [
                    Self.certifications, Self.paths, Self.paths, Self.tools,
                ].map { Substring($0) })
        #expect(
            problems[0].hasPrefix("\(Self.certifications):\(field.line):") && problems[0].contains("unknown field \"salaryEffectDolars\""))
        #expect(problems[1].hasPrefix("\(Self.paths):\(tool.line):") && problems[1].contains("unknown tool \"kubeflw\""))
        #expect(problems[2].hasPrefix("\(Self.paths):\(number.line):") && problems[2].contains("malformed number \"85k\""))
        #expect(problems[3].hasPrefix("\(Self.tools):\(duplicate.line):") && problems[3].contains("duplicate tool id \"java\""))
    }
}
