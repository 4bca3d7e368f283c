package org.unknot.store;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SafetyFinding;
import org.unknot.domain.Tool;

/**
 * One line of the routine library: enough to list, search and sort without loading every step; {@code unsafe} is the
 * first error the user's health profile finds in the routine.
 */
public record RoutineSummary(
        long id,
        String name,
        PerformedBy performedBy,
        int plannedSeconds,
        int stepCount,
        Set<Tool> tools,
        Optional<Instant> lastDone,
        OptionalDouble averageRelief,
        int ratedSessions,
        Optional<SafetyFinding> unsafe) {

    public RoutineSummary {
        tools = Set.copyOf(tools);
    }

    /** As the library's query reads it, before the health profile is applied. */
    public RoutineSummary(long id, String name, PerformedBy performedBy, int plannedSeconds, int stepCount,
                          Set<Tool> tools, Optional<Instant> lastDone, OptionalDouble averageRelief, int ratedSessions) {
        this(id, name, performedBy, plannedSeconds, stepCount, tools, lastDone, averageRelief, ratedSessions,
                Optional.empty());
    }

    /** The same routine, marked with the first error the user's health profile finds in it (empty: none). */
    public RoutineSummary withUnsafe(Optional<SafetyFinding> finding) {
        return new RoutineSummary(id, name, performedBy, plannedSeconds, stepCount, tools, lastDone, averageRelief,
                ratedSessions, finding);
    }
}
