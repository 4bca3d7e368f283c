package org.unknot.cli;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.unknot.domain.Area;

/**
 * Where the sample person's check-ins say it hurts: mostly the lower back, often the hips or the neck, more areas on
 * worse days, and now and then no answer. Drawn from a random of its own, so the rest of a seed's history stays as
 * it was.
 */
final class SampleAreas {

    /** How likely each area is named on a day of middling pain. */
    private static final Map<Area, Double> LIKELY = Map.of(Area.LOWER_BACK, 0.7, Area.HIPS_GLUTES, 0.3,
            Area.NECK, 0.25, Area.UPPER_BACK, 0.2, Area.SHOULDERS, 0.15, Area.THIGHS, 0.08);
    private static final double NO_ANSWER = 0.15;

    private final SplittableRandom random;

    SampleAreas(long seed) {
        this.random = new SplittableRandom(seed ^ 0x5A4D_A3EAL);
    }

    /** The areas of a check-in with {@code pain} (0–10). */
    Set<Area> next(double pain) {
        Set<Area> areas = EnumSet.noneOf(Area.class);
        if (random.nextDouble() < NO_ANSWER) {
            return areas;
        }
        double worse = 0.6 + pain / 10;
        for (Area area : Area.values()) {
            if (random.nextDouble() < LIKELY.getOrDefault(area, 0.0) * worse) {
                areas.add(area);
            }
        }
        return areas;
    }
}
