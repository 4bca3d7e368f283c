package org.unknot.ui.routines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.unknot.domain.PerformedBy;
import org.unknot.store.RoutineSummary;
import org.unknot.ui.common.Durations;
import org.unknot.ui.common.Formats;

/** The line under a routine's name: "11 min  ·  5 steps  ·  with a partner  ·  handheld massager, cold ball". */
final class RoutineDescription {

    private RoutineDescription() {
    }

    static String of(RoutineSummary routine) {
        List<String> parts = new ArrayList<>();
        parts.add(Durations.words(routine.plannedSeconds()));
        parts.add(routine.stepCount() == 1 ? "1 step" : routine.stepCount() + " steps");
        if (routine.performedBy() == PerformedBy.PARTNER) {
            parts.add("with a partner");
        }
        if (!routine.tools().isEmpty()) {
            parts.add(routine.tools().stream().sorted().map(tool -> tool.label().toLowerCase())
                    .collect(Collectors.joining(", ")));
        }
        return String.join("  ·  ", parts);
    }

    /**
     * "Last done today  ·  pain 3.0 lower after, mean of 4 rated sessions" ("today", "yesterday" or the date, in the
     * clock's zone, read when called; the mean with the count of sessions rated before and after); empty for a
     * routine never played.
     */
    static String history(RoutineSummary routine, Clock clock) {
        List<String> parts = new ArrayList<>();
        routine.lastDone().ifPresent(when -> parts.add("Last done " + day(when.atZone(clock.getZone()).toLocalDate(),
                LocalDate.now(clock))));
        routine.averageRelief().ifPresent(relief -> parts.add(String.format(Locale.ENGLISH,
                "pain %.1f %s after, mean of %d rated %s", Math.abs(relief), relief >= 0 ? "lower" : "higher",
                routine.ratedSessions(), routine.ratedSessions() == 1 ? "session" : "sessions")));
        return String.join("  ·  ", parts);
    }

    private static String day(LocalDate day, LocalDate today) {
        return day.equals(today) ? "today" : day.equals(today.minusDays(1)) ? "yesterday" : Formats.day(day);
    }
}
