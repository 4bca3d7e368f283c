package org.unknot.ui.history;

import java.util.ArrayList;
import java.util.List;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Suggestion;

/**
 * What the insights of the range conclude, shown above the tabs: nothing, a suggestion to see a clinician, or the
 * warning that pain is getting worse; with the sentence that says so. The rule is the domain's; this only carries it.
 */
public record Verdict(Suggestion kind, String sentence) {

    public static final Verdict NONE = new Verdict(Suggestion.NONE, "");

    /** The report's verdict, as the insights concluded it. */
    static Verdict of(InsightReport report) {
        return report.conclusion().map(sentence -> new Verdict(report.suggestion(), sentence)).orElse(NONE);
    }

    /** The report's sentences without this verdict's, which is shown once, above the tabs. */
    List<String> others(InsightReport report) {
        List<String> rest = new ArrayList<>(report.sentences());
        if (kind != Suggestion.NONE) {
            rest.remove(sentence);
        }
        return rest;
    }
}
