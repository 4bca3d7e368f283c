package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** massager-dwell and long-hold: time on one side of one area, added up over the whole routine. */
class SafetyRulesDwellTest {

    // --- massager-dwell

    @Test
    void twoMinutesOfMassagerOnOneAreaIsFine() {
        assertEquals(List.of(), evaluate(massager(120)));
        assertEquals(List.of(), evaluate(massager(60), massager(60)));
    }

    @Test
    void massagerOverTwoMinutesOnOneAreaWarns() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.MASSAGER_DWELL, 0)), evaluate(massager(121)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.MASSAGER_DWELL, 1)), evaluate(massager(120), massager(5)));
    }

    @Test
    void massagerTimeAddsUpAcrossStepsAndIsReportedOnceAtTheStepThatCrossesIt() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.MASSAGER_DWELL, 2)),
                evaluate(massager(60), Step.rest(600, ""), massager(61), massager(60)));
    }

    @Test
    void anEachStepCountsItsSecondsOnEachSide() {
        // 2 × 60 s on each side is 2 minutes per side: the starter "Low-back relief" does exactly that
        assertEquals(List.of(), evaluate(massager(60).withSide(Side.EACH), massager(60).withSide(Side.EACH)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.MASSAGER_DWELL, 1)),
                evaluate(massager(60).withSide(Side.EACH), massager(61).withSide(Side.EACH)));
    }

    @Test
    void theLeftAndRightOfAnAreaAreCountedApart() {
        assertEquals(List.of(), evaluate(massager(100).withSide(Side.LEFT), massager(100).withSide(Side.RIGHT)));
    }

    @Test
    void aCentredStepCountsOnBothSidesAsItMayDwellOnEither() {
        assertEquals(List.of(), evaluate(massager(100), massager(20).withSide(Side.LEFT)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.MASSAGER_DWELL, 1)),
                evaluate(massager(100), massager(21).withSide(Side.LEFT)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.MASSAGER_DWELL, 1)),
                evaluate(massager(100), massager(21).withSide(Side.RIGHT)));
    }

    @Test
    void eachSideIsReportedWhereItCrossesTheLimit() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.MASSAGER_DWELL, 0),
                        new SafetyFinding(SafetyRule.MASSAGER_DWELL, 1)),
                evaluate(massager(121).withSide(Side.LEFT), massager(121).withSide(Side.RIGHT)));
    }

    @Test
    void massagerOnDifferentAreasDoesNotAddUp() {
        assertEquals(List.of(), evaluate(massager(100),
                Step.of(Tool.HANDHELD_MASSAGER, Area.UPPER_BACK, 100)));
    }

    @ParameterizedTest
    @EnumSource(value = Tool.class, names = {"FOAM_ROLLER", "COLD_BALL"})
    void otherToolsDoNotAddToTheMassagerTime(Tool tool) {
        assertEquals(List.of(), evaluate(Step.of(Tool.HANDHELD_MASSAGER, Area.HIPS_GLUTES, 100),
                Step.of(tool, Area.HIPS_GLUTES, 100)));
    }

    // --- long-hold

    @ParameterizedTest
    @EnumSource(value = Technique.class, names = {"TRIGGER_POINT", "DEEP_PRESSURE"})
    void sustainedPressureOfTwoMinutesIsFineAndLongerWarns(Technique technique) {
        assertEquals(List.of(), evaluate(roller(120).withTechnique(technique)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.LONG_HOLD, 0)), evaluate(roller(121).withTechnique(technique)));
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 61})
    void triggerPointAndDeepPressureAddUpOnOneAreaAcrossStepsAndTools(int seconds) {
        List<SafetyFinding> findings = evaluate(
                Step.of(Tool.HANDHELD_MASSAGER, Area.THIGHS, 60).withTechnique(Technique.TRIGGER_POINT),
                Step.rest(600, ""), roller(seconds).withTechnique(Technique.DEEP_PRESSURE));

        assertEquals(seconds > 60 ? List.of(new SafetyFinding(SafetyRule.LONG_HOLD, 2)) : List.of(), findings);
    }

    @Test
    void longHoldIsReportedOnceAtTheStepThatCrossesIt() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.LONG_HOLD, 1)), evaluate(
                roller(100).withTechnique(Technique.TRIGGER_POINT), roller(21).withTechnique(Technique.TRIGGER_POINT),
                roller(60).withTechnique(Technique.TRIGGER_POINT)));
    }

    @ParameterizedTest
    @EnumSource(value = Technique.class, names = {"LONG_STROKES", "CIRCULAR", "MYOFASCIAL_RELEASE"})
    void otherTechniquesNeitherWarnNorAddUp(Technique technique) {
        assertEquals(List.of(), evaluate(roller(300).withTechnique(technique)));
        assertEquals(List.of(), evaluate(roller(100).withTechnique(Technique.TRIGGER_POINT),
                roller(100).withTechnique(technique), roller(20).withTechnique(Technique.TRIGGER_POINT)));
    }

    @Test
    void longHoldCountsEachSideOnItsOwn() {
        assertEquals(List.of(), evaluate(roller(90).withSide(Side.EACH).withTechnique(Technique.TRIGGER_POINT)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.LONG_HOLD, 1)), evaluate(
                roller(60).withSide(Side.EACH).withTechnique(Technique.TRIGGER_POINT),
                roller(61).withSide(Side.EACH).withTechnique(Technique.TRIGGER_POINT)));
    }

    @Test
    void holdsOnDifferentAreasDoNotAddUp() {
        assertEquals(List.of(), evaluate(roller(100).withTechnique(Technique.TRIGGER_POINT),
                Step.of(Tool.FOAM_ROLLER, Area.CALVES, 100).withTechnique(Technique.TRIGGER_POINT)));
    }

    private static Step massager(int seconds) {
        return Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, seconds);
    }

    private static Step roller(int seconds) {
        return Step.of(Tool.FOAM_ROLLER, Area.THIGHS, seconds);
    }

    private static List<SafetyFinding> evaluate(Step... steps) {
        return SafetyRules.evaluate(new Routine("Dwell", "", PerformedBy.SELF, List.of(steps)));
    }
}
