package org.unknot.store;

import java.util.Map;
import org.unknot.domain.ToolArea;

/** Reads a session's steps that ran, "played-step-id seconds" pairs joined by commas, as one query hands them over. */
final class StepsRun {

    private StepsRun() {
    }

    /**
     * Adds each step's seconds to {@code ran} under its tool × area (rests have none in {@code pairs}) and returns
     * the seconds of every step; nothing for NULL (no step ran).
     */
    static long parse(String steps, Map<Long, ToolArea> pairs, Map<ToolArea, Long> ran) {
        if (steps == null) {
            return 0;
        }
        long total = 0;
        int at = 0;
        while (at < steps.length()) {
            int space = steps.indexOf(' ', at);
            int comma = steps.indexOf(',', space);
            int end = comma < 0 ? steps.length() : comma;
            long id = Long.parseLong(steps, at, space, 10);
            long seconds = Long.parseLong(steps, space + 1, end, 10);
            total += seconds;
            ToolArea pair = pairs.get(id);
            if (pair != null) {
                ran.merge(pair, seconds, Long::sum);
            }
            at = end + 1;
        }
        return total;
    }
}
