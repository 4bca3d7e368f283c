package org.unknot.files;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.unknot.domain.DailyPain;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Relief;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.StopReason;

/** Builds what the physician report shows from the sessions and check-ins of a period and their insights. */
public final class ReportContents {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int NOTES_SHOWN = 5;
    private static final int ROUTINES_SHOWN = 4;

    private ReportContents() {
    }

    public static ReportContent of(List<SessionRecord> sessions, List<DailyPain> checkIns, InsightReport insights,
                                   LocalDate first, LocalDate last, LocalDate today, ZoneId zone) {
        return of(SessionRows.of(sessions), checkIns, insights, first, last, today, zone);
    }

    /**
     * The report of the sessions {@code rows} hands over: read once here for their count and latest notes, and again
     * when the table is drawn, so no caller holds the period's sessions as a list.
     */
    public static ReportContent of(SessionRows rows, List<DailyPain> checkIns, InsightReport insights,
                                   LocalDate first, LocalDate last, LocalDate today, ZoneId zone) {
        LatestNotes notes = new LatestNotes(NOTES_SHOWN);
        rows.forEachOldestFirst(notes);
        return new ReportContent(period(first, last), today, summary(checkIns, insights, first, last),
                insights.sentences(), weekly(insights), stopReasons(insights),
                notes.newestFirst(zone), new ReportContent.Sessions(notes.seen(), rows), zone);
    }

    /** "1 September – 22 November 2026", or with both years when they differ. */
    public static String period(LocalDate first, LocalDate last) {
        return (first.getYear() == last.getYear() ? DAY_MONTH.format(first) : FULL.format(first)) + " – "
                + FULL.format(last);
    }

    private static List<ReportContent.Fact> summary(List<DailyPain> checkIns,
                                                    InsightReport insights, LocalDate first, LocalDate last) {
        double weeks = Math.max(1, (ChronoUnit.DAYS.between(first, last) + 1) / 7.0);
        List<ReportContent.Fact> facts = new ArrayList<>();
        facts.add(new ReportContent.Fact("Sessions", Integer.toString(insights.sessions())));
        facts.add(new ReportContent.Fact("Sessions per week", String.format(Locale.ENGLISH, "%.1f",
                insights.sessions() / weeks)));
        facts.add(new ReportContent.Fact("Routines used", shares(insights.byRoutine(), insights.sessions())));
        facts.add(new ReportContent.Fact("Tools used", insights.byTool().stream().map(Relief::label)
                .map(label -> label.toLowerCase(Locale.ENGLISH)).collect(Collectors.joining(", "))));
        facts.add(new ReportContent.Fact("Mean pain before sessions", mean(insights.meanBefore())));
        facts.add(new ReportContent.Fact("Mean pain after sessions", mean(insights.meanAfter())));
        facts.add(new ReportContent.Fact("Clear immediate relief", insights.clearShare().isPresent()
                ? String.format(Locale.ENGLISH, "%.0f %% of %d rated sessions (a drop of 2 points and 30 %%)",
                insights.clearShare().getAsDouble() * 100, insights.ratedSessions())
                : "no session rated before and after"));
        OptionalDouble checkInMean = checkIns.stream().mapToInt(day -> day.score().value()).average();
        facts.add(new ReportContent.Fact("Daily check-ins", checkIns.size()
                + (checkInMean.isPresent() ? ", mean pain " + mean(checkInMean) : "")));
        return facts;
    }

    /** Every routine with its share of the sessions, or the four used most and "+N others (x %)". */
    static String shares(List<Relief> routines, int sessions) {
        if (routines.isEmpty()) {
            return "none";
        }
        int shown = routines.size() <= ROUTINES_SHOWN + 1 ? routines.size() : ROUTINES_SHOWN;
        List<String> parts = new ArrayList<>(routines.stream().limit(shown).map(routine -> String.format(Locale.ENGLISH,
                "%s (%.0f %%)", routine.label(), percent(routine.sessions(), sessions))).toList());
        if (shown < routines.size()) {
            int others = routines.subList(shown, routines.size()).stream().mapToInt(Relief::sessions).sum();
            parts.add(String.format(Locale.ENGLISH, "+%d others (%.0f %%)", routines.size() - shown,
                    percent(others, sessions)));
        }
        return String.join(", ", parts);
    }

    private static double percent(int part, int whole) {
        return 100.0 * part / Math.max(1, whole);
    }

    private static String mean(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ENGLISH, "%.1f", value.getAsDouble()) : "not rated";
    }

    /** The insights' weekly pain before and after sessions and daily check-ins, each its own line. */
    private static List<ReportContent.TrendPoint> weekly(InsightReport insights) {
        return insights.weekly().stream().map(week -> new ReportContent.TrendPoint(week.weekStart(),
                week.meanBefore(), week.meanAfter(), week.meanCheckIn())).toList();
    }

    private static List<ReportContent.Fact> stopReasons(InsightReport insights) {
        List<ReportContent.Fact> facts = new ArrayList<>();
        for (StopReason reason : StopReason.values()) {
            int count = insights.stopReasons().getOrDefault(reason, 0);
            if (count > 0) {
                facts.add(new ReportContent.Fact(reason.label(), Integer.toString(count)));
            }
        }
        return facts;
    }

    /** Counts the sessions handed over and keeps the last few with a note; oldest first in, newest first out. */
    private static final class LatestNotes implements Consumer<SessionRecord> {
        private final int limit;
        private final ArrayDeque<SessionRecord> noted = new ArrayDeque<>();
        private int seen;

        LatestNotes(int limit) {
            this.limit = limit;
        }

        @Override
        public void accept(SessionRecord session) {
            seen++;
            if (!session.notes().isBlank()) {
                if (noted.size() == limit) {
                    noted.removeFirst();
                }
                noted.addLast(session);
            }
        }

        int seen() {
            return seen;
        }

        List<ReportContent.Note> newestFirst(ZoneId zone) {
            List<ReportContent.Note> notes = new ArrayList<>();
            noted.descendingIterator().forEachRemaining(session -> notes.add(
                    new ReportContent.Note(session.startedAt().atZone(zone).toLocalDate(), session.notes())));
            return notes;
        }
    }
}
