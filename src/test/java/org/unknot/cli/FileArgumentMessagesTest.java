package org.unknot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unknot.domain.Area;
import org.unknot.domain.PerformedBy;
import org.unknot.domain.Routine;
import org.unknot.domain.Step;
import org.unknot.domain.Tool;
import org.unknot.files.RoutineFile;
import org.unknot.store.DataFolder;
import org.unknot.store.Storage;

/** Import and export name what is wrong with a file argument in one plain sentence, never in a library's words. */
class FileArgumentMessagesTest {

    private static final Routine BACK = new Routine("Back", "", PerformedBy.SELF,
            List.of(Step.of(Tool.FOAM_ROLLER, Area.UPPER_BACK, 60)));

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return UnknotCommand.run(args, (dataFolder, play) -> 7, new PrintWriter(out), new PrintWriter(err));
    }

    private Path data() {
        return folder.resolve("data");
    }

    private void storeBack() {
        try (Storage storage = Storage.open(new DataFolder(data()), Clock.systemDefaultZone(), List::of)) {
            storage.routines().add(BACK);
        }
    }

    private Path fifo(String name) throws Exception {
        Path fifo = folder.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        return fifo;
    }

    /** One line, no stack trace and none of the JSON library's or the JVM's wording. */
    private void assertOnePlainSentence(String text) {
        List<String> lines = text.lines().toList();
        assertEquals(1, lines.size(), text);
        for (String internal : List.of("Exception", "\tat ", "Unexpected character", "line: ", "column: ", "Json",
                "Malformed input", "Path", "File name too long", "free space")) {
            assertFalse(text.contains(internal), "no \"" + internal + "\": " + text);
        }
    }

    @Test
    void importOfInvalidJsonSaysWhereInPlainWords() throws IOException {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\": \"unknot-routine\",\n    x\n}", StandardCharsets.UTF_8);

        assertEquals(UnknotCommand.USER_ERROR, run("--data-dir", data().toString(), "import", file.toString()));

        assertOnePlainSentence(err.toString());
        assertTrue(err.toString().contains("the file is not valid JSON near line 3, column 5"), err.toString());
    }

    @Test
    void importOfANamedPipeSaysItIsANamedPipe() throws Exception {
        Path fifo = fifo("routine.json");

        assertEquals(UnknotCommand.USER_ERROR, run("--data-dir", data().toString(), "import", fifo.toString()));

        assertOnePlainSentence(err.toString());
        assertTrue(err.toString().contains("named pipe"), err.toString());
        assertFalse(err.toString().contains("does not exist"), err.toString());
    }

    @Test
    void importOfADeviceSaysItIsADevice() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device));

        assertEquals(UnknotCommand.USER_ERROR, run("--data-dir", data().toString(), "import", device.toString()));

        assertOnePlainSentence(err.toString());
        assertTrue(err.toString().contains("device"), err.toString());
        assertFalse(err.toString().contains("does not exist"), err.toString());
    }

    @Test
    void exportOntoANamedPipeSaysSoAndLeavesThePipe() throws Exception {
        storeBack();
        Path fifo = fifo("back.json");

        assertEquals(UnknotCommand.USER_ERROR, run("--data-dir", data().toString(), "export-routine", "Back",
                fifo.toString()));

        assertOnePlainSentence(err.toString());
        assertTrue(err.toString().contains("named pipe"), err.toString());
        assertFalse(Files.isRegularFile(fifo), "the pipe is not replaced by a file");
        assertTrue(Files.exists(fifo));
    }

    @Test
    void exportToA254CharacterFileNameWorks() throws Exception {
        storeBack();
        Path target = folder.resolve("b".repeat(249) + ".json");

        int code = run("--data-dir", data().toString(), "export-routine", "Back", target.toString());

        assertEquals(UnknotCommand.OK, code, err.toString());
        assertEquals(BACK, RoutineFile.read(target));
        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.filter(path -> path.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void exportToAFileNameTooLongForTheSystemSaysTheNameIsTooLong() {
        storeBack();
        Path target = folder.resolve("b".repeat(300) + ".json");

        assertEquals(UnknotCommand.USER_ERROR, run("--data-dir", data().toString(), "export-routine", "Back",
                target.toString()));

        assertOnePlainSentence(err.toString());
        assertTrue(err.toString().contains("name is too long"), err.toString());
    }

    @Test
    void historyExportToAFileNameTooLongSaysTheNameIsTooLong() {
        storeBack();
        Path target = folder.resolve("h".repeat(300) + ".csv");

        assertEquals(UnknotCommand.USER_ERROR, run("--data-dir", data().toString(), "export-history",
                target.toString()));

        assertOnePlainSentence(err.toString());
        assertTrue(err.toString().contains("name is too long"), err.toString());
    }

    @Test
    void aFileNameThatCouldNotBeDecodedIsOnePlainSentence() {
        storeBack();
        String undecodable = folder.resolve("caf\uFFFD.json").toString();

        for (String[] args : List.of(new String[] {"import", undecodable},
                new String[] {"export-routine", "Back", undecodable},
                new String[] {"export-history", undecodable},
                new String[] {"report", undecodable})) {
            String[] withData = new String[args.length + 2];
            withData[0] = "--data-dir";
            withData[1] = data().toString();
            System.arraycopy(args, 0, withData, 2, args.length);
            int code = run(withData);
            assertEquals(UnknotCommand.USER_ERROR, code, args[0] + ": " + err);
            assertOnePlainSentence(err.toString());
            assertTrue(err.toString().contains("character set"), args[0] + ": " + err);
            assertFalse(Files.exists(Path.of(undecodable)), args[0]);
        }
    }

    @Test
    void underTheCLocaleANameWithAccentsIsOnePlainSentenceAndExitOne() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.unknot.app.Launcher", "--data-dir", data().toString(), "import",
                folder.resolve("caf\u00e9.json").toString())
                .redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile());
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");

        int code = builder.start().waitFor();

        String error = Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(UnknotCommand.USER_ERROR, code, error);
        assertOnePlainSentence(error);
        assertTrue(error.contains("character set"), error);
    }
}
