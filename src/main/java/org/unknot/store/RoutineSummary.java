package org.unknot.store;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Tool;

/** One line of the routine library: enough to list, search and sort without loading every step. */
public record RoutineSummary(
        long id,
        String name,
        PerformedBy performedBy,
        int plannedSeconds,
        int stepCount,
        Set<Tool> tools,
        Optional<Instant> lastDone,
        OptionalDouble averageRelief,
        int ratedSessions) {

    public RoutineSummary {
        tools = Set.copyOf(tools);
    }
}
