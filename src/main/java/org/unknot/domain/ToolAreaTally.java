package org.unknot.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts, as sessions stream past, each tool × area they worked on: its sessions, the weeks they fell in and the
 * immediate changes of the rated ones; the seconds run are added at the end from wherever they are summed.
 */
public final class ToolAreaTally {

    private final Map<ToolArea, Tally> tallies = new HashMap<>();

    /** One session that worked on {@code pair} in the week starting {@code week}, with its change if rated. */
    public void add(ToolArea pair, LocalDate week, Optional<Integer> change) {
        Tally tally = tallies.computeIfAbsent(pair, key -> new Tally());
        tally.sessions++;
        tally.weeks.add(week);
        change.ifPresent(tally.changes::add);
    }

    /** Every pair counted, with the seconds its steps ran, most sessions first, then in vocabulary order. */
    public List<ToolAreaUse> uses(Map<ToolArea, Long> secondsRun) {
        return tallies.entrySet().stream().map(entry -> new ToolAreaUse(entry.getKey(), entry.getValue().sessions,
                        entry.getValue().weeks.size(), secondsRun.getOrDefault(entry.getKey(), 0L),
                        entry.getValue().changes.median(), entry.getValue().changes.count()))
                .sorted(Comparator.comparingInt(ToolAreaUse::sessions).reversed()
                        .thenComparing(use -> use.pair().tool()).thenComparing(use -> use.pair().area()))
                .toList();
    }

    private static final class Tally {
        private int sessions;
        private final Set<LocalDate> weeks = new HashSet<>();
        private final PainChanges changes = new PainChanges();
    }
}
