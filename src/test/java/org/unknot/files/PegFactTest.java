package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unknot.domain.PegAnswer;
import org.unknot.domain.PegSummary;

/** The report's Key numbers line of the weekly PEG. */
class PegFactTest {

    private static PegSummary answers(int... values) {
        List<PegAnswer> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            answers.add(new PegAnswer(LocalDate.of(2026, 9, 7).plusWeeks(i), values[i], values[i], values[i]));
        }
        return new PegSummary(answers);
    }

    @Test
    void baselineToCurrentWithTheCountsTheyAreMadeOf() {
        assertEquals(new ReportContent.Fact("PEG score, baseline → current",
                "7.0 → 4.5 /10 (36 % lower, a clear improvement; first 2 → last 2 of 5 weekly answers)"),
                PegFact.of(answers(8, 6, 5, 5, 4)));
        assertEquals(new ReportContent.Fact("PEG score, baseline → current",
                "6.0 → 5.0 /10 (17 % lower; first 2 → last 2 of 4 weekly answers)"), PegFact.of(answers(6, 6, 5, 5)));
    }

    @Test
    void withFewerThanFourAnswersOnlyTheCountAndTheLatestAndWithNoneNotRecorded() {
        assertEquals(new ReportContent.Fact("PEG score (pain, enjoyment, activity)",
                "3 weekly answers, latest 5.0 /10 (baseline → current needs 4)"), PegFact.of(answers(8, 6, 5)));
        assertEquals(new ReportContent.Fact("PEG score (pain, enjoyment, activity)", "not recorded"),
                PegFact.of(PegSummary.NONE));
    }
}
