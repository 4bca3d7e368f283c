package org.unknot.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the save dialogs of the exports start. */
class DocumentsFolderTest {

    @TempDir
    Path home;

    @Test
    void aHomeWithADocumentsFolderStartsThere() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));

        assertEquals(documents, DocumentsFolder.in(home));
    }

    @Test
    void aHomeWithoutOneStartsAtHome() throws Exception {
        Files.writeString(home.resolve("Documents"), "a file, not a folder");

        assertEquals(home, DocumentsFolder.in(home));
    }
}
