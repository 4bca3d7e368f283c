package org.unknot.files;

import java.util.Locale;
import org.unknot.domain.PegSummary;

/** The report's Key numbers line of the weekly PEG: baseline → current with the counts they are made of. */
final class PegFact {

    static final String LABEL = "PEG score (pain, enjoyment, activity)";
    static final String COMPARED = "PEG score, baseline → current";

    private PegFact() {
    }

    /** "6.3 → 4.0 /10 (37 % lower; first 2 → last 2 of 9 weekly answers)". */
    static ReportContent.Fact of(PegSummary peg) {
        if (peg.count() == 0) {
            return new ReportContent.Fact(LABEL, "not recorded");
        }
        if (!peg.compared()) {
            return new ReportContent.Fact(LABEL, String.format(Locale.ENGLISH,
                    "%s, latest %s /10 (baseline → current needs %d)", ReportSentences.count(peg.count(),
                            "weekly answer"), peg.latest().orElseThrow().scoreText(), PegSummary.MIN_ANSWERS));
        }
        return new ReportContent.Fact(COMPARED, String.format(Locale.ENGLISH,
                "%.1f → %.1f /10 (%s%s; first %d → last %d of %d weekly answers)", peg.baseline().getAsDouble(),
                peg.current().getAsDouble(), peg.direction(), peg.clearImprovement() ? ", a clear improvement" : "",
                PegSummary.WINDOW, PegSummary.WINDOW, peg.count()));
    }
}
