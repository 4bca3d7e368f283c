package org.unknot.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The gentle version of a routine, for a flare day or high pain: pressure at most medium, the massager at most level
 * 2, no trigger-point or deep-pressure work, each step (each side of an {@code each} step) at most 60 s. Cold-ball
 * time and rests are kept as they are: a cold bout is already short and its length is what cools, and a rest only
 * helps. What changed is listed per step, in plain words.
 */
public record GentleVersion(Routine routine, List<GentleChange> changes) {

    public static final int MAX_SECONDS = 60;
    public static final int MAX_LEVEL = 2;
    public static final Intensity MAX_INTENSITY = Intensity.MEDIUM;
    /** Pain before at or above this offers the gentle version, as a flare day does. */
    public static final int HIGH_PAIN = 7;

    public GentleVersion {
        changes = List.copyOf(changes);
    }

    /** The gentle copy of {@code routine}; a routine that is gentle already comes back equal, with no changes. */
    public static GentleVersion of(Routine routine) {
        List<Step> steps = new ArrayList<>();
        List<GentleChange> changes = new ArrayList<>();
        for (int i = 0; i < routine.steps().size(); i++) {
            Step step = routine.steps().get(i);
            List<String> said = new ArrayList<>();
            steps.add(gentle(step, said));
            if (!said.isEmpty()) {
                changes.add(new GentleChange(i, said));
            }
        }
        return new GentleVersion(new Routine(routine.name(), routine.description(), routine.performedBy(), steps),
                changes);
    }

    /**
     * Trigger point becomes circular: it stays on the same small spot but keeps moving, so no steady pressure rests
     * on a tender knot. Deep pressure becomes long strokes: the same muscle, worked broadly along its length rather
     * than sunk into.
     */
    public static Technique gentler(Technique technique) {
        return switch (technique) {
            case TRIGGER_POINT -> Technique.CIRCULAR;
            case DEEP_PRESSURE -> Technique.LONG_STROKES;
            default -> technique;
        };
    }

    private static Step gentle(Step step, List<String> said) {
        if (step.tool() == Tool.REST) {
            return step;
        }
        Step result = step;
        if (step.tool() != Tool.COLD_BALL && step.seconds() > MAX_SECONDS) {
            result = result.withSeconds(MAX_SECONDS);
            String each = step.side() == Side.EACH ? " each side" : "";
            said.add(MAX_SECONDS + " s" + each + " instead of " + step.seconds() + " s");
        }
        Optional<Intensity> intensity = step.intensity();
        if (intensity.isPresent() && intensity.get().compareTo(MAX_INTENSITY) > 0) {
            result = result.withIntensity(MAX_INTENSITY);
            said.add(lower(MAX_INTENSITY) + " pressure instead of " + lower(intensity.get()));
        }
        OptionalInt level = step.level();
        if (level.isPresent() && level.getAsInt() > MAX_LEVEL) {
            result = result.withLevel(MAX_LEVEL);
            said.add("level " + MAX_LEVEL + " instead of " + level.getAsInt());
        }
        Optional<Technique> technique = step.technique();
        if (technique.isPresent() && gentler(technique.get()) != technique.get()) {
            result = result.withTechnique(gentler(technique.get()));
            said.add(lower(gentler(technique.get())) + " instead of " + lower(technique.get()));
        }
        return result;
    }

    private static String lower(Vocabulary word) {
        return word.label().toLowerCase(Locale.ROOT);
    }

    /** Whether to offer the gentle version: on a flare day, or when the pain before is {@link #HIGH_PAIN} or more. */
    public static boolean offered(boolean flareDay, Optional<PainScore> painBefore) {
        return flareDay || painBefore.filter(pain -> pain.value() >= HIGH_PAIN).isPresent();
    }

    /** Whether the gentle version differs from the routine at all. */
    public boolean changesAnything() {
        return !changes.isEmpty();
    }

    /** What changed in step {@code index} (0-based), or empty when it is played as planned. */
    public Optional<GentleChange> changeOf(int index) {
        return changes.stream().filter(change -> change.stepIndex() == index).findFirst();
    }
}
