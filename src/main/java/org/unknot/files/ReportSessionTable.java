package org.unknot.files;

import static org.unknot.files.PhysicianReport.*;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.unknot.domain.PainScore;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;

/** The session table of the physician report, from page two on: every session of the period, oldest first. */
record ReportSessionTable(Document document, ReportFonts fonts, ReportContent content) {

    void add() {
        document.add(heading("Sessions in detail", fonts, 0));
        Paragraph intro = new Paragraph("All " + content.sessions().size() + " sessions of the period, oldest first. "
                + "Times in " + content.zone().getId() + ". Pain on the 0–10 scale.", fonts.small);
        intro.setSpacingAfter(8);
        document.add(intro);

        PdfPTable table = new PdfPTable(new float[] {16, 7, 16, 14, 9, 8, 8, 22});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String title : List.of("Date", "Time", "Routine", "Status", "Minutes done / planned", "Pain before",
                "Pain after", "Notes")) {
            PdfPCell cell = cell(fonts.phrase(title, fonts.tableHeader), SHADE);
            cell.setBorderWidthBottom(0.8f);
            cell.setBorderColorBottom(MUTED);
            table.addCell(cell);
        }
        int row = 0;
        for (SessionRecord session : content.sessions()) {
            Color background = row % 2 == 1 ? STRIPE : null;
            ZonedDateTime started = session.startedAt().atZone(content.zone());
            table.addCell(cell(fonts.phrase(DATE.format(started), fonts.table), background));
            table.addCell(cell(fonts.phrase(TIME.format(started), fonts.table), background));
            table.addCell(cell(fonts.phrase(session.routineName(), fonts.table), background));
            table.addCell(cell(fonts.phrase(status(session), fonts.table), background));
            table.addCell(cell(fonts.phrase(minutes(session.doneSeconds()) + " / "
                    + minutes(session.plannedSeconds()), fonts.table), background));
            table.addCell(cell(fonts.phrase(score(session.painBefore()), fonts.table), background));
            table.addCell(cell(fonts.phrase(score(session.painAfter()), fonts.table), background));
            table.addCell(cell(fonts.phrase(session.notes(), fonts.table), background));
            if (++row % ROWS_PER_BATCH == 0) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
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

    /** The first page: what a clinician reads in a minute. */
}
