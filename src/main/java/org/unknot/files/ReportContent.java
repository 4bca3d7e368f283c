package org.unknot.files;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.unknot.domain.SessionRecord;

/**
 * Everything the physician report shows, worked out by the caller and handed over as plain values, so the PDF
 * writer only lays out and never computes a figure a clinician might question.
 *
 * @param period      the period in words, e.g. "1 September – 22 November 2026"
 * @param summary     the facts of the summary table, in the order shown
 * @param insights    plain sentences, in the order shown
 * @param weekly      one point per week of the period, oldest first; a week without ratings has empty means
 * @param stopReasons why sessions were stopped early, e.g. "Pain got worse" → "3"
 * @param notes       the user's notes; the report shows the most recent few
 * @param sessions    every session of the period, oldest first, for the detail pages: streamed, never a list
 * @param zone        the zone the detail pages print times in
 */
public record ReportContent(
        String period,
        LocalDate generatedOn,
        List<Fact> summary,
        List<String> insights,
        List<TrendPoint> weekly,
        List<Fact> stopReasons,
        List<Note> notes,
        Sessions sessions,
        ZoneId zone) {

    public ReportContent {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(zone, "zone");
        summary = List.copyOf(summary);
        insights = List.copyOf(insights);
        weekly = List.copyOf(weekly);
        stopReasons = List.copyOf(stopReasons);
        notes = List.copyOf(notes);
        Objects.requireNonNull(sessions, "sessions");
    }

    /** One line of a two-column table: "Sessions per week" → "3.2". */
    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The mean pain ratings of one week, 0–10; empty where that week has none. */
    public record TrendPoint(LocalDate weekStart, OptionalDouble meanBefore, OptionalDouble meanAfter,
                             OptionalDouble meanCheckIn) {
        public TrendPoint {
            Objects.requireNonNull(weekStart, "weekStart");
            Objects.requireNonNull(meanBefore, "meanBefore");
            Objects.requireNonNull(meanAfter, "meanAfter");
            Objects.requireNonNull(meanCheckIn, "meanCheckIn");
        }
    }

    /** A note the user wrote on a day, with a session or a check-in. */
    public record Note(LocalDate day, String text) {
        public Note {
            Objects.requireNonNull(day, "day");
            text = text == null ? "" : text;
        }
    }

    /** How many sessions the period holds and where to read them, oldest first, when the table is drawn. */
    public record Sessions(int count, SessionRows rows) {
        public Sessions {
            Objects.requireNonNull(rows, "rows");
        }

        public boolean isEmpty() {
            return count == 0;
        }

        /** The sessions of a list already in memory. */
        public static Sessions of(List<SessionRecord> sessions) {
            return new Sessions(sessions.size(), SessionRows.of(sessions));
        }
    }
}
