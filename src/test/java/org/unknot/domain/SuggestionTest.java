package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The specialist suggestion (≥ 6 finished sessions, ≥ 28 days, current ≥ 4/10, less than a 30 % drop) and the
 * worsening warning (current ≥ baseline + 2, worse after 3 of the last 5 rated sessions, 2 "pain got worse" stops
 * within 14 days), each just below and at its threshold.
 */
class SuggestionTest {

    /** Check-ins of {@code baseline} on days 0–2 and {@code current} on the three days up to {@code lastDay}. */
    private static PainHistory checkIns(int lastDay, int[] baseline, int[] current) {
        PainHistory history = new PainHistory();
        for (int i = 0; i < 3; i++) {
            history.checkIn(i, baseline[i]).checkIn(lastDay - 2 + i, current[i]);
        }
        return history;
    }

    /** {@code n} finished, unrated sessions spread over the weeks between. */
    private static PainHistory withSessions(PainHistory history, int n) {
        for (int i = 0; i < n; i++) {
            history.session(3 + i * 3, "Low back", null, null);
        }
        return history;
    }

    private static Suggestion suggestion(PainHistory history) {
        return history.report().suggestion();
    }

    @Test
    void aSpecialistNeedsSixFinishedSessions() {
        int[] steady = {6, 6, 6};
        assertEquals(Suggestion.SPECIALIST, suggestion(withSessions(checkIns(28, steady, steady), 6)));
        assertEquals(Suggestion.NONE, suggestion(withSessions(checkIns(28, steady, steady), 5)));
        PainHistory interrupted = withSessions(checkIns(28, steady, steady), 5);
        interrupted.add(20, "Low back", SessionStatus.INTERRUPTED, Optional.empty(), null, null);
        assertEquals(Suggestion.NONE, suggestion(interrupted), "an interrupted session is not a finished one");
    }

    @Test
    void aSpecialistNeedsTwentyEightDaysFromTheFirstRatingToTheLast() {
        int[] steady = {6, 6, 6};
        assertEquals(Suggestion.NONE, suggestion(withSessions(checkIns(27, steady, steady), 6)));
        assertEquals(Suggestion.SPECIALIST, suggestion(withSessions(checkIns(28, steady, steady), 6)));
    }

    @Test
    void aSpecialistNeedsCurrentPainOfFourOrMore() {
        int[] baseline = {5, 5, 5};
        assertEquals(Suggestion.SPECIALIST, suggestion(withSessions(checkIns(30, baseline, new int[] {4, 4, 4}), 6)));
        assertEquals(Suggestion.NONE, suggestion(withSessions(checkIns(30, baseline, new int[] {4, 4, 3}), 6)),
                "3.7/10 now");
        assertEquals(Suggestion.NONE, suggestion(withSessions(checkIns(30, new int[] {2, 2, 2},
                new int[] {2, 2, 2}), 6)), "steady mild pain");
        assertEquals(Suggestion.NONE, suggestion(withSessions(checkIns(30, new int[] {0, 0, 0},
                new int[] {1, 1, 1}), 6)), "from 0 to 1");
    }

    @Test
    void aThirtyPercentDropIsEnoughToSuggestNothing() {
        int[] baseline = {10, 10, 10};
        assertEquals(Suggestion.NONE, suggestion(withSessions(checkIns(30, baseline, new int[] {7, 7, 7}), 6)));
        assertEquals(Suggestion.SPECIALIST, suggestion(withSessions(checkIns(30, baseline, new int[] {7, 7, 8}), 6)));
    }

    @Test
    void theSpecialistSentenceIsKindNamesTheMeasureAndWhoToSee() {
        PainHistory history = withSessions(checkIns(42, new int[] {6, 7, 6}, new int[] {6, 6, 6}), 6);

        String sentence = history.report().conclusion().orElseThrow();
        assertEquals(sentence, history.sentences().get(history.sentences().size() - 1), "said last");

        assertEquals("Your daily check-ins have not come down by 30 % over 6 weeks (6.3/10 at first, 6.0/10 now;"
                + " 6 sessions). Massage alone may not be enough: it would be worth seeing your GP, a physiotherapist"
                + " or a pain clinic, and taking the report with you.", sentence);
    }

