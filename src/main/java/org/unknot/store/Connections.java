package org.unknot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/** The three ways Unknot connects to a SQLite file. */
final class Connections {

    static final int BUSY_MILLIS = 5000;

    private Connections() {
    }

    /** For work: foreign keys on, writes start at once (so a second writer waits for the lock, not mid-way). */
    static Connection readWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    /**
     * A look at the file that cannot change it: read-only, no locks, no -wal or -shm created or read. For files not
     * yet known to be Unknot's, damaged files and read-only files.
     */
    static Connection immutable(Path file) throws SQLException {
        return readOnly(file, "immutable=1");
    }

    /** Read-only, but seeing what another Unknot that has the file open has committed to its WAL. */
    static Connection live(Path file) throws SQLException {
        return readOnly(file, "mode=ro");
    }

    private static Connection readOnly(Path file, String parameter) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_MILLIS);
        String uri = "file:" + file.toAbsolutePath().toUri().getRawPath() + "?" + parameter;
        return DriverManager.getConnection("jdbc:sqlite:" + uri, config.toProperties());
    }
}
