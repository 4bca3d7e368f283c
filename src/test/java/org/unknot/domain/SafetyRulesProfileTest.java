package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules the health profile adds: each with and without its condition, and at its edges. */
class SafetyRulesProfileTest {

    // --- Raynaud's or cold urticaria: every cold step is an error

    @Test
    void coldIsAnErrorWithRaynauds() {
        List<SafetyFinding> findings = evaluate(profile(HealthCondition.RAYNAUD_COLD_URTICARIA),
                Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60), cold(Area.LOWER_BACK, 60));
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_COLD, 1)), findings);
        assertTrue(SafetyRules.hasErrors(findings));
    }

    @Test
    void coldIsFineWithoutRaynauds() {
        assertEquals(List.of(), evaluate(profile(HealthCondition.OSTEOPOROSIS), cold(Area.LOWER_BACK, 60)));
        assertEquals(List.of(), evaluate(HealthProfile.NONE, cold(Area.LOWER_BACK, 60)));
    }

    // --- diabetes or numb feet: cold on the feet or calves is an error

    @ParameterizedTest
    @EnumSource(value = Area.class, names = {"FEET", "CALVES"})
    void coldOnTheLowerLegsIsAnErrorWithNumbFeet(Area area) {
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_COLD_FEET, 0)),
                evaluate(profile(HealthCondition.DIABETES_NUMB_FEET), cold(area, 60)));
    }

    @ParameterizedTest
    @EnumSource(value = Area.class, names = {"FEET", "CALVES"}, mode = EnumSource.Mode.EXCLUDE)
    void coldElsewhereIsFineWithNumbFeet(Area area) {
        assertEquals(List.of(), evaluate(profile(HealthCondition.DIABETES_NUMB_FEET), cold(area, 60)));
    }

    @Test
    void otherToolsOnTheFeetAreFineWithNumbFeet() {
        assertEquals(List.of(), evaluate(profile(HealthCondition.DIABETES_NUMB_FEET),
                Step.of(Tool.HANDHELD_MASSAGER, Area.FEET, 60)));
    }

    // --- poor circulation in the legs: cold on the legs warns

    @ParameterizedTest
    @EnumSource(value = Area.class, names = {"THIGHS", "CALVES", "FEET"})
    void coldOnTheLegsWarnsWithPoorCirculation(Area area) {
        List<SafetyFinding> findings = evaluate(profile(HealthCondition.POOR_LEG_CIRCULATION), cold(area, 60));
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_COLD_LEGS, 0)), findings);
        assertFalse(SafetyRules.hasErrors(findings));
    }

    @Test
    void coldOnTheBackIsFineWithPoorLegCirculation() {
        assertEquals(List.of(), evaluate(profile(HealthCondition.POOR_LEG_CIRCULATION), cold(Area.HIPS_GLUTES, 60)));
    }

    // --- blood thinners: firm, sustained or level 4-5 warns

    @Test
    void massagerLevelFourWarnsWithBloodThinnersButThreeDoesNot() {
        HealthProfile thinners = profile(HealthCondition.BLOOD_THINNERS);
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_PRESSURE, 0)),
                evaluate(thinners, massager(Area.THIGHS).withLevel(4)));
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_PRESSURE, 0)),
                evaluate(thinners, massager(Area.THIGHS).withLevel(5)));
        assertEquals(List.of(), evaluate(thinners, massager(Area.THIGHS).withLevel(3)));
        assertEquals(List.of(), evaluate(HealthProfile.NONE, massager(Area.THIGHS).withLevel(5)));
    }

    @Test
    void firmPressureWarnsWithBloodThinnersButMediumDoesNot() {
        HealthProfile thinners = profile(HealthCondition.BLOOD_THINNERS);
        Step roller = Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60);
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_PRESSURE, 0)),
                evaluate(thinners, roller.withIntensity(Intensity.FIRM)));
        assertEquals(List.of(), evaluate(thinners, roller.withIntensity(Intensity.MEDIUM)));
        assertEquals(List.of(), evaluate(thinners, roller.withIntensity(Intensity.LIGHT)));
    }

    @ParameterizedTest
    @EnumSource(value = Technique.class, names = {"TRIGGER_POINT", "DEEP_PRESSURE"})
    void sustainedPressureWarnsWithBloodThinners(Technique technique) {
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_PRESSURE, 0)), evaluate(
                profile(HealthCondition.BLOOD_THINNERS), massager(Area.THIGHS).withTechnique(technique)));
    }

    @ParameterizedTest
    @EnumSource(value = Technique.class, names = {"LONG_STROKES", "CIRCULAR", "MYOFASCIAL_RELEASE"})
    void movingPressureIsFineWithBloodThinners(Technique technique) {
        assertEquals(List.of(), evaluate(profile(HealthCondition.BLOOD_THINNERS),
                massager(Area.THIGHS).withTechnique(technique)));
    }

    // --- osteoporosis: the roller on the spine is an error

    @ParameterizedTest
    @EnumSource(value = Area.class, names = {"NECK", "UPPER_BACK", "MID_BACK", "LOWER_BACK"})
    void theRollerOnTheSpineIsAnErrorWithOsteoporosis(Area area) {
        List<SafetyFinding> findings = evaluate(profile(HealthCondition.OSTEOPOROSIS),
                Step.of(Tool.FOAM_ROLLER, area, 60));
        assertTrue(findings.contains(new SafetyFinding(SafetyRule.PROFILE_SPINE_ROLL, 0)));
        assertTrue(SafetyRules.hasErrors(findings));
    }

    @ParameterizedTest
    @EnumSource(value = Area.class, names = {"NECK", "UPPER_BACK", "MID_BACK", "LOWER_BACK"},
            mode = EnumSource.Mode.EXCLUDE)
    void theRollerOffTheSpineIsFineWithOsteoporosis(Area area) {
        assertEquals(List.of(), evaluate(profile(HealthCondition.OSTEOPOROSIS), Step.of(Tool.FOAM_ROLLER, area, 60)));
    }

    @Test
    void theRollerOnTheUpperBackIsFineWithoutOsteoporosis() {
        assertEquals(List.of(), evaluate(profile(HealthCondition.VARICOSE_VEINS),
                Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60)));
    }

    @Test
    void theMassagerOnTheSpineIsFineWithOsteoporosis() {
        assertEquals(List.of(), evaluate(profile(HealthCondition.OSTEOPOROSIS), massager(Area.MID_BACK)));
    }

    // --- varicose veins: steps on calves and thighs warn

    @ParameterizedTest
    @EnumSource(value = Area.class, names = {"THIGHS", "CALVES"})
    void stepsOnTheLegsWarnWithVaricoseVeins(Area area) {
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_VARICOSE, 0)),
                evaluate(profile(HealthCondition.VARICOSE_VEINS), Step.of(Tool.FOAM_ROLLER, area, 60)));
    }

    @Test
    void stepsOnTheFeetAreFineWithVaricoseVeins() {
        assertEquals(List.of(), evaluate(profile(HealthCondition.VARICOSE_VEINS), massager(Area.FEET)));
        assertEquals(List.of(), evaluate(HealthProfile.NONE, massager(Area.CALVES)));
    }

    // --- a recent surgery or injury: its areas are blocked

    @Test
    void theInjuredAreaIsBlockedAndOthersAreNot() {
        HealthProfile injured = new HealthProfile(Set.of(HealthCondition.RECENT_SURGERY_INJURY),
                Set.of(Area.SHOULDERS));
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_INJURY, 1)), evaluate(injured,
                massager(Area.NECK), massager(Area.SHOULDERS), Step.rest(10, ""), cold(Area.UPPER_BACK, 60)));
    }

    // --- pregnancy and recent cancer: one note for the whole routine, not blocking

    @ParameterizedTest
    @EnumSource(value = HealthCondition.class, names = {"PREGNANCY", "CANCER_TREATED"})
    void pregnancyAndCancerAddOneNoteToAskAClinician(HealthCondition condition) {
        List<SafetyFinding> findings = evaluate(profile(condition), massager(Area.NECK), massager(Area.THIGHS));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).wholeRoutine());
        assertEquals(condition, findings.get(0).rule().condition().orElseThrow());
        assertFalse(SafetyRules.hasErrors(findings));
        assertEquals(findings.get(0).rule().message(), findings.get(0).describe());
    }

    @Test
    void theNoteComesBeforeTheStepFindings() {
        List<SafetyFinding> findings = evaluate(profile(HealthCondition.PREGNANCY, HealthCondition.RAYNAUD_COLD_URTICARIA),
                cold(Area.LOWER_BACK, 60));
        assertEquals(List.of(new SafetyFinding(SafetyRule.PROFILE_PREGNANCY, SafetyFinding.WHOLE_ROUTINE),
                new SafetyFinding(SafetyRule.PROFILE_COLD, 0)), findings);
    }

    @Test
    void anEmptyRoutineHasNoNote() {
        assertEquals(List.of(), evaluate(profile(HealthCondition.PREGNANCY)));
    }

    // --- what each finding says

    @ParameterizedTest
    @ValueSource(strings = {"PROFILE_COLD", "PROFILE_COLD_FEET", "PROFILE_COLD_LEGS", "PROFILE_PRESSURE",
            "PROFILE_SPINE_ROLL", "PROFILE_VARICOSE", "PROFILE_INJURY", "PROFILE_PREGNANCY", "PROFILE_CANCER"})
    void everyProfileRuleNamesItsConditionAndSource(String name) {
        SafetyRule rule = SafetyRule.valueOf(name);
        assertTrue(rule.condition().isPresent(), name);
        assertTrue(rule.source().matches(".*(19|20)\\d\\d.*"), rule.source());
    }

    @Test
    void eachProfileRuleHasItsLevel() {
        Map<SafetyRule, SafetyLevel> levels = Map.of(
                SafetyRule.PROFILE_COLD, SafetyLevel.ERROR,
                SafetyRule.PROFILE_COLD_FEET, SafetyLevel.ERROR,
                SafetyRule.PROFILE_COLD_LEGS, SafetyLevel.WARNING,
                SafetyRule.PROFILE_PRESSURE, SafetyLevel.WARNING,
                SafetyRule.PROFILE_SPINE_ROLL, SafetyLevel.ERROR,
                SafetyRule.PROFILE_VARICOSE, SafetyLevel.WARNING,
                SafetyRule.PROFILE_INJURY, SafetyLevel.ERROR,
                SafetyRule.PROFILE_PREGNANCY, SafetyLevel.WARNING,
                SafetyRule.PROFILE_CANCER, SafetyLevel.WARNING);
        levels.forEach((rule, level) -> assertEquals(level, rule.level(), rule.id()));
        assertEquals(levels.keySet(), Arrays.stream(SafetyRule.values()).filter(rule -> rule.condition().isPresent())
                .collect(Collectors.toSet()));
    }

    @Test
    void theRulesForEveryoneNameNoCondition() {
        assertTrue(SafetyRule.COLD_MAX.condition().isEmpty());
    }

    @Test
    void aProfileRuleStaysOffWhenOnlyOtherConditionsAreTicked() {
        HealthProfile allButRaynauds = new HealthProfile(Set.of(HealthCondition.DIABETES_NUMB_FEET,
                HealthCondition.OSTEOPOROSIS, HealthCondition.PREGNANCY), Set.of());
        assertTrue(evaluate(allButRaynauds, cold(Area.LOWER_BACK, 60)).stream()
                .noneMatch(finding -> finding.rule() == SafetyRule.PROFILE_COLD));
    }

    private static HealthProfile profile(HealthCondition... conditions) {
        return new HealthProfile(Set.of(conditions), Set.of());
    }

    private static Step cold(Area area, int seconds) {
        return Step.of(Tool.COLD_BALL, area, seconds);
    }

    private static Step massager(Area area) {
        return Step.of(Tool.HANDHELD_MASSAGER, area, 60);
    }

    private static List<SafetyFinding> evaluate(HealthProfile profile, Step... steps) {
        return SafetyRules.evaluate(new Routine("Test", "", PerformedBy.SELF, List.of(steps)), profile);
    }
}
