package org.unknot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
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

    @Test
    void theLogStartedAfterARollOverIsOwnerOnlyToo() throws Exception {
        Logs.writeTo(logs);
        LoggerFactory.getLogger(LogsTest.class).info("before the roll-over");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        RollingFileAppender<?> file = (RollingFileAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("FILE");

        file.rollover();
        LoggerFactory.getLogger(LogsTest.class).info("after the roll-over");

        assertTrue(Files.exists(logs.resolve("unknot.1.log")));
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("unknot.log"))));
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("unknot.1.log"))));
    }
}
