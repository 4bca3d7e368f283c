package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cold-rewarm rule at its limits: a step of exactly the maximum, and which side of an area a step cools. */
class SafetyRulesColdSidesTest {

    @Test
    void aColdStepOfExactlyTwentyMinutesCountsTowardsTheRewarmLimit() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0), new SafetyFinding(SafetyRule.COLD_REWARM, 1)),
                evaluate(cold(1200, Side.CENTER), cold(60, Side.CENTER)));
    }

    @Test
    void aColdStepOverTwentyMinutesIsOnlyTheBlockingErrorAndDoesNotCountOn() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_MAX, 0)),
                evaluate(cold(1201, Side.CENTER), cold(60, Side.CENTER)));
    }

    @Test
    void aCentredStepWarnsWhenItTakesOnlyOneSideOverTheLimit() {
        // left: 700 + 600 s; right: 600 s
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0), new SafetyFinding(SafetyRule.COLD_REWARM, 1)),
                evaluate(cold(700, Side.LEFT), cold(600, Side.CENTER)));
    }

    @Test
    void anEachStepWarnsWhenItTakesOnlyTheLeftOverTheLimit() {
        // left: 700 + 600 s back to back; right: 600 s
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0), new SafetyFinding(SafetyRule.COLD_REWARM, 1)),
                evaluate(cold(700, Side.LEFT), cold(600, Side.EACH)));
    }

    @Test
    void anEachStepCoolsTheRightSideAfterTheLeftSoTheRightIsStillColdAfterwards() {
        // "each 600 s" is left 0–600 s, right 600–1200 s; a right step at 1200 s continues the right's bout
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 1), new SafetyFinding(SafetyRule.COLD_REWARM, 1)),
                evaluate(cold(600, Side.EACH), cold(700, Side.RIGHT)));
    }

    @Test
    void anEachStepLetsTheLeftRewarmWhileTheRightIsCooled() {
        // the left has had the right's 600 s to rewarm
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 1)),
                evaluate(cold(600, Side.EACH), cold(700, Side.LEFT)));
    }

    private static Step cold(int seconds, Side side) {
        return Step.of(Tool.COLD_BALL, Area.LOWER_BACK, seconds).withSide(side);
    }

    private static List<SafetyFinding> evaluate(Step... steps) {
        return SafetyRules.evaluate(new Routine("Cold", "", PerformedBy.SELF, List.of(steps)));
    }
}
