package org.unknot.files;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unknot.domain.DailyPain;
import org.unknot.domain.DatedNote;
import org.unknot.domain.InsightReport;
import org.unknot.domain.PeriodUse;
import org.unknot.domain.RedFlagCheck;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.ToolArea;
import org.unknot.domain.ToolAreaTally;

/**
 * Report contents from sessions held in memory, for tests of the layout. A record does not say how long each of its
 * steps ran, so each pair it worked on gets an equal share of its seconds here; the store counts the real seconds
 * (PeriodUseReaderTest).
 */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    public static ReportContent content(List<SessionRecord> sessions, List<DailyPain> checkIns, InsightReport insights,
                                 Optional<RedFlagCheck> redFlags, Optional<String> patient, LocalDate first,
                                 LocalDate last, LocalDate today, ZoneId zone) {
        return content(sessions, checkIns, insights, redFlags, patient, first, last, today, zone,
                CheckInRows.of(List.of()));
    }

    /** As above, with the check-ins {@code checkInRows} hands to the table after the sessions. */
    public static ReportContent content(List<SessionRecord> sessions, List<DailyPain> checkIns, InsightReport insights,
                                        Optional<RedFlagCheck> redFlags, Optional<String> patient, LocalDate first,
                                        LocalDate last, LocalDate today, ZoneId zone, CheckInRows checkInRows) {
        ReportPeriod period = new ReportPeriod(use(sessions, zone), SessionRows.of(sessions), checkIns, checkInRows,
                List.of(), insights, redFlags);
        return ReportContents.of(period, patient, first, last, today, zone);
    }

    static PeriodUse use(List<SessionRecord> sessions, ZoneId zone) {
        ToolAreaTally tally = new ToolAreaTally();
        Map<ToolArea, Long> seconds = new HashMap<>();
        for (SessionRecord session : sessions) {
            LocalDate week = session.startedAt().atZone(zone).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (ToolArea pair : session.worked()) {
                tally.add(pair, week, session.painChange());
                seconds.merge(pair, (long) session.doneSeconds() / session.worked().size(), Long::sum);
            }
        }
        List<DatedNote> notes = sessions.stream().filter(session -> !session.notes().isBlank())
                .sorted(Comparator.comparing(SessionRecord::startedAt).reversed()).limit(ReportContents.NOTES_SHOWN)
                .map(session -> new DatedNote(session.startedAt().atZone(zone).toLocalDate(),
                        Optional.of(session.routineName()), session.notes())).toList();
        return new PeriodUse(sessions.size(), sessions.stream().mapToLong(SessionRecord::doneSeconds).sum(),
                tally.uses(seconds), notes);
    }
}
