package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules that look at one step, the order of findings and what each rule says. */
class SafetyRulesTest {

    // --- cold-static

    @ParameterizedTest
    @EnumSource(value = Technique.class, names = {"TRIGGER_POINT", "DEEP_PRESSURE", "MYOFASCIAL_RELEASE"})
    void aColdBallHeldStillWarnsToKeepItMoving(Technique technique) {
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_STATIC, 1)),
                evaluate(Step.rest(10, ""), cold(Area.LOWER_BACK, 60).withTechnique(technique)));
    }

    @ParameterizedTest
    @EnumSource(value = Technique.class, names = {"LONG_STROKES", "CIRCULAR"})
    void aMovingColdBallIsFine(Technique technique) {
        assertEquals(List.of(), evaluate(cold(Area.LOWER_BACK, 60).withTechnique(technique)));
    }

    @Test
    void aColdBallWithoutATechniqueIsFine() {
        assertEquals(List.of(), evaluate(cold(Area.LOWER_BACK, 60)));
    }

    @Test
    void holdingStillWithOtherToolsIsNotACold() {
        assertEquals(List.of(), evaluate(
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60).withTechnique(Technique.MYOFASCIAL_RELEASE),
                massager(Area.SHOULDERS).withTechnique(Technique.TRIGGER_POINT)));
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
                new SafetyFinding(SafetyRule.MASSAGER_DWELL, 0),
                new SafetyFinding(SafetyRule.LONG_HOLD, 0),
                new SafetyFinding(SafetyRule.SPINE_ROLL, 1),
                new SafetyFinding(SafetyRule.COLD_MAX, 2)), findings);
        assertTrue(SafetyRules.hasErrors(findings));
    }

    @Test
    void findingsThatNeedTheWholeRoutineStillComeInStepOrder() {
        assertEquals(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0), new SafetyFinding(SafetyRule.COLD_STATIC, 0),
                        new SafetyFinding(SafetyRule.LONG_HOLD, 0), new SafetyFinding(SafetyRule.SPINE_ROLL, 1)),
                evaluate(cold(Area.LOWER_BACK, 700).withTechnique(Technique.TRIGGER_POINT),
                        Step.of(Tool.FOAM_ROLLER, Area.LOWER_BACK, 60)));
    }

    @Test
    void hasErrorsOnlyForColdMaxAmongTheRulesForEveryone() {
        for (SafetyRule rule : everyonesRules()) {
            assertEquals(rule == SafetyRule.COLD_MAX, SafetyRules.hasErrors(List.of(new SafetyFinding(rule, 0))),
                    rule.id());
        }
        assertFalse(SafetyRules.hasErrors(List.of()));
        assertTrue(SafetyRules.hasErrors(List.of(new SafetyFinding(SafetyRule.COLD_BOUT, 0),
                new SafetyFinding(SafetyRule.COLD_MAX, 1))));
    }

    @Test
    void findingDescribesItsStepAsPeopleCountIt() {
        assertEquals("Step 4: Keep a frozen ball moving: held still, cold can injure the skin.",
                new SafetyFinding(SafetyRule.COLD_STATIC, 3).describe());
    }

    @Test
    void everyRuleHasTheSpecIdItsLevelAMessageAndASource() {
        Map<String, SafetyLevel> spec = Map.of(
                "cold-bout", SafetyLevel.WARNING,
                "cold-max", SafetyLevel.ERROR,
                "cold-rewarm", SafetyLevel.WARNING,
                "cold-static", SafetyLevel.WARNING,
                "spine-roll", SafetyLevel.WARNING,
                "neck-firm", SafetyLevel.WARNING,
                "massager-dwell", SafetyLevel.WARNING,
                "long-hold", SafetyLevel.WARNING);

        assertEquals(spec.keySet(), everyonesRules().stream().map(SafetyRule::id).collect(Collectors.toSet()));
        for (SafetyRule rule : everyonesRules()) {
            assertEquals(spec.get(rule.id()), rule.level(), rule.id());
            assertFalse(rule.message().isBlank(), rule.id() + " message");
            assertFalse(rule.source().isBlank(), rule.id() + " source");
            assertTrue(rule.message().endsWith("."), rule.id() + " message is a sentence");
        }
    }

    @Test
    void ruleMessagesAndSourcesSayWhatTheSpecSays() {
        assertEquals("Cold bouts of about 10 minutes are the usual limit; stop when the skin goes numb.",
                SafetyRule.COLD_BOUT.message());
        assertTrue(SafetyRule.COLD_BOUT.source().contains("Bleakley et al. 2006"));
        assertTrue(SafetyRule.COLD_MAX.source().contains("15–20 minute cap"));
        assertEquals("Keep a frozen ball moving: held still, cold can injure the skin.",
                SafetyRule.COLD_STATIC.message());
        assertEquals("Frostbite risk of static cold application", SafetyRule.COLD_STATIC.source());
        assertEquals("Avoid the roller on the lower back and neck; use the massager or a ball beside the spine, or"
                + " roll the hips and upper back.", SafetyRule.SPINE_ROLL.message());
        assertEquals("Common physiotherapy guidance", SafetyRule.SPINE_ROLL.source());
        assertTrue(SafetyRule.NECK_FIRM.message().contains("front of the neck"));
        assertEquals("Chen et al. 2021, Phys Ther 101(1): rhabdomyolysis after percussive massage",
                SafetyRule.MASSAGER_DWELL.source());
        assertTrue(SafetyRule.LONG_HOLD.source().contains("30–120 s"));
    }

    @Test
    void aRoutineOfRestsHasNoFindings() {
        assertEquals(List.of(), evaluate(Step.rest(600, ""), Step.rest(600, "")));
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

    /** The rules that apply whatever the health profile says (SafetyRulesProfileTest covers the others). */
    private static List<SafetyRule> everyonesRules() {
        return Arrays.stream(SafetyRule.values()).filter(rule -> rule.condition().isEmpty()).toList();
    }
}
