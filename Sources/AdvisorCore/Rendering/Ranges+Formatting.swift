/// How answers write months, percentages and dollars: "8–12 months", "+70% to +100%", "$100K–$140K".
extension MonthRange {
    /// "8–12 months", or "12 months" for a single figure.
    public var text: String {
        min == max ? "\(min) month\(min == 1 ? "" : "s")" : "\(min)–\(max) months"
    }

    /// "8–12" without the unit, for sums written out ("4–6 + 3–4 = 7–10 months").
    public var figures: String { min == max ? "\(min)" : "\(min)–\(max)" }
}

extension PercentRange {
    /// "+70% to +100%", or "+30%" for a single figure.
    public var text: String {
        min == max ? Self.signed(min) : "\(Self.signed(min)) to \(Self.signed(max))"
    }

    private static func signed(_ value: Int) -> String { value >= 0 ? "+\(value)%" : "\(value)%" }
}

extension MoneyRange {
    /// "$100K–$140K", "$137,700", "$250K+", "$131,158–$200,000"; both ends in the same style.
    public var text: String {
        let thousands = [min, max ?? min].allSatisfy { $0 % 1000 == 0 && $0 != 0 }
        let low = Self.dollars(min, inThousands: thousands)
        guard let max else { return openEnded ? low + "+" : low }
        return "\(low)–\(Self.dollars(max, inThousands: thousands))\(openEnded ? "+" : "")"
    }

    /// "$100K" when `inThousands` and the amount is whole thousands, "$131,158" otherwise.
    public static func dollars(_ amount: Int, inThousands: Bool = true) -> String {
        if inThousands, amount % 1000 == 0, amount != 0 { return "$\(amount / 1000)K" }
        return "$" + grouped(amount)
    }

    /// "85,000": digits in groups of three.
    public static func grouped(_ amount: Int) -> String {
        let digits = String(abs(amount))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return amount < 0 ? "-" + out : out
    }
}
