package org.unknot.files;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.SessionRecord;

/**
 * Everything the physician report shows, worked out by the caller and handed over as plain values, so the PDF
 * writer only lays out and never computes a figure a clinician might question.
 *
 * @param period      the period in words, e.g. "1 September – 22 November 2026"
 * @param patient     the patient's name and date of birth as typed at export, shown in the header when present
 * @param summary     the key numbers, in the order shown
 * @param safety      the safety facts (red flags, pain rose, warning), in the order shown
 * @param tried       one row per tool × area actually done, most sessions first
 * @param baseline    the baseline of the pain trend, drawn as a band 30 % below it on the chart; empty without one
 * @param insights    plain sentences, in the order shown
 * @param weekly      one point per week of the period, oldest first; a week without ratings has empty means
 * @param notes       the user's notes; the report shows the most recent few
 * @param sessions    every session of the period, oldest first, for the detail pages: streamed, never a list
 * @param zone        the zone the detail pages print times in
 * @param checkIns    every daily check-in of the period, oldest first, after the sessions: streamed, never a list
 * @param medicines   the line of medicines under "What was tried", e.g. "Medicines: none listed."
 * @param healthProfile the health profile in a line ("Raynaud's or cold urticaria; Pregnancy", or "none given")
 */
public record ReportContent(
        String period,
        LocalDate generatedOn,
        Optional<String> patient,
        List<Fact> summary,
        List<Fact> safety,
        List<Tried> tried,
        List<String> insights,
        List<TrendPoint> weekly,
        OptionalDouble baseline,
        List<Note> notes,
        Sessions sessions,
        ZoneId zone,
        CheckIns checkIns,
        String medicines,
        String healthProfile) {

    public ReportContent {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(generatedOn, "generatedOn");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(baseline, "baseline");
        summary = List.copyOf(summary);
        safety = List.copyOf(safety);
        tried = List.copyOf(tried);
        insights = List.copyOf(insights);
        weekly = List.copyOf(weekly);
        notes = List.copyOf(notes);
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(checkIns, "checkIns");
        Objects.requireNonNull(medicines, "medicines");
        Objects.requireNonNull(healthProfile, "healthProfile");
    }

    /** Without medicines listed or a health profile given. */
    public ReportContent(String period, LocalDate generatedOn, Optional<String> patient, List<Fact> summary,
                         List<Fact> safety, List<Tried> tried, List<String> insights, List<TrendPoint> weekly,
                         OptionalDouble baseline, List<Note> notes, Sessions sessions, ZoneId zone, CheckIns checkIns) {
        this(period, generatedOn, patient, summary, safety, tried, insights, weekly, baseline, notes, sessions, zone,
                checkIns, ReportMedicines.NONE, HealthProfile.NONE.describe());
    }

    /** Without a patient, safety facts, tool × area rows, a baseline band or check-ins. */
    public ReportContent(String period, LocalDate generatedOn, List<Fact> summary, List<String> insights,
                         List<TrendPoint> weekly, List<Note> notes,
                         Sessions sessions, ZoneId zone) {
        this(period, generatedOn, Optional.empty(), summary, List.of(), List.of(), insights, weekly,
                OptionalDouble.empty(), notes, sessions, zone, CheckIns.of(List.of()));
    }

    /**
     * A tool used on an area in the period: in how many weeks and sessions, its minutes per week of the period, and
     * the median immediate change in pain (after − before, negative when it fell) over the {@code rated} sessions
     * rated both times.
     */
    public record Tried(String tool, String area, int weeks, int sessions, double minutesPerWeek,
                        OptionalDouble medianChange, int rated) {
        public Tried {
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(medianChange, "medianChange");
        }
    }

    /** One line of a two-column table: "Sessions per week" → "3.2". */
    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The mean pain ratings of one week, 0–10, empty where that week has none, and how many ratings they rest on:
     * sessions rated before and days checked in.
     */
    public record TrendPoint(LocalDate weekStart, OptionalDouble meanBefore, OptionalDouble meanAfter,
                             OptionalDouble meanCheckIn, int ratedBefore, int checkIns) {
        public TrendPoint {
            Objects.requireNonNull(weekStart, "weekStart");
            Objects.requireNonNull(meanBefore, "meanBefore");
            Objects.requireNonNull(meanAfter, "meanAfter");
            Objects.requireNonNull(meanCheckIn, "meanCheckIn");
        }
    }

    /** A note the user wrote on a day, with a session ({@code source} its routine) or a check-in. */
    public record Note(LocalDate day, String source, String text) {
        public Note {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(source, "source");
            text = text == null ? "" : text;
        }

        /** A note shown without saying where it was written. */
        public Note(LocalDate day, String text) {
            this(day, "", text);
        }

        /** The note as page one prints it: "Low back relief: felt looser", or the text alone without a source. */
        public String line() {
            return source.isEmpty() ? text : source + ": " + text;
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

    /** How many check-ins the period holds and where to read them, oldest first, when their table is drawn. */
    public record CheckIns(int count, CheckInRows rows) {
        public CheckIns {
            Objects.requireNonNull(rows, "rows");
        }

        public boolean isEmpty() {
            return count == 0;
        }

        /** The check-ins of a list already in memory. */
        public static CheckIns of(List<CheckInRecord> checkIns) {
            return new CheckIns(checkIns.size(), CheckInRows.of(checkIns));
        }
    }
}
