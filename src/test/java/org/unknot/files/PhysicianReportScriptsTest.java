package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.PainScore;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.SessionRecord;
import org.unknot.domain.SessionStatus;
import org.unknot.domain.Tool;
import org.unknot.domain.Worked;
import org.unknot.files.ReportContent.Fact;
import org.unknot.files.ReportContent.Note;

/** Names and notes in any script print as typed, in fonts embedded in the PDF. */
class PhysicianReportScriptsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String CYRILLIC = "Шея и плечи";
    private static final String GREEK = "Πόνος στη μέση";
    private static final String JAPANESE = "腰の痛み、ゆっくり";
    private static final String KOREAN = "허리 통증이 줄었다";
    private static final String HEBREW = "כאב בגב התחתון";
    private static final String ARABIC = "ألم أسفل الظهر";
    private static final String LATIN = "Légère douleur à gauche";

    @TempDir
    static Path folder;

    private static Path file;

    @BeforeAll
    static void writeReport() throws ExportException {
        file = folder.resolve("report.pdf");
        List<String> names = List.of(CYRILLIC, GREEK, JAPANESE, HEBREW, ARABIC, LATIN, KOREAN);
        List<SessionRecord> sessions = new ArrayList<>();
        Instant start = LocalDate.of(2026, 11, 2).atTime(19, 0).atZone(TOKYO).toInstant();
        for (int i = 0; i < names.size(); i++) {
            Instant at = start.plus(Duration.ofDays(i));
            sessions.add(new SessionRecord(i + 1, Optional.of((long) i), names.get(i), PerformedBy.SELF, at,
                    Optional.of(at.plusSeconds(600)), SessionStatus.COMPLETED, Optional.empty(), 600, 600,
                    Optional.of(new PainScore(5)), Optional.of(new PainScore(3)), "Note: " + names.get(i),
                    Worked.of(Tool.FOAM_ROLLER)));
        }
        List<Note> notes = List.of(new Note(LocalDate.of(2026, 11, 7), ARABIC),
                new Note(LocalDate.of(2026, 11, 6), HEBREW), new Note(LocalDate.of(2026, 11, 5), JAPANESE),
                new Note(LocalDate.of(2026, 11, 4), CYRILLIC), new Note(LocalDate.of(2026, 11, 3), GREEK));
        PhysicianReport.write(file, new ReportContent("2 November – 8 November 2026", LocalDate.of(2026, 11, 8),
                List.of(new Fact("Routines used", CYRILLIC + ", " + JAPANESE)),
                List.of(GREEK + " gave meaningful relief in 1 of 1 sessions."),
                PhysicianReportTest.weeks(2, List.of()), notes,
                ReportContent.Sessions.of(sessions), TOKYO));
    }

    @Test
    void namesAndNotesInCyrillicGreekJapaneseKoreanAndLatinExtractAsTyped() throws Exception {
        // Narrow cells wrap Japanese anywhere, so spaces are compared away.
        String summary = squeezed(text(1));
        String details = squeezed(text(2));

        assertTrue(summary.contains(squeezed(CYRILLIC + ", " + JAPANESE)), summary);
        assertTrue(summary.contains(squeezed(GREEK + " gave meaningful relief")), summary);
        assertTrue(summary.contains(squeezed("5 Nov 2026 " + JAPANESE)), summary);
        // page one shows the three most recent notes; the fourth is in the session table
        for (String name : List.of(CYRILLIC, GREEK, JAPANESE, KOREAN, LATIN)) {
            assertTrue(details.contains(squeezed(name)), name + " missing from: " + details);
            assertTrue(details.contains(squeezed("Note: " + name)), name + " note missing from: " + details);
        }
    }

    @Test
    void hebrewNamesAndNotesReadRightToLeft() throws Exception {
        // Glyphs come back in drawing order: right-to-left text is drawn from its last letter to its first. The
        // session table's narrow columns break the name after its first two words, so page two shows those.
        String firstWords = HEBREW.substring(0, HEBREW.lastIndexOf(' '));
        for (int page = 1; page <= 2; page++) {
            String text = text(page);
            String line = page == 1 ? HEBREW : firstWords;
            assertTrue(text.contains(new StringBuilder(line).reverse()), text);
            assertFalse(text.contains(line), text);
        }
    }

    @Test
    void arabicNamesAndNotesAreShapedIntoJoinedLetterForms() throws Exception {
        for (int page = 1; page <= 2; page++) {
            String text = text(page);
            assertTrue(text.chars().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF), "no Arabic letter forms in: " + text);
            assertFalse(text.contains(ARABIC), text);
        }
    }

    @Test
    void everyFontInTheFileIsEmbedded() throws Exception {
        PdfReader reader = new PdfReader(file.toString());
        try {
            int fonts = 0;
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObject(i);
                if (object instanceof PdfDictionary font && PdfName.FONT.equals(font.get(PdfName.TYPE))
                        && !PdfName.TYPE0.equals(font.get(PdfName.SUBTYPE))) {
                    fonts++;
                    PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
                    String name = String.valueOf(font.get(PdfName.BASEFONT));
                    assertTrue(descriptor != null && (descriptor.contains(PdfName.FONTFILE)
                            || descriptor.contains(PdfName.FONTFILE2) || descriptor.contains(PdfName.FONTFILE3)),
                            name + " is not embedded");
                    assertTrue(name.matches("/[A-Z]{6}\\+.*"), name + " is embedded whole, not as a subset");
                }
            }
            // DejaVu Sans regular and bold, the condensed regular and bold of the table, Droid Sans Fallback, NanumGothic
            assertEquals(6, fonts, "descendant fonts in the file");
        } finally {
            reader.close();
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String text(int page) throws Exception {
        PdfReader reader = new PdfReader(file.toString());
        try {
            return new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
