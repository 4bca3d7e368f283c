package org.unknot.ui.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Tool;
import org.unknot.store.HistoryFilter;

/**
 * Everything History's filters say, as one value: equal queries read the same data, so a query equal to the last one
 * is not run again. A null routine or status, or no tools, means "all"; a null day means the user has not given one.
 */
record HistoryQuery(LocalDate from, LocalDate to, String routine, Set<Tool> tools, SessionStatus status) {

    HistoryQuery {
        tools = Set.copyOf(tools);
    }

    /** The {@code days} days before {@code today}, and today, with no other filter. */
    static HistoryQuery lastDays(LocalDate today, int days) {
        return new HistoryQuery(today.minusDays(days), today, null, Set.of(), null);
    }

    HistoryQuery withRange(LocalDate first, LocalDate last) {
        return new HistoryQuery(first, last, routine, tools, status);
    }

    HistoryQuery withRoutine(String name) {
        return new HistoryQuery(from, to, name, tools, status);
    }

    HistoryQuery withTools(Set<Tool> chosen) {
        return new HistoryQuery(from, to, routine, chosen, status);
    }

    HistoryQuery withStatus(SessionStatus chosen) {
        return new HistoryQuery(from, to, routine, tools, chosen);
    }

    /** The same range, every routine, tool and status. */
    HistoryQuery unfiltered() {
        return new HistoryQuery(from, to, null, Set.of(), null);
    }

    /** Why the range cannot be read, in a sentence the user can act on; empty when it can. */
    Optional<String> rangeProblem() {
        if (from == null || to == null) {
            return Optional.of("Choose both the first and the last day; type dates as YYYY-MM-DD, like 2026-11-22.");
        }
        if (to.isBefore(from)) {
            return Optional.of("The last day is before the first; choose a last day on or after the first.");
        }
        return Optional.empty();
    }

    /** The store's filter: whole days in {@code zone}, the last day included. */
    HistoryFilter filter(ZoneId zone) {
        return new HistoryFilter(Optional.of(from.atStartOfDay(zone).toInstant()),
                Optional.of(to.plusDays(1).atStartOfDay(zone).toInstant()), Optional.ofNullable(routine),
                tools, Optional.ofNullable(status));
    }
}
