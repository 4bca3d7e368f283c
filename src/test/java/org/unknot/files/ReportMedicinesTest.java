package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Path;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.CheckInRecord;
import org.unknot.domain.Medicine;
import org.unknot.domain.MedicineUse;
import org.unknot.domain.PainScore;

/** The medicines in the report's "What was tried", and the as-needed answer in the check-ins CSV. */
class ReportMedicinesTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 22);

    @Test
    void theLineListsTheMedicinesTakenInThePeriodOldestFirst() {
        List<Medicine> listed = List.of(
                new Medicine("Ibuprofen", "400 mg", MedicineUse.AS_NEEDED, LocalDate.of(2026, 11, 3), Optional.empty()),
                new Medicine("Paracetamol", "", MedicineUse.REGULAR, LocalDate.of(2026, 8, 1),
                        Optional.of(FIRST)),
                new Medicine("Before", "", MedicineUse.REGULAR, LocalDate.of(2026, 1, 1),
                        Optional.of(FIRST.minusDays(1))),
                new Medicine("After", "", MedicineUse.REGULAR, LAST.plusDays(1), Optional.empty()));

        assertEquals("Medicines: Paracetamol (regular, 1 Aug 2026 – 1 Sept 2026); Ibuprofen 400 mg (as needed, "
                + "since 3 Nov 2026).", ReportMedicines.line(listed, FIRST, LAST).replace("Sep ", "Sept "));
    }

    @Test
    void pageOneShowsTheLineUnderWhatWasTried(@TempDir Path folder) throws Exception {
        ReportContent shown = PhysicianReportTest.content(PhysicianReportTest.sessions(3));
        String line = "Medicines: Ibuprofen 400 mg (as needed, since 3 Nov 2026).";
        ReportContent content = new ReportContent(shown.period(), shown.generatedOn(), shown.patient(),
                shown.summary(), shown.safety(), shown.tried(), shown.insights(), shown.weekly(), shown.baseline(),
                shown.notes(), shown.sessions(), shown.zone(), shown.checkIns(), line, shown.healthProfile());
        Path file = folder.resolve("report.pdf");

        PhysicianReport.write(file, content);

        PdfReader reader = new PdfReader(file.toString());
        try {
            String page = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
            assertTrue(page.contains(line), page);
            assertTrue(page.indexOf(line) > page.indexOf("What was tried"), page);
        } finally {
            reader.close();
        }
    }

    @Test
    void withoutMedicinesTheLineSaysNoneListed() {
        assertEquals("Medicines: none listed.", ReportMedicines.line(List.of(), FIRST, LAST));
    }

    @Test
    void theCheckInsCsvSaysYesNoOrNothingBeforeTheAreas() {
        CheckInRecord yes = new CheckInRecord(LAST, new PainScore(4), Set.of(), "", Optional.of(AsNeededAnswer.YES));
        CheckInRecord none = new CheckInRecord(LAST, new PainScore(4), Set.of(), "");
        int column = List.of(CheckInsCsv.HEADER.split(",")).indexOf("areas") - 1;

        assertEquals("yes", CheckInsCsv.cells(yes).get(column));
        assertEquals("", CheckInsCsv.cells(none).get(column));
    }
}
