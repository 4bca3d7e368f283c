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
import org.unknot.domain.Area;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.domain.ToolArea;
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
        return session(day, status, Optional.empty(), doneSeconds, before, after, notes, Set.of());
    }

    private static SessionRecord session(int day, SessionStatus status, Optional<StopReason> reason, int doneSeconds,
                                         Integer before, Integer after, String notes, Set<ToolArea> worked) {
        return new SessionRecord(day + 1, Optional.empty(), "Routine " + day, PerformedBy.SELF,
                MONDAY.plusDays(day).atTime(7, 5).atZone(BERLIN).toInstant(), Optional.empty(), status,
                reason, 900, doneSeconds, Optional.ofNullable(before).map(PainScore::new),
                Optional.ofNullable(after).map(PainScore::new), notes, worked);
    }

    private static ReportContent content(List<SessionRecord> sessions, List<TrendPoint> weekly, List<Note> notes) {
        return content(sessions, weekly, notes, List.of());
    }

    private static ReportContent content(List<SessionRecord> sessions, List<TrendPoint> weekly, List<Note> notes,
                                         List<CheckInRecord> checkIns) {
        return new ReportContent(PERIOD, MONDAY.plusDays(14), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), weekly, OptionalDouble.empty(), notes, ReportContent.Sessions.of(sessions),
                BERLIN, ReportContent.CheckIns.of(checkIns));
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
    void pageTwoStartsWithTheSessionTableAndItsColumnTitles() throws Exception {
        String details = pages(content(List.of(session(0, SessionStatus.COMPLETED, 900, 6, 3, "")), List.of(),
                List.of()))[1];

        assertTrue(details.startsWith("Sessions in detail"), details);
        int at = details.indexOf("All 1 sessions");
        for (String title : List.of("Date", "Routine", "Minutes done / planned", "Tools and areas done",
                "Pain before → after", "Stop reason / status", "Note")) {
            int found = details.indexOf(title, at);
            assertTrue(found > at, title + " follows the one before it: " + details);
            at = found;
        }
    }

    @Test
    void eachDetailRowGivesDayTimeRoutineMinutesToolsPainStatusAndNote() throws Exception {
        String details = pages(content(List.of(
                session(0, SessionStatus.COMPLETED, Optional.empty(), 900, 6, 3, "Felt looser",
                        Set.of(new ToolArea(Tool.FOAM_ROLLER, Area.LOWER_BACK))),
                session(1, SessionStatus.INTERRUPTED, 20, 5, null, ""),
                session(2, SessionStatus.STOPPED, 0, null, null, ""),
                session(3, SessionStatus.COMPLETED, 89, 4, 4, ""),
                session(4, SessionStatus.COMPLETED, 90, 4, 4, "")), List.of(), List.of()))[1];

        // the text extractor joins some cells of a row with a space, others without: compare without spaces
        assertHas(details, "Mon 7 Sep 2026 07:05 Routine 0 15 / 15 Foam roller: lower back 6 → 3 Felt looser");
        assertHas(details, "Tue 8 Sep 2026 07:05 Routine 1 <1 / 15 – 5 → – Interrupted");
        assertHas(details, "Wed 9 Sep 2026 07:05 Routine 2 0 / 15 – – Stopped");
        assertHas(details, "Routine 3 1 / 15 – 4 → 4");
        assertHas(details, "Routine 4 2 / 15 – 4 → 4");
    }

    private static void assertHas(String text, String expected) {
        assertTrue(squeezed(text).contains(squeezed(expected)), expected + " in: " + text);
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void aSessionStoppedForPainShowsItsRiseAndTheReason() throws Exception {
        String details = pages(content(List.of(session(0, SessionStatus.STOPPED, Optional.of(StopReason.PAIN_WORSE),
                240, 6, 8, "", Set.of(new ToolArea(Tool.COLD_BALL, Area.FEET)))), List.of(), List.of()))[1];

        assertHas(details, "Cold ball: feet 6 → 8 Stopped: " + StopReason.PAIN_WORSE.label());
    }

    @Test
    void toolsAndAreasAreGroupedByToolInTheVocabularysOrder() throws Exception {
        String details = pages(content(List.of(session(0, SessionStatus.COMPLETED, Optional.empty(), 900, 6, 4, "",
                Set.of(new ToolArea(Tool.COLD_BALL, Area.FEET), new ToolArea(Tool.FOAM_ROLLER, Area.HIPS_GLUTES),
                        new ToolArea(Tool.FOAM_ROLLER, Area.LOWER_BACK)))), List.of(), List.of()))[1];

        assertHas(details, "Foam roller: lower back, hips; Cold ball: feet");
    }

    @Test
    void theCheckInsFollowTheSessionsOldestFirstWithPainAreasAndNote() throws Exception {
        String details = pages(content(List.of(session(0, SessionStatus.COMPLETED, 900, 6, 3, "")), List.of(),
                List.of(), List.of(
                        new CheckInRecord(MONDAY, new PainScore(6), Set.of(Area.LOWER_BACK, Area.NECK), "Stiff morning"),
                        new CheckInRecord(MONDAY.plusDays(1), new PainScore(4), Set.of(), ""))))[1];

        String all = squeezed(details);
        int sessions = all.indexOf("Routine0");
        int heading = all.indexOf("Dailycheck-ins");
        assertTrue(sessions >= 0 && heading > sessions, details);
        int at = all.indexOf(squeezed("All 2 check-ins of the period"), heading);
        for (String text : List.of("Day Pain Where it hurt Note", "Mon 7 Sep 2026 6 Neck, lower back Stiff morning",
                "Tue 8 Sep 2026 4 –")) {
            int found = all.indexOf(squeezed(text), at);
            assertTrue(found > at, text + " follows: " + details);
            at = found;
        }
    }

    @Test
    void aPeriodWithoutCheckInsSaysSoAfterTheSessions() throws Exception {
        String details = pages(content(List.of(session(0, SessionStatus.COMPLETED, 900, 6, 3, "")), List.of(),
                List.of()))[1];

        assertTrue(details.contains("Daily check-ins " + ReportCheckInTable.NO_CHECK_INS), details);
    }

    @Test
    void checkInsWithoutSessionsStillGetTheirPage() throws Exception {
        String[] pages = pages(content(List.of(), List.of(), List.of(),
                List.of(new CheckInRecord(MONDAY, new PainScore(5), Set.of(Area.FEET), ""))));

        assertEquals(2, pages.length);
        assertTrue(pages[1].startsWith("Daily check-ins"), pages[1]);
        assertHas(pages[1], "Mon 7 Sep 2026 5 Feet");
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
