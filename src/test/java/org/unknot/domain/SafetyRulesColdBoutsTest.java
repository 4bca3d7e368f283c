package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** cold-bout, cold-rewarm and cold-max: cold steps on one area with less than 600 s between them form one bout. */
class SafetyRulesColdBoutsTest {

    @ParameterizedTest(name = "a bout of {0} s")
    @CsvSource({"599, ''", "600, ''", "601, cold-bout", "1199, cold-bout", "1200, cold-rewarm", "1201, cold-max"})
    void oneColdStepIsGradedByItsLength(int seconds, String rule) {
        assertEquals(expected(rule, 0), evaluate(cold(seconds)));
    }

    @ParameterizedTest(name = "{0} s then {1} s")
    @CsvSource({"300, 300, ''", "300, 301, cold-bout", "300, 899, cold-bout", "300, 900, cold-rewarm",
        "300, 901, cold-max", "600, 599, cold-bout", "600, 600, cold-rewarm", "600, 601, cold-max"})
    void backToBackColdStepsAddUpIntoOneBout(int first, int second, String rule) {
        assertEquals(expected(rule, 1), evaluate(cold(first), cold(second)));
    }

    @Test
    void twoBackToBackTenMinuteStepsAreOneTwentyMinuteBoutThatNeedsRewarming() {
        List<SafetyFinding> findings = evaluate(cold(600), cold(600));

        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 1)), findings);
        assertFalse(SafetyRules.hasErrors(findings));
    }

    @Test
    void aBoutOverTwentyMinutesBlocksSaving() {
        List<SafetyFinding> findings = evaluate(cold(600), cold(601));

        assertTrue(findings.get(0).blocking());
        assertTrue(SafetyRules.hasErrors(findings));
    }

    @ParameterizedTest(name = "a gap of {0} s")
    @CsvSource({"599, cold-rewarm", "600, ''"})
    void aGapOfTenMinutesStartsANewBout(int gap, String rule) {
        assertEquals(expected(rule, 2), evaluate(cold(600), Step.rest(gap, ""), cold(600)));
    }

    @ParameterizedTest(name = "a gap of {0} s")
    @CsvSource({"599, cold-max", "600, cold-bout"})
    void aGapJustShortOfTenMinutesKeepsTheBoutGoing(int gap, String rule) {
        assertEquals(expected(rule, 2), evaluate(cold(600), Step.rest(gap, ""), cold(601)));
    }

    @Test
    void aBoutReportsOnlyItsMostSevereGradeAtTheStepThatReachesIt() {
        // 700 s alone would be a cold-bout at step 1; the bout goes on to 1300 s, so it is one cold-max at step 2
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_MAX, 1)), evaluate(cold(700), cold(600)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 2)),
                evaluate(cold(700), cold(400), cold(100)));
    }

    @Test
    void aBoutIsReportedWhereItFirstReachesItsGrade() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0)), evaluate(cold(700), cold(100)));
    }

    @Test
    void aBoutThatCrossesTheMaximumEarlyIsReportedThereAndNotAgain() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_MAX, 0)), evaluate(cold(1300), cold(60), cold(600)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_MAX, 2)),
                evaluate(cold(500), cold(500), cold(500), cold(500)));
    }

    @Test
    void eachNewBoutIsReportedOnItsOwn() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0), new SafetyFinding(SafetyRule.COLD_MAX, 2)),
                evaluate(cold(700), Step.rest(600, ""), cold(1300)));
    }

    @Test
    void workOnAnotherAreaCountsAsTimeToRewarm() {
        assertEquals(List.of(), evaluate(cold(600), Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 300).withSide(Side.EACH),
                cold(600)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 2)), evaluate(cold(600),
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 299).withSide(Side.EACH), cold(600)));
    }

    @Test
    void coldOnDifferentAreasDoesNotAddUp() {
        assertEquals(List.of(), evaluate(cold(300), cold(Area.UPPER_BACK, 300), cold(300), cold(Area.UPPER_BACK, 300)));
    }

    @Test
    void sameAlternationOnOneAreaDoesAddUp() {
        // the counterpart of coldOnDifferentAreasDoesNotAddUp: same timing, one area
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 3)),
                evaluate(cold(300), cold(300), cold(300), cold(300)));
    }

    @Test
    void otherToolsOnTheSameAreaDoNotAddToTheCold() {
        assertEquals(List.of(), evaluate(cold(600), Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 100)));
    }

    private static List<SafetyFinding> expected(String rule, int step) {
        if (rule.isEmpty()) {
            return List.of();
        }
        for (SafetyRule candidate : SafetyRule.values()) {
            if (candidate.id().equals(rule)) {
                return List.of(new SafetyFinding(candidate, step));
            }
        }
        throw new IllegalArgumentException(rule);
    }

    private static Step cold(int seconds) {
        return cold(Area.LOWER_BACK, seconds);
    }

    private static Step cold(Area area, int seconds) {
        return Step.of(Tool.COLD_BALL, area, seconds);
    }

    private static List<SafetyFinding> evaluate(Step... steps) {
        return SafetyRules.evaluate(new Routine("Cold", "", PerformedBy.SELF, List.of(steps)));
    }
}
