package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyRulesTest {

    // --- cold-bout and cold-max

    @Test
    void coldBallOfTenMinutesIsFine() {
        assertEquals(List.of(), evaluate(cold(Area.LOWER_BACK, 600)));
    }

    @Test
    void coldBallOverTenMinutesWarnsOfTheBout() {
        List<SafetyFinding> findings = evaluate(cold(Area.LOWER_BACK, 601));

        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0)), findings);
        assertFalse(SafetyRules.hasErrors(findings));
    }

    @Test
    void coldBallOfTwentyMinutesOnlyWarnsOfTheBout() {
        List<SafetyFinding> findings = evaluate(cold(Area.LOWER_BACK, 1200));

        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0)), findings);
        assertFalse(SafetyRules.hasErrors(findings));
    }

    @Test
    void coldBallOverTwentyMinutesIsABlockingError() {
        List<SafetyFinding> findings = evaluate(cold(Area.LOWER_BACK, 1201));

        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_MAX, 0)), findings);
        assertTrue(findings.get(0).blocking());
        assertTrue(SafetyRules.hasErrors(findings));
    }

    @Test
    void coldBoutLooksAtEachSideOfAnEachStepOnItsOwn() {
        // 2 × 400 s planned, but each side is cooled for 400 s only
        assertEquals(List.of(), evaluate(cold(Area.CALVES, 400).withSide(Side.EACH)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0)),
                evaluate(cold(Area.CALVES, 601).withSide(Side.EACH)));
    }

    // --- cold-rewarm

    @Test
    void twoTenMinuteColdBoutsBackToBackReachTwentyMinutesWithoutWarning() {
        assertEquals(List.of(), evaluate(cold(Area.LOWER_BACK, 600), cold(Area.LOWER_BACK, 600)));
    }

    @Test
    void coldOverTwentyMinutesOnOneAreaWarnsAtTheStepThatCrossesIt() {
        List<SafetyFinding> findings = evaluate(
                cold(Area.LOWER_BACK, 500), cold(Area.LOWER_BACK, 500), cold(Area.LOWER_BACK, 500));

        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 2)), findings);
        assertFalse(SafetyRules.hasErrors(findings));
    }

    @Test
    void coldRewarmIsReportedOnceForAnUnbrokenRun() {
        List<SafetyFinding> findings = evaluate(cold(Area.LOWER_BACK, 500), cold(Area.LOWER_BACK, 500),
                cold(Area.LOWER_BACK, 500), cold(Area.LOWER_BACK, 500));

        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 2)), findings);
    }

    @Test
    void aTenMinuteRestBetweenBoutsLetsTheAreaRewarm() {
        assertEquals(List.of(), evaluate(cold(Area.LOWER_BACK, 600), cold(Area.LOWER_BACK, 500), Step.rest(600, ""),
                cold(Area.LOWER_BACK, 500)));
    }

    @Test
    void aRestJustShortOfTenMinutesDoesNotResetTheCold() {
        List<SafetyFinding> findings = evaluate(cold(Area.LOWER_BACK, 600), cold(Area.LOWER_BACK, 500),
                Step.rest(599, ""), cold(Area.LOWER_BACK, 500));

        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 3)), findings);
    }

    @Test
    void workOnAnotherAreaCountsAsTimeToRewarm() {
        assertEquals(List.of(), evaluate(cold(Area.LOWER_BACK, 600), cold(Area.LOWER_BACK, 600),
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 300).withSide(Side.EACH), cold(Area.LOWER_BACK, 300)));
    }

    @Test
    void coldOnDifferentAreasDoesNotAddUp() {
        assertEquals(List.of(), evaluate(cold(Area.LOWER_BACK, 500), cold(Area.UPPER_BACK, 500),
                cold(Area.LOWER_BACK, 500), cold(Area.UPPER_BACK, 500), cold(Area.NECK, 500)));
    }

    @Test
    void sameAlternationOnOneAreaDoesAddUp() {
        // the counterpart of coldOnDifferentAreasDoesNotAddUp: same timing, one area
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 2)), evaluate(cold(Area.LOWER_BACK, 500),
                cold(Area.LOWER_BACK, 500), cold(Area.LOWER_BACK, 500)));
    }

    @Test
    void aColdStepOverTheMaximumIsAnErrorNotAlsoARewarmWarning() {
        List<SafetyFinding> findings = evaluate(cold(Area.LOWER_BACK, 300), cold(Area.LOWER_BACK, 1300));

        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_MAX, 1)), findings);
    }

    // --- spine-roll

    @ParameterizedTest
    @EnumSource(value = Area.class, names = {"LOWER_BACK", "NECK"})
    void foamRollerOnTheSpineWarns(Area area) {
        assertEquals(List.of(new SafetyFinding(SafetyRule.SPINE_ROLL, 1)),
                evaluate(Step.rest(10, ""), Step.of(Tool.FOAM_ROLLER, area, 60)));
    }

    @ParameterizedTest
    @EnumSource(value = Area.class, names = {"LOWER_BACK", "NECK"}, mode = EnumSource.Mode.EXCLUDE)
    void foamRollerElsewhereIsFine(Area area) {
        assertEquals(List.of(), evaluate(Step.of(Tool.FOAM_ROLLER, area, 60)));
    }

    @Test
    void massagerOnTheLowerBackIsNotASpineRoll() {
        assertEquals(List.of(), evaluate(Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60)));
    }

    // --- neck-firm

    @Test
    void firmMassagerOnTheNeckWarns() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.NECK_FIRM, 0)),
                evaluate(massager(Area.NECK).withIntensity(Intensity.FIRM)));
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5})
    void highMassagerLevelOnTheNeckWarns(int level) {
        assertEquals(List.of(new SafetyFinding(SafetyRule.NECK_FIRM, 0)),
                evaluate(massager(Area.NECK).withLevel(level)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.NECK_FIRM, 0)),
                evaluate(massager(Area.NECK).withIntensity(Intensity.LIGHT).withLevel(level)));
    }

    @Test
    void mediumMassagerAtLevelThreeOnTheNeckIsFine() {
        assertEquals(List.of(), evaluate(massager(Area.NECK).withIntensity(Intensity.MEDIUM).withLevel(3)));
        assertEquals(List.of(), evaluate(massager(Area.NECK)));
    }

    @Test
    void firmMassagerOnTheShouldersIsFine() {
        assertEquals(List.of(), evaluate(massager(Area.SHOULDERS).withIntensity(Intensity.FIRM).withLevel(5)));
    }

    @Test
    void firmFoamRollerOrColdBallOnTheNeckIsNotANeckFirmFinding() {
        List<SafetyFinding> findings = evaluate(
                Step.of(Tool.COLD_BALL, Area.NECK, 60).withIntensity(Intensity.FIRM),
                Step.of(Tool.FOAM_ROLLER, Area.NECK, 60).withIntensity(Intensity.FIRM));

        assertEquals(List.of(new SafetyFinding(SafetyRule.SPINE_ROLL, 1)), findings);
    }

    // --- long-hold

    @ParameterizedTest
    @EnumSource(value = Technique.class, names = {"TRIGGER_POINT", "DEEP_PRESSURE"})
    void sustainedPressureOfTwoMinutesIsFine(Technique technique) {
        assertEquals(List.of(), evaluate(massager(Area.SHOULDERS).withTechnique(technique).withSeconds(120)));
    }

    @ParameterizedTest
    @EnumSource(value = Technique.class, names = {"TRIGGER_POINT", "DEEP_PRESSURE"})
    void sustainedPressureOverTwoMinutesWarnsAtThatStep(Technique technique) {
        List<SafetyFinding> findings = evaluate(
                massager(Area.SHOULDERS).withTechnique(technique).withSeconds(120),
                Step.rest(10, ""),
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 121).withTechnique(technique));

        assertEquals(List.of(new SafetyFinding(SafetyRule.LONG_HOLD, 2)), findings);
    }

    @ParameterizedTest
    @EnumSource(value = Technique.class, names = {"LONG_STROKES", "CIRCULAR", "MYOFASCIAL_RELEASE"})
    void otherTechniquesMayLastLonger(Technique technique) {
        assertEquals(List.of(), evaluate(massager(Area.SHOULDERS).withTechnique(technique).withSeconds(300)));
    }

    @Test
    void longHoldCountsEachSideOnItsOwn() {
        assertEquals(List.of(), evaluate(massager(Area.HIPS_GLUTES).withTechnique(Technique.TRIGGER_POINT)
                .withSide(Side.EACH).withSeconds(90)));
    }

    // --- several rules

    @Test
    void findingsComeInStepOrderAndOneStepCanHaveSeveral() {
        List<SafetyFinding> findings = evaluate(
                massager(Area.NECK).withIntensity(Intensity.FIRM).withTechnique(Technique.DEEP_PRESSURE)
                        .withSeconds(180),
                Step.of(Tool.FOAM_ROLLER, Area.LOWER_BACK, 60),
                cold(Area.FEET, 1500));

        assertEquals(List.of(
                new SafetyFinding(SafetyRule.NECK_FIRM, 0),
                new SafetyFinding(SafetyRule.LONG_HOLD, 0),
                new SafetyFinding(SafetyRule.SPINE_ROLL, 1),
                new SafetyFinding(SafetyRule.COLD_MAX, 2)), findings);
        assertTrue(SafetyRules.hasErrors(findings));
    }

    @Test
    void hasErrorsOnlyForColdMax() {
        for (SafetyRule rule : SafetyRule.values()) {
            assertEquals(rule == SafetyRule.COLD_MAX, SafetyRules.hasErrors(List.of(new SafetyFinding(rule, 0))),
                    rule.id());
        }
        assertFalse(SafetyRules.hasErrors(List.of()));
    }

    @Test
    void findingDescribesItsStepAsPeopleCountIt() {
        assertEquals("Step 4: Roll the muscles beside the spine, not the spine itself.",
                new SafetyFinding(SafetyRule.SPINE_ROLL, 3).describe());
    }

    @Test
    void everyRuleHasTheSpecIdItsLevelAMessageAndASource() {
        Map<String, SafetyLevel> spec = Map.of(
                "cold-bout", SafetyLevel.WARNING,
                "cold-max", SafetyLevel.ERROR,
                "cold-rewarm", SafetyLevel.WARNING,
                "spine-roll", SafetyLevel.WARNING,
                "neck-firm", SafetyLevel.WARNING,
                "long-hold", SafetyLevel.WARNING);

        assertEquals(spec.keySet(), Arrays.stream(SafetyRule.values()).map(SafetyRule::id)
                .collect(java.util.stream.Collectors.toSet()));
        for (SafetyRule rule : SafetyRule.values()) {
            assertEquals(spec.get(rule.id()), rule.level(), rule.id());
            assertFalse(rule.message().isBlank(), rule.id() + " message");
            assertFalse(rule.source().isBlank(), rule.id() + " source");
            assertTrue(rule.message().endsWith("."), rule.id() + " message is a sentence");
        }
    }

    @Test
    void ruleMessagesSayWhatTheSpecSays() {
        assertEquals("Cold bouts of about 10 minutes are the usual limit; stop when the skin goes numb.",
                SafetyRule.COLD_BOUT.message());
        assertTrue(SafetyRule.COLD_BOUT.source().contains("Bleakley et al. 2006"));
        assertTrue(SafetyRule.SPINE_ROLL.message().contains("beside the spine"));
        assertTrue(SafetyRule.NECK_FIRM.message().contains("front of the neck"));
    }

    @Test
    void aRoutineOfRestsHasNoFindings() {
        assertEquals(List.of(), evaluate(Step.rest(600, ""), Step.rest(600, "")));
    }

    @Test
    void anEachStepAndALeftAndRightPairOfTheSameColdCountTheSame() {
        List<SafetyRule> each = evaluate(cold(Area.LOWER_BACK, 700).withSide(Side.EACH)).stream()
                .map(SafetyFinding::rule).toList();
        List<SafetyRule> pair = evaluate(cold(Area.LOWER_BACK, 700).withSide(Side.LEFT),
                cold(Area.LOWER_BACK, 700).withSide(Side.RIGHT)).stream().map(SafetyFinding::rule).toList();

        assertEquals(List.of(SafetyRule.COLD_BOUT), each);
        assertEquals(List.of(SafetyRule.COLD_BOUT, SafetyRule.COLD_BOUT), pair, "no rewarm warning for two sides");
    }

    @Test
    void aCentredColdStepCoolsBothSidesOfTheArea() {
        List<SafetyFinding> findings = evaluate(cold(Area.LOWER_BACK, 600), cold(Area.LOWER_BACK, 600)
                .withSide(Side.LEFT), cold(Area.LOWER_BACK, 300).withSide(Side.LEFT));

        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_REWARM, 2)), findings);
    }

    private static Step cold(Area area, int seconds) {
        return Step.of(Tool.COLD_BALL, area, seconds);
    }

    private static Step massager(Area area) {
        return Step.of(Tool.HANDHELD_MASSAGER, area, 60);
    }

    private static List<SafetyFinding> evaluate(Step... steps) {
        return SafetyRules.evaluate(new Routine("Routine", "", PerformedBy.SELF, List.of(steps)));
    }
}
