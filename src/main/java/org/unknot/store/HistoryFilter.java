package org.unknot.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Tool;

/**
 * Which sessions the history shows: started at or after {@code from} and before {@code toExclusive}, of the routine
 * named {@code routineName} (ignoring case), using one of {@code tools} in some step, with {@code status}; each
 * condition applies only when present (no tools: any tool).
 */
public record HistoryFilter(Optional<Instant> from, Optional<Instant> toExclusive, Optional<String> routineName,
        Set<Tool> tools, Optional<SessionStatus> status) {

    public HistoryFilter {
        from = from == null ? Optional.empty() : from;
        toExclusive = toExclusive == null ? Optional.empty() : toExclusive;
        routineName = routineName == null ? Optional.empty() : routineName;
        tools = tools == null ? Set.of() : Set.copyOf(tools);
        status = status == null ? Optional.empty() : status;
    }

    /** Every session. */
    public static HistoryFilter all() {
        return new HistoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty());
    }
}
