package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.DailyPain;
import org.unknot.domain.HealthCondition;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.Insights;
import org.unknot.domain.SessionRecord;

/** "What was tried" says the health profile in a line, or that none was given. */
class ReportHealthProfileTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    @Test
    void theProfileIsALineUnderWhatWasTried() throws Exception {
        String page = pageOne(new HealthProfile(Set.of(HealthCondition.RAYNAUD_COLD_URTICARIA,
                HealthCondition.RECENT_SURGERY_INJURY), Set.of(Area.SHOULDERS)));
        int tried = page.indexOf("What was tried");
        int line = page.indexOf("Health profile: Raynaud's or cold urticaria; Recent surgery or injury (shoulders)");
        assertTrue(tried >= 0 && line > tried && page.indexOf("Weekly pain", tried) > line, page);
    }

    @Test
    void withoutAProfileTheLineSaysNoneGiven() throws Exception {
        String page = pageOne(HealthProfile.NONE);
        assertTrue(page.contains("Health profile: none given"), page);
    }

    private String pageOne(HealthProfile profile) throws Exception {
        List<SessionRecord> sessions = PhysicianReportTest.sessions(30);
        List<DailyPain> checkIns = List.of();
        LocalDate first = LocalDate.of(2026, 8, 31);
        LocalDate last = sessions.get(sessions.size() - 1).startedAt().atZone(BERLIN).toLocalDate();
        ReportPeriod period = new ReportPeriod(ReportFixtures.use(sessions, BERLIN), SessionRows.of(sessions),
                checkIns, CheckInRows.of(List.of()), List.of(), Insights.of(sessions, checkIns, BERLIN),
                Optional.empty(), List.of(), profile);
        Path file = folder.resolve("report.pdf");
        PhysicianReport.write(file, ReportContents.of(period, Optional.empty(), first, last, last, BERLIN));
        PdfReader reader = new PdfReader(file.toString());
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ").strip();
        } finally {
            reader.close();
        }
    }
}
