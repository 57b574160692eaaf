/// The text of `advisor eval`: an ``IntentEvaluation`` (and optionally a cross-validation and a
/// threshold sweep) as aligned lines, ready to print.
public struct EvaluationReport: Sendable {
    public var report: IntentEvaluation
    public var crossValidation: CrossValidation?
    public var sweep: ThresholdSweep?
    public var listMisses: Bool

    public init(
        report: IntentEvaluation, crossValidation: CrossValidation? = nil, sweep: ThresholdSweep? = nil,
        listMisses: Bool = false
    ) {
        self.report = report
        self.crossValidation = crossValidation
        self.sweep = sweep
        self.listMisses = listMisses
    }

    public var lines: [String] {
        var lines: [String] = []
        let r = report
        lines.append(
            "Intent classification on \(r.utterances) test utterances "
                + "(thresholds: out-of-scope \(Self.fixed(r.thresholds.outOfScope)), clarify \(Self.fixed(r.thresholds.clarify)))")
        lines.append("  in-scope accuracy      \(Self.fixed(r.inScopeAccuracy))")
        lines.append("  macro-F1 (in-scope)    \(Self.fixed(r.macroF1))")
        lines.append("  out-of-scope precision \(Self.fixed(r.outOfScopePrecision))")
        lines.append("  out-of-scope recall    \(Self.fixed(r.outOfScopeRecall))")
        lines.append("")
        lines.append("Per intent" + String(repeating: " ", count: 14) + "precision  recall     F1  support")
        for metric in r.perIntent {
            lines.append(
                "  " + Self.pad(metric.intent.rawValue, 22) + Self.pad(Self.fixed(metric.precision), 11, right: true)
                    + Self.pad(Self.fixed(metric.recall), 8, right: true) + Self.pad(Self.fixed(metric.f1), 7, right: true)
                    + Self.pad(String(metric.support), 9, right: true))
        }
        if !r.confusions.isEmpty {
            lines.append("")
            lines.append("Most confused (expected → predicted)")
            for pair in r.confusions.prefix(10) {
                lines.append("  \(pair.count)× \(pair.expected.rawValue) → \(pair.predicted.rawValue)")
            }
        }
        if !r.entities.isEmpty {
            lines.append("")
            lines.append("Entities" + String(repeating: " ", count: 16) + "precision  recall   tp   fp   fn")
            for metric in r.entities {
                lines.append(
                    "  " + Self.pad(metric.kind, 22) + Self.pad(Self.fixed(metric.precision), 11, right: true)
                        + Self.pad(Self.fixed(metric.recall), 8, right: true) + Self.pad(String(metric.truePositives), 5, right: true)
                        + Self.pad(String(metric.falsePositives), 5, right: true) + Self.pad(String(metric.falseNegatives), 5, right: true))
            }
        }
        if let crossValidation {
            lines.append("")
            lines.append("\(crossValidation.folds.count)-fold cross-validation on the training examples")
            for (number, fold) in crossValidation.folds.enumerated() {
                lines.append(
                    "  fold \(number + 1): \(fold.examples) examples, accuracy \(Self.fixed(fold.accuracy)), "
                        + "top intent \(Self.fixed(fold.topAccuracy))")
            }
            lines.append(
                "  mean accuracy \(Self.fixed(crossValidation.meanAccuracy)), "
                    + "top intent \(Self.fixed(crossValidation.meanTopAccuracy))")
            lines.append(
                "  in-scope accuracy \(Self.fixed(crossValidation.inScopeAccuracy)), "
                    + "out-of-scope recall \(Self.fixed(crossValidation.outOfScopeRecall))")
            let weakest = crossValidation.perIntent.filter { $0.examples > 0 }
                .sorted { $0.recall != $1.recall ? $0.recall < $1.recall : $0.intent.rawValue < $1.intent.rawValue }.prefix(8)
            lines.append("  weakest intents: " + weakest.map { "\($0.intent.rawValue) \(Self.fixed($0.recall))" }.joined(separator: ", "))
        }
        if let sweep {
            lines.append("")
            lines.append("Out-of-scope threshold sweep")
            lines.append("  threshold  accuracy  macro-F1  oos-precision  oos-recall")
            for row in sweep.rows {
                lines.append(
                    "  " + Self.pad(Self.fixed(row.threshold), 9, right: true) + Self.pad(Self.fixed(row.inScopeAccuracy), 10, right: true)
                        + Self.pad(Self.fixed(row.macroF1), 10, right: true)
                        + Self.pad(Self.fixed(row.outOfScopePrecision), 15, right: true)
                        + Self.pad(Self.fixed(row.outOfScopeRecall), 12, right: true))
            }
            if let best = sweep.recommended {
                lines.append("  recommended: \(Self.fixed(best.threshold)) (see ThresholdSweep.recommended for the rule)")
            }
        }
        if listMisses, !r.misses.isEmpty {
            lines.append("")
            lines.append("Misclassified")
            lines += r.misses.map(Self.line)
        }
        if listMisses, let crossValidation, !crossValidation.misses.isEmpty {
            lines.append("")
            lines.append("Misclassified in cross-validation (held-out training examples)")
            lines += crossValidation.misses.map(Self.line)
        }
        return lines
    }

    /// One miss: "expected → predicted (confidence): text".
    static func line(_ miss: IntentEvaluation.Miss) -> String {
        "  \(miss.expected.rawValue) → \(miss.predicted.rawValue) (\(fixed(miss.confidence))): \(miss.text)"
    }

    /// A number with three decimals ("0.953").
    static func fixed(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        let fraction = String(abs(scaled) % 1000)
        return (scaled < 0 ? "-" : "") + "\(abs(scaled) / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }
}
