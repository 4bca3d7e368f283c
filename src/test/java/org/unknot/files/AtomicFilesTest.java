package org.unknot.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void writesTheContentAndNothingElse() throws Exception {
        Path file = folder.resolve("a.txt");

        AtomicFiles.write(file, "hello".getBytes(StandardCharsets.UTF_8));

        assertEquals("hello", Files.readString(file));
        assertEquals(List.of(file), list(folder));
    }

    @Test
    void replacesALongerFileWithoutLeftovers() throws Exception {
        Path file = folder.resolve("a.txt");
        Files.writeString(file, "a much longer old content");

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), list(folder));
    }

    @Test
    void writesAnEmptyFile() throws Exception {
        Path file = folder.resolve("empty");

        AtomicFiles.write(file, new byte[0]);

        assertArrayEquals(new byte[0], Files.readAllBytes(file));
    }

    @Test
    void refusesAFolderAndLeavesItIntact() throws Exception {
        Path target = Files.createDirectory(folder.resolve("export.json"));
        Path inside = Files.writeString(target.resolve("keep.txt"), "kept");

        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.write(target, "x".getBytes(StandardCharsets.UTF_8)));

        assertTrue(e.getMessage().contains("export.json"), e.getMessage());
        assertTrue(Files.isDirectory(target));
        assertEquals("kept", Files.readString(inside));
        assertEquals(List.of(target), list(folder));
        assertEquals(List.of(inside), list(target));
    }

    @Test
    void failsWhenTheFolderDoesNotExist() {
        Path target = folder.resolve("no-such-folder").resolve("a.txt");

        assertThrows(IOException.class, () -> AtomicFiles.write(target, new byte[] {1}));
        assertTrue(Files.notExists(target.getParent()));
    }

    @Test
    void writeUtf8StreamsTextAsUtf8WithoutByteOrderMark() throws Exception {
        Path file = folder.resolve("notes.txt");

        AtomicFiles.writeUtf8(file, out -> {
            out.write("Rücken");
            out.write("\r\n");
        });

        assertArrayEquals(new byte[] {'R', (byte) 0xC3, (byte) 0xBC, 'c', 'k', 'e', 'n', '\r', '\n'},
                Files.readAllBytes(file));
        assertEquals(List.of(file), list(folder));
    }

    @Test
    void writeUtf8ThatFailsHalfwayKeepsTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = Files.writeString(folder.resolve("a.txt"), "old");

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeUtf8(file, out -> {
            out.write("half of the new content".repeat(10_000));
            throw new IOException("source failed");
        }));

        assertEquals("source failed", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), list(folder));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
