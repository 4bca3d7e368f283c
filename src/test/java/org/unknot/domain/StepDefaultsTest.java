package org.unknot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StepDefaultsTest {

    @Test
    void eachToolStartsAsASensibleStep() {
        assertEquals(new Step(Tool.FOAM_ROLLER, Optional.of(Area.UPPER_BACK), Side.CENTER,
                Optional.of(Technique.LONG_STROKES), Optional.of(Intensity.MEDIUM), OptionalInt.empty(), 60, ""),
                StepDefaults.forTool(Tool.FOAM_ROLLER));
        assertEquals(new Step(Tool.HANDHELD_MASSAGER, Optional.of(Area.LOWER_BACK), Side.CENTER,
                Optional.of(Technique.LONG_STROKES), Optional.of(Intensity.MEDIUM), OptionalInt.of(2), 60, ""),
                StepDefaults.forTool(Tool.HANDHELD_MASSAGER));
        assertEquals(new Step(Tool.COLD_BALL, Optional.of(Area.LOWER_BACK), Side.CENTER,
                Optional.of(Technique.CIRCULAR), Optional.of(Intensity.LIGHT), OptionalInt.empty(), 300, ""),
                StepDefaults.forTool(Tool.COLD_BALL));
        assertEquals(Step.rest(15, ""), StepDefaults.forTool(Tool.REST));
    }

    @Test
    void theSameToolKeepsTheStepAsItIs() {
        Step step = Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 90);

        assertSame(step, StepDefaults.changeTool(step, Tool.FOAM_ROLLER));
    }

    @Test
    void aRestKeepsOnlyTheCueAndSecondsClampedToARestsRange() {
        Step step = Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 900).withTechnique(Technique.CIRCULAR)
                .withIntensity(Intensity.FIRM).withCue("Breathe");

        assertEquals(Step.rest(600, "Breathe"), StepDefaults.changeTool(step, Tool.REST));
    }

    @Test
    void anotherToolKeepsAreaSideTechniqueIntensityAndCueAndTakesItsOwnLevel() {
        Step roller = Step.of(Tool.FOAM_ROLLER, Area.THIGHS, 90).withSide(Side.LEFT)
                .withTechnique(Technique.DEEP_PRESSURE).withIntensity(Intensity.FIRM).withCue("Slowly");

        assertEquals(new Step(Tool.HANDHELD_MASSAGER, Optional.of(Area.THIGHS), Side.LEFT,
                Optional.of(Technique.DEEP_PRESSURE), Optional.of(Intensity.FIRM), OptionalInt.of(2), 90, "Slowly"),
                StepDefaults.changeTool(roller, Tool.HANDHELD_MASSAGER));
    }

    @Test
    void leavingTheMassagerDropsItsLevelAndARestTakesTheNewToolsDefaults() {
        Step massager = StepDefaults.forTool(Tool.HANDHELD_MASSAGER).withLevel(4);

        assertEquals(OptionalInt.empty(), StepDefaults.changeTool(massager, Tool.COLD_BALL).level());
        Step fromRest = StepDefaults.changeTool(Step.rest(3, "Fetch the ball"), Tool.COLD_BALL);
        assertEquals(new Step(Tool.COLD_BALL, Optional.of(Area.LOWER_BACK), Side.CENTER,
                Optional.of(Technique.CIRCULAR), Optional.of(Intensity.LIGHT), OptionalInt.empty(), 5,
                "Fetch the ball"), fromRest);
    }
}
