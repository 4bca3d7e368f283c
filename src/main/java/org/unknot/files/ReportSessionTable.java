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

    static final List<String> TITLES = List.of("Date", "Time", "Routine", "Status", "Minutes done / planned",
            "Pain before", "Pain after", "Notes");
    static final float[] WIDTHS = {16, 7, 16, 14, 9, 8, 8, 22};

    void add() {
        document.add(heading("Sessions in detail", fonts, 0));
        Paragraph intro = new Paragraph("All " + content.sessions().count() + " sessions of the period, oldest first. "
                + "Times in " + content.zone().getId() + ". Pain on the 0–10 scale.", fonts.small);
        intro.setSpacingAfter(8);
        document.add(intro);

        TableRows rows = new TableRows(document, writer, fonts, TITLES, WIDTHS);
        rows.start(writer.getVerticalPosition(true));
        DayText days = new DayText();
        content.sessions().rows().forEachOldestFirst(session -> rows.add(cells(session, days)));
    }

    private List<String> cells(SessionRecord session, DayText days) {
        ZonedDateTime started = session.startedAt().atZone(content.zone());
        return List.of(days.of(started.toLocalDate()), TIME.format(started), session.routineName(), status(session),
                minutes(session.doneSeconds()) + " / " + minutes(session.plannedSeconds()),
                score(session.painBefore()), score(session.painAfter()), session.notes());
    }

    private static String status(SessionRecord session) {
        if (session.status() == SessionStatus.STOPPED) {
            return session.stopReason().map(reason -> "Stopped: " + reason.label()).orElse("Stopped");
        }
        return session.status().label();
    }

    private static String minutes(int seconds) {
        long minutes = Math.round(seconds / 60.0);
        return minutes == 0 && seconds > 0 ? "<1" : Long.toString(minutes);
    }

    private static String score(Optional<PainScore> score) {
        return score.map(s -> Integer.toString(s.value())).orElse("–");
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
