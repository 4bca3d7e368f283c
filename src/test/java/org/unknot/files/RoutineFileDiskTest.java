package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.Intensity;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Side;
import org.unknot.domain.Step;
import org.unknot.domain.Technique;
import org.unknot.domain.Tool;

class RoutineFileDiskTest {

    private static final Routine ROUTINE = new Routine("Neck at the desk", "A short break", PerformedBy.PARTNER,
            List.of(Step.of(Tool.HANDHELD_MASSAGER, Area.NECK, 45).withSide(Side.EACH)
                            .withTechnique(Technique.CIRCULAR).withIntensity(Intensity.LIGHT).withLevel(1)
                            .withCue("Back of the neck only"),
                    Step.rest(20, "Roll the shoulders")));

    @TempDir
    Path folder;

    @Test
    void writeThenReadGivesTheSameRoutine() throws Exception {
        Path file = folder.resolve("neck.json");

        RoutineFile.write(ROUTINE, file);

        assertEquals(ROUTINE, RoutineFile.read(file));
        assertArrayEquals(RoutineFile.toBytes(ROUTINE), Files.readAllBytes(file));
    }

    @Test
    void writeLeavesNoTemporaryFileBehind() throws Exception {
        Path file = folder.resolve("neck.json");

        RoutineFile.write(ROUTINE, file);
        RoutineFile.write(ROUTINE.withName("Second"), file);

        assertEquals(List.of(file), list(folder));
        assertEquals("Second", RoutineFile.read(file).name());
    }

    @Test
    void writeReplacesAnExistingFileCompletely() throws Exception {
        Path file = folder.resolve("neck.json");
        Files.write(file, new byte[100_000]);

        RoutineFile.write(ROUTINE, file);

        assertArrayEquals(RoutineFile.toBytes(ROUTINE), Files.readAllBytes(file));
    }

    @Test
    void readNamesTheFileInItsMessages() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"unknot-routine\", \"version\": 3, \"name\": \"R\", \"steps\": []}");

        RoutineFileException e = assertThrows(RoutineFileException.class, () -> RoutineFile.read(file));

        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("broken.json: "), e.problems().get(0));
        assertTrue(e.problems().get(0).contains("\"version\""), e.problems().get(0));
    }

    @Test
    void readRefusesAFolder() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("routines.json"));

        RoutineFileException e = assertThrows(RoutineFileException.class, () -> RoutineFile.read(sub));

        assertEquals(List.of("routines.json: this is a folder; choose a routine file (.json) instead."),
                e.problems());
    }

    @Test
    void readRefusesAMissingFile() {
        Path missing = folder.resolve("missing.json");

        RoutineFileException e = assertThrows(RoutineFileException.class, () -> RoutineFile.read(missing));

        assertEquals(List.of("missing.json: the file does not exist; check its name and folder."), e.problems());
    }

    @Test
    void readRefusesAFileOverOneMebibyte() throws Exception {
        Path big = folder.resolve("big.json");
        byte[] json = RoutineFile.toBytes(ROUTINE);
        byte[] padded = new byte[RoutineFile.MAX_BYTES + 1];
        java.util.Arrays.fill(padded, (byte) ' ');
        System.arraycopy(json, 0, padded, 0, json.length);
        Files.write(big, padded);

        RoutineFileException e = assertThrows(RoutineFileException.class, () -> RoutineFile.read(big));

        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("big.json: "), e.problems().get(0));
        assertTrue(e.problems().get(0).contains("1 MiB"), e.problems().get(0));
    }

    @Test
    void readRefusesAHugeFileWithoutReadingIt() throws Exception {
        // sparse, so it takes no disk space; more than a byte array can hold, so reading it first would fail
        Path video = folder.resolve("holiday.mp4");
        try (RandomAccessFile file = new RandomAccessFile(video.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }

        RoutineFileException e = assertThrows(RoutineFileException.class, () -> RoutineFile.read(video));

        assertEquals(List.of("holiday.mp4: the file is larger than 1 MiB, which no routine needs; choose a routine file."),
                e.problems());
    }

    @Test
    void readAcceptsAFileOfExactlyOneMebibyte() throws Exception {
        Path file = folder.resolve("padded.json");
        byte[] json = RoutineFile.toBytes(ROUTINE);
        byte[] padded = new byte[RoutineFile.MAX_BYTES];
        java.util.Arrays.fill(padded, (byte) ' ');
        System.arraycopy(json, 0, padded, 0, json.length);
        Files.write(file, padded);

        assertEquals(ROUTINE, RoutineFile.read(file));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
