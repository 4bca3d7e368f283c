package org.unknot.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One timed step of a routine. It carries values as entered; {@link RoutineValidator} says what is wrong with them,
 * so that every problem of a routine can be shown at once.
 */
public record Step(
        Tool tool,
        Optional<Area> area,
        Side side,
        Optional<Technique> technique,
        Optional<Intensity> intensity,
        OptionalInt level,
        int seconds,
        String cue) {

    public static final int MAX_CUE_LENGTH = 280;
    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    public Step {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(intensity, "intensity");
        Objects.requireNonNull(level, "level");
        cue = RoutineText.trim(cue);
    }

    /** A step on an area, centered, with no technique, intensity, level or cue. */
    public static Step of(Tool tool, Area area, int seconds) {
        return new Step(tool, Optional.of(area), Side.CENTER, Optional.empty(), Optional.empty(), OptionalInt.empty(),
                seconds, "");
    }

    /** A rest of the given length with a cue such as "Fetch the cold ball". */
    public static Step rest(int seconds, String cue) {
        return new Step(Tool.REST, Optional.empty(), Side.CENTER, Optional.empty(), Optional.empty(),
                OptionalInt.empty(), seconds, cue);
    }

    /** Planned time: an {@code each} step runs once per side. */
    public int plannedSeconds() {
        return seconds * side.runs();
    }

    public Step withSide(Side newSide) {
        return new Step(tool, area, newSide, technique, intensity, level, seconds, cue);
    }

    public Step withTechnique(Technique newTechnique) {
        return new Step(tool, area, side, Optional.ofNullable(newTechnique), intensity, level, seconds, cue);
    }

    public Step withIntensity(Intensity newIntensity) {
        return new Step(tool, area, side, technique, Optional.ofNullable(newIntensity), level, seconds, cue);
    }

    public Step withLevel(int newLevel) {
        return new Step(tool, area, side, technique, intensity, OptionalInt.of(newLevel), seconds, cue);
    }

    public Step withSeconds(int newSeconds) {
        return new Step(tool, area, side, technique, intensity, level, newSeconds, cue);
    }

    public Step withCue(String newCue) {
        return new Step(tool, area, side, technique, intensity, level, seconds, newCue);
    }
}
