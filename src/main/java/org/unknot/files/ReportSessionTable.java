package org.unknot.files;

import static org.unknot.files.PhysicianReport.DATE;
import static org.unknot.files.PhysicianReport.TIME;
import static org.unknot.files.PhysicianReport.heading;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.unknot.domain.PainScore;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;

/**
 * The session table of the physician report, from page two on: every session of the period, oldest first, read one
 * at a time from {@link ReportContent.Sessions} and drawn row by row ({@link TableRows}), so its size is bounded by a
 * page, not by the history (OpenPDF's PdfPTable lays out 800,000 cells of a 100,000-session history in ~10 s).
 */
record ReportSessionTable(Document document, PdfWriter writer, ReportFonts fonts, ReportContent content) {

    static final List<String> TITLES = List.of("Date", "Routine", "Minutes done / planned", "Tools and areas done",
            "Pain before → after", "Stop reason / status", "Note");
    // In points of A4's text width (Letter's is 3 % wider). The date column holds every day (at most 74 pt wide) but
    // no day with its time (at least 79 pt), so the time always goes on a second line of its own.
    static final float[] WIDTHS = {81, 64, 44, 114, 46, 64, 82};

    /** Adds the table and returns where it ends on its last page. */
    float add() {
        document.add(heading("Sessions in detail", fonts, 0));
        Paragraph intro = new Paragraph("All " + content.sessions().count() + " sessions of the period, oldest first. "
                + "Times in " + content.zone().getId() + ". Pain on the 0–10 scale. The status of a completed "
                + "session is left blank.", fonts.small);
        intro.setSpacingAfter(8);
        document.add(intro);

        TableRows rows = new TableRows(document, writer, fonts, TITLES, WIDTHS);
        rows.start(writer.getVerticalPosition(true));
        DayText days = new DayText();
        ReportWorked worked = new ReportWorked();
        content.sessions().rows().forEachOldestFirst(session -> rows.add(cells(session, days, worked)));
        return rows.finish();
    }

    private List<String> cells(SessionRecord session, DayText days, ReportWorked worked) {
        ZonedDateTime started = session.startedAt().atZone(content.zone());
        return List.of(days.of(started.toLocalDate()) + " " + TIME.format(started), session.routineName(),
                minutes(session.doneSeconds()) + " / " + minutes(session.plannedSeconds()),
                worked.of(session.worked()), pain(session.painBefore(), session.painAfter()), status(session),
                session.notes());
    }

    /** Blank for a completed session, so stops and interruptions stand out. */
    private static String status(SessionRecord session) {
        return switch (session.status()) {
            case COMPLETED -> "";
            case STOPPED -> session.stopReason().map(reason -> "Stopped: " + reason.label()).orElse("Stopped");
            // A session left in progress by a crash counts as interrupted everywhere.
            case IN_PROGRESS, INTERRUPTED -> SessionStatus.INTERRUPTED.label();
        };
    }

    private static String minutes(int seconds) {
        long minutes = Math.round(seconds / 60.0);
        return minutes == 0 && seconds > 0 ? "<1" : Long.toString(minutes);
    }

    /** "6 → 4", "6 → –", or "–" when neither was rated. */
    static String pain(Optional<PainScore> before, Optional<PainScore> after) {
        if (before.isEmpty() && after.isEmpty()) {
            return TableRows.NONE;
        }
        return score(before) + " → " + score(after);
    }

    private static String score(Optional<PainScore> score) {
        return score.map(s -> Integer.toString(s.value())).orElse(TableRows.NONE);
    }

    /** The day in words, formatted once per day: sessions come in order, several a day. */
    private static final class DayText {
        private LocalDate day;
        private String text;

        String of(LocalDate date) {
            if (!date.equals(day)) {
                day = date;
                text = DATE.format(date);
            }
            return text;
        }
    }
}
