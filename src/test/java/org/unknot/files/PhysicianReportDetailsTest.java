package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.files.ReportContent.Note;
import org.unknot.files.ReportContent.TrendPoint;

/** What the report's detail rows, footers, chart placeholder and notes say, read back from the PDF. */
class PhysicianReportDetailsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final String PERIOD = "7 September – 20 September 2026";

    @TempDir
    Path folder;

    private static SessionRecord session(int day, SessionStatus status, int doneSeconds, Integer before,
                                         Integer after, String notes) {
        return new SessionRecord(day + 1, Optional.empty(), "Routine " + day, PerformedBy.SELF,
                MONDAY.plusDays(day).atTime(7, 5).atZone(BERLIN).toInstant(), Optional.empty(), status,
                Optional.empty(), 900, doneSeconds, Optional.ofNullable(before).map(PainScore::new),
                Optional.ofNullable(after).map(PainScore::new), notes, Set.of());
    }

    private static ReportContent content(List<SessionRecord> sessions, List<TrendPoint> weekly, List<Note> notes) {
        return new ReportContent(PERIOD, MONDAY.plusDays(14), List.of(), List.of(), weekly, List.of(), notes,
                ReportContent.Sessions.of(sessions), BERLIN);
    }

    private String[] pages(ReportContent content) throws IOException, ExportException {
        Path file = folder.resolve("report.pdf");
        PhysicianReport.write(file, content);
        PdfReader reader = new PdfReader(file.toString());
        try {
            String[] pages = new String[reader.getNumberOfPages()];
            for (int page = 1; page <= pages.length; page++) {
                pages[page - 1] = new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", " ");
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    @Test
    void eachDetailRowGivesDayTimeRoutineStatusMinutesPainAndNotes() throws Exception {
        String details = pages(content(List.of(
                session(0, SessionStatus.COMPLETED, 900, 6, 3, "Felt looser"),
                session(1, SessionStatus.INTERRUPTED, 20, 5, null, ""),
                session(2, SessionStatus.STOPPED, 0, null, null, ""),
                session(3, SessionStatus.COMPLETED, 89, 4, 4, ""),
                session(4, SessionStatus.COMPLETED, 90, 4, 4, "")), List.of(), List.of()))[1];

        // the text extractor joins the cells of a row without spaces
        assertTrue(details.contains("Mon 7 Sep 202607:05Routine 0Completed15 / 1563Felt looser"), details);
        assertTrue(details.contains("Tue 8 Sep 202607:05Routine 1Interrupted<1 / 155–"), details);
        assertTrue(details.contains("Wed 9 Sep 202607:05Routine 2Stopped0 / 15––"), details);
        assertTrue(details.contains("Routine 3Completed1 / 1544"), details);
        assertTrue(details.contains("Routine 4Completed2 / 1544"), details);
    }

    @Test
    void everyPageHasTheFooterWithItsNumber() throws Exception {
        String[] pages = pages(content(List.of(session(0, SessionStatus.COMPLETED, 900, 6, 3, "")), List.of(),
                List.of()));

        assertEquals(2, pages.length);
        for (int page = 1; page <= pages.length; page++) {
            String text = pages[page - 1];
            assertTrue(text.contains(PhysicianReport.TITLE + " · " + PERIOD + " · Not a diagnosis"), text);
            assertTrue(text.contains("Page " + page), text);
        }
    }

    @Test
    void weeksWithoutAnyRatingShowASentenceInsteadOfAChart() throws Exception {
        TrendPoint empty = TrendPoints.of(MONDAY, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty());
        String none = pages(content(List.of(session(0, SessionStatus.COMPLETED, 900, null, null, "")),
                List.of(empty), List.of()))[0];
        assertTrue(none.contains("No pain ratings in this period."), none);

        for (TrendPoint rated : List.of(
                TrendPoints.of(MONDAY, OptionalDouble.of(5), OptionalDouble.empty(), OptionalDouble.empty()),
                TrendPoints.of(MONDAY, OptionalDouble.empty(), OptionalDouble.of(5), OptionalDouble.empty()),
                TrendPoints.of(MONDAY, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(5)))) {
            String chart = pages(content(List.of(), List.of(empty, rated), List.of()))[0];
            assertFalse(chart.contains("No pain ratings in this period."), rated + ": " + chart);
            assertTrue(chart.contains("Week starting"), rated + ": " + chart);
        }
    }

    @Test
    void aLongNoteIsShortenedWithAnEllipsisToTwoLinesOnPageOne() throws Exception {
        String longer = "word ".repeat(59) + "QRSTUV";

        String first = pages(content(List.of(), List.of(), List.of(new Note(MONDAY, "Short and whole ZYXWV"),
                new Note(MONDAY.plusDays(1), longer))))[0];

        assertTrue(first.contains("ZYXWV"), first);
        assertTrue(first.contains("word word word…"), first);
        assertFalse(first.contains("QRST"), first);
    }
}
