/// `/set` and `/forget`: editing the profile directly, checked against the knowledge base.
extension ChatSession {
    /// The slots `/set` and `/forget` accept, with the words people may use for them.
    static let slotNames: [String: ProfileChange.Slot] = [
        "background": .background, "job": .background, "role": .background,
        "salary": .currentSalary, "pay": .currentSalary, "income": .currentSalary,
        "hours": .hoursPerWeek, "hours-per-week": .hoursPerWeek,
        "experience": .yearsOfExperience, "years": .yearsOfExperience,
    ]

    private func slot(named name: String) -> Result<ProfileChange.Slot, SessionMessage> {
        if let slot = Self.slotNames[name] { return .success(slot) }
        let known = ProfileChange.Slot.allCases.map(\.rawValue)
        return .failure(SessionMessage("unknown slot \"\(Self.shortened(name.sanitizedForDisplay, to: 30))\"",
                                       suggestion: name.closest(among: known), choices: known))
    }

    mutating func set(_ slotName: String, _ text: String) -> Reply {
        switch slot(named: slotName) {
        case let .failure(message): return message.reply
        case let .success(slot):
            let result: Result<Profile, SessionMessage> = switch slot {
            case .background: background(text).map { id in
                    var profile = state.profile
                    profile.background = id
                    profile.unknownBackground = nil
                    return profile
                }
            case .currentSalary: number(text, for: "salary", in: Profile.plausibleSalary, money: true).map { with(\.currentSalary, $0) }
            case .hoursPerWeek: number(text, for: "hours a week", in: Profile.plausibleHoursPerWeek).map { with(\.hoursPerWeek, $0) }
            case .yearsOfExperience: number(text, for: "years of experience", in: Profile.plausibleYearsOfExperience).map { with(\.yearsOfExperience, $0) }
            }
            switch result {
            case let .failure(message): return message.reply
            case let .success(profile):
                let before = state.profile
                remember(what: "setting your \(Responder.slotName(slot))")
                state.profile = profile
                let change = ProfileChange(slot: slot, old: value(of: slot, in: before), new: value(of: slot, in: profile))
                return advisor.responder.reply(to: [.noted(before == profile ? [] : [change])], state: state)
            }
        }
    }

    mutating func forget(_ slotName: String) -> Reply {
        if slotName == "all" || slotName == "everything" {
            remember(what: "forgetting your profile")
            state.profile = Profile()
            return Reply(blocks: [.paragraph("Forgot everything about you.")])
        }
        switch slot(named: slotName) {
        case let .failure(message): return message.reply
        case let .success(slot):
            guard value(of: slot, in: state.profile) != nil else {
                return Reply(blocks: [.paragraph("I didn't know your \(Responder.slotName(slot)) anyway.")])
            }
            remember(what: "forgetting your \(Responder.slotName(slot))")
            switch slot {
            case .background:
                state.profile.background = nil
                state.profile.unknownBackground = nil
            case .currentSalary: state.profile.currentSalary = nil
            case .hoursPerWeek: state.profile.hoursPerWeek = nil
            case .yearsOfExperience: state.profile.yearsOfExperience = nil
            }
            return Reply(blocks: [.paragraph("Forgot your \(Responder.slotName(slot)).")])
        }
    }

    private func with(_ path: WritableKeyPath<Profile, Int?>, _ value: Int) -> Profile {
        var profile = state.profile
        profile[keyPath: path] = value
        return profile
    }

    private func value(of slot: ProfileChange.Slot, in profile: Profile) -> String? {
        switch slot {
        case .background: profile.background ?? profile.unknownBackground
        case .currentSalary: profile.currentSalary.map(String.init)
        case .hoursPerWeek: profile.hoursPerWeek.map(String.init)
        case .yearsOfExperience: profile.yearsOfExperience.map(String.init)
        }
    }

    /// A background id from an id, a name or a synonym, case-insensitively.
    private func background(_ value: String) -> Result<String, SessionMessage> {
        let wanted = value.lowercased().trimming()
        for background in advisor.knowledge.backgrounds {
            let names = [background.id, background.name] + background.synonyms
            if names.contains(where: { $0.lowercased() == wanted }) { return .success(background.id) }
        }
        let ids = advisor.knowledge.backgrounds.map(\.id)
        let everyName = advisor.knowledge.backgrounds.flatMap { [$0.id, $0.name.lowercased()] + $0.synonyms.map { $0.lowercased() } }
        let suggestion = wanted.closest(among: everyName).flatMap { name in
            advisor.knowledge.backgrounds.first { ([$0.id, $0.name.lowercased()] + $0.synonyms.map { $0.lowercased() }).contains(name) }?.id
        }
        return .failure(SessionMessage("unknown background \"\(Self.shortened(value.sanitizedForDisplay, to: 40))\"",
                                       suggestion: suggestion, choices: ids))
    }

    /// A whole number, allowing "85k", "$85,000" for money.
    private func number(_ value: String, for what: String, in range: ClosedRange<Int>, money: Bool = false) -> Result<Int, SessionMessage> {
        var text = value.lowercased().filter { $0 != "," && $0 != "$" && $0 != "_" && !$0.isWhitespace }
        var factor = 1
        if money, text.hasSuffix("k") {
            factor = 1000
            text.removeLast()
        }
        guard let number = Int(text), let scaled = Optional(number.multipliedReportingOverflow(by: factor)), !scaled.overflow,
              range.contains(scaled.partialValue) else {
            return .failure(SessionMessage("\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), "
                + "not \"\(Self.shortened(value.sanitizedForDisplay, to: 30))\""))
        }
        return .success(scaled.partialValue)
    }
}

/// A problem with a command's argument, said once, with a suggestion when there is one.
struct SessionMessage: Error {
    var problem: String
    var suggestion: String?
    var choices: [String]

    init(_ problem: String, suggestion: String? = nil, choices: [String] = []) {
        self.problem = problem
        self.suggestion = suggestion
        self.choices = choices
    }

    var reply: Reply {
        var text = "Sorry: \(problem)"
        text += String.didYouMean(suggestion)
        text += "."
        if !choices.isEmpty { text += " Choices: \(choices.joined(separator: ", "))." }
        return Reply(blocks: [.paragraph(text)])
    }
}
