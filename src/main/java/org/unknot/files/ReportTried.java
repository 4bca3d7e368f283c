package org.unknot.files;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.ToolArea;

/**
 * The report's "What was tried": each tool × area a session really worked on, with its weeks, sessions and the
 * median change — counted as the sessions stream past, keeping per pair only its weeks and changes.
 */
final class ReportTried implements Consumer<SessionRecord> {

    private final ZoneId zone;
    private final Map<ToolArea, Pair> byPair = new LinkedHashMap<>();

    ReportTried(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void accept(SessionRecord session) {
        LocalDate week = session.startedAt().atZone(zone).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        session.worked().forEach(pair -> {
            Pair tally = byPair.computeIfAbsent(pair, key -> new Pair());
            tally.sessions++;
            tally.weeks.add(week);
            session.painChange().ifPresent(tally.changes::add);
        });
    }

    /** One row per tool × area done, most sessions first. */
    List<ReportContent.Tried> rows() {
        return byPair.entrySet().stream().map(entry -> {
            List<Integer> changes = entry.getValue().changes.stream().sorted().toList();
            return new ReportContent.Tried(entry.getKey().tool().label(), entry.getKey().area().label(),
                    entry.getValue().weeks.size(), entry.getValue().sessions, median(changes), changes.size());
        }).sorted(Comparator.comparingInt(ReportContent.Tried::sessions).reversed()
                .thenComparing(ReportContent.Tried::tool).thenComparing(ReportContent.Tried::area)).toList();
    }

    private static OptionalDouble median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return OptionalDouble.empty();
        }
        int middle = sorted.size() / 2;
        return OptionalDouble.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }

    private static final class Pair {
        private int sessions;
        private final Set<LocalDate> weeks = new HashSet<>();
        private final List<Integer> changes = new ArrayList<>();
    }
}
