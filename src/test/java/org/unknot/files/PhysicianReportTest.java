package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.StopReason;
import org.unknot.domain.Tool;
import org.unknot.domain.Worked;
import org.unknot.files.ReportContent.Fact;
import org.unknot.files.ReportContent.Note;
import org.unknot.files.ReportContent.TrendPoint;

/** The physician report PDF, read back with OpenPDF's own reader and text extractor. */
class PhysicianReportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 8, 31);
    private static final String PERIOD = "1 September – 22 November 2026";
    private static final String INSIGHT = "Pain before sessions fell from 6.1 to 4.2 over the period.";

    @TempDir
    Path folder;

    @Test
    void reportOpensAndShowsTheSummaryAndTheDetails() throws IOException, ExportException {
        Path file = folder.resolve("report.pdf");

        PhysicianReport.write(file, content(sessions(120)));

        PdfReader reader = new PdfReader(file.toString());
        try {
            assertTrue(reader.getNumberOfPages() > 1, "120 sessions need detail pages after the summary");
            String first = text(reader, 1);
            assertTrue(first.contains(PhysicianReport.TITLE), first);
            assertTrue(first.contains(PERIOD), first);
            assertTrue(first.contains("Not a diagnosis"), first);
            assertTrue(first.contains("2.8 per week"), first);
            assertTrue(first.contains(INSIGHT), first);
            assertTrue(first.contains("Slept better after the cold ball"), first);
            assertFalse(first.contains(PhysicianReport.NO_SESSIONS), first);
            String second = text(reader, 2);
            assertTrue(second.contains("Low back relief"), second);
            assertTrue(second.contains("Stopped: Pain got worse"), second);
        } finally {
            reader.close();
        }
    }

    @Test
    void detailPagesRepeatTheHeaderRowAndListEverySession() throws IOException, ExportException {
        Path file = folder.resolve("report.pdf");

        PhysicianReport.write(file, content(sessions(120)));

        PdfReader reader = new PdfReader(file.toString());
        try {
            int rows = 0;
            for (int page = 2; page <= reader.getNumberOfPages(); page++) {
                String text = text(reader, page);
                assertTrue(text.contains("Minutes done / planned"), "page " + page + " repeats the header row");
                rows += count(text, "Low back relief") + count(text, "Upper-back reset");
            }
            assertEquals(120, rows);
        } finally {
            reader.close();
        }
    }

    @Test
    void emptyHistoryGivesAOnePageReportSayingSo() throws IOException, ExportException {
        Path file = folder.resolve("empty.pdf");
        ReportContent empty = new ReportContent(PERIOD, LocalDate.of(2026, 11, 22),
                List.of(new Fact("Sessions", "0")), List.of(), weeks(12, List.of()), List.of(),
                ReportContent.Sessions.of(List.of()), BERLIN);

        PhysicianReport.write(file, empty);

        PdfReader reader = new PdfReader(file.toString());
        try {
            assertEquals(1, reader.getNumberOfPages());
            String text = text(reader, 1);
            assertTrue(text.contains(PhysicianReport.NO_SESSIONS), text);
            assertTrue(text.contains("Not a diagnosis"), text);
        } finally {
            reader.close();
        }
    }

    @Test
    void folderAsTargetFailsWithAPlainSentenceAndLeavesItUntouched() throws IOException {
        Path target = Files.createDirectory(folder.resolve("reports"));
        Files.writeString(target.resolve("keep.txt"), "mine");

        ExportException error = assertThrows(ExportException.class,
                () -> PhysicianReport.write(target, content(sessions(3))));

        assertTrue(error.getMessage().startsWith("Unknot could not write the physician report to "),
                error.getMessage());
        assertTrue(error.getMessage().contains("is a folder") || error.getMessage().contains("that is a folder"),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("."), error.getMessage());
        assertTrue(Files.isDirectory(target));
        try (Stream<Path> inside = Files.list(target)) {
            assertEquals(List.of(target.resolve("keep.txt")), inside.toList());
        }
        assertEquals("mine", Files.readString(target.resolve("keep.txt")));
    }

    @Test
    void missingFolderFailsWithAPlainSentence() {
        Path target = folder.resolve("no-such-folder").resolve("report.pdf");

        ExportException error = assertThrows(ExportException.class,
                () -> PhysicianReport.write(target, content(sessions(3))));

        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException, ExportException {
        Path file = folder.resolve("report.pdf");
        Files.writeString(file, "an older report");

        PhysicianReport.write(file, content(sessions(10)));

        try (Stream<Path> inside = Files.list(folder)) {
            assertEquals(List.of(file), inside.toList());
        }
        assertTrue(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    private static String text(PdfReader reader, int page) throws IOException {
        // Table cells wrap, so words of one cell may come back on separate lines.
        return new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", " ");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    static ReportContent content(List<SessionRecord> sessions) {
        return new ReportContent(PERIOD, LocalDate.of(2026, 11, 22),
                List.of(new Fact("Sessions", Integer.toString(sessions.size())),
                        new Fact("Sessions per week", "2.8 per week"),
                        new Fact("Routines used", "Low back relief (60 %), Upper-back reset (40 %)"),
                        new Fact("Tools used", "Foam roller, handheld massager, cold ball"),
                        new Fact("Mean pain before sessions", "5.3"),
                        new Fact("Mean pain after sessions", "3.4"),
                        new Fact("Meaningful immediate relief", "58 % of rated sessions (a drop of 2 points or 30 %)"),
                        new Fact("Daily check-ins", "41, mean pain 4.8")),
                List.of(INSIGHT, "Low back relief gave meaningful immediate relief in 7 of 10 sessions."),
                weeks(12, List.of(3, 7)),
                List.of(new Note(LocalDate.of(2026, 11, 20), "Slept better after the cold ball"),
                        new Note(LocalDate.of(2026, 10, 2), "Sharp pain on the left side when rolling")),
                ReportContent.Sessions.of(sessions), BERLIN);
    }

    /** Weekly means that fall over the period; the weeks in {@code gaps} have no ratings at all. */
    static List<TrendPoint> weeks(int count, List<Integer> gaps) {
        List<TrendPoint> weeks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = FIRST_MONDAY.plusWeeks(i);
            if (gaps.contains(i)) {
                weeks.add(TrendPoints.of(start, OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty()));
            } else {
                double before = 6.5 - i * 0.06;
                weeks.add(TrendPoints.of(start, OptionalDouble.of(before), OptionalDouble.of(before - 1.8),
                        i % 3 == 0 ? OptionalDouble.empty() : OptionalDouble.of(before - 0.6)));
            }
        }
        return weeks;
    }

    static List<SessionRecord> sessions(int count) {
        List<SessionRecord> sessions = new ArrayList<>();
        Instant start = FIRST_MONDAY.atTime(18, 30).atZone(BERLIN).toInstant();
        for (int i = 0; i < count; i++) {
            Instant at = start.plus(Duration.ofHours(61L * i));
            boolean stopped = i % 40 == 5;
            int before = 4 + i % 4;
            sessions.add(new SessionRecord(i + 1, Optional.of(1L + i % 2), i % 2 == 0 ? "Low back relief"
                    : "Upper-back reset", PerformedBy.SELF, at, Optional.of(at.plusSeconds(stopped ? 240 : 900)),
                    stopped ? SessionStatus.STOPPED : SessionStatus.COMPLETED,
                    stopped ? Optional.of(StopReason.PAIN_WORSE) : Optional.empty(), 900, stopped ? 240 : 900,
                    Optional.of(new PainScore(before)), Optional.of(new PainScore(stopped ? before + 1 : before - 2)),
                    i % 7 == 0 ? "Felt looser afterwards, walked the dog" : "",
                    Worked.of(Tool.HANDHELD_MASSAGER, Tool.COLD_BALL)));
        }
        return sessions;
    }
}
