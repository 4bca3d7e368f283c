package org.unknot.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Chooses the measure of the trend (PRODUCT.md, "Insights"): daily check-ins when their baseline and current windows
 * each hold at least 3, otherwise pain before sessions when each of its windows holds at least 3 rated sessions,
 * otherwise no trend. The baseline is the first 14 days of the measure; the current window is the last 14 days of the
 * period's data, whichever measure it holds — so a week of check-ins long before the sessions cannot pass for a
 * current window, and adding it leaves the verdict as it was.
 */
final class PainTrends {

    static final int WINDOW_DAYS = 14;
    static final int MIN_PER_WINDOW = 3;

    private PainTrends() {
    }

    /** Each map: day → {sum of ratings, number of ratings} of that measure on that day. */
    static Optional<PainTrend> of(NavigableMap<LocalDate, long[]> checkIns, NavigableMap<LocalDate, long[]> before,
                                  LocalDate lastDataDay) {
        return trend(PainMeasure.CHECK_INS, checkIns, lastDataDay)
                .or(() -> trend(PainMeasure.PAIN_BEFORE, before, lastDataDay));
    }

    private static Optional<PainTrend> trend(PainMeasure measure, NavigableMap<LocalDate, long[]> days,
                                             LocalDate lastDataDay) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = days.firstKey();
        LocalDate last = days.lastKey();
        PainTrend.Window baseline = window(days, first, first.plusDays(WINDOW_DAYS - 1));
        PainTrend.Window current = window(days, lastDataDay.minusDays(WINDOW_DAYS - 1), lastDataDay);
        if (baseline.count() < MIN_PER_WINDOW || current.count() < MIN_PER_WINDOW) {
            return Optional.empty();
        }
        return Optional.of(new PainTrend(measure, first, last, baseline, current));
    }

    private static PainTrend.Window window(NavigableMap<LocalDate, long[]> days, LocalDate from, LocalDate to) {
        long sum = 0;
        long count = 0;
        for (Map.Entry<LocalDate, long[]> day : days.subMap(from, true, to, true).entrySet()) {
            sum += day.getValue()[0];
            count += day.getValue()[1];
        }
        return new PainTrend.Window(from, to, (int) count, count == 0 ? 0 : sum / (double) count);
    }
}
