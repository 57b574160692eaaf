/// The profile's rules for typed values, in one place: `/set SLOT VALUE` in the chat and the
/// executable's `--background`, `--salary`, `--hours`, `--experience` both go through here.
extension Advisor {
    /// The slots by the words people may use for them.
    public static let slotNames: [String: ProfileChange.Slot] = [
        "background": .background, "job": .background, "role": .background,
        "salary": .currentSalary, "pay": .currentSalary, "income": .currentSalary,
        "hours": .hoursPerWeek, "hours-per-week": .hoursPerWeek,
        "experience": .yearsOfExperience, "years": .yearsOfExperience,
        "known": .alreadyKnown, "tools": .alreadyKnown, "certs": .alreadyKnown,
    ]

    /// The slot a name stands for.
    public func slot(named name: String) -> Result<ProfileChange.Slot, ProfileValueError> {
        if let slot = Self.slotNames[name.lowercased()] { return .success(slot) }
        let known = ProfileChange.Slot.allCases.map(\.rawValue)
        return .failure(.unknownSlot(name, suggestion: name.closest(among: known), choices: known))
    }

    /// `profile` with `slot` set from typed text, checked as every way of setting it is checked.
    ///
    /// - background: a known background's id, name or synonym (any case), or a job the sources
    ///   don't cover, read as "I'm a nurse" reads it; a near miss of a known name is refused with
    ///   a suggestion.
    /// - salary: an amount as a message writes it ("85k", "$85,000", "450k PKR a month", "12 LPA").
    /// - known: tools and certifications named in the text ("kubernetes, terraform, CKA"), added.
    /// - hours, experience: whole numbers in ``Profile/plausibleHoursPerWeek`` and
    ///   ``Profile/plausibleYearsOfExperience``.
    public func setting(_ slot: ProfileChange.Slot, to text: String, in profile: Profile) -> Result<Profile, ProfileValueError> {
        var profile = profile
        switch slot {
        case .background:
            switch statedBackground(text) {
            case let .success(background): profile.background = background
            case let .failure(error): return .failure(error)
            }
        case .currentSalary:
            switch amount(text) {
            case let .success(money): profile.currentSalary = money
            case let .failure(error): return .failure(error)
            }
        case .alreadyKnown:
            let entities = extractor.extract(from: text)
            guard !entities.tools.isEmpty || !entities.certifications.isEmpty else { return .failure(.nothingKnown(text)) }
            profile.knownTools += entities.tools.filter { !profile.knownTools.contains($0) }
            profile.heldCertifications += entities.certifications.filter { !profile.heldCertifications.contains($0) }
        case .hoursPerWeek, .yearsOfExperience:
            let (what, range) =
                slot == .hoursPerWeek
                ? ("hours a week", Profile.plausibleHoursPerWeek)
                : ("years of experience", Profile.plausibleYearsOfExperience)
            guard let number = Int(text.trimming()), range.contains(number) else {
                return .failure(.outOfRange(text, what: what, range: range))
            }
            if slot == .hoursPerWeek { profile.hoursPerWeek = number } else { profile.yearsOfExperience = number }
        }
        return .success(profile)
    }

    private func statedBackground(_ text: String) -> Result<StatedBackground, ProfileValueError> {
        let wanted = text.lowercased().trimming()
        let names = knowledge.backgrounds.map { background in
            (background.id, ([background.id, background.name] + background.synonyms).map { $0.lowercased() })
        }
        if let match = names.first(where: { $0.1.contains(wanted) }) { return .success(.known(match.0)) }
        if let near = wanted.closest(among: names.flatMap(\.1)), let id = names.first(where: { $0.1.contains(near) })?.0 {
            return .failure(.misspeltBackground(text, suggestion: id, choices: knowledge.backgrounds.map(\.id)))
        }
        // What "I'm a …" would make of it: a known background ("a senior frontend dev") or a job.
        let entities = extractor.extract(from: "i am a \(wanted)")
        if let id = entities.backgrounds.first { return .success(.known(id)) }
        if let job = entities.unknownBackground { return .success(.unknown(job)) }
        return .failure(.notABackground(text))
    }

    private func amount(_ text: String) -> Result<Money, ProfileValueError> {
        let found = extractor.extract(from: text).money
        // A bare number is an amount here, however small ("/set salary 900").
        let bare = Int(text.filter { $0 != "," && $0 != "_" && !$0.isWhitespace }).map { Money($0) }
        guard let money = found.count == 1 ? found[0] : bare, Profile.plausibleSalary.contains(money.amount) else {
            return .failure(.notAnAmount(text))
        }
        return .success(money)
    }
}
