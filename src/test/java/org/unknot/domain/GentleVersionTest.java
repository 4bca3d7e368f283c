package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The gentle version of a routine, each rule just below, at and above its edge. */
class GentleVersionTest {

    private static Routine routineOf(Step... steps) {
        return new Routine("Evening", "", PerformedBy.SELF, List.of(steps));
    }

    private static Step step(Tool tool, Side side, Technique technique, Intensity intensity, OptionalInt level,
            int seconds) {
        return new Step(tool, Optional.of(Area.LOWER_BACK), side, Optional.of(technique), Optional.of(intensity), level,
                seconds, "Breathe");
    }

    private static Step roller(int seconds) {
        return step(Tool.FOAM_ROLLER, Side.CENTER, Technique.LONG_STROKES, Intensity.MEDIUM, OptionalInt.empty(),
                seconds);
    }

    private static GentleVersion gentle(Step step) {
        return GentleVersion.of(routineOf(step));
    }

    private static Step gentleStep(Step step) {
        return gentle(step).routine().steps().get(0);
    }

    @Test
    void aStepOfSixtySecondsKeepsItsTime() {
        assertEquals(60, gentleStep(roller(60)).seconds());
        assertFalse(gentle(roller(60)).changesAnything());
    }

    @Test
    void aStepOfSixtyOneSecondsIsCutToSixtyAndSaysSo() {
        GentleVersion version = gentle(roller(61));

        assertEquals(60, version.routine().steps().get(0).seconds());
        assertEquals(List.of(new GentleChange(0, List.of("60 s instead of 61 s"))), version.changes());
    }

    @Test
    void anEachStepIsCutToSixtySecondsEachSide() {
        Step each = step(Tool.FOAM_ROLLER, Side.EACH, Technique.LONG_STROKES, Intensity.LIGHT, OptionalInt.empty(), 90);

        GentleVersion version = gentle(each);

        assertEquals(120, version.routine().steps().get(0).plannedSeconds());
        assertEquals("60 s each side instead of 90 s", version.changes().get(0).text());
    }

    @Test
    void levelTwoStaysAndLevelThreeBecomesTwo() {
        Step two = step(Tool.HANDHELD_MASSAGER, Side.CENTER, Technique.CIRCULAR, Intensity.LIGHT, OptionalInt.of(2), 30);
        Step three = two.withLevel(3);

        assertEquals(OptionalInt.of(2), gentleStep(two).level());
        assertFalse(gentle(two).changesAnything());
        assertEquals(OptionalInt.of(2), gentleStep(three).level());
        assertEquals("level 2 instead of 3", gentle(three).changes().get(0).text());
    }

    @Test
    void mediumPressureStaysAndFirmBecomesMedium() {
        Step medium = roller(45);
        Step firm = medium.withIntensity(Intensity.FIRM);

        assertEquals(Optional.of(Intensity.MEDIUM), gentleStep(medium).intensity());
        assertFalse(gentle(medium).changesAnything());
        assertEquals(Optional.of(Intensity.MEDIUM), gentleStep(firm).intensity());
        assertEquals("medium pressure instead of firm", gentle(firm).changes().get(0).text());
    }

    @Test
    void lightPressureStaysLight() {
        assertEquals(Optional.of(Intensity.LIGHT), gentleStep(roller(45).withIntensity(Intensity.LIGHT)).intensity());
    }

    @Test
    void triggerPointBecomesCircularAndDeepPressureLongStrokes() {
        Step trigger = roller(45).withTechnique(Technique.TRIGGER_POINT);
        Step deep = roller(45).withTechnique(Technique.DEEP_PRESSURE);

        assertEquals(Optional.of(Technique.CIRCULAR), gentleStep(trigger).technique());
        assertEquals("circular instead of trigger point", gentle(trigger).changes().get(0).text());
        assertEquals(Optional.of(Technique.LONG_STROKES), gentleStep(deep).technique());
        assertEquals("long strokes instead of deep pressure", gentle(deep).changes().get(0).text());
    }

    @Test
    void gentleTechniquesStayAsTheyAre() {
        for (Technique kept : List.of(Technique.LONG_STROKES, Technique.CIRCULAR, Technique.MYOFASCIAL_RELEASE)) {
            assertEquals(Optional.of(kept), gentleStep(roller(45).withTechnique(kept)).technique());
        }
    }

    @Test
    void aColdBallStepOfThreeHundredSecondsKeepsItsTime() {
        Step cold = step(Tool.COLD_BALL, Side.CENTER, Technique.CIRCULAR, Intensity.LIGHT, OptionalInt.empty(), 300);

        assertEquals(300, gentleStep(cold).seconds());
        assertFalse(gentle(cold).changesAnything());
    }

    @Test
    void aRestIsUntouched() {
        Step rest = Step.rest(120, "Fetch the cold ball");

        assertEquals(rest, gentleStep(rest));
        assertFalse(gentle(rest).changesAnything());
    }

    @Test
    void everyChangeOfAStepIsListedInOneLine() {
        Step hard = step(Tool.HANDHELD_MASSAGER, Side.EACH, Technique.TRIGGER_POINT, Intensity.FIRM, OptionalInt.of(5),
                90);

        GentleVersion version = GentleVersion.of(routineOf(Step.rest(10, ""), hard));

        assertEquals(new Step(Tool.HANDHELD_MASSAGER, Optional.of(Area.LOWER_BACK), Side.EACH,
                Optional.of(Technique.CIRCULAR), Optional.of(Intensity.MEDIUM), OptionalInt.of(2), 60, "Breathe"),
                version.routine().steps().get(1));
        assertEquals(Optional.empty(), version.changeOf(0));
        assertEquals("60 s each side instead of 90 s, medium pressure instead of firm, level 2 instead of 5, "
                + "circular instead of trigger point", version.changeOf(1).orElseThrow().text());
        assertEquals("Evening", version.routine().name());
    }

    @Test
    void aFlareDayOrPainOfSevenOffersTheGentleVersionAndSixDoesNot() {
        assertTrue(GentleVersion.offered(true, Optional.empty()));
        assertTrue(GentleVersion.offered(false, Optional.of(new PainScore(7))));
        assertFalse(GentleVersion.offered(false, Optional.of(new PainScore(6))));
        assertFalse(GentleVersion.offered(false, Optional.empty()));
    }
}
