package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.PatientDetails;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.RedFlag;
import org.unknot.domain.RedFlagCheck;
import org.unknot.domain.RedFlagReason;
import org.unknot.files.ReportContents;
import org.unknot.files.StarterRoutines;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;

class ReportCommandTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return UnknotCommand.run(args, (folder, play) -> 7, new PrintWriter(out), new PrintWriter(err));
    }

    private static String firstPage(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @Test
    void theReportOfAGeneratedHistoryHasItsPeriodTheDisclaimerAndTheInsights() throws Exception {
        assertEquals(0, run("sample-data", "--sessions", "120", "--seed", "3", "--data-dir", data.toString()));
        Path pdf = data.resolve("report.pdf");
        LocalDate to = LocalDate.now();

        int code = run("report", pdf.toString(), "--from", to.minusDays(60).toString(), "--to", to.toString(),
                "--data-dir", data.toString());

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Wrote the report for "), out.toString());
        String text = firstPage(pdf);
        assertTrue(text.contains("Not a diagnosis"), text);
        assertTrue(text.contains(ReportContents.period(to.minusDays(60), to)), text);
        assertTrue(text.contains("immediate"), "the insight sentences are on the summary page");
    }

    @Test
    void theCheckInsOfThePeriodFollowTheSessionTable() throws Exception {
        assertEquals(0, run("sample-data", "--sessions", "120", "--seed", "3", "--data-dir", data.toString()));
        Path pdf = data.resolve("report.pdf");
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusDays(30);
        List<CheckInRecord> checkIns = new ArrayList<>();
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemDefaultZone(), StarterRoutines::load)) {
            storage.pain().forEachCheckIn(Optional.of(from), Optional.of(to), checkIns::add);
        }

        assertEquals(0, run("report", pdf.toString(), "--from", from.toString(), "--to", to.toString(),
                "--data-dir", data.toString()), err.toString());

        assertFalse(checkIns.isEmpty(), "the sample history has check-ins");
        String details = detailPages(pdf).replaceAll("\\s+", "");
        int sessions = details.indexOf("Sessionsindetail");
        int heading = details.indexOf("Dailycheck-ins", sessions);
        assertTrue(sessions >= 0 && heading > sessions, details);
        assertTrue(details.indexOf("All" + checkIns.size() + "check-insoftheperiod", heading) > heading, details);
        CheckInRecord last = checkIns.get(checkIns.size() - 1);
        String row = DateTimeFormatter.ofPattern("EEEdMMMuuuu", Locale.ENGLISH).format(last.day()) + last.pain().value();
        assertTrue(details.indexOf(row, heading) > heading, row + " in " + details);
    }

    private static String detailPages(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 2; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void theLastRedFlagAnswersAreOnPageOneWithTheirDay() throws Exception {
        assertEquals(0, run("sample-data", "--sessions", "30", "--seed", "3", "--data-dir", data.toString()));
        java.util.Map<RedFlag, Boolean> answers = new java.util.EnumMap<>(RedFlag.class);
        for (RedFlag flag : RedFlag.values()) {
            answers.put(flag, flag == RedFlag.NIGHT_PAIN);
        }
        java.time.Instant asked = java.time.Instant.now().minus(java.time.Duration.ofDays(3));
        try (Storage storage = Storage.open(new DataFolder(data), java.time.Clock.systemUTC(), java.util.List::of)) {
            storage.redFlags().save(new RedFlagCheck(asked, RedFlagReason.MONTHLY, answers));
        }
        Path pdf = data.resolve("report.pdf");

        assertEquals(0, run("report", pdf.toString(), "--data-dir", data.toString()), err.toString());

        String text = firstPage(pdf).replaceAll("\\s+", " ");
        String day = java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ENGLISH)
                .format(asked.atZone(java.time.ZoneId.systemDefault()));
        assertTrue(text.contains("yes, " + day + ": " + RedFlag.NIGHT_PAIN.line()), text);
    }

    @Test
    void aRangeThatEndsBeforeItStartsWritesNothing() {
        Path pdf = data.resolve("report.pdf");

        int code = run("report", pdf.toString(), "--from", "2026-02-01", "--to", "2026-01-01", "--data-dir",
                data.toString());

        assertEquals(1, code);
        assertTrue(err.toString().startsWith("The range ends on 2026-01-01"), err.toString());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anEmptyHistoryStillGivesAReport() throws Exception {
        Path pdf = data.resolve("empty.pdf");

        assertEquals(0, run("report", pdf.toString(), "--data-dir", data.toString()), err.toString());

        assertTrue(firstPage(pdf).contains("No sessions were recorded in this period."));
    }

    @Test
    void withoutDatesTheReportCoversTheLastTwelveWeeks() throws Exception {
        assertEquals(0, run("sample-data", "--sessions", "400", "--seed", "3", "--data-dir", data.toString()));
        LocalDate today = LocalDate.now();
        Path pdf = data.resolve("default.pdf");

        assertEquals(0, run("report", pdf.toString(), "--data-dir", data.toString()), err.toString());

        String twelveWeeks = ReportContents.period(today.minusWeeks(12).plusDays(1), today);
        assertTrue(out.toString().contains("Wrote the report for " + twelveWeeks + " ("), out.toString());
        assertTrue(firstPage(pdf).contains(twelveWeeks), "the period on the page");
    }

    @Test
    void givenPatientDetailsArePrintedAndRememberedForTheNextReport() throws Exception {
        assertEquals(0, run("sample-data", "--sessions", "20", "--seed", "3", "--data-dir", data.toString()));
        Path pdf = data.resolve("report.pdf");
        assertEquals(0, run("report", pdf.toString(), "--data-dir", data.toString()), err.toString());
        assertFalse(firstPage(pdf).contains("Patient:"), "no patient line before any was given");

        assertEquals(0, run("report", pdf.toString(), "--name", "Anna Petrova", "--born", "1961-03-03",
                "--data-dir", data.toString()), err.toString());
        assertTrue(firstPage(pdf).contains("Patient: Anna Petrova · born 3 March 1961"), firstPage(pdf));

        assertEquals(0, run("report", pdf.toString(), "--data-dir", data.toString()), err.toString());
        assertTrue(firstPage(pdf).contains("Patient: Anna Petrova · born 3 March 1961"), firstPage(pdf));
    }

    @Test
    void anEmptyNameClearsTheRememberedOneAndKeepsTheBirth() throws Exception {
        assertEquals(0, run("sample-data", "--sessions", "20", "--seed", "3", "--data-dir", data.toString()));
        Path pdf = data.resolve("report.pdf");
        assertEquals(0, run("report", pdf.toString(), "--name", "Anna Petrova", "--born", "1961-03-03",
                "--data-dir", data.toString()), err.toString());

        assertEquals(0, run("report", pdf.toString(), "--name", "", "--data-dir", data.toString()), err.toString());
        assertEquals(0, run("report", pdf.toString(), "--data-dir", data.toString()), err.toString());

        String text = firstPage(pdf);
        assertTrue(text.contains("Patient: born 3 March 1961"), text);
        assertFalse(text.contains("Anna"), text);
    }

    @Test
    void aBirthThatIsNotADayExitsOneWithOnePlainSentenceAndWritesNothing() throws Exception {
        assertEquals(0, run("sample-data", "--sessions", "5", "--seed", "3", "--data-dir", data.toString()));
        Path pdf = data.resolve("report.pdf");

        int code = run("report", pdf.toString(), "--born", "3/3/61", "--data-dir", data.toString());

        assertEquals(1, code);
        assertEquals(PatientDetails.BORN_PROBLEM, err.toString().strip());
        assertFalse(Files.exists(pdf));
        assertEquals(1, run("report", pdf.toString(), "--born", LocalDate.now().plusDays(1).toString(),
                "--data-dir", data.toString()));
        assertEquals(1, run("report", pdf.toString(), "--name", "N".repeat(81), "--data-dir", data.toString()));
        assertFalse(Files.exists(pdf));
    }
}
