/// `/set` and `/forget`: editing the profile directly, checked against the knowledge base.
extension ChatSession {
    mutating func set(_ slotName: String, _ text: String) -> Reply {
        let result = advisor.slot(named: slotName).flatMap { slot in
            advisor.setting(slot, to: text, in: state.profile).map { (slot, $0) }
        }
        switch result {
        case let .failure(error): return SessionMessage(error).reply
        case let .success((slot, profile)):
            let before = state.profile
            remember(what: "setting your \(Responder.slotName(slot))")
            state.profile = profile
            let change = ProfileChange(slot: slot, old: value(of: slot, in: before), new: value(of: slot, in: profile))
            return advisor.responder.reply(to: [.noted(before == profile ? [] : [change])], state: state)
        }
    }

    mutating func forget(_ slotName: String) -> Reply {
        if slotName == "all" || slotName == "everything" {
            remember(what: "forgetting your profile")
            state.profile = Profile()
            return Reply(blocks: [.paragraph("Forgot everything about you.")])
        }
        switch advisor.slot(named: slotName) {
        case let .failure(error): return SessionMessage(error).reply
        case let .success(slot):
            guard value(of: slot, in: state.profile) != nil else {
                return Reply(blocks: [.paragraph("I didn't know your \(Responder.slotName(slot)) anyway.")])
            }
            remember(what: "forgetting your \(Responder.slotName(slot))")
            switch slot {
            case .background: state.profile.background = nil
            case .currentSalary: state.profile.currentSalary = nil
            case .hoursPerWeek: state.profile.hoursPerWeek = nil
            case .yearsOfExperience: state.profile.yearsOfExperience = nil
            case .alreadyKnown:
                state.profile.knownTools = []
                state.profile.heldCertifications = []
            }
            return Reply(blocks: [.paragraph("Forgot your \(Responder.slotName(slot)).")])
        }
    }

    private func value(of slot: ProfileChange.Slot, in profile: Profile) -> String? {
        switch slot {
        case .background: profile.background?.value
        case .currentSalary: profile.currentSalary?.text
        case .hoursPerWeek: profile.hoursPerWeek.map(String.init)
        case .yearsOfExperience: profile.yearsOfExperience.map(String.init)
        case .alreadyKnown:
            (profile.knownTools + profile.heldCertifications).isEmpty
                ? nil
                : (profile.knownTools + profile.heldCertifications).joined(separator: ", ")
        }
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

    init(_ error: ProfileValueError) {
        self.init(error.problem, suggestion: error.suggestion, choices: error.choices)
    }

    var reply: Reply {
        var text = "Sorry: \(problem)"
        text += String.didYouMean(suggestion)
        text += "."
        if !choices.isEmpty { text += " Choices: \(choices.joined(separator: ", "))." }
        return Reply(blocks: [.paragraph(text)])
    }
}
