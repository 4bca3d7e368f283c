package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which side of an area a cold step cools, and so which bout it adds to. */
class SafetyRulesColdSidesTest {

    @Test
    void anEachStepIsGradedPerSideAndReportedOnce() {
        // 2 × 400 s planned, but each side is cooled for 400 s only
        assertEquals(List.of(), evaluate(cold(400, Side.EACH)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0)), evaluate(cold(601, Side.EACH)));
    }

    @Test
    void anEachStepAndALeftAndRightPairOfTheSameColdCountTheSame() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0)), evaluate(cold(700, Side.EACH)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0), new SafetyFinding(SafetyRule.COLD_BOUT, 1)),
                evaluate(cold(700, Side.LEFT), cold(700, Side.RIGHT)), "two sides are two bouts, not one of 1400 s");
    }

    @Test
    void aCentredColdStepCoolsBothSidesOfTheArea() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 1)),
                evaluate(cold(600, Side.CENTER), cold(600, Side.LEFT)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 1)),
                evaluate(cold(600, Side.CENTER), cold(600, Side.RIGHT)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_MAX, 2)),
                evaluate(cold(600, Side.CENTER), cold(600, Side.LEFT), cold(300, Side.LEFT)));
    }

    @Test
    void aCentredStepGradesTheBoutItTakesFurthest() {
        // left: 700 + 600 s in one bout; right: 600 s
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_MAX, 1)),
                evaluate(cold(700, Side.LEFT), cold(600, Side.CENTER)));
    }

    @Test
    void whenBothSidesReachAGradeAtOneStepThatStepShowsTheMostSevere() {
        // one side: 800 + 400 s = 1200 s (rewarm); the other: 300 + 400 s = 700 s (bout), both at the third step
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 2)),
                evaluate(cold(800, Side.LEFT), cold(300, Side.RIGHT), cold(400, Side.CENTER)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 2)),
                evaluate(cold(800, Side.RIGHT), cold(300, Side.LEFT), cold(400, Side.CENTER)));
    }

    @Test
    void whenBothSidesReachTheSameGradeAtOneStepItIsOneFinding() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 2)),
                evaluate(cold(500, Side.LEFT), cold(400, Side.RIGHT), cold(250, Side.CENTER)));
    }

    @Test
    void anEachStepWarnsWhenItTakesOnlyTheLeftOverTheLimit() {
        // left: 700 + 600 s back to back; right: 600 s
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_MAX, 1)),
                evaluate(cold(700, Side.LEFT), cold(600, Side.EACH)));
    }

    @Test
    void anEachStepCoolsTheRightSideAfterTheLeftSoTheRightIsStillColdAfterwards() {
        // "each 600 s" is left 0–600 s, right 600–1200 s; a right step at 1200 s continues the right's bout
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_MAX, 1)),
                evaluate(cold(600, Side.EACH), cold(700, Side.RIGHT)));
    }

    @Test
    void anEachStepLetsTheLeftRewarmWhileTheRightIsCooled() {
        // the left has had the right's 600 s to rewarm, so its next 700 s are a new bout
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 1)),
                evaluate(cold(600, Side.EACH), cold(700, Side.LEFT)));
        // 599 s are not enough: 599 + 700 s in one bout
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_MAX, 1)),
                evaluate(cold(599, Side.EACH), cold(700, Side.LEFT)));
    }

    private static Step cold(int seconds, Side side) {
        return Step.of(Tool.COLD_BALL, Area.LOWER_BACK, seconds).withSide(side);
    }

    private static List<SafetyFinding> evaluate(Step... steps) {
        return SafetyRules.evaluate(new Routine("Cold", "", PerformedBy.SELF, List.of(steps)));
    }
}
