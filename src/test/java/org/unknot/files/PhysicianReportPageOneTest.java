package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.DailyPain;
import org.unknot.domain.Insights;
import org.unknot.domain.SessionRecord;
import org.unknot.files.ReportContent.Fact;
import org.unknot.files.ReportContent.Note;
import org.unknot.files.ReportContent.Tried;

/** Page one holds the whole summary, whatever the data; the session table starts on page 2. */
class PhysicianReportPageOneTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<String> HEADINGS = List.of("Key numbers", "Safety", "What was tried", "Weekly pain",
            "Notes");

    @TempDir
    Path folder;

    @Test
    void aSampleLikeHistoryOfFifteenHundredSessionsHasEveryHeadingAndThePainWorseStopsOnPageOne() throws Exception {
        List<SessionRecord> sessions = PhysicianReportTest.sessions(1500);
        List<DailyPain> checkIns = List.of();
        LocalDate first = LocalDate.of(2026, 8, 31);
        LocalDate last = sessions.get(sessions.size() - 1).startedAt().atZone(BERLIN).toLocalDate();
        ReportContent content = ReportFixtures.content(sessions, checkIns, Insights.of(sessions, checkIns, BERLIN),
                Optional.empty(), Optional.empty(), first, last, last, BERLIN);
        long painWorse = sessions.stream().filter(s -> s.stopReason().isPresent()).count();

        String[] pages = pages(content);

        assertHeadingsInOrder(pages[0]);
        // the extractor joins a label cell to its value cell
        assertTrue(pages[0].contains("Stops for “pain got worse”" + painWorse), pages[0]);
        assertTrue(pages[0].contains("Upper-back reset (50 %)"), "every routine is listed: " + pages[0]);
        assertTrue(pages[1].startsWith("Sessions in detail"), pages[1]);
    }

    @Test
    void aHugeContentIsShortenedSoEveryHeadingStaysOnPageOne() throws Exception {
        assertHugeContentFits();
    }

    @Test
    void onLetterPaperInTheUnitedStatesAHugeContentStillFitsPageOne() throws Exception {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        try {
            assertHugeContentFits();
            PdfReader reader = new PdfReader(folder.resolve("report.pdf").toString());
            assertEquals(PageSize.LETTER.getHeight(), reader.getPageSize(1).getHeight());
            reader.close();
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
        assertEquals(PageSize.A4, PhysicianReport.paper(Locale.GERMANY));
        assertEquals(PageSize.LETTER, PhysicianReport.paper(Locale.CANADA_FRENCH));
    }

    private void assertHugeContentFits() throws Exception {
        String longName = "A routine with a very long name that goes on and on, past eighty characters ";
        List<Fact> summary = new ArrayList<>();
        StringBuilder routines = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            routines.append(longName).append(i).append(" (2 %), ");
        }
        summary.add(new Fact("Routines used", routines.toString()));
        summary.add(new Fact("Daily pain, baseline → current", "6.5 → 4.2 /10 (-2.3, 35 % lower; first → last 2 weeks)"));
        List<Fact> safety = List.of(new Fact("Red-flag answers", "yes, 3 Nov 2026: " + "a fever with back pain; "
                .repeat(20)), new Fact("Worsening warning", "Pain appears to be getting worse. ".repeat(15)));
        List<Tried> tried = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tried.add(new Tried("Handheld massager with a long attachment name " + i, "Hips and glutes", 12, 40 - i,
                    12.5, OptionalDouble.of(-1.5), 30));
        }
        List<Note> notes = new ArrayList<>();
        List<String> insights = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            notes.add(new Note(LocalDate.of(2026, 11, 1 + i), "A long note, written in one go. ".repeat(40)));
            insights.add("An insight sentence that runs long, with many figures in it. ".repeat(10));
        }
        List<SessionRecord> sessions = PhysicianReportTest.sessions(30);
        ReportContent content = new ReportContent("1 September – 22 November 2026", LocalDate.of(2026, 11, 22),
                Optional.of("Name ".repeat(60)), summary, safety, tried, insights,
                PhysicianReportTest.weeks(60, List.of(3)), OptionalDouble.of(6.5),
                notes, ReportContent.Sessions.of(sessions), BERLIN,
                ReportContent.CheckIns.of(List.of()));

        String[] pages = pages(content);

        assertHeadingsInOrder(pages[0]);
        assertTrue(pages[0].contains("+"), "the tool × area rows left out are counted: " + pages[0]);
        assertTrue(pages[1].startsWith("Sessions in detail"), pages[1]);
    }

    private static void assertHeadingsInOrder(String page) {
        int at = -1;
        for (String heading : HEADINGS) {
            int next = page.indexOf(heading, at + 1);
            assertTrue(next > at, heading + " after position " + at + " in: " + page);
            at = next;
        }
        assertTrue(page.contains(ReportSummaryPage.PATIENT_DATA), page);
    }

    private String[] pages(ReportContent content) throws IOException, ExportException {
        Path file = folder.resolve("report.pdf");
        PhysicianReport.write(file, content);
        PdfReader reader = new PdfReader(file.toString());
        try {
            String[] pages = new String[reader.getNumberOfPages()];
            for (int page = 1; page <= pages.length; page++) {
                pages[page - 1] = new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", " ").strip();
            }
            assertEquals(true, pages.length >= 2, "a summary page and the session table");
            return pages;
        } finally {
            reader.close();
        }
    }
}
