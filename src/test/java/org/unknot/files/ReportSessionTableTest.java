package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;

/** The report's session table, drawn row by row from sessions handed over one at a time. */
class ReportSessionTableTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    @Test
    void everySessionAppearsOnceOldestFirstUnderAHeaderOnEveryPage() throws Exception {
        List<String> text = tablePages(sessions(300, i -> ""));

        assertTrue(text.size() >= 5, "300 sessions fill several pages, not " + text.size());
        int at = -1;
        String all = String.join(" ", text);
        for (int i = 0; i < 300; i++) {
            String name = String.format("Routine R%03dX", i);
            int found = all.indexOf(name);
            assertTrue(found > at, name + " comes after the one before it");
            assertEquals(found, all.lastIndexOf(name), name + " is listed once");
            at = found;
        }
        for (int page = 0; page < text.size(); page++) {
            assertTrue(text.get(page).contains("Minutes done / planned"), "page " + (page + 2) + " has the header");
            assertTrue(text.get(page).contains("Note"), "page " + (page + 2) + " has the header");
        }
    }

    @Test
    void aLongNoteIsShortenedToTwoLinesWithAnEllipsis() throws Exception {
        String note = "Tight between the shoulder blades after a long drive " + "and more ".repeat(40) + "TAILEND";

        String table = String.join(" ", tablePages(sessions(1, i -> note)));

        assertTrue(table.contains("Tight between"), table);
        assertTrue(table.contains("…"), table);
        assertFalse(table.contains("TAILEND"), table);
    }

    @Test
    void everyDayOfAYearFitsItsLineWithTheTimeOnTheNextOnA4AndLetter() throws Exception {
        List<SessionRecord> year = new ArrayList<>();
        for (int day = 0; day < 365; day++) {
            Instant at = LocalDate.of(2026, 1, 1).plusDays(day).atTime(7, 5).atZone(BERLIN).toInstant();
            year.add(new SessionRecord(day + 1, Optional.empty(), "R", PerformedBy.SELF, at, Optional.empty(),
                    SessionStatus.COMPLETED, Optional.empty(), 600, 600, Optional.empty(), Optional.empty(), "",
                    Set.of()));
        }
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            for (Locale paper : List.of(Locale.UK, Locale.US)) {
                Locale.setDefault(Locale.Category.FORMAT, paper);
                String text = String.join("\n", rawPages(year));

                assertEquals(365, Pattern.compile("(?m)^\\s*07:05").matcher(text).results().count(), paper + ": " + text);
                assertFalse(Pattern.compile("2026 ?07:05").matcher(text).find(), paper + ": " + text);
                assertFalse(Pattern.compile("(?m)^\\s*2026").matcher(text).find(), paper + ": " + text);
            }
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    private List<String> tablePages(List<SessionRecord> sessions) throws Exception {
        return rawPages(sessions).stream().map(page -> page.replaceAll("\\s+", " ")).toList();
    }

    private List<String> rawPages(List<SessionRecord> sessions) throws Exception {
        Path file = folder.resolve("report.pdf");
        PhysicianReport.write(file, new ReportContent("1 September – 22 November 2026", LocalDate.of(2026, 11, 22),
                List.of(), List.of(), List.of(), List.of(), ReportContent.Sessions.of(sessions), BERLIN));
        PdfReader reader = new PdfReader(file.toString());
        try {
            List<String> pages = new ArrayList<>();
            for (int page = 2; page <= reader.getNumberOfPages(); page++) {
                pages.add(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    private static List<SessionRecord> sessions(int count, IntFunction<String> note) {
        List<SessionRecord> sessions = new ArrayList<>();
        Instant start = Instant.parse("2026-09-01T06:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant at = start.plus(Duration.ofHours(5L * i));
            sessions.add(new SessionRecord(i + 1, Optional.empty(), String.format("Routine R%03dX", i),
                    PerformedBy.SELF, at, Optional.of(at.plusSeconds(600)), SessionStatus.COMPLETED,
                    Optional.empty(), 600, 600, Optional.of(new PainScore(5)), Optional.of(new PainScore(3)),
                    note.apply(i), Set.of()));
        }
        return sessions;
    }
}
