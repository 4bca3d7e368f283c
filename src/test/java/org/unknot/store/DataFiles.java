package org.unknot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;

/** Real data files in the states the reliability sweep found them: full of sessions, damaged, foreign. */
public final class DataFiles {

    private DataFiles() {
    }

    static String hash(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
    }

    /** An Unknot data file, closed cleanly (no -wal left), holding {@code count} finished sessions. */
    public static Path withSessions(Path file, int count) throws Exception {
        Database.open(file).close();
        try (Connection connection = Fixtures.rawConnection(file); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= count; i++) {
                statement.executeUpdate("INSERT INTO session (routine_name, performed_by, started_at, ended_at, "
                        + "status, planned_seconds, notes) VALUES ('Legs', 'self', '2026-10-01T10:00:00.000Z', "
                        + "'2026-10-01T10:05:00.000Z', 'completed', 300, 'Session " + i + " felt looser afterwards, "
                        + "the calves most of all')");
            }
            connection.commit();
        }
        return file;
    }

    /** Overwrites the b-tree header of a page in the middle of the file, as a bad disk sector would. */
    public static void damageMiddlePage(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int pages = bytes.length / 4096;
        if (pages < 6) {
            throw new IllegalStateException("too small to have a middle page: " + pages);
        }
        int start = (pages / 2) * 4096;
        for (int i = start; i < start + 64; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(file, bytes);
    }

    /** Another program's SQLite file with its own tables, in rollback-journal mode, at the given user_version. */
    static Path foreign(Path file, int userVersion) throws Exception {
        try (Connection connection = Fixtures.rawConnection(file); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)");
            statement.execute("INSERT INTO recipe (title) VALUES ('Soup')");
            statement.execute("PRAGMA user_version = " + userVersion);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }
}
