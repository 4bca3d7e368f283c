package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutineValidatorTest {

    private static final Step ROLL = Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60);

    @Test
    void aSoundRoutineHasNoProblems() {
        Routine routine = new Routine("Low back relief", "Massager then cold ball", PerformedBy.PARTNER, List.of(
                Step.of(Tool.HANDHELD_MASSAGER, Area.LOWER_BACK, 60).withSide(Side.EACH)
                        .withTechnique(Technique.LONG_STROKES).withIntensity(Intensity.MEDIUM).withLevel(2)
                        .withCue("Stay beside the spine"),
                Step.rest(20, "Fetch the cold ball"),
                Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 300).withTechnique(Technique.CIRCULAR)));

        assertEquals(List.of(), RoutineValidator.validate(routine));
    }

    @Test
    void returnsEveryProblemAtOnce() {
        Routine routine = new Routine("", "d".repeat(501), PerformedBy.SELF, List.of(
                ROLL,
                ROLL.withSeconds(4),
                Step.rest(601, ""),
                ROLL.withLevel(2)));

        List<Problem> problems = RoutineValidator.validate(routine);

        assertEquals(List.of(
                Problem.ofRoutine("name", "Give the routine a name."),
                Problem.ofRoutine("description", "The description is 501 characters; shorten it to 500 or fewer."),
                Problem.ofStep(1, "seconds", "seconds must be between 5 and 3600."),
                Problem.ofStep(2, "seconds", "a rest's seconds must be between 1 and 600."),
                Problem.ofStep(3, "level", "a level is only for the handheld massager; remove it.")), problems);
    }

    @Test
    void stepProblemsNameTheStepAsPeopleCountIt() {
        Routine routine = routine(ROLL, ROLL, ROLL.withSeconds(3601));

        List<Problem> problems = RoutineValidator.validate(routine);

        assertEquals(1, problems.size());
        assertEquals("Step 3: seconds must be between 5 and 3600.", problems.get(0).message());
        assertEquals(OptionalInt.of(2), problems.get(0).step());
        assertEquals("seconds", problems.get(0).field());
    }

    @Test
    void routineProblemsBelongToNoStep() {
        Problem problem = RoutineValidator.validate(new Routine("", "", PerformedBy.SELF, List.of(ROLL))).get(0);

        assertEquals(OptionalInt.empty(), problem.step());
        assertEquals("name", problem.field());
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 3599, 3600})
    void toolSecondsWithinFiveToAnHourAreAccepted(int seconds) {
        for (Tool tool : List.of(Tool.FOAM_ROLLER, Tool.HANDHELD_MASSAGER, Tool.COLD_BALL)) {
            assertEquals(List.of(), RoutineValidator.validate(routine(Step.of(tool, Area.CALVES, seconds))),
                    tool + " " + seconds);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 0, 4, 3601, 7200})
    void toolSecondsOutsideFiveToAnHourAreRefused(int seconds) {
        for (Tool tool : List.of(Tool.FOAM_ROLLER, Tool.HANDHELD_MASSAGER, Tool.COLD_BALL)) {
            assertEquals(List.of(Problem.ofStep(0, "seconds", "seconds must be between 5 and 3600.")),
                    RoutineValidator.validate(routine(Step.of(tool, Area.CALVES, seconds))), tool + " " + seconds);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 599, 600})
    void restSecondsWithinOneToTenMinutesAreAccepted(int seconds) {
        assertEquals(List.of(), RoutineValidator.validate(routine(Step.rest(seconds, ""))));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 601, 3600})
    void restSecondsOutsideOneToTenMinutesAreRefused(int seconds) {
        assertEquals(List.of(Problem.ofStep(0, "seconds", "a rest's seconds must be between 1 and 600.")),
                RoutineValidator.validate(routine(Step.rest(seconds, ""))));
    }

    @Test
    void nameMustNotBeEmptyOrBlank() {
        assertEquals(List.of(Problem.ofRoutine("name", "Give the routine a name.")),
                RoutineValidator.validate(new Routine("   ", "", PerformedBy.SELF, List.of(ROLL))));
    }

    @Test
    void nameOfEightyCharactersIsAcceptedAndEightyOneRefused() {
        assertEquals(List.of(), RoutineValidator.validate(new Routine("n".repeat(80), "", PerformedBy.SELF,
                List.of(ROLL))));
        assertEquals(List.of(Problem.ofRoutine("name", "The name is 81 characters; shorten it to 80 or fewer.")),
                RoutineValidator.validate(new Routine("n".repeat(81), "", PerformedBy.SELF, List.of(ROLL))));
    }

    @Test
    void surroundingSpaceDoesNotCountTowardTheNameLength() {
        assertEquals(List.of(), RoutineValidator.validate(new Routine("  " + "n".repeat(80) + "  ", "",
                PerformedBy.SELF, List.of(ROLL))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Back\tday", "Back\nday", "Back\u0000day", "Back\u007fday", "Back\u0085day"})
    void nameWithAControlCharacterIsRefused(String name) {
        assertEquals(List.of(Problem.ofRoutine("name",
                        "The name contains a control character (such as a tab or line break); remove it.")),
                RoutineValidator.validate(new Routine(name, "", PerformedBy.SELF, List.of(ROLL))));
    }

    @Test
    void nameMayHoldAccentsAndPunctuation() {
        assertEquals(List.of(), RoutineValidator.validate(new Routine("Rücken – morgens (5′)", "", PerformedBy.SELF,
                List.of(ROLL))));
    }

    @Test
    void validateNameChecksANameAloneAndTrimsIt() {
        assertEquals(List.of(), RoutineValidator.validateName("  Neck  "));
        assertEquals(List.of(Problem.ofRoutine("name", "Give the routine a name.")),
                RoutineValidator.validateName(null));
        assertEquals(List.of(Problem.ofRoutine("name", "Give the routine a name.")),
                RoutineValidator.validateName(" \t "));
        assertEquals(List.of(Problem.ofRoutine("name", "The name is 81 characters; shorten it to 80 or fewer.")),
                RoutineValidator.validateName(" " + "n".repeat(81)));
        assertEquals("name", RoutineValidator.validateName("a\tb").get(0).field());
    }

    @Test
    void descriptionOfFiveHundredCharactersIsAcceptedAndFiveHundredOneRefused() {
        assertEquals(List.of(), RoutineValidator.validate(new Routine("R", "d".repeat(500), PerformedBy.SELF,
                List.of(ROLL))));
        assertEquals(List.of(Problem.ofRoutine("description",
                        "The description is 501 characters; shorten it to 500 or fewer.")),
                RoutineValidator.validate(new Routine("R", "d".repeat(501), PerformedBy.SELF, List.of(ROLL))));
    }

    @Test
    void aRoutineWithoutStepsIsRefused() {
        assertEquals(List.of(Problem.ofRoutine("steps", "A routine needs at least one step; add one.")),
                RoutineValidator.validate(new Routine("R", "", PerformedBy.SELF, List.of())));
    }

    @Test
    void twoHundredStepsAreAcceptedAndTwoHundredOneRefused() {
        assertEquals(List.of(), RoutineValidator.validate(new Routine("R", "", PerformedBy.SELF,
                Collections.nCopies(200, ROLL))));
        assertEquals(List.of(Problem.ofRoutine("steps", "A routine has at most 200 steps; this one has 201.")),
                RoutineValidator.validate(new Routine("R", "", PerformedBy.SELF, Collections.nCopies(201, ROLL))));
    }

    @Test
    void aRestWithAreaTechniqueOrIntensityIsRefusedFieldByField() {
        Step rest = new Step(Tool.REST, Optional.of(Area.NECK), Side.CENTER, Optional.of(Technique.CIRCULAR),
                Optional.of(Intensity.FIRM), OptionalInt.empty(), 30, "");

        assertEquals(List.of(
                Problem.ofStep(0, "area", "a rest has no area; remove it."),
                Problem.ofStep(0, "technique", "a rest has no technique; remove it."),
                Problem.ofStep(0, "intensity", "a rest has no intensity; remove it.")),
                RoutineValidator.validate(routine(rest)));
    }

    @Test
    void aToolStepWithoutAreaIsRefused() {
        Step noArea = new Step(Tool.COLD_BALL, Optional.empty(), Side.CENTER, Optional.empty(), Optional.empty(),
                OptionalInt.empty(), 60, "");

        assertEquals(List.of(Problem.ofStep(1, "area", "choose the area for the cold ball.")),
                RoutineValidator.validate(routine(ROLL, noArea)));
    }

    @Test
    void everyToolButRestNeedsAnArea() {
        for (Tool tool : List.of(Tool.FOAM_ROLLER, Tool.HANDHELD_MASSAGER, Tool.COLD_BALL)) {
            Step noArea = new Step(tool, Optional.empty(), Side.CENTER, Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), 60, "");
            List<Problem> problems = RoutineValidator.validate(routine(noArea));
            assertEquals(1, problems.size(), tool.toString());
            assertEquals("area", problems.get(0).field());
        }
    }

    @Test
    void levelIsOnlyForTheHandheldMassager() {
        Step restWithLevel = Step.rest(30, "").withLevel(3);
        Step coldWithLevel = Step.of(Tool.COLD_BALL, Area.FEET, 60).withLevel(3);

        assertEquals(List.of(
                Problem.ofStep(0, "level", "a level is only for the handheld massager; remove it."),
                Problem.ofStep(1, "level", "a level is only for the handheld massager; remove it."),
                Problem.ofStep(2, "level", "a level is only for the handheld massager; remove it.")),
                RoutineValidator.validate(routine(ROLL.withLevel(1), restWithLevel, coldWithLevel)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void massagerLevelsOneToFiveAreAccepted(int level) {
        assertEquals(List.of(), RoutineValidator.validate(routine(
                Step.of(Tool.HANDHELD_MASSAGER, Area.SHOULDERS, 60).withLevel(level))));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 6, 10})
    void massagerLevelsOutsideOneToFiveAreRefused(int level) {
        assertEquals(List.of(Problem.ofStep(0, "level", "level must be between 1 and 5.")),
                RoutineValidator.validate(routine(
                        Step.of(Tool.HANDHELD_MASSAGER, Area.SHOULDERS, 60).withLevel(level))));
    }

    @Test
    void cueOfTwoHundredEightyCharactersIsAcceptedAndOneMoreRefused() {
        assertEquals(List.of(), RoutineValidator.validate(routine(ROLL.withCue("c".repeat(280)))));
        assertEquals(List.of(Problem.ofStep(0, "cue", "the cue is 281 characters; shorten it to 280 or fewer.")),
                RoutineValidator.validate(routine(ROLL.withCue("c".repeat(281)))));
    }

    @Test
    void restCueIsLimitedToo() {
        List<Problem> problems = RoutineValidator.validate(routine(Step.rest(10, "c".repeat(281))));

        assertEquals(List.of(Problem.ofStep(0, "cue", "the cue is 281 characters; shorten it to 280 or fewer.")),
                problems);
    }

    @Test
    void aStepCanHaveSeveralProblemsAtOnce() {
        Step bad = new Step(Tool.FOAM_ROLLER, Optional.empty(), Side.EACH, Optional.empty(), Optional.empty(),
                OptionalInt.of(9), 2, "c".repeat(300));

        List<Problem> problems = RoutineValidator.validate(routine(ROLL, ROLL, ROLL, bad));

        assertEquals(List.of("area", "level", "seconds", "cue"), problems.stream().map(Problem::field).toList());
        assertTrue(problems.stream().allMatch(p -> p.message().startsWith("Step 4: ")), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.step().equals(OptionalInt.of(3))), problems.toString());
    }

    private static Routine routine(Step... steps) {
        return new Routine("Routine", "", PerformedBy.SELF, List.of(steps));
    }
}
