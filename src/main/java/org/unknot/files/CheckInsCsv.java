package org.unknot.files;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.unknot.domain.Area;
import org.unknot.domain.AsNeededAnswer;
import org.unknot.domain.CheckInRecord;

/**
 * The check-ins CSV, by the rules of {@link CsvFile}: one row per day checked in, oldest first; {@code flare} is
 * {@code yes} or {@code no}, {@code as_needed_medicine} yes, no, or empty when the day did not ask or was not answered.
 * The PEG items are not recorded yet, so their cells are empty; the columns are there so a clinician's spreadsheet
 * keeps its shape when they are.
 */
public final class CheckInsCsv {

    public static final String HEADER =
            "day,pain,flare,peg_pain,peg_enjoyment,peg_activity,as_needed_medicine,areas,note";

    private CheckInsCsv() {
    }

    /** Writes the CSV of {@code rows} to {@code target} and returns how many check-ins it holds. */
    public static int write(Path target, CheckInRows rows) throws ExportException {
        return CsvFile.write(target, HEADER, row -> rows.forEachOldestFirst(checkIn -> row.accept(cells(checkIn))),
                "the check-ins", "check-ins.csv");
    }

    static List<String> cells(CheckInRecord checkIn) {
        String areas = checkIn.areas().stream().sorted().map(Area::id).collect(Collectors.joining(";"));
        return List.of(checkIn.day().toString(), Integer.toString(checkIn.pain().value()),
                CsvFile.text(checkIn.flare() ? "yes" : "no"), "", "", "",
                checkIn.asNeeded().map(AsNeededAnswer::id).orElse(""), CsvFile.text(areas),
                CsvFile.text(checkIn.note()));
    }
}
