package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutineTest {

    @Test
    void nameAndDescriptionAreTrimmed() {
        Routine routine = new Routine("  Low back relief \n", "\t Massager then cold ball  ", PerformedBy.SELF,
                List.of(Step.rest(10, "")));

        assertEquals("Low back relief", routine.name());
        assertEquals("Massager then cold ball", routine.description());
    }

    @Test
    void missingNameAndDescriptionBecomeEmpty() {
        Routine routine = new Routine(null, null, PerformedBy.SELF, List.of());

        assertEquals("", routine.name());
        assertEquals("", routine.description());
    }

    @Test
    void withNameTrimsTheNewNameAndKeepsTheRest() {
        Routine routine = new Routine("Old", "Desc", PerformedBy.PARTNER, List.of(Step.rest(10, "")));

        Routine renamed = routine.withName("  New  ");

        assertEquals(new Routine("New", "Desc", PerformedBy.PARTNER, List.of(Step.rest(10, ""))), renamed);
    }

    @Test
    void eachStepCountsTwiceInPlannedTime() {
        Routine routine = new Routine("R", "", PerformedBy.SELF, List.of(
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60).withSide(Side.EACH),
                Step.rest(20, "Switch"),
                Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 300).withSide(Side.LEFT),
                Step.of(Tool.HANDHELD_MASSAGER, Area.NECK, 45)));

        assertEquals(120 + 20 + 300 + 45, routine.plannedSeconds());
    }

    @Test
    void plannedTimeOfAnEmptyRoutineIsZero() {
        assertEquals(0, new Routine("R", "", PerformedBy.SELF, List.of()).plannedSeconds());
    }

    @Test
    void toolsLeaveOutRestAndFollowToolOrder() {
        Routine routine = new Routine("R", "", PerformedBy.SELF, List.of(
                Step.of(Tool.COLD_BALL, Area.LOWER_BACK, 60),
                Step.rest(20, ""),
                Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 60),
                Step.of(Tool.COLD_BALL, Area.FEET, 60)));

        assertEquals(List.of(Tool.FOAM_ROLLER, Tool.COLD_BALL), List.copyOf(routine.tools()));
    }

    @Test
    void toolsOfARoutineOfRestsIsEmpty() {
        Routine routine = new Routine("R", "", PerformedBy.SELF, List.of(Step.rest(20, ""), Step.rest(5, "")));

        assertEquals(Set.of(), routine.tools());
    }

    @Test
    void nameKeyIgnoresCaseAndSurroundingSpace() {
        Routine lower = new Routine("low back relief", "", PerformedBy.SELF, List.of());
        Routine mixed = new Routine("  Low Back RELIEF ", "", PerformedBy.SELF, List.of());

        assertEquals(lower.nameKey(), mixed.nameKey());
        assertEquals("low back relief", Routine.nameKey("  LOW back Relief  "));
        assertNotEquals(Routine.nameKey("Low back relief"), Routine.nameKey("Low back relief 2"));
    }

    @Test
    void stepsAreACopyThatCannotBeChanged() {
        List<Step> steps = new ArrayList<>(List.of(Step.rest(10, "")));
        Routine routine = new Routine("R", "", PerformedBy.SELF, steps);

        steps.add(Step.rest(20, ""));

        assertEquals(1, routine.steps().size());
        assertThrows(UnsupportedOperationException.class, () -> routine.steps().add(Step.rest(5, "")));
    }

    @Test
    void stepCueIsTrimmedAndNullBecomesEmpty() {
        assertEquals("Breathe", Step.rest(10, "  Breathe \n").cue());
        assertEquals("", Step.rest(10, null).cue());
    }

    @Test
    void stepPlannedSecondsDependsOnSide() {
        Step step = Step.of(Tool.FOAM_ROLLER, Area.CALVES, 45);

        assertEquals(45, step.plannedSeconds());
        assertEquals(45, step.withSide(Side.LEFT).plannedSeconds());
        assertEquals(45, step.withSide(Side.RIGHT).plannedSeconds());
        assertEquals(90, step.withSide(Side.EACH).plannedSeconds());
    }
}
