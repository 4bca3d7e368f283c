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

    /**
     * The report's verdict: the worsening warning is its first sentence, the specialist suggestion its last
     * (PRODUCT.md, "Insights").
     */
    static Verdict of(InsightReport report) {
        List<String> sentences = report.sentences();
        if (report.suggestion() == Suggestion.NONE || sentences.isEmpty()) {
            return NONE;
        }
        int at = report.suggestion() == Suggestion.WORSENING ? 0 : sentences.size() - 1;
        return new Verdict(report.suggestion(), sentences.get(at));
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
