package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogsTest {

    @TempDir
    Path logs;

    @AfterEach
    void stopLogging() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).reset();
    }

    @Test
    void theLogFileIsReadableByItsOwnerOnly() throws Exception {
        Logs.writeTo(logs);
        LoggerFactory.getLogger(LogsTest.class).info("a line with a routine name in it");

        Path log = logs.resolve("unknot.log");
        assertTrue(Files.size(log) > 0);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
    }

    @Test
    void anExistingLogReadableByOthersIsTightened() throws Exception {
        Files.writeString(logs.resolve("unknot.log"), "old line\n");
        Files.setPosixFilePermissions(logs.resolve("unknot.log"), PosixFilePermissions.fromString("rw-r--r--"));

        Logs.writeTo(logs);
        LoggerFactory.getLogger(LogsTest.class).info("next line");

        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("unknot.log"))));
    }
}
