package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PainKind;
import org.unknot.domain.PainScore;
import org.unknot.files.CheckInsCsv;
import org.unknot.files.Rfc4180Reader;
import org.unknot.store.DataFolder;
import org.unknot.store.PainEntry;
import org.unknot.store.Storage;

/** export-checkins on a real data folder, read back as a spreadsheet would. */
class ExportCheckInsCommandTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return UnknotCommand.run(args, (folder, play) -> 7, new PrintWriter(out), new PrintWriter(err));
    }

    /** Check-ins on 2026-03-01, 03-02 and 03-03 (recorded in reverse), the middle one with areas and a note. */
    private void recordThreeDays() {
        try (Storage storage = Storage.open(new DataFolder(data), Clock.systemUTC(), List::of)) {
            checkIn(storage, "2026-03-03", 2, Set.of(), "");
            checkIn(storage, "2026-03-02", 6, Set.of(Area.NECK, Area.LOWER_BACK), "=bad night, \"stiff\"\nall day");
            checkIn(storage, "2026-03-01", 4, Set.of(), "-1 after walking");
        }
    }

    private static void checkIn(Storage storage, String day, int pain, Set<Area> areas, String note) {
        storage.pain().checkIn(LocalDate.parse(day), new PainEntry(PainKind.CHECK_IN,
                Instant.parse(day + "T20:00:00Z"), new PainScore(pain), areas, note));
    }

    private List<List<String>> read(Path file) throws Exception {
        return Rfc4180Reader.read(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void writesEveryCheckInOldestFirstWithEmptyCellsForWhatIsNotRecordedYet() throws Exception {
        recordThreeDays();
        Path file = data.resolve("check-ins.csv");

        int code = run("--data-dir", data.toString(), "export-checkins", file.toString());

        assertEquals(UnknotCommand.OK, code, err.toString());
        assertEquals("Wrote 3 check-ins to " + file.toAbsolutePath().normalize(), out.toString().strip());
        assertEquals(List.of(
                List.of(CheckInsCsv.HEADER.split(",")),
                List.of("2026-03-01", "4", "no", "", "", "", "", "", "'-1 after walking"),
                List.of("2026-03-02", "6", "no", "", "", "", "", "neck;lower-back", "'=bad night, \"stiff\"\nall day"),
                List.of("2026-03-03", "2", "no", "", "", "", "", "", "")), read(file));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("day,pain,flare,peg_pain,peg_enjoyment,peg_activity,as_needed_medicine,areas,note\r\n"));
        assertTrue(text.endsWith("2026-03-03,2,no,,,,,,\r\n"), text);
    }

    @Test
    void aRangeKeepsBothBoundaryDaysAndNothingElse() throws Exception {
        recordThreeDays();
        Path file = data.resolve("one.csv");

        assertEquals(UnknotCommand.OK, run("--data-dir", data.toString(), "export-checkins", file.toString(),
                "--from", "2026-03-02", "--to", "2026-03-02"), err.toString());
        assertEquals(List.of("2026-03-02"), read(file).subList(1, 2).stream().map(row -> row.get(0)).toList());
        assertEquals(2, read(file).size());

        assertEquals(UnknotCommand.OK, run("--data-dir", data.toString(), "export-checkins", file.toString(),
                "--from", "2026-03-02"), err.toString());
        assertEquals(List.of("2026-03-02", "2026-03-03"),
                read(file).subList(1, 3).stream().map(row -> row.get(0)).toList());

        assertEquals(UnknotCommand.OK, run("--data-dir", data.toString(), "export-checkins", file.toString(),
                "--to", "2026-03-01"), err.toString());
        assertEquals(2, read(file).size());
        assertTrue(out.toString().strip().endsWith("Wrote 1 check-in to " + file.toAbsolutePath().normalize()));
    }

    @Test
    void anEmptyFolderGivesTheHeaderAloneInUtf8WithoutByteOrderMark() throws Exception {
        Path file = data.resolve("none.csv");

        assertEquals(UnknotCommand.OK, run("--data-dir", data.toString(), "export-checkins", file.toString()));

        assertArrayEquals((CheckInsCsv.HEADER + "\r\n").getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void aBadDateExitsOneWithTheSentenceOfExportHistoryAndWritesNothing() {
        Path file = data.resolve("check-ins.csv");

        int code = run("--data-dir", data.toString(), "export-checkins", file.toString(), "--from", "2026-13-01");

        assertEquals(UnknotCommand.USER_ERROR, code);
        assertEquals("\"2026-13-01\" is not a date; write dates as YYYY-MM-DD, like 2026-11-22.", err.toString().strip());
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(data.resolve("unknot.db")), "arguments are checked before the data file is opened");
    }

    @Test
    void aMissingFolderExitsOneWithOneLine() {
        recordThreeDays();
        Path file = data.resolve("missing").resolve("check-ins.csv");

        int code = run("--data-dir", data.toString(), "export-checkins", file.toString());

        assertEquals(UnknotCommand.USER_ERROR, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("could not write the check-ins"), err.toString());
    }

    @Test
    void withoutAFileItIsAUsageErrorAndTheHelpSaysWhichCellsAreEmpty() {
        assertEquals(UnknotCommand.USAGE_ERROR, run("--data-dir", data.toString(), "export-checkins"));

        assertEquals(UnknotCommand.OK, run("export-checkins", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("as-needed medicine are not recorded yet, so those cells are empty"), help);
    }
}
