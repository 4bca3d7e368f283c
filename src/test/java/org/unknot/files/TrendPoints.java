package org.unknot.files;

import java.time.LocalDate;
import java.util.OptionalDouble;
import org.unknot.files.ReportContent.TrendPoint;

/** Weeks for chart tests: one session rated before and one check-in behind each mean given. */
final class TrendPoints {

    private TrendPoints() {
    }

    static TrendPoint of(LocalDate weekStart, OptionalDouble before, OptionalDouble after, OptionalDouble checkIn) {
        return new TrendPoint(weekStart, before, after, checkIn, before.isPresent() ? 1 : 0,
                checkIn.isPresent() ? 1 : 0);
    }
}
