package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.DailyPain;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Insights;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;

/**
 * The check-ins CSV says yes on a flare day, right after the pain; the history CSV ends with gentle yes or no; the
 * report's Safety section counts the flare days.
 */
class FlareColumnsTest {

    @Test
    void aFlareDaySaysYesRightAfterThePain() {
        List<String> cells = CheckInsCsv.cells(new CheckInRecord(LocalDate.of(2026, 3, 1), new PainScore(8), Set.of(),
                "", true));

        assertEquals(List.of("2026-03-01", "8", "yes"), cells.subList(0, 3));
        assertEquals("flare", CheckInsCsv.HEADER.split(",")[2]);
    }

    @Test
    void theReportsSafetySectionCountsFlareDaysAndGentleSessions() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        SessionRecord gentle = new SessionRecord(4, Optional.empty(), "Evening", PerformedBy.SELF,
                day.atTime(18, 0).toInstant(ZoneOffset.UTC), Optional.empty(), SessionStatus.COMPLETED,
                Optional.empty(), 120, 120, Optional.empty(), Optional.empty(), "", Set.of(), true);
        InsightReport report = Insights.of(List.of(gentle), List.of(new DailyPain(day, new PainScore(8), true),
                new DailyPain(day.plusDays(1), new PainScore(5), false),
                new DailyPain(day.plusDays(8), new PainScore(9), true)), ZoneOffset.UTC);

        assertEquals("2 of 3 days checked in; 1 session played gently", ReportContents.flares(report));
    }

    @Test
    void aGentleSessionSaysYesInTheLastColumn() {
        SessionRecord gentle = new SessionRecord(4, Optional.empty(), "Evening", PerformedBy.SELF,
                Instant.parse("2026-03-01T18:00:00Z"), Optional.empty(), SessionStatus.COMPLETED, Optional.empty(), 120,
                120, Optional.empty(), Optional.empty(), "", Set.of(), true);

        List<String> cells = HistoryCsv.cells(gentle, ZoneOffset.UTC);

        assertEquals("yes", cells.get(cells.size() - 1));
        assertEquals(List.of("areas", "gentle"), List.of(HistoryCsv.HEADER.split(",")).subList(13, 15));
    }
}