    @Test
    void painTwoPointsAboveTheBaselineWarns() {
        int[] baseline = {4, 4, 4};
        PainHistory risen = checkIns(20, baseline, new int[] {6, 6, 6});
        PainHistory almost = checkIns(20, baseline, new int[] {6, 6, 5});

        assertEquals(Suggestion.WORSENING, suggestion(risen));
        assertEquals(2.0, risen.report().worsening().orElseThrow().trend().orElseThrow().change(), 1e-9);
        assertEquals("Your pain seems to be getting worse: daily check-ins went from 4.0/10 in the first 2 weeks to"
                + " 6.0/10 in the last 2 weeks. Pause the routines that seem to make it worse, and contact your GP or"
                + " physiotherapist soon. Answer the safety questions to check for signs that need care straight"
                + " away.", risen.report().conclusion().orElseThrow());
        assertEquals(Suggestion.NONE, suggestion(almost));
    }

    @Test
    void worseAfterThreeOfTheLastFiveRatedSessionsWarns() {
        PainHistory three = new PainHistory().session(0, "Roller", 5, 4).session(1, "Roller", 5, 4)
                .session(2, "Roller", 5, 6).session(3, "Cold", 5, 4).session(4, "Roller", 5, 6)
                .session(5, "Cold", 5, 6).session(6, "Cold", 5, 4);
        PainHistory two = new PainHistory().session(0, "Roller", 5, 6).session(1, "Roller", 5, 6)
                .session(2, "Roller", 5, 4).session(3, "Cold", 5, 4).session(4, "Roller", 5, 6)
                .session(5, "Cold", 5, 4).session(6, "Cold", 5, 6);

        Worsening worsening = three.report().worsening().orElseThrow();
        assertEquals(3, worsening.worseAfter());
        assertEquals(5, worsening.rated());
        assertEquals(Optional.empty(), two.report().worsening(), "two of the last five, however many before");
    }

    @Test
    void aSingleStopDoesNotNameItsRoutineAmongThoseToStop() {
        PainHistory history = new PainHistory().session(0, "Roller", 5, 6).session(1, "Roller", 5, 6)
                .session(2, "Roller", 5, 6).stopped(3, "Cold", StopReason.PAIN_WORSE, null, null);

        Worsening worsening = history.report().worsening().orElseThrow();

        assertEquals(java.util.List.of("Roller"), worsening.routines());
        assertEquals(0, worsening.painWorseStops());
    }

    @Test
    void twoPainGotWorseStopsWithinFourteenDaysWarn() {
        PainHistory within = new PainHistory().stopped(0, "Roller", StopReason.PAIN_WORSE, null, null)
                .stopped(13, "Roller", StopReason.PAIN_WORSE, null, null);
        PainHistory apart = new PainHistory().stopped(0, "Roller", StopReason.PAIN_WORSE, null, null)
                .stopped(14, "Roller", StopReason.PAIN_WORSE, null, null);
        PainHistory otherReasons = new PainHistory().stopped(0, "Roller", StopReason.OUT_OF_TIME, null, null)
                .stopped(1, "Roller", StopReason.EQUIPMENT, null, null);

        assertEquals(2, within.report().worsening().orElseThrow().painWorseStops());
        assertEquals(Suggestion.NONE, suggestion(apart));
        assertEquals(Suggestion.NONE, suggestion(otherReasons));
    }

    @Test
    void risingPainWarnsBeforeItSuggestsASpecialistAndSaysWhatToStop() {
        // Pain before 4 → 5 → 6 → 8 → 9 in 12 days, worse after 4 of 5, two stops for "pain got worse".
        PainHistory history = new PainHistory().session(0, "Roller", 4, 3).session(3, "Roller", 5, 6)
                .stopped(6, "Roller", StopReason.PAIN_WORSE, 6, 7).stopped(9, "Roller", StopReason.PAIN_WORSE, 8, 9)
                .session(12, "Cold", 9, 10);

        InsightReport report = history.report();

        assertEquals(Suggestion.WORSENING, report.suggestion());
        assertEquals(4, report.worsening().orElseThrow().worseAfter());
        assertEquals(2, report.worsening().orElseThrow().painWorseStops());
        assertEquals("Your pain seems to be getting worse: pain was higher after 4 of your last 5 rated sessions;"
                + " 2 sessions were stopped because pain got worse within 14 days. Stop “Roller” and “Cold” for now,"
                + " and contact your GP or physiotherapist soon. Answer the safety questions to check for signs that"
                + " need care straight away.", report.conclusion().orElseThrow());
        assertEquals(report.conclusion().orElseThrow(), report.sentences().get(0), "said first");
    }

    @Test
    void theWarningTakesPrecedenceOverTheSpecialist() {
        PainHistory history = withSessions(checkIns(30, new int[] {4, 4, 4}, new int[] {6, 6, 6}), 6);

        assertEquals(Suggestion.WORSENING, suggestion(history));
        assertTrue(history.sentences().stream().noneMatch(s -> s.contains("pain clinic")));
    }
}
