package org.unknot.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the history says about pain. {@code meanBefore}/{@code meanAfter} and {@code meaningfulShare} are over
 * sessions rated both before and after; {@code days} is present only with at least 3 checked-in days of each kind.
 */
public record InsightReport(
        int sessions,
        int ratedSessions,
        OptionalDouble meanBefore,
        OptionalDouble meanAfter,
        OptionalDouble meaningfulShare,
        List<Relief> byRoutine,
        List<Relief> byTool,
        List<WeeklyPain> weekly,
        Optional<DaysComparison> days,
        boolean suggestSpecialist,
        Map<StopReason, Integer> stopReasons,
        List<String> sentences) {

    public InsightReport {
        byRoutine = List.copyOf(byRoutine);
        byTool = List.copyOf(byTool);
        weekly = List.copyOf(weekly);
        stopReasons = Map.copyOf(stopReasons);
        sentences = List.copyOf(sentences);
    }
}
