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
import org.unknot.domain.SessionRecord;
import org.unknot.domain.ToolArea;

/** The report's "What was tried": each tool × area a session really worked on, with its weeks, sessions and change. */
final class ReportTried {

    private ReportTried() {
    }

    /** One row per tool × area done, most sessions first. */
    static List<ReportContent.Tried> of(List<SessionRecord> sessions, ZoneId zone) {
        Map<ToolArea, List<SessionRecord>> byPair = new LinkedHashMap<>();
        for (SessionRecord session : sessions) {
            session.worked().forEach(pair -> byPair.computeIfAbsent(pair, key -> new ArrayList<>()).add(session));
        }
        return byPair.entrySet().stream().map(entry -> {
            Set<LocalDate> weeks = new HashSet<>();
            entry.getValue().forEach(session -> weeks.add(session.startedAt().atZone(zone).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
            List<Integer> changes = entry.getValue().stream().flatMap(session -> session.painChange().stream())
                    .sorted().toList();
            return new ReportContent.Tried(entry.getKey().tool().label(), entry.getKey().area().label(), weeks.size(),
                    entry.getValue().size(), median(changes), changes.size());
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
}
