package org.unknot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.unknot.domain.Area;
import org.unknot.domain.Intensity;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.Tool;

/** Savable routines of 5–40 steps with every tool, side, technique and intensity, from a seeded generator. */
final class GeneratedRoutines {

    private GeneratedRoutines() {
    }

    static Routine routine(String name, Random random) {
        int count = 5 + random.nextInt(36);
        List<Step> steps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            steps.add(step(random));
        }
        return new Routine(name, random.nextBoolean() ? "" : "A routine made up for the benchmark",
                random.nextBoolean() ? PerformedBy.SELF : PerformedBy.PARTNER, steps);
    }

    private static Step step(Random random) {
        Tool tool = pick(Tool.values(), random);
        String cue = random.nextInt(3) == 0 ? "Breathe out slowly and let the muscle soften" : "";
        if (tool == Tool.REST) {
            return Step.rest(10 + random.nextInt(51), cue);
        }
        // At most 2 minutes, so no step breaks the cold-ball limit that blocks saving.
        int seconds = 20 + random.nextInt(101);
        return new Step(tool, Optional.of(pick(Area.values(), random)), pick(Side.values(), random),
                Optional.of(pick(Technique.values(), random)), Optional.of(pick(Intensity.values(), random)),
                tool == Tool.HANDHELD_MASSAGER ? OptionalInt.of(1 + random.nextInt(5)) : OptionalInt.empty(),
                seconds, cue);
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
